"""The warning signs: what each may point to, how urgent it is, and what a report means now.

Tiers follow the primary-care pathways in facts.md: emergency (now), same day, and soon.
A sign a clinician has checked stays cleared until it comes back worse; a history of cancer is
a fact, not a symptom, and once cleared it is never treated as new.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Tier(IntEnum):
    """How soon a person should be seen."""

    NONE = 0
    SOON = 1  # a GP appointment in the next days
    SAME_DAY = 2  # a doctor today: the plan waits for their OK
    EMERGENCY = 3  # the emergency number, now


class Level(StrEnum):
    """What the person said about a sign."""

    YES = "yes"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Sign:
    """One warning sign of the screen."""

    id: str
    tier: Tier
    nerve: bool = False  # a sign of a squeezed nerve (cauda equina): "not sure" needs a self-check
    fact: bool = False  # part of the person's history, not something that comes and goes


SIGNS: dict[str, Sign] = {
    sign.id: sign
    for sign in (
        Sign("em_saddle", Tier.EMERGENCY, nerve=True),
        Sign("em_bladder", Tier.EMERGENCY, nerve=True),
        Sign("em_legs", Tier.EMERGENCY, nerve=True),
        Sign("em_chest", Tier.EMERGENCY),
        Sign("ur_fever", Tier.SAME_DAY),
        Sign("ur_immune", Tier.SAME_DAY),
        Sign("ur_infection", Tier.SAME_DAY),
        Sign("ur_fall", Tier.SAME_DAY),
        Sign("ur_swelling", Tier.SAME_DAY),
        Sign("ur_night", Tier.SAME_DAY),
        Sign("ur_high", Tier.SAME_DAY),
        Sign("ur_cough", Tier.SAME_DAY),
        Sign("so_cancer", Tier.SOON, fact=True),
        Sign("so_weight", Tier.SOON),
        Sign("so_age", Tier.SOON),
        Sign("so_month", Tier.SOON),
        # Carried over from the old screen, which did not say which sign: never asked again.
        Sign("em_other", Tier.EMERGENCY),
        Sign("ur_other", Tier.SAME_DAY),
    )
}
# The screen's groups: the question, its "which ones?" follow-up, and the signs it lists.
GROUPS = (
    ("red_emergency", "em_which", ("em_saddle", "em_bladder", "em_legs", "em_chest")),
    (
        "red_urgent",
        "ur_which",
        (
            "ur_fever",
            "ur_immune",
            "ur_infection",
            "ur_fall",
            "ur_swelling",
            "ur_night",
            "ur_high",
            "ur_cough",
        ),
    ),
    ("red_soon", "so_which", ("so_cancer", "so_weight", "so_age", "so_month")),
)
# The signs the screen asks about (the rest are history carried over from an older screen).
ASKED = tuple(sign for _, _, listed in GROUPS for sign in listed)
# A self-check a person can do for a squeezed-nerve sign they are unsure about.
SELF_CHECKS = {"em_saddle": "sc_saddle", "em_bladder": "sc_bladder", "em_legs": "sc_legs"}
# Soon-tier signs that together call for a doctor the same day.
SOON_TOGETHER = 2


@dataclass(frozen=True)
class Cleared:
    """A sign a clinician checked: at what level it was when they did."""

    level: Level


def reported_signs(answers: Mapping[str, str]) -> dict[str, Level]:
    """Every sign a check-in's answers report, at its level ("yes" beats "not sure")."""
    found: dict[str, Level] = {}
    for group, which, _ in GROUPS:
        level = answers.get(group)
        if level not in (Level.YES, Level.UNSURE):
            continue
        for sign in filter(None, answers.get(which, "").split(",")):
            found[sign] = Level(level)
    for sign, check in SELF_CHECKS.items():
        # The person's own check found the sign: that is no longer a doubt.
        if found.get(sign) is Level.UNSURE and answers.get(check) == "yes":
            found[sign] = Level.YES
    return found


def _covered(level: Level, cleared: Cleared | None) -> bool:
    """Whether a clinician's check still covers a sign reported at `level` (not worse since)."""
    if cleared is None:
        return False
    return level is Level.UNSURE or cleared.level is Level.YES


def open_signs(reported: Mapping[str, Level], cleared: Mapping[str, Cleared]) -> dict[str, Level]:
    """The reported signs that are new, or worse than when a clinician checked them."""
    return {s: level for s, level in reported.items() if not _covered(level, cleared.get(s))}


def tier_of(signs: Mapping[str, Level]) -> Tier:
    """How soon someone with these open signs should be seen."""
    if any(SIGNS[s].tier is Tier.EMERGENCY and lv is Level.YES for s, lv in signs.items()):
        return Tier.EMERGENCY
    if any(SIGNS[s].tier >= Tier.SAME_DAY for s in signs):
        return Tier.SAME_DAY  # not sure about an emergency sign: checked the same day
    soon = [s for s in signs if SIGNS[s].tier is Tier.SOON]
    if len(soon) >= SOON_TOGETHER:
        return Tier.SAME_DAY
    return Tier.SOON if soon else Tier.NONE


def nerve_doubts(signs: Mapping[str, Level]) -> list[str]:
    """Squeezed-nerve signs the person is not sure about (they get their own advice)."""
    return [s for s, level in signs.items() if SIGNS[s].nerve and level is Level.UNSURE]


def facts_known(cleared: Mapping[str, Cleared]) -> frozenset[str]:
    """History a clinician has already seen (not to be asked as if new)."""
    return frozenset(s for s in cleared if SIGNS[s].fact)


def gone_since(previously: Iterable[str], reported: Mapping[str, Level]) -> list[str]:
    """Signs reported before (and not cleared) that the person no longer reports."""
    return [s for s in previously if s not in reported and not SIGNS[s].fact]
