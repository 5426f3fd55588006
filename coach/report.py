"""A report for a clinician: the weeks since the start, pain rises, signs and care in figures.

The day-by-day figures come from coach.progress (`days_of`), the same rules /progress uses, so
the report and /progress never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import median

from coach.care_log import CareKind
from coach.function_check import FunctionSummary
from coach.pain_path import pain_got_worse
from coach.plan import Plan
from coach.progress import (
    DAYS_PER_WEEK,
    SESSIONS_PER_DAY,
    DayPoint,
    Report,
    SessionPoint,
    local_day,
    week_start,
)
from coach.safety import SIGNS, Level, Tier

# A report covers the time since the person started, at most the last twelve weeks.
REPORT_WEEKS = 12
# The typed question and name are one short line each.
QUESTION_LIMIT = 300
NAME_LIMIT = 64
# A pain chart needs at least two days with a score; one point is a sentence, not a chart.
CHART_MIN_DAYS = 2


@dataclass(frozen=True)
class WeekRow:
    """One calendar week of the report: sessions done against planned, and typical pain."""

    first: date  # the week's first day inside the period (a Monday, or the start)
    done: int
    planned: int
    pain_before: float | None  # the median of the days' mean scores
    pain_after: float | None


@dataclass(frozen=True)
class PainRise:
    """A session after which pain was worse (coach.pain_path's rule)."""

    day: date
    before: int
    after: int


@dataclass(frozen=True)
class SignEntry:
    """A warning sign the person reported, its tier, and whether a clinician cleared it."""

    sign: str
    tier: Tier | None  # None: a sign this version of the bot does not know
    level: Level
    reported: date
    cleared: date | None


@dataclass(frozen=True)
class SupportRound:
    """One round of the support-need questions: when, the score and its group."""

    day: date
    score: int
    group: str  # lower | medium | higher


@dataclass(frozen=True)
class CareMoment:
    """A flare-up plan opened, a pause for pain, or its end."""

    kind: CareKind
    day: date


@dataclass(frozen=True)
class ReportFacts:
    """One person's report, worked out: nothing in it belongs to anyone else."""

    name: str  # the name to print: typed for the report, or the first name
    question: str | None
    made_at: datetime
    first: date  # the period's first day (the start, or twelve weeks back)
    today: date
    progress: Report  # exactly what /progress shows
    function: FunctionSummary
    plan: Plan | None
    days: tuple[DayPoint, ...]  # the period's days with sessions
    weeks: tuple[WeekRow, ...]
    rises: tuple[PainRise, ...]
    function_days: tuple[date, ...]
    support: tuple[SupportRound, ...]
    signs: tuple[SignEntry, ...]
    cautions: frozenset[str]
    surgery_ok: bool
    care: tuple[CareMoment, ...]
    paused_since: date | None
    gentle: bool


def period_start(started: date, today: date) -> date:
    """The report's first day: the person's start, or twelve weeks back."""
    return max(started, today - timedelta(days=REPORT_WEEKS * DAYS_PER_WEEK - 1))


def _median(values: Iterable[float | None]) -> float | None:
    """The median of the known values (None when there are none)."""
    known = [v for v in values if v is not None]
    return median(known) if known else None


def week_rows(days: Sequence[DayPoint], first: date, today: date) -> tuple[WeekRow, ...]:
    """Each calendar week from `first` to `today`: done, planned (two a day) and pain."""
    rows = []
    monday = week_start(first)
    while monday <= today:
        start, end = max(monday, first), min(monday + timedelta(days=6), today)
        inside = [d for d in days if start <= d.day <= end]
        rows.append(
            WeekRow(
                first=start,
                done=sum(d.sessions for d in inside),
                planned=SESSIONS_PER_DAY * ((end - start).days + 1),
                pain_before=_median(d.pain_before for d in inside),
                pain_after=_median(d.pain_after for d in inside),
            )
        )
        monday += timedelta(days=DAYS_PER_WEEK)
    return tuple(rows)


def pain_rises(sessions: Iterable[SessionPoint], zone: tzinfo) -> list[PainRise]:
    """Sessions after which pain got worse, oldest first."""
    return [
        PainRise(local_day(s.started_at, zone), s.pain_before, s.pain_after)
        for s in sessions
        if s.pain_before is not None
        and s.pain_after is not None
        and pain_got_worse(s.pain_before, s.pain_after)
    ]


def tier_of_sign(sign: str) -> Tier | None:
    """The tier a sign calls for; None for a sign this version does not know."""
    known = SIGNS.get(sign)
    return known.tier if known else None


def signs_by_urgency(entries: Iterable[SignEntry]) -> list[SignEntry]:
    """The most urgent first, then the newest."""
    return sorted(entries, key=lambda e: (-(e.tier or Tier.NONE), -e.reported.toordinal(), e.sign))


def has_chart(days: Sequence[DayPoint]) -> bool:
    """Whether there is a pain line to draw (two days with a score at least)."""
    return sum(1 for d in days if d.pain_before is not None or d.pain_after is not None) >= (
        CHART_MIN_DAYS
    )


def one_line(text: str) -> str:
    """What a person typed, as one line with single spaces."""
    return " ".join(text.split())
