"""The warning signs: what each may point to, how urgent it is, and what a report means now.

Tiers follow facts.md: emergency (the emergency number, now), same day, and a GP soon. Only an
in-person assessment lifts a same-day or emergency lock. A sign a clinician examined that is
reported again is news: it counts as new unless the person says it is just as it was when they
were seen (`back_since_seen`, `open_signs`). A history of cancer is a fact, not a symptom: once
a clinician has seen it, it is never treated as new.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Tier(IntEnum):
    """How soon a person should be seen."""

    NONE = 0
    SOON = 1  # a GP appointment in the next days
    SAME_DAY = 2  # a doctor today: the plan waits for a clinician's OK
    EMERGENCY = 3  # the emergency number, now


class Level(StrEnum):
    """What the person said about a sign."""

    YES = "yes"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Sign:
    """One warning sign: its id (stored), its tier, its one-character code, what it may mean."""

    id: str
    tier: Tier
    code: str  # stable: old buttons in people's chats still name signs by it
    why: str  # the explanation the advice gives (safety-why-<why>)
    nerve: bool = False  # a sign of a squeezed nerve (cauda equina): "not sure" needs a self-check
    fact: bool = False  # part of the person's history, not something that comes and goes
    doubt_alarms: bool = False  # "not sure" is no reason to wait: the emergency number too


# Ids are stored codes and never change. Codes 0-f are the places the first sixteen signs had on
# the old screen, which old "yes, that's happening" buttons in people's chats still carry.
SIGNS: dict[str, Sign] = {
    sign.id: sign
    for sign in (
        # Nerve compression (cauda equina), its early signs included: emergency care now.
        Sign("em_saddle", Tier.EMERGENCY, "0", "nerve", nerve=True),
        Sign("em_bladder", Tier.EMERGENCY, "1", "nerve", nerve=True),
        Sign("em_bowel", Tier.EMERGENCY, "g", "nerve", nerve=True),
        Sign("em_sexual", Tier.EMERGENCY, "h", "nerve", nerve=True),
        Sign("em_sciatica", Tier.EMERGENCY, "i", "nerve", nerve=True),  # pain down both legs
        Sign("em_legs", Tier.EMERGENCY, "2", "nerve", nerve=True),
        # Other emergencies: the emergency number.
        Sign("em_chest", Tier.EMERGENCY, "3", "chest", doubt_alarms=True),
        Sign("em_accident", Tier.EMERGENCY, "j", "accident"),  # a serious accident or fall
        Sign("em_tummy", Tier.EMERGENCY, "k", "tummy", doubt_alarms=True),  # an aneurysm
        # A doctor the same day.
        Sign("ur_fever", Tier.SAME_DAY, "4", "infection"),
        Sign("ur_immune", Tier.SAME_DAY, "5", "infection"),
        Sign("ur_infection", Tier.SAME_DAY, "6", "infection"),
        Sign("ur_fall", Tier.SAME_DAY, "7", "fracture"),
        Sign("ur_fracture", Tier.SAME_DAY, "l", "fracture"),  # central pain eased only lying
        Sign("ur_swelling", Tier.SAME_DAY, "8", "swelling"),
        Sign("ur_night", Tier.SAME_DAY, "9", "night"),
        Sign("ur_high", Tier.SAME_DAY, "a", "high"),
        Sign("ur_cough", Tier.SAME_DAY, "b", "cough"),
        Sign("so_cancer", Tier.SAME_DAY, "c", "cancer", fact=True),  # the id is a stored code
        Sign("so_weight", Tier.SAME_DAY, "d", "weight"),
        # A GP appointment soon.
        Sign("so_age", Tier.SOON, "e", "age"),
        Sign("so_month", Tier.SOON, "f", "month"),
        Sign("so_inflammatory", Tier.SOON, "m", "inflammatory"),  # ask the GP about it
        # Carried over from the old screen, which did not say which sign: never asked again.
        Sign("em_other", Tier.EMERGENCY, "x", "other_emergency"),
        Sign("ur_other", Tier.SAME_DAY, "y", "other_same_day"),
    )
}
# Thoughts of ending one's life: not a sign of the back, but heard in any message (a crisis line).
CRISIS = "crisis"
# The screen's groups: the question, its "which ones?" follow-up, and the signs it lists. The
# first question ids are stored codes (old check-ins): the nerve signs kept "red_emergency".
GROUPS = (
    (
        "red_emergency",
        "em_which",
        ("em_saddle", "em_bladder", "em_bowel", "em_sexual", "em_sciatica", "em_legs"),
    ),
    ("red_other", "ot_which", ("em_chest", "em_accident", "em_tummy")),
    (
        "red_urgent",
        "ur_which",
        (
            "ur_fever",
            "ur_immune",
            "ur_infection",
            "ur_fall",
            "ur_fracture",
            "ur_swelling",
            "ur_night",
            "ur_high",
            "ur_cough",
            "so_cancer",
            "so_weight",
        ),
    ),
    ("red_soon", "so_which", ("so_age", "so_month", "so_inflammatory")),
)
# The signs the screen asks about (the rest are history carried over from an older screen).
ASKED = tuple(sign for _, _, listed in GROUPS for sign in listed)
# A self-check a person can do for a squeezed-nerve sign they are unsure about.
SELF_CHECKS = {"em_saddle": "sc_saddle", "em_bladder": "sc_bladder", "em_legs": "sc_legs"}
# GP-soon signs that together call for a doctor the same day (a month without any change in
# pain that started over 50 or under 20); the others stay a GP appointment however many.
SOON_TOGETHER = frozenset({"so_age", "so_month"})
# A fever with new leg weakness or numbness: an infection pressing on a nerve, an emergency.
FEVER, LEGS = "ur_fever", "em_legs"


@dataclass(frozen=True)
class Cleared:
    """A sign a clinician examined: at what level it was when they did."""

    level: Level


def reported_signs(answers: Mapping[str, str]) -> dict[str, Level]:
    """Every sign a check-in's answers report, at its level ("yes" beats "not sure")."""
    found: dict[str, Level] = {}
    for group, which, _ in GROUPS:
        level = answers.get(group)
        if level not in (Level.YES, Level.UNSURE):
            continue
        for sign in filter(None, answers.get(which, "").split(",")):
            if sign in SIGNS:  # an old answer may name a sign no longer asked: still a sign
                found[sign] = Level(level)
    for sign, check in SELF_CHECKS.items():
        # The person's own check found the sign: that is no longer a doubt.
        if found.get(sign) is Level.UNSURE and answers.get(check) == "yes":
            found[sign] = Level.YES
    return found


