"""Progress in plain figures: streaks, the week against the plan, pain trend, reach, function."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from statistics import fmean, median

from coach.habit import habit_strength, streak, strong_weeks

# The article asks for the exercises morning and evening.
SESSIONS_PER_DAY = 2
DAYS_PER_WEEK = 7
# The chart covers the last 4 to 8 weeks: fewer is too little to see, more is unreadable.
CHART_MIN_WEEKS = 4
CHART_MAX_WEEKS = 8
# The pain trend looks at the last four weeks, a few sessions at each end.
TREND_DAYS = 28
TREND_ENDS = 3
TREND_MIN_SESSIONS = 3
TREND_MIN_DAYS = 2
# After about six weeks of practice, pain that has not eased by 2 points (the smallest change
# a person notices on the 0-10 scale) means it is time to see a GP or physiotherapist.
NOT_IMPROVING_AFTER_DAYS = 42
MEANINGFUL_EASE = 2


@dataclass(frozen=True)
class SessionPoint:
    """One finished session as progress sees it."""

    started_at: datetime
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True)
class DayPoint:
    """One local day with sessions: how many, and pain before and after (averaged)."""

    day: date
    sessions: int
    pain_before: float | None
    pain_after: float | None


@dataclass(frozen=True)
class ExerciseTally:
    """Reps and holds of one exercise, this week and in total."""

    exercise_id: str
    reps_week: int = 0
    holds_week: int = 0
    reps_total: int = 0
    holds_total: int = 0


@dataclass(frozen=True)
class WeekTally:
    """Sessions done this week against what the plan asks."""

    done: int
    asked: int
    asked_by_today: int

    @property
    def on_track(self) -> bool:
        """Done at least what the plan asked up to today."""
        return self.done >= self.asked_by_today


class Direction(StrEnum):
    """Which way pain went."""

    DOWN = "down"
    UP = "up"
    STEADY = "steady"


@dataclass(frozen=True)
class PainTrend:
    """Pain at the start and the end of the last weeks, in whole points."""

    start: int
    end: int
    days: int

    @property
    def direction(self) -> Direction:
        """Down, up or steady (a change under one point is steady)."""
        if self.end < self.start:
            return Direction.DOWN
        if self.end > self.start:
            return Direction.UP
        return Direction.STEADY


@dataclass(frozen=True)
class ReachStory:
    """How far bending reached: the first time ever, then week by week lately."""

    first: int
    first_day: date
    steps: tuple[int, ...]

    @property
    def latest(self) -> int:
        """The most recent weekly best."""
        return self.steps[-1] if self.steps else self.first


@dataclass(frozen=True)
class History:
    """What storage knows about a person's practice, already aggregated."""

    sessions: Sequence[SessionPoint]
    older_session_starts: Sequence[datetime] = ()
    done_this_week: int = 0
    done_total: int = 0
    exercises: Sequence[ExerciseTally] = ()
    levels: dict[str, int] = field(default_factory=dict)
    first_reach: tuple[datetime, int] | None = None
    recent_reach: Sequence[tuple[datetime, int]] = ()
    first_session_at: datetime | None = None
    # Days away (excused from the streak and the plan) and when the first plan was given.
    away_days: frozenset[date] = frozenset()
    plan_since: datetime | None = None


@dataclass(frozen=True)
class Report:
    """Everything /progress and the weekly summary say, worked out."""

    streak: int
    week: WeekTally
    done_total: int
    exercises: tuple[ExerciseTally, ...]
    levels: dict[str, int]
    pain: PainTrend | None
    reach: ReachStory | None
    days: tuple[DayPoint, ...]
    chart_from: date
    today: date
    not_improving: bool = False  # six weeks in, pain has not eased meaningfully
    habit: int | None = None  # habit strength in percent (coach.habit)
    strong_weeks: int = 0  # strong weeks in a row, up to the three that ease the nudges

    @property
    def has_sessions(self) -> bool:
        """Whether there is anything to show at all."""
        return self.done_total > 0


def local_day(instant: datetime, zone: tzinfo) -> date:
    """The person's calendar day at an instant."""
    return instant.astimezone(zone).date()


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """The UTC instant a local day begins."""
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def week_start(today: date) -> date:
    """Monday of the week `today` is in."""
    return today - timedelta(days=today.weekday())


def chart_window_start(today: date) -> date:
    """The first day progress looks at in detail (the chart's longest window)."""
    return today - timedelta(days=CHART_MAX_WEEKS * DAYS_PER_WEEK - 1)


def days_of(sessions: Iterable[SessionPoint], zone: tzinfo) -> tuple[DayPoint, ...]:
    """Sessions grouped into the person's local days, oldest first."""
    by_day: dict[date, list[SessionPoint]] = {}
    for point in sessions:
        by_day.setdefault(local_day(point.started_at, zone), []).append(point)
    return tuple(_day_point(day, points) for day, points in sorted(by_day.items()))


