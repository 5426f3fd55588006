"""Progression ladders: when to offer the next level, and when to step back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from coach.summary import ExerciseOutcome, Summary
from content.models import Exercise

# Four clean sessions is two days of the twice-daily routine: the dose held on more than one day.
CLEAN_SESSIONS_TO_OFFER = 4
# Pain up by this much in one session, or at least this high after it, means it got worse.
WORSE_BY = 3
WORSE_AT = 8
# A second worsening within this many days sends the person to a clinician.
REPEAT_WINDOW_DAYS = 14


@dataclass(frozen=True)
class Standing:
    """Where a person stands on one exercise's ladder."""

    level: int = 0
    clean_sessions: int = 0
    declined_at_count: int | None = None


def pain_got_worse(before: int | None, after: int | None) -> bool:
    """The "pain got worse" rule: up by 3 or more, or at 8 or more afterwards."""
    if after is None:
        return False
    return after >= WORSE_AT or (before is not None and after - before >= WORSE_BY)


def pain_rose(before: int | None, after: int | None) -> bool:
    """Any rise at all (a clean session needs none)."""
    return before is not None and after is not None and after > before


def after_session(
    standing: Standing, outcome: ExerciseOutcome, before: int | None, after: int | None
) -> Standing:
    """The ladder after one finished session (worsening is handled by `step_down`)."""
    if outcome is ExerciseOutcome.FULL and not pain_rose(before, after):
        return replace(standing, clean_sessions=standing.clean_sessions + 1)
    if outcome is ExerciseOutcome.FULL or outcome is ExerciseOutcome.TOO_PAINFUL:
        # The dose hurt: start counting again before offering more.
        return replace(standing, clean_sessions=0, declined_at_count=None)
    return standing  # skipped or partial: neither for nor against


def offer_due(standing: Standing, top_level: int) -> bool:
    """Whether to offer the next level now."""
    if standing.level >= top_level or standing.clean_sessions < CLEAN_SESSIONS_TO_OFFER:
        return False
    if standing.declined_at_count is None:
        return True
    return standing.clean_sessions >= standing.declined_at_count + CLEAN_SESSIONS_TO_OFFER


def accept(standing: Standing) -> Standing:
    """The person takes the next level: a fresh count starts there."""
    return Standing(level=standing.level + 1)


def decline(standing: Standing) -> Standing:
    """The person stays: ask again after another run of clean sessions."""
    return replace(standing, declined_at_count=standing.clean_sessions)


def step_down(standing: Standing) -> Standing:
    """Pain got worse: one level easier (never below the first) and a fresh count."""
    return Standing(level=max(0, standing.level - 1))


def worse_again(previous: Sequence[tuple[int | None, int | None]]) -> bool:
    """Whether an earlier recent session also made the pain worse (see a clinician)."""
    return any(pain_got_worse(before, after) for before, after in previous)


@dataclass(frozen=True)
class LadderMoves:
    """What one finished session does to the person's ladders."""

    standings: dict[str, Standing] = field(default_factory=dict)  # new standings to store
    eased: tuple[str, ...] = ()  # exercises stepped down a level
    offers: tuple[str, ...] = ()  # exercises whose next level is now on offer


def ladder_moves(
    summary: Summary,
    standings: Mapping[str, Standing],
    exercises: Mapping[str, Exercise],
    *,
    stopped: bool,
) -> LadderMoves:
    """Step back every tried exercise when pain got worse; else count clean sessions and offer."""
    worse = pain_got_worse(summary.pain_before, summary.pain_after)
    moved: dict[str, Standing] = {}
    eased: list[str] = []
    offers: list[str] = []
    for line in summary.exercises:
        exercise = exercises[line.item.exercise_id]
        if line.item.variant or len(exercise.levels) < 2:
            continue  # no ladder to climb
        standing = standings.get(exercise.id, Standing())
        if worse and line.outcome not in (ExerciseOutcome.SKIPPED, ExerciseOutcome.NOT_REACHED):
            moved[exercise.id] = step_down(standing)
            if standing.level > 0:
                eased.append(exercise.id)
        elif not worse and not stopped:
            # A session ended early neither proves the dose nor counts against it.
            moved[exercise.id] = after_session(
                standing, line.outcome, summary.pain_before, summary.pain_after
            )
            if offer_due(moved[exercise.id], len(exercise.levels) - 1):
                offers.append(exercise.id)
    return LadderMoves(moved, tuple(eased), tuple(offers))
