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
    """One warning sign: its id (stored), its tier, and its one-character code for buttons."""

    id: str
    tier: Tier
    code: str  # stable: old buttons in people's chats still name signs by it
    nerve: bool = False  # a sign of a squeezed nerve (cauda equina): "not sure" needs a self-check
    fact: bool = False  # part of the person's history, not something that comes and goes


# Ids are stored codes and never change. Codes 0-f are the places the first sixteen signs had on
# the old screen, which old "yes, that's happening" buttons in people's chats still carry.
SIGNS: dict[str, Sign] = {
    sign.id: sign
    for sign in (
        # Nerve compression (cauda equina), its early signs included: emergency care now.
        Sign("em_saddle", Tier.EMERGENCY, "0", nerve=True),
        Sign("em_bladder", Tier.EMERGENCY, "1", nerve=True),
        Sign("em_bowel", Tier.EMERGENCY, "g", nerve=True),
        Sign("em_sexual", Tier.EMERGENCY, "h", nerve=True),
        Sign("em_sciatica", Tier.EMERGENCY, "i", nerve=True),  # pain down both legs
        Sign("em_legs", Tier.EMERGENCY, "2", nerve=True),
        # Other emergencies: the emergency number.
        Sign("em_chest", Tier.EMERGENCY, "3"),
        Sign("em_accident", Tier.EMERGENCY, "j"),  # a serious accident or fall
        Sign("em_tummy", Tier.EMERGENCY, "k"),  # tummy and back pain, faint: an aneurysm
        # A doctor the same day.
        Sign("ur_fever", Tier.SAME_DAY, "4"),
        Sign("ur_immune", Tier.SAME_DAY, "5"),
        Sign("ur_infection", Tier.SAME_DAY, "6"),
        Sign("ur_fall", Tier.SAME_DAY, "7"),
        Sign("ur_fracture", Tier.SAME_DAY, "l"),  # severe central pain eased only lying down
        Sign("ur_swelling", Tier.SAME_DAY, "8"),
        Sign("ur_night", Tier.SAME_DAY, "9"),
        Sign("ur_high", Tier.SAME_DAY, "a"),
        Sign("ur_cough", Tier.SAME_DAY, "b"),
        # A GP appointment soon.
        Sign("so_cancer", Tier.SOON, "c", fact=True),
        Sign("so_weight", Tier.SOON, "d"),
        Sign("so_age", Tier.SOON, "e"),
        Sign("so_month", Tier.SOON, "f"),
        Sign("so_inflammatory", Tier.SOON, "m"),  # inflammatory back pain: ask the GP about it
        # Carried over from the old screen, which did not say which sign: never asked again.
        Sign("em_other", Tier.EMERGENCY, "x"),
        Sign("ur_other", Tier.SAME_DAY, "y"),
    )
}
# Thoughts of ending one's life: not a sign of the back, but heard in any message (a crisis line).
CRISIS = "crisis"
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