def back_since_seen(reported: Mapping[str, Level], cleared: Mapping[str, Cleared]) -> list[str]:
    """Cleared signs reported again, to ask about: "new, or worse than when you were seen?".

    The same function serves the screen and typed words. A sign now surer than when it was
    examined ("yes" after "not sure") is worse by itself and needs no question; a fact (a past
    cancer) a clinician has seen is never new.
    """
    return [
        sign
        for sign, level in reported.items()
        if sign in cleared and not SIGNS[sign].fact and not _surer(level, cleared[sign])
    ]


def _surer(level: Level, cleared: Cleared) -> bool:
    """'Yes' now where it was 'not sure' when a clinician examined it."""
    return level is Level.YES and cleared.level is Level.UNSURE


def open_signs(
    reported: Mapping[str, Level],
    cleared: Mapping[str, Cleared],
    same_as_seen: Collection[str] = (),
) -> dict[str, Level]:
    """The reported signs that want advice: new ones, and cleared ones that are back.

    A cleared sign reported again is open (the alarm is the default) unless the person said it
    is just as it was when a clinician examined it (`same_as_seen`) and it is no surer now.
    """
    return {s: lv for s, lv in reported.items() if not _still_covered(s, lv, cleared, same_as_seen)}


def _still_covered(
    sign: str, level: Level, cleared: Mapping[str, Cleared], same_as_seen: Collection[str]
) -> bool:
    """Whether a clinician's examination still covers this report of a sign."""
    seen = cleared.get(sign)
    if seen is None:
        return False
    if SIGNS[sign].fact:
        return True
    return sign in same_as_seen and not _surer(level, seen)


def alarming(sign: str, level: Level) -> bool:
    """Whether this one sign, at this level, calls for the emergency number."""
    found = SIGNS[sign]
    return found.tier is Tier.EMERGENCY and (level is Level.YES or found.doubt_alarms)


def tier_of(signs: Mapping[str, Level]) -> Tier:
    """How soon someone with these open signs should be seen."""
    if any(alarming(s, lv) for s, lv in signs.items()) or infection_on_nerve(signs):
        return Tier.EMERGENCY
    if any(SIGNS[s].tier >= Tier.SAME_DAY for s in signs):
        return Tier.SAME_DAY  # not sure about a nerve sign: checked the same day
    soon = [s for s in signs if SIGNS[s].tier is Tier.SOON]
    if set(soon) >= SOON_TOGETHER:
        return Tier.SAME_DAY
    return Tier.SOON if soon else Tier.NONE


def infection_on_nerve(signs: Mapping[str, Level]) -> bool:
    """A fever with new leg weakness or numbness (one of them at least surely there)."""
    levels = (signs.get(FEVER), signs.get(LEGS))
    return None not in levels and Level.YES in levels


def reasons(signs: Mapping[str, Level]) -> list[str]:
    """What the advice of these signs' tier explains, once each (safety-why-<reason>)."""
    tier, ordered = tier_of(signs), sorted(signs, key=list(SIGNS).index)
    if tier is Tier.EMERGENCY:
        found = ["infection_nerve"] if infection_on_nerve(signs) else []
        found += [SIGNS[s].why for s in ordered if alarming(s, signs[s])]
    elif tier is Tier.SAME_DAY:
        # A nerve sign in doubt has advice of its own, which says what it may mean.
        found = [SIGNS[s].why for s in ordered if SIGNS[s].tier >= tier and not SIGNS[s].nerve]
        found += ["together"] if set(signs) >= SOON_TOGETHER else []
    else:
        found = [SIGNS[s].why for s in ordered if SIGNS[s].tier is Tier.SOON]
    return list(dict.fromkeys(found))


def nerve_doubts(signs: Mapping[str, Level]) -> list[str]:
    """Squeezed-nerve signs the person is not sure about (they get their own advice)."""
    return [s for s, level in signs.items() if SIGNS[s].nerve and level is Level.UNSURE]


def facts_known(cleared: Mapping[str, Cleared]) -> frozenset[str]:
    """History a clinician has already seen (not to be asked as if new)."""
    return frozenset(s for s in cleared if SIGNS[s].fact)


def gone_since(previously: Iterable[str], reported: Mapping[str, Level]) -> list[str]:
    """Signs reported before (and not cleared) that the person no longer reports."""
    return [s for s in previously if s not in reported and not SIGNS[s].fact]


def locking(signs: Iterable[str]) -> list[str]:
    """The signs that lock the plan until a clinician examines them (same day or emergency)."""
    return [s for s in signs if SIGNS[s].tier >= Tier.SAME_DAY]
