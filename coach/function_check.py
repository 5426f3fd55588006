"""The function check (Patient-Specific Functional Scale): when due, what it asks, what changed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

# The Patient-Specific Functional Scale: a check every two weeks, 2 points is a real change.
FUNCTION_CHECK_EVERY = timedelta(days=14)
MEANINGFUL_CHANGE = 2
MAX_ACTIVITIES = 3
SCORE_RANGE = range(0, 11)


@dataclass(frozen=True)
class ActivityChange:
    """One PSFS activity: its first rating and its latest."""

    name: str
    first: int
    latest: int | None

    @property
    def change(self) -> int | None:
        """Points gained since the first check (None before a second rating)."""
        return None if self.latest is None else self.latest - self.first

    @property
    def meaningful(self) -> bool:
        """A change of 2 points or more either way is more than day-to-day noise."""
        return self.change is not None and abs(self.change) >= MEANINGFUL_CHANGE


def function_check_due(last_completed: date | None, today: date) -> bool:
    """The first check is due at once; later ones two weeks after the last."""
    return last_completed is None or today >= next_function_check(last_completed)


def next_function_check(last_completed: date) -> date:
    """The day the next function check is due."""
    return last_completed + FUNCTION_CHECK_EVERY


def activity_changes(
    names: Sequence[tuple[int, str]], ratings: Sequence[tuple[int, int]]
) -> tuple[ActivityChange, ...]:
    """Each activity's first and latest rating; `ratings` are (activity id, score), oldest first."""
    first: dict[int, int] = {}
    latest: dict[int, int] = {}
    for activity_id, score in ratings:
        if activity_id in first:
            latest[activity_id] = score
        else:
            first[activity_id] = score
    return tuple(
        ActivityChange(name=name, first=first[activity_id], latest=latest.get(activity_id))
        for activity_id, name in names
        if activity_id in first
    )


class StepKind(StrEnum):
    """What the function check asks next."""

    NAME = "name"  # type the name of an activity
    RATE = "rate"  # rate one activity 0-10
    MORE = "more"  # add another activity, or that's all
    COMPLETE = "complete"  # nothing left to ask


@dataclass(frozen=True)
class CheckStep:
    """The next question of a function check (and the activity it is about)."""

    kind: StepKind
    activity_id: int | None = None


def next_check_step(
    first_check: bool, activity_ids: Sequence[int], rated: Iterable[int]
) -> CheckStep:
    """The first check names and rates up to three activities; later ones re-rate each in turn."""
    done = set(rated)
    unrated = next((a for a in activity_ids if a not in done), None)
    if unrated is not None:
        return CheckStep(StepKind.RATE, unrated)
    if not first_check:
        return CheckStep(StepKind.COMPLETE)
    if not activity_ids:
        return CheckStep(StepKind.NAME)
    if len(activity_ids) >= MAX_ACTIVITIES:
        return CheckStep(StepKind.COMPLETE)
    return CheckStep(StepKind.MORE)


class Verdict(StrEnum):
    """What the re-rated activities say overall."""

    BETTER = "better"
    WORSE = "worse"
    SAME = "same"


@dataclass(frozen=True)
class FunctionSummary:
    """Where a person stands with the function check."""

    changes: tuple[ActivityChange, ...]
    due: bool
    next_due: date | None
    in_progress: bool

    @property
    def verdict(self) -> Verdict | None:
        """Judged on meaningful changes only; None before anything was re-rated."""
        rerated = [c for c in self.changes if c.change is not None]
        if not rerated:
            return None
        if any(c.meaningful and (c.change or 0) < 0 for c in rerated):
            return Verdict.WORSE  # something got harder: that matters more than good news
        if any(c.meaningful for c in rerated):
            return Verdict.BETTER
        return Verdict.SAME


def function_summary(
    names: Sequence[tuple[int, str]],
    ratings: Sequence[tuple[int, int]],
    last_completed: date | None,
    in_progress: bool,
    today: date,
) -> FunctionSummary:
    """The changes so far and whether a check is due."""
    return FunctionSummary(
        changes=activity_changes(names, ratings),
        due=function_check_due(last_completed, today),
        next_due=next_function_check(last_completed) if last_completed else None,
        in_progress=in_progress,
    )
