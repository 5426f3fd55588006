"""The buttons of care after a session: soreness that settled or not, pain that rose, the
warning signs checked again, the paused plan, and the gentle routine of a flare.

The rules are in views.buttons; prefixes and field orders are what old messages still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from views.buttons import YesNo
from views.codec import Button


@dataclass(frozen=True)
class SettledTap(Button):
    """Did yesterday's extra soreness settle?"""

    prefix = "s.sore"
    session_id: int
    answer: YesNo


@dataclass(frozen=True)
class RiseTap(Button):
    """After pain went up: anything new besides the pain? Just the pain, or yes / not sure."""

    prefix = "s.rise"
    session_id: int
    answer: Literal["pain", "new"]


@dataclass(frozen=True)
class QuickCheckTap(Button):
    """The one-tap re-check of the warning signs: none of these, or something new."""

    prefix = "s.wk"
    session_id: int
    answer: Literal["none", "new"]


@dataclass(frozen=True)
class SignsTap(Button):
    """'Check the warning signs': the one-tap re-check, offered after leg symptoms got worse."""

    prefix = "s.sig"
    session_id: int


@dataclass(frozen=True)
class PauseTap(Button):
    """The plan paused after a second bad session: I've seen a clinician, or the gentle plan."""

    prefix = "pp"
    choice: Literal["seen", "gentle"]


@dataclass(frozen=True)
class FlareTap(Button):
    """/flare: start the gentle routine now."""

    prefix = "fl"
    word: Literal["go"] = "go"
