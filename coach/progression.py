"""Progression ladders: when to offer the next level, and how a step back moves them.

Whether pain steps back, waits for the morning or counts as clean is coach/pain_path.py's rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from coach.pain_path import (
    PainFacts,
    Pause,
    Settled,
    Steady,
    StepBack,
    StillSore,
    StillWorse,
    pain_path,
)
from coach.summary import ExerciseOutcome, Summary
from content.models import Exercise

# Four clean sessions is two days of the twice-daily routine: the dose held on more than one day.
CLEAN_SESSIONS_TO_OFFER = 4


@dataclass(frozen=True)
class Standing:
    """Where a person stands on one exercise's ladder."""

    level: int = 0
    clean_sessions: int = 0
    declined_at_count: int | None = None
    lighter: bool = False  # at the first rung, a lighter dose after pain got worse


def counted_clean(standing: Standing) -> Standing:
    """One more clean session; a lighter dose goes back to the full one after a run of them."""
    clean = standing.clean_sessions + 1
    if standing.lighter and clean >= CLEAN_SESSIONS_TO_OFFER:
        return replace(standing, lighter=False, clean_sessions=0)
    return replace(standing, clean_sessions=clean)


def after_session(standing: Standing, outcome: ExerciseOutcome, sore: bool) -> Standing:
    """The ladder after one finished session in which pain did not rise enough to step back."""
    if outcome is ExerciseOutcome.FULL and not sore:
        return counted_clean(standing)
    if outcome is ExerciseOutcome.TOO_PAINFUL or (outcome is ExerciseOutcome.FULL and sore):
        # The dose hurt and did not settle: start counting again before offering more.
        return replace(standing, clean_sessions=0, declined_at_count=None)
    return standing  # skipped or partial: neither for nor against


def offer_due(standing: Standing, top_level: int, needed: int = CLEAN_SESSIONS_TO_OFFER) -> bool:
    """Whether to offer the next level now, after `needed` clean sessions at this one."""
    if standing.lighter or standing.level >= top_level:
        return False
    if standing.clean_sessions < needed:
        return False
    if standing.declined_at_count is None:
        return True
    return standing.clean_sessions >= standing.declined_at_count + needed


def accept(standing: Standing) -> Standing:
    """The person takes the next level: a fresh count starts there."""
    return Standing(level=standing.level + 1)


def decline(standing: Standing) -> Standing:
    """The person stays: ask again after another run of clean sessions."""
    return replace(standing, declined_at_count=standing.clean_sessions)


def step_down(standing: Standing) -> Standing:
    """Pain got worse: one level easier; at the first rung, a lighter dose. A fresh count."""
    if standing.level == 0:
        return Standing(level=0, lighter=True)
    return Standing(level=standing.level - 1)


@dataclass(frozen=True)
class Eased:
    """Exercises made easier after pain got worse, by how."""

    levels: tuple[str, ...] = ()  # one level down
    lighter: tuple[str, ...] = ()  # at the first rung: fewer reps, shorter holds

    def __bool__(self) -> bool:
        return bool(self.levels or self.lighter)


@dataclass(frozen=True)
class LadderMoves:
    """What one finished session does to the person's ladders."""

    standings: dict[str, Standing] = field(default_factory=dict)  # new standings to store
    eased: tuple[str, ...] = ()  # exercises stepped down a level, or made lighter
    offers: tuple[str, ...] = ()  # exercises whose next level is now on offer

    @property
    def easier(self) -> Eased:
        """The eased exercises, split by how they were eased."""
        lighter = tuple(e for e in self.eased if self.standings[e].lighter)
        return Eased(tuple(e for e in self.eased if e not in lighter), lighter)


def top_of(exercise: Exercise, tops: Mapping[str, int]) -> int:
    """The highest rung the person may reach (a caution can stop the ladder lower)."""
    return min(len(exercise.levels) - 1, tops.get(exercise.id, len(exercise.levels) - 1))


def ladder_moves(
    summary: Summary,
    standings: Mapping[str, Standing],
    exercises: Mapping[str, Exercise],
    *,
    stopped: bool,
    tops: Mapping[str, int] | None = None,
    sore: bool | None = None,
    needed: int = CLEAN_SESSIONS_TO_OFFER,
) -> LadderMoves:
    """Step back what was tried when the pain path says so; else count clean sessions and offer.

    `sore` is the next morning's answer about a rise (True: not settled; None: not known yet).
    `needed` clean sessions at a level earn the offer of the next (more for a gentler pace).
    """
    settled = None if sore is None else not sore
    match pain_path(PainFacts(summary.pain_before, summary.pain_after, settled)):
        case StepBack() | StillWorse() | Pause():
            back_now = True
        case Steady() | Settled(stepped_back=False) | StillSore(stepped_back=False):
            back_now = False
        case _:
            return LadderMoves()  # a rise still to settle, or stepped back already
    if stopped:
        return LadderMoves()  # ended early: nothing moves
    moved: dict[str, Standing] = {}
    eased: list[str] = []
    offers: list[str] = []
    for line in summary.exercises:
        exercise = exercises[line.item.exercise_id]
        if not exercise.climbs(line.item.variant) or (len(exercise.levels) < 2 and not back_now):
            continue  # no ladder to climb
        standing = standings.get(exercise.id, Standing())
        if back_now and line.outcome not in (ExerciseOutcome.SKIPPED, ExerciseOutcome.NOT_REACHED):
            moved[exercise.id] = step_down(standing)
            eased.append(exercise.id)
        elif not back_now:
            moved[exercise.id] = after_session(standing, line.outcome, sore=bool(sore))
            if offer_due(moved[exercise.id], top_of(exercise, tops or {}), needed):
                offers.append(exercise.id)
    return LadderMoves(moved, tuple(eased), tuple(offers))
