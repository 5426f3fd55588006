"""How long a session takes, for the texts that say so ("5 to 17 minutes").

The figures are measured the way bench/session_time.py prints them: each exercise's guided
timeline at its dose (coach.voice), reading its card, and the two pain questions. The smallest
usual plan is the two base exercises at the first level; the largest is all five at the top of
every ladder.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coach.doses import session_items
from coach.programme import BACK_BEND, BACK_EXTENSION, BENDING, KNEE_ROTATION, PELVIC_LIFT
from coach.voice import session_minutes
from content.models import Exercise

PLANS: Mapping[str, Sequence[str]] = {
    "base (pelvic lift, back extension)": (PELVIC_LIFT, BACK_EXTENSION),
    "three (plus knee rotation)": (PELVIC_LIFT, BACK_EXTENSION, KNEE_ROTATION),
    "all five": (PELVIC_LIFT, BACK_EXTENSION, BENDING, BACK_BEND, KNEE_ROTATION),
}
SMALLEST, LARGEST = PLANS["base (pelvic lift, back extension)"], PLANS["all five"]


def plan_minutes(plan: Sequence[str], exercises: Mapping[str, Exercise], *, top: bool) -> int:
    """A plan's session in minutes at the first level, or at the top of every ladder."""
    levels = {e: len(exercises[e].levels) - 1 for e in plan} if top else {}
    return session_minutes(session_items([(e, None) for e in plan], exercises, levels))


def length_range(
    exercises: Mapping[str, Exercise], *, first_level: bool = False
) -> tuple[int, int]:
    """(shortest, longest) minutes of a usual session; `first_level`: before any level up."""
    shortest = plan_minutes(SMALLEST, exercises, top=False)
    return shortest, plan_minutes(LARGEST, exercises, top=not first_level)
