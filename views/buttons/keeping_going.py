"""The buttons of keeping going: what got in the way of a missed day, time away, easing the
nudges after strong weeks.

The rules are in views.buttons; prefixes and field orders are what old messages still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from coach.away import AWAY_CHOICES
from coach.barriers import Barrier, Take
from views.buttons import YesNo
from views.codec import Button


@dataclass(frozen=True)
class BarrierTap(Button):
    """What got in the way of a missed day, for the question with this id."""

    prefix = "br"
    barrier_id: int
    barrier: Barrier


@dataclass(frozen=True)
class TakeTap(Button):
    """Accept the change suggested for a barrier."""

    prefix = "br.take"
    barrier_id: int
    take: Take


@dataclass(frozen=True)
class AwayMenu(Button):
    """'I'm away': how long? (0: from /reminders; else the missed-day question it came from)."""

    prefix = "aw"
    barrier_id: int


@dataclass(frozen=True)
class AwayTap(Button):
    """Away for this many days."""

    prefix = "aw.days"
    barrier_id: int
    days: Annotated[int, AWAY_CHOICES]


@dataclass(frozen=True)
class BackTap(Button):
    """'I'm back' in /reminders: the pause ends early."""

    prefix = "aw.back"
    word: Literal["back"] = "back"


@dataclass(frozen=True)
class EaseTap(Button):
    """One nudge a day after strong weeks: yes, or keep both."""

    prefix = "ease"
    answer: YesNo
