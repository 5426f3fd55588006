"""Every button the bot draws, as typed callback data (see views.codec for the rules).

The prefixes and field orders are what old messages in people's chats still carry: change
them only together with a way to read the old ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from coach.away import AWAY_CHOICES
from coach.barriers import Barrier, Take
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


# ---------------------------------------------------------------- keeping going


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


@dataclass(frozen=True)
class ReportTap(Button):
    """Under /report's question: skip it and make the report, or print another name."""

    prefix = "rep"
    request_id: int
    choice: Literal["skip", "name"]


# ---------------------------------------------------------------- the programme fits the person


@dataclass(frozen=True)
class GoAheadTap(Button):
    """'My midwife or doctor said yes' under a plan that waits for it."""

    prefix = "ga"
    word: Literal["yes"] = "yes"


@dataclass(frozen=True)
class LegSpreadTap(Button):
    """During the back bend or extension: the leg pain spreads, or new pins and needles."""

    prefix = "s.lsp"
    session_id: int
    position: int


@dataclass(frozen=True)
class SignsTap(Button):
    """'Check the warning signs': the one-tap re-check, offered after leg symptoms got worse."""

    prefix = "s.sig"
    session_id: int


@dataclass(frozen=True)
class RiseTap(Button):
    """After pain went up: anything new besides the pain? Just the pain, or yes / not sure."""

    prefix = "s.rise"
    session_id: int
    answer: Literal["pain", "new"]


@dataclass(frozen=True)
class ShortSession(Button):
    """After a session where nothing was done: a shorter one, with the first exercise only."""

    prefix = "s.short"
    word: Literal["go"] = "go"


# Lessons and the support-need questions (views.lesson_buttons), read here with all the others.
from views.lesson_buttons import LessonTap as LessonTap  # noqa: E402
from views.lesson_buttons import QuizTap as QuizTap  # noqa: E402
from views.lesson_buttons import SupportGo as SupportGo  # noqa: E402
from views.lesson_buttons import SupportTap as SupportTap  # noqa: E402