def _day_point(day: date, points: list[SessionPoint]) -> DayPoint:
    """One day's sessions: how many, and the mean pain before and after."""
    before = [p.pain_before for p in points if p.pain_before is not None]
    after = [p.pain_after for p in points if p.pain_after is not None]
    return DayPoint(
        day=day,
        sessions=len(points),
        pain_before=fmean(before) if before else None,
        pain_after=fmean(after) if after else None,
    )


def week_tally(done: int, today: date, away: Collection[date] = ()) -> WeekTally:
    """This week's sessions against two a day (days away ask for none)."""
    week = [week_start(today) + timedelta(days=n) for n in range(DAYS_PER_WEEK)]
    week = [day for day in week if day not in away]
    return WeekTally(
        done=done,
        asked=SESSIONS_PER_DAY * len(week),
        asked_by_today=SESSIONS_PER_DAY * sum(1 for day in week if day <= today),
    )


def pain_trend(days: Sequence[DayPoint], today: date) -> PainTrend | None:
    """Pain before sessions over the last four weeks, first few against last few; None if thin."""
    since = today - timedelta(days=TREND_DAYS - 1)
    scores = [(d.day, d.pain_before) for d in days if d.day >= since and d.pain_before is not None]
    if len(scores) < TREND_MIN_SESSIONS:
        return None
    span = (scores[-1][0] - scores[0][0]).days
    if span < TREND_MIN_DAYS:
        return None
    ends = max(1, min(TREND_ENDS, len(scores) // 3))
    # The median of a few sessions at each end: one bad morning does not move it.
    start = median(score for _, score in scores[:ends] if score is not None)
    end = median(score for _, score in scores[-ends:] if score is not None)
    return PainTrend(start=_whole(start), end=_whole(end), days=span)


def _whole(value: float) -> int:
    """Round half up, as people do (3.5 reads as 4)."""
    return math.floor(value + 0.5)


def weekly_best(points: Iterable[tuple[datetime, int]], zone: tzinfo) -> tuple[int, ...]:
    """The best reach of each local week that has one, oldest first."""
    best: dict[date, int] = {}
    for instant, value in points:
        week = week_start(local_day(instant, zone))
        best[week] = max(value, best.get(week, value))
    return tuple(best[week] for week in sorted(best))


def reach_story(
    first: tuple[datetime, int] | None, recent: Iterable[tuple[datetime, int]], zone: tzinfo
) -> ReachStory | None:
    """The first reach ever, then the weekly bests lately with repeats folded together."""
    if first is None:
        return None
    steps: list[int] = []
    for value in weekly_best(recent, zone):
        if not steps or steps[-1] != value:
            steps.append(value)
    return ReachStory(first=first[1], first_day=local_day(first[0], zone), steps=tuple(steps))


def report(history: History, now: datetime, zone: tzinfo) -> Report:
    """Work out every figure progress shows from the aggregated history."""
    today = local_day(now, zone)
    days = days_of(history.sessions, zone)
    practised = [d.day for d in days]
    practised += [local_day(instant, zone) for instant in history.older_session_starts]
    chart_from = chart_start(days, today)
    away = history.away_days
    since = local_day(history.plan_since, zone) if history.plan_since else None
    done_by_day = {d.day: d.sessions for d in days}
    return Report(
        streak=streak(practised, today, away),
        week=week_tally(history.done_this_week, today, away),
        done_total=history.done_total,
        exercises=tuple(history.exercises),
        levels=dict(history.levels),
        pain=pain_trend(days, today),
        reach=reach_story(history.first_reach, history.recent_reach, zone),
        days=tuple(d for d in days if d.day >= chart_from),
        chart_from=chart_from,
        today=today,
        not_improving=not_improving(days, history.first_session_at, today, zone),
        habit=habit_strength(done_by_day, today, since, away, SESSIONS_PER_DAY),
        strong_weeks=strong_weeks(done_by_day, today, since, away, SESSIONS_PER_DAY),
    )


def not_improving(
    days: Sequence[DayPoint], first_session: datetime | None, today: date, zone: tzinfo
) -> bool:
    """Six weeks or more in, and pain before sessions lately is not 2 points below the start."""
    if first_session is None or (today - local_day(first_session, zone)).days < (
        NOT_IMPROVING_AFTER_DAYS
    ):
        return False
    scores = [d.pain_before for d in days if d.pain_before is not None]
    if len(scores) < 2 * TREND_ENDS:
        return False  # too few scores to say
    start, end = median(scores[:TREND_ENDS]), median(scores[-TREND_ENDS:])
    return start - end < MEANINGFUL_EASE


def chart_start(days: Sequence[DayPoint], today: date) -> date:
    """The chart shows the last 4 weeks, growing to 8 as the history grows."""
    history_days = (today - days[0].day).days + 1 if days else 0
    weeks = max(CHART_MIN_WEEKS, min(CHART_MAX_WEEKS, math.ceil(history_days / DAYS_PER_WEEK)))
    return today - timedelta(days=weeks * DAYS_PER_WEEK - 1)
