"""Outcomes across everyone, for whoever runs the bot: figures about groups, never about a person.

Each person arrives as an anonymous Journey (days counted from their start); every figure that
describes fewer than SMALL_CELL people is withheld (None, shown as "<5").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from coach.care_log import CareKind
from coach.progress import DAYS_PER_WEEK, week_start
from coach.safety import Tier

SMALL_CELL = 5
RETENTION_WEEKS = (1, 4, 8, 12)
CHANGE_WEEKS = (4, 8, 12)
STARTS_WEEKS = 13  # the starts chart: this calendar week and the twelve before it
LOCK_TIERS = (Tier.EMERGENCY, Tier.SAME_DAY, Tier.SOON)
SUPPORT_GROUPS = ("lower", "medium", "higher")


@dataclass(frozen=True)
class Journey:
    """One person's path, with nothing that says who: days are counted from their start."""

    started: date | None  # None: never finished the first questions (signs and care still count)
    sessions: tuple[tuple[int, int | None], ...] = ()  # (day, pain before) of finished sessions
    function: tuple[tuple[int, float], ...] = ()  # (day, mean rating) of finished checks
    support: tuple[tuple[int, int, str], ...] = ()  # (day, score, group) of support rounds
    signs: tuple[tuple[Tier, bool], ...] = ()  # (tier, cleared) of each sign reported
    care: tuple[CareKind, ...] = ()
    lessons: int = 0  # lessons read


@dataclass(frozen=True)
class Share:
    """Of `of` people, `count` did it; each None when it describes fewer than SMALL_CELL."""

    count: int | None
    of: int | None

    @property
    def percent(self) -> int | None:
        """The share in whole percent, when both figures may be shown."""
        if self.count is None or not self.of:
            return None
        return round(100 * self.count / self.of)


@dataclass(frozen=True)
class Middle:
    """A median over `people` people; both None when fewer than SMALL_CELL people."""

    value: float | None
    people: int | None


@dataclass(frozen=True)
class Tally:
    """How many people, and how many times; both None when fewer than SMALL_CELL people."""

    people: int | None
    times: int | None


@dataclass(frozen=True)
class Outcomes:
    """Every figure /outcomes shows."""

    today: date
    started: int | None
    starts_by_week: tuple[tuple[date, int | None], ...]
    retention: tuple[tuple[int, Share], ...]
    sessions_per_active_week: Middle
    pain_change: tuple[tuple[int, Middle], ...]
    function_change: tuple[tuple[int, Middle], ...]
    support_groups: tuple[tuple[str, int | None], ...]
    support_change: Middle
    locks: tuple[tuple[Tier, Share], ...]  # people with a sign of the tier, and cleared of them
    pauses: Tally
    pauses_ended_seen: int | None
    flares: Tally
    lessons: Tally  # people who read a lesson, and lessons read


def shown(count: int) -> int | None:
    """A count of people, or None when it is too small to show."""
    return count if count >= SMALL_CELL else None


def _share(count: int, of: int) -> Share:
    """A share whose parts are withheld when small."""
    return Share(shown(count), shown(of))


def _middle(values: Sequence[float]) -> Middle:
    """The median of one value per person, withheld when they are few."""
    if len(values) < SMALL_CELL:
        return Middle(None, None)
    return Middle(float(median(values)), len(values))


def _week_of(day: int) -> int:
    """Day 0-6 is week 1, 7-13 week 2, and so on."""
    return day // DAYS_PER_WEEK + 1


def _in_week(points: Iterable[tuple[int, float | int | None]], week: int) -> list[float]:
    """The known values of a week."""
    return [v for day, v in points if v is not None and _week_of(day) == week]


def _weeks_in(journey: Journey, today: date) -> int:
    """Whole weeks since the person started (0 for someone who has not)."""
    if journey.started is None:
        return 0
    return (today - journey.started).days // DAYS_PER_WEEK


def retention(journeys: Sequence[Journey], today: date) -> tuple[tuple[int, Share], ...]:
    """Of those whose week N is over, how many had a session in it."""
    shares = []
    for week in RETENTION_WEEKS:
        far = [j for j in journeys if _weeks_in(j, today) >= week]
        active = [j for j in far if any(_week_of(day) == week for day, _ in j.sessions)]
        shares.append((week, _share(len(active), len(far))))
    return tuple(shares)


