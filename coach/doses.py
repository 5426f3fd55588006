"""Today's exercises of a session, each with its dose.

Picked when the session begins, kept as text on the session row, and made smaller on gentle
days or after pain rose.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from enum import StrEnum

from coach.plan import BENDING
from coach.session import Kind, SessionItem
from content.models import Dose, Exercise

Picked = tuple[str, str | None]  # (exercise id, variant)


def encode_items(items: Sequence[Picked]) -> str:
    """The session row's `exercises` text: ids in order, a variant after a colon."""
    return ",".join(f"{e}:{v}" if v else e for e, v in items)


def decode_items(text: str) -> tuple[Picked, ...]:
    """(exercise id, variant) pairs from the session row's `exercises` text."""
    pairs = []
    for part in filter(None, text.split(",")):
        exercise_id, _, variant = part.partition(":")
        pairs.append((exercise_id, variant or None))
    return tuple(pairs)


class Reduction(StrEnum):
    """A smaller dose than the level's."""

    NONE = "none"
    HALF = "half"  # the gentle plan and gentle days: half the reps
    LIGHTER = "lighter"  # pain got worse at the first rung: fewer reps, shorter holds


def reduced(dose: Dose, reduction: Reduction) -> Dose:
    """The dose made smaller (never below three reps, or a five-second hold)."""
    if reduction is Reduction.NONE:
        return dose
    reps = max(3, math.ceil(dose.reps / 2))
    hold = dose.hold_seconds
    if reduction is Reduction.LIGHTER and hold:
        hold = max(5 if hold >= 5 else hold, round(hold * 0.6))
    return dose.model_copy(update={"reps": reps, "hold_seconds": hold})


def session_item(
    exercise: Exercise, variant: str | None, level: int, reduction: Reduction = Reduction.NONE
) -> SessionItem:
    """An exercise with the dose of the person's level (or of its variant)."""
    chosen = exercise.variant(variant) if variant else None
    dose = reduced(exercise.dose_of(variant, level), reduction)
    if exercise.id == BENDING:
        kind = Kind.BENDING
    elif dose.hold_seconds:
        kind = Kind.HOLD
    else:
        kind = Kind.COUNT
    return SessionItem(
        exercise.id,
        chosen.id if chosen else None,
        kind,
        dose.sets,
        dose.reps,
        dose.hold_seconds,
        dose.per_side,
    )


def session_items(
    pairs: Sequence[Picked],
    exercises: Mapping[str, Exercise],
    levels: Mapping[str, int],
    *,
    gentle: bool = False,
    lighter: Collection[str] = (),
) -> tuple[SessionItem, ...]:
    """Today's items of a session, each at the person's current level (or made smaller)."""

    def reduction(exercise_id: str) -> Reduction:
        if gentle:
            return Reduction.HALF
        return Reduction.LIGHTER if exercise_id in lighter else Reduction.NONE

    return tuple(
        session_item(exercises[e], variant, levels.get(e, 0), reduction(e))
        for e, variant in pairs
        if e in exercises
    )
