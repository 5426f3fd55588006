"""Progression ladders: when to offer the next level, and when to step back.

Pain monitoring, not alarm: a rise of up to 2 points that has settled by the next morning is
expected when starting exercise, so it waits for tomorrow's answer; only a rise that does not
settle, or a rise of 3 or more (or to 8 or more), counts against progression.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from coach.summary import ExerciseOutcome, Summary
from content.models import Exercise

# Four clean sessions is two days of the twice-daily routine: the dose held on more than one day.
CLEAN_SESSIONS_TO_OFFER = 4
# "Pain got worse": up by this much, or to at least WORSE_AT when it was lower before.
WORSE_BY = 2
WORSE_AT = 8
# A rise this big (or to WORSE_AT) steps back at once; smaller ones wait to see if they settle.
STEP_BACK_BY = 3
# A second worsening within this many days pauses the plan until a clinician has seen them.
REPEAT_WINDOW_DAYS = 14
# Starting pain higher than the session before, this many sessions in a row: ask again about
# the warning signs, and offer the flare-up routine.
RISING_STARTS = 3


@dataclass(frozen=True)
class Standing:
    """Where a person stands on one exercise's ladder."""

    level: int = 0
    clean_sessions: int = 0
    declined_at_count: int | None = None
    lighter: bool = False  # at the first rung, a lighter dose after pain got worse


def rise(before: int | None, after: int | None) -> int:
    """How many points the pain went up in a session (0 when it did not, or is unknown)."""
    if before is None or after is None:
        return 0
    return max(0, after - before)


def pain_got_worse(before: int | None, after: int | None) -> bool:
    """Up by 2 or more, or to 8 or more when it was lower before ("9 -> 8" is not worse)."""
    up = rise(before, after)
    return up >= WORSE_BY or (up > 0 and after is not None and after >= WORSE_AT)


def steps_back_now(before: int | None, after: int | None) -> bool:
    """A rise that counts against progression at once: 3 or more, or to 8 or more."""
    up = rise(before, after)
    return up >= STEP_BACK_BY or (up > 0 and after is not None and after >= WORSE_AT)


def waits_to_settle(before: int | None, after: int | None) -> bool:
    """A small rise: expected when starting; tomorrow's first session asks whether it settled."""
    return rise(before, after) > 0 and not steps_back_now(before, after)


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


def counts_against(before: int | None, after: int | None, settled: bool | None) -> bool:
    """A bad session for the two-week count: a rise of 3 or more (or to 8+), or a rise of 2
    that had not settled by the next morning ("settled counts as a good session")."""
    return steps_back_now(before, after) or (pain_got_worse(before, after) and settled is False)


def worse_again(previous: Sequence[tuple[int | None, int | None, bool | None]]) -> bool:
    """Whether an earlier recent session also counts against: the second one pauses the plan."""
    return any(counts_against(before, after, settled) for before, after, settled in previous)


def starts_rising(starts: Sequence[int]) -> bool:
    """Starting pain higher than the session before, RISING_STARTS sessions in a row."""
    last = starts[-(RISING_STARTS + 1) :]
    return len(last) == RISING_STARTS + 1 and all(a < b for a, b in pairwise(last))


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
    """Step back what was tried when pain rose a lot; else count clean sessions and offer.

    A small rise waits for tomorrow: then `sore` says whether it settled (None: not yet known).
    `needed` clean sessions at a level earn the offer of the next (more for a gentler pace).
    """
    before, after = summary.pain_before, summary.pain_after
    back_now = steps_back_now(before, after) or (sore is True and pain_got_worse(before, after))
    if stopped or (waits_to_settle(before, after) and sore is None):
        return LadderMoves()  # ended early, or a small rise still to settle: nothing moves now
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
