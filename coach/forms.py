"""Which form of each exercise suits a person, and how far up its ladder they may climb.

Both follow from the person's cautions (facts.md, "Exercises and special situations"): in
pregnancy nothing lies on the stomach, and from about week 16 nothing lies on the back for
long; thin bones take no weights and no deeper twist; balance problems keep to forms that need
no getting down to the floor (a firm bed) or standing unheld, and to no wobbling rungs.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from coach.programme import BACK_BEND, BACK_EXTENSION, BENDING, KNEE_ROTATION, PELVIC_LIFT

# Cautions, as the cautions question stores them, and one the pregnancy answers add.
PREGNANT = "pregnant"
LATER_PREGNANCY = "pregnant_later"  # from about week 16: no long lying on the back
OSTEOPOROSIS = "osteoporosis"
BALANCE = "balance"

# The forms (content/exercises.yaml variants).
LYING = "lying"  # the lying back bend, on the stomach
SUPPORTED = "supported"  # standing, one hand on a worktop or chair back
SEATED = "seated"
BED = "bed"  # the lying exercises on a firm bed: no getting down to the floor and up again
WALL = "wall"  # the pelvic tilt standing against a wall, instead of the lift on the back

# The highest rung each caution allows (an index into the exercise's levels).
CAPS: Mapping[str, Mapping[str, int]] = {
    OSTEOPOROSIS: {BACK_EXTENSION: 4, KNEE_ROTATION: 0},  # no weights; no deeper twist
    BALANCE: {PELVIC_LIFT: 0},  # no lift on one leg, no feet on a wobbling ball
    PREGNANT: {PELVIC_LIFT: 0, KNEE_ROTATION: 0},  # no ball, no deeper twist over the bump
}


def top_levels(cautions: Collection[str]) -> dict[str, int]:
    """The highest rung each exercise may reach with these cautions (absent: the ladder's top)."""
    tops: dict[str, int] = {}
    for caution in cautions:
        for exercise_id, top in CAPS.get(caution, {}).items():
            tops[exercise_id] = min(top, tops.get(exercise_id, top))
    return tops


def capped(levels: Mapping[str, int], cautions: Collection[str]) -> dict[str, int]:
    """Levels brought down to what the cautions allow (a rung climbed before a caution)."""
    tops = top_levels(cautions)
    return {e: min(level, tops.get(e, level)) for e, level in levels.items()}


def form_of(exercise_id: str, cautions: Collection[str]) -> str | None:
    """The form this person does (None: the exercise as the article describes it)."""
    later, balance = LATER_PREGNANCY in cautions, BALANCE in cautions
    if exercise_id == PELVIC_LIFT:
        return WALL if later else BED if balance else None
    if exercise_id == KNEE_ROTATION:
        return SEATED if later else BED if balance else None
    if exercise_id == BACK_EXTENSION:
        return BED if balance else None
    if exercise_id == BACK_BEND and balance:
        return SUPPORTED if PREGNANT in cautions else BED
    if exercise_id == BENDING and balance:
        return SUPPORTED
    return None


def steadier(exercise_id: str, variant: str | None, cautions: Collection[str]) -> str | None:
    """The form to switch to when standing feels too unsteady (None: there is no steadier one)."""
    if exercise_id == BACK_BEND and variant is None:
        return SUPPORTED if PREGNANT in cautions else LYING
    if exercise_id == BENDING and variant in (None, SUPPORTED):
        return SUPPORTED if variant is None else SEATED
    return None


def gentle_pairs(
    cautions: Collection[str], held: Collection[str] = ()
) -> tuple[tuple[str, str | None], ...]:
    """The gentle routine: the back bend and the knee rotation in the person's own forms
    (the back bend left out while it is held for leg symptoms)."""
    return tuple((e, form_of(e, cautions)) for e in (BACK_BEND, KNEE_ROTATION) if e not in held)
