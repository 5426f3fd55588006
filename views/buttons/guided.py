"""The buttons of the guided session: starting one, pain scores, the exercise cards, counting,
the guided bend, voice-guided sets, and the level offered at the end.

The rules are in views.buttons; prefixes and field orders are what old messages still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from coach.events import CardChoice, Control, VoiceAnswer, When
from coach.session import BEND_STAGES, REACH_LEVELS
from views.buttons import Score, YesNo
from views.codec import Button


@dataclass(frozen=True)
class NewSession(Button):
    """'Start a session' under the plan."""

    prefix = "s.new"
    word: Literal["go"] = "go"


@dataclass(frozen=True)
class FreshSession(Button):
    """'Start fresh': leave the unfinished session behind."""

    prefix = "s.fresh"
    session_id: int


@dataclass(frozen=True)
class ShortSession(Button):
    """After a session where nothing was done: a shorter one, with the first exercise only."""

    prefix = "s.short"
    word: Literal["go"] = "go"


@dataclass(frozen=True)
class PainTap(Button):
    """A pain score before or after."""

    prefix = "s.pain"
    session_id: int
    when: When
    score: Score


@dataclass(frozen=True)
class ControlTap(Button):
    """Pause, Resume or Stop."""

    prefix = "s.ctl"
    session_id: int
    control: Control


@dataclass(frozen=True)
class CardTap(Button):
    """Start, Skip or Too painful today on an exercise card."""

    prefix = "s.card"
    session_id: int
    position: int
    choice: CardChoice


@dataclass(frozen=True)
class DemoTap(Button):
    """'Show me' on an exercise card: the moving demo."""

    prefix = "s.demo"
    session_id: int
    position: int


@dataclass(frozen=True)
class AddTap(Button):
    """+1 or +5 on the counter drawn at (position, set, count)."""

    prefix = "s.add"
    session_id: int
    position: int
    set_no: int
    count: int
    added: Literal[1, 5]


@dataclass(frozen=True)
class SetTap(Button):
    """Set done on the counter drawn at (position, set, count)."""

    prefix = "s.set"
    session_id: int
    position: int
    set_no: int
    count: int


@dataclass(frozen=True)
class BendTap(Button):
    """Next on a stage of the guided bend."""

    prefix = "s.bend"
    session_id: int
    position: int
    stage: Annotated[int, range(BEND_STAGES)]


@dataclass(frozen=True)
class ReachTap(Button):
    """How far the bend reached."""

    prefix = "s.reach"
    session_id: int
    position: int
    reach: Annotated[int, range(len(REACH_LEVELS))]


@dataclass(frozen=True)
class LegTap(Button):
    """Whether the leg pain got worse while bending."""

    prefix = "s.leg"
    session_id: int
    position: int
    answer: YesNo


@dataclass(frozen=True)
class LegSpreadTap(Button):
    """During the back bend or extension: the leg pain spreads, or new pins and needles."""

    prefix = "s.lsp"
    session_id: int
    position: int


@dataclass(frozen=True)
class VoiceTap(Button):
    """How a voice-guided set went: all, fewer, a count (after fewer), or too painful."""

    prefix = "s.vc"
    session_id: int
    position: int
    answer: VoiceAnswer
    count: Annotated[int, range(100)] = 0


@dataclass(frozen=True)
class LevelTap(Button):
    """Take the offered level, or not yet."""

    prefix = "s.lvl"
    session_id: int
    exercise_id: str
    offered: int
    answer: YesNo
