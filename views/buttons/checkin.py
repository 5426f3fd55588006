"""The buttons of the check-in: the welcome, the questions, the warning signs and the
clinician's OK, where the person is, their language, and a plan that waits for a go-ahead.

The rules are in views.buttons; prefixes and field orders are what old messages still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from views.codec import Button


@dataclass(frozen=True)
class Begin(Button):
    """'Let's begin' / 'Carry on' under the welcome."""

    prefix = "ob"
    word: Literal["begin"] = "begin"


@dataclass(frozen=True)
class AnswerTap(Button):
    """An answer to a check-in question: a value, `+opt`/`-opt` toggles, or `~done`."""

    prefix = "ck"
    checkin_id: int
    question_id: str
    value: str


@dataclass(frozen=True)
class ClearedTap(Button):
    """'I've been seen: I can exercise' (a clinician checked the open warning signs)."""

    prefix = "clr"
    checkin_id: int


@dataclass(frozen=True)
class SeenTap(Button):
    """'Not yet' under "have you been seen?": the questions (in /checkup), or later (morning)."""

    prefix = "seen"
    checkin_id: int
    answer: Literal["not_yet", "later"]


# Under typed words: it's happening (new or worse), not, the same as when seen, it's the pain.
TypedAnswer = Literal["yes", "no", "same", "pain"]


@dataclass(frozen=True)
class DangerTap(Button):
    """Under typed words that sound like a warning sign: yes, that's happening, or not."""

    prefix = "dgr"
    signs: str  # coach.danger.sign_code
    answer: TypedAnswer


@dataclass(frozen=True)
class RecheckTap(Button):
    """Before a clinician's OK opens the plan: anything new or worse since the examination?"""

    prefix = "rck"
    checkin_id: int
    answer: Literal["none", "new"]


@dataclass(frozen=True)
class PlaceTap(Button):
    """Where the person is, before the first screen: a country (ISO code), or skip."""

    prefix = "pl"
    country: str  # a country whose numbers we know, or "skip" (services.whereabouts checks)


@dataclass(frozen=True)
class LanguageTap(Button):
    """One of the languages we speak."""

    prefix = "lang"
    code: Literal["en", "de", "es", "ru"]
    place: Literal["menu", "welcome"] = "menu"  # under /language, or under the first welcome


@dataclass(frozen=True)
class GoAheadTap(Button):
    """'My midwife or doctor said yes' under a plan that waits for it."""

    prefix = "ga"
    word: Literal["yes"] = "yes"