def sessions_per_active_week(journeys: Sequence[Journey]) -> Middle:
    """The median of each person's sessions per week in which they had any."""
    per_person = []
    for journey in journeys:
        weeks: dict[int, int] = {}
        for day, _ in journey.sessions:
            weeks[_week_of(day)] = weeks.get(_week_of(day), 0) + 1
        if weeks:
            per_person.append(median(weeks.values()))
    return _middle(per_person)


def pain_change(journeys: Sequence[Journey], week: int) -> Middle:
    """Median change of pain before sessions from week 1 to week N (negative: eased)."""
    changes = []
    for journey in journeys:
        first, then = _in_week(journey.sessions, 1), _in_week(journey.sessions, week)
        if first and then:
            changes.append(median(then) - median(first))
    return _middle(changes)


def function_change(journeys: Sequence[Journey], week: int) -> Middle:
    """Median change of the function check from the first check to one near week N."""
    changes = []
    for journey in journeys:
        if not journey.function:
            continue
        first_day, first = journey.function[0]
        # Checks come every two weeks: the latest one in weeks N-1 and N stands for week N.
        near = [v for day, v in journey.function[1:] if week - 1 <= _week_of(day) <= week]
        if near and first_day < (week - 1) * DAYS_PER_WEEK:
            changes.append(near[-1] - first)
    return _middle(changes)


def starts_by_week(journeys: Sequence[Journey], today: date) -> tuple[tuple[date, int | None], ...]:
    """People who started in each calendar week, this one and the twelve before (Mondays)."""
    last = week_start(today)
    mondays = [last - timedelta(days=DAYS_PER_WEEK * n) for n in range(STARTS_WEEKS - 1, -1, -1)]
    counts = dict.fromkeys(mondays, 0)
    for journey in journeys:
        if journey.started is None:
            continue
        monday = week_start(journey.started)
        if monday in counts:
            counts[monday] += 1
    return tuple((monday, shown(count)) for monday, count in counts.items())


def _support(journeys: Sequence[Journey]) -> tuple[tuple[tuple[str, int | None], ...], Middle]:
    """People by their latest support-need group, and the median change of their score."""
    groups = dict.fromkeys(SUPPORT_GROUPS, 0)
    changes = []
    for journey in journeys:
        if not journey.support:
            continue
        latest = journey.support[-1]
        if latest[2] in groups:
            groups[latest[2]] += 1
        if len(journey.support) > 1:
            changes.append(float(latest[1] - journey.support[0][1]))
    return tuple((g, shown(n)) for g, n in groups.items()), _middle(changes)


def _locks(journeys: Sequence[Journey]) -> tuple[tuple[Tier, Share], ...]:
    """People with a sign of each tier, and of them those whose signs were all cleared."""
    locks = []
    for tier in LOCK_TIERS:
        having = [[c for t, c in j.signs if t is tier] for j in journeys]
        having = [cleared for cleared in having if cleared]
        locks.append((tier, Share(shown(sum(all(c) for c in having)), shown(len(having)))))
    return tuple(locks)


def _tally(journeys: Sequence[Journey], kind: CareKind) -> Tally:
    """People who had this moment of care, and how many times in all."""
    times = [j.care.count(kind) for j in journeys if kind in j.care]
    if len(times) < SMALL_CELL:
        return Tally(None, None)
    return Tally(len(times), sum(times))


def _lessons(journeys: Sequence[Journey]) -> Tally:
    """People who read a lesson, and lessons read."""
    done = [j.lessons for j in journeys if j.lessons]
    if len(done) < SMALL_CELL:
        return Tally(None, None)
    return Tally(len(done), sum(done))


def outcomes(journeys: Sequence[Journey], today: date) -> Outcomes:
    """Every figure, with small cells withheld."""
    started = [j for j in journeys if j.started is not None]
    groups, support_change = _support(started)
    ended_seen = sum(1 for j in journeys if CareKind.RESUMED_SEEN in j.care)
    return Outcomes(
        today=today,
        started=shown(len(started)),
        starts_by_week=starts_by_week(started, today),
        retention=retention(started, today),
        sessions_per_active_week=sessions_per_active_week(started),
        pain_change=tuple((w, pain_change(started, w)) for w in CHANGE_WEEKS),
        function_change=tuple((w, function_change(started, w)) for w in CHANGE_WEEKS),
        support_groups=groups,
        support_change=support_change,
        locks=_locks(journeys),
        pauses=_tally(journeys, CareKind.PAUSED),
        pauses_ended_seen=shown(ended_seen),
        flares=_tally(journeys, CareKind.FLARE),
        lessons=_lessons(journeys),
    )
