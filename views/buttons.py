"""Every button the bot draws, as typed callback data (see views.codec for the rules).

The prefixes and field orders are what old messages in people's chats still carry: change
them only together with a way to read the old ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from coach.events import CardChoice, Control, VoiceAnswer, When
from coach.reminders import NudgeAction
from coach.session import BEND_STAGES, REACH_LEVELS
from views.codec import Button

Score = Annotated[int, range(11)]  # pain and ratings, 0-10
YesNo = Literal["yes", "no"]


# ---------------------------------------------------------------- check-in


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


@dataclass(frozen=True)
class DangerTap(Button):
    """Under typed words that sound like a warning sign: yes, that's happening, or not."""

    prefix = "dgr"
    signs: str  # coach.danger.sign_code
    answer: YesNo


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


# ---------------------------------------------------------------- the guided session


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
class PainTap(Button):
    """A pain score before or after."""

    prefix = "s.pain"
    session_id: int
    when: When
    score: Score


@dataclass(frozen=True)
class CardTap(Button):
    """Start, Skip or Too painful today on an exercise card."""

    prefix = "s.card"
    session_id: int
    position: int
    choice: CardChoice


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
class ControlTap(Button):
    """Pause, Resume or Stop."""

    prefix = "s.ctl"
    session_id: int
    control: Control


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
class DemoTap(Button):
    """'Show me' on an exercise card: the moving demo."""

    prefix = "s.demo"
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


# ---------------------------------------------------------------- reminders


class SettingsAction(StrEnum):
    """The buttons under the zone question, the proposal and /reminders."""

    ACCEPT = "ok"
    NOT_NOW = "no"
    CANCEL = "cancel"
    CLOCK = "clock"
    ZONE = "zone"
    TIME = "time"
    PAUSE = "pause"
    RESUME = "resume"
    MIDDAY = "mid"
    WEEKLY = "week"
    CONFIRM = "zok"  # the zone known from where the person is: reminders there, yes


@dataclass(frozen=True)
class SettingsTap(Button):
    """One reminder setting; the argument is a nudge kind, on/off, or '-'."""

    prefix = "rs"
    action: SettingsAction
    argument: Literal["-", "on", "off", "morning", "midday", "evening"] = "-"


@dataclass(frozen=True)
class NudgeTap(Button):
    """Start now, Snooze or Skip today under the nudge sent for a local day."""

    prefix = "rn"
    action: NudgeAction
    reminder_id: int
    day: date


# ---------------------------------------------------------------- function check, data


@dataclass(frozen=True)
class CheckGo(Button):
    """Start or carry on with the function check."""

    prefix = "fcg"
    word: Literal["go"] = "go"


@dataclass(frozen=True)
class RateTap(Button):
    """A 0-10 rating of one activity in one check."""

    prefix = "fcr"
    check_id: int
    activity_id: int
    score: Score


@dataclass(frozen=True)
class MoreTap(Button):
    """After the first check's ratings: add another activity, or that's all."""

    prefix = "fcm"
    check_id: int
    choice: Literal["more", "end"]


@dataclass(frozen=True)
class EraseTap(Button):
    """Yes or No to erasing everything, for the question asked at a unix time."""

    prefix = "del"
    answer: YesNo
    asked: int


@dataclass(frozen=True)
class LanguageTap(Button):
    """One of the languages we speak."""

    prefix = "lang"
    code: Literal["en", "de", "es", "ru"]
    place: Literal["menu", "welcome"] = "menu"  # under /language, or under the first welcome


@dataclass(frozen=True)
class SettledTap(Button):
    """Did yesterday's extra soreness settle?"""

    prefix = "s.sore"
    session_id: int
    answer: YesNo


@dataclass(frozen=True)
class QuickCheckTap(Button):
    """The one-tap re-check of the warning signs: none of these, or something new."""

    prefix = "s.wk"
    session_id: int
    answer: Literal["none", "new"]


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
