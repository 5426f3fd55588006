"""Today's session in another shape: three minutes, one exercise in another form, another order.

Each is a real session through the guided machinery; only which exercises, in which form and
order differ. A three-minute session is logged like any other, but it is not the dose a ladder
asks for, so it never counts as a clean session towards the next level.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from coach.doses import Picked, session_items
from coach.forms import BALANCE, BED, LYING, OSTEOPOROSIS, PREGNANT, SEATED, SUPPORTED
from coach.plan import BACK_BEND, BENDING, PlanItem
from coach.progression import LadderMoves
from coach.voice import PAIN_QUESTIONS_SECONDS, GuidedSet, voice_script
from content.models import Exercise

# The short version: three minutes of guided movement (reading the cards aside).
QUICK_SECONDS = 180


@dataclass(frozen=True)
class SessionShape:
    """Which exercises today's session holds, in which form and order; short or not."""

    pairs: tuple[Picked, ...]
    quick: bool = False


@dataclass(frozen=True)
class Variation:
    """One exercise done in another safe form today."""

    exercise_id: str
    usual: str | None  # the plan's variant (None: the exercise's own form)
    variant: str | None


def quick_shape(
    items: Sequence[PlanItem], exercises: Mapping[str, Exercise], levels: Mapping[str, int]
) -> SessionShape:
    """The plan's exercises at half the reps, in order, as many as fit in three minutes."""
    chosen: list[Picked] = []
    seconds = float(PAIN_QUESTIONS_SECONDS)
    for item in items:
        pair = (item.exercise_id, item.variant)
        guided = session_items([pair], exercises, levels, gentle=True)
        if not guided:
            continue
        length = voice_script(GuidedSet.of(guided[0])).duration
        if chosen and seconds + length > QUICK_SECONDS:
            continue
        chosen.append(pair)
        seconds += length
    return SessionShape(tuple(chosen), quick=True)


def _other_forms(exercise_id: str, usual: str | None, cautions: frozenset[str]) -> list[str | None]:
    """Other forms of an exercise this person may safely do, in order of preference."""
    if exercise_id == BACK_BEND:
        # Lying on the stomach is not for pregnancy; with poor balance, stand only holding on.
        if PREGNANT in cautions:
            return []
        if usual is None:
            return [] if BALANCE in cautions else [LYING]
        return [SUPPORTED] if usual in (LYING, BED) else []
    if exercise_id == BENDING and not cautions & {OSTEOPOROSIS, PREGNANT}:
        # No extra forward bending for thin bones or a bump; seated and held-on forms are gentle.
        return {None: [SEATED], SUPPORTED: [SEATED], SEATED: [SUPPORTED]}.get(usual, [])
    return []


def variation(items: Sequence[PlanItem], cautions: frozenset[str]) -> Variation | None:
    """The first exercise of today's plan that has another form this person may do."""
    for item in items:
        forms = _other_forms(item.exercise_id, item.variant, cautions)
        if forms:
            return Variation(item.exercise_id, item.variant, forms[0])
    return None


def varied_shape(items: Sequence[PlanItem], change: Variation) -> SessionShape:
    """Today's plan with the one exercise in its other form."""
    return SessionShape(
        tuple(
            (i.exercise_id, change.variant if i.exercise_id == change.exercise_id else i.variant)
            for i in items
        )
    )


def reordered_shape(items: Sequence[PlanItem]) -> SessionShape | None:
    """Today's plan the other way round; None with fewer than two exercises."""
    if len(items) < 2:
        return None
    return SessionShape(tuple((i.exercise_id, i.variant) for i in reversed(items)))


def uncredited(moves: LadderMoves) -> LadderMoves:
    """A three-minute session's ladder moves: steps back still count, clean sessions do not."""
    kept = {e: s for e, s in moves.standings.items() if e in moves.eased}
    return replace(moves, standings=kept, offers=())
