"""What can happen in a guided session (taps and timers, as typed events) and what comes of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cached_property

from coach.session import Logged, SessionState
from coach.steps import HoldRep, Step, next_step


class When(StrEnum):
    """Which pain score: before the first exercise or after the last."""

    BEFORE = "before"
    AFTER = "after"


class CardChoice(StrEnum):
    """The buttons on an exercise card."""

    GO = "go"
    SKIP = "skip"
    HURT = "hurt"
    UNSTEADY = "wobbly"  # too unsteady standing: the lying (or held-on) form instead
    VOICE = "voice"  # guide the set by one voice note instead of the chat timer


class VoiceAnswer(StrEnum):
    """How a voice-guided set went, as the person says."""

    ALL = "all"  # the whole dose
    FEWER = "fewer"  # fewer: the count follows
    COUNT = "count"  # this many reps
    HURT = "hurt"  # too painful


class Control(StrEnum):
    """Pause, Resume and Stop, under everything that is under way."""

    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"


@dataclass(frozen=True)
class PainScored:
    """A pain score 0-10, before or after (before: with the starting pains of earlier sessions,
    oldest first, to see pain that climbs from one session to the next)."""

    when: When
    score: int
    starts: tuple[int, ...] = ()


@dataclass(frozen=True)
class SettledAnswered:
    """Whether yesterday's extra soreness settled."""

    settled: bool


@dataclass(frozen=True)
class RecheckAnswered:
    """The weekly "anything new?": something new (then /checkup), or none of these."""

    new: bool


@dataclass(frozen=True)
class CardChosen:
    """Start, Skip or Too painful today on the card at `position`."""

    position: int
    choice: CardChoice
    now: datetime


@dataclass(frozen=True)
class RepsAdded:
    """+1 or +5 on the counter drawn at (`position`, `set_no`, `drawn`)."""

    position: int
    set_no: int
    drawn: int
    added: int


@dataclass(frozen=True)
class SetFinished:
    """Set done on the counter drawn at (`position`, `set_no`, `drawn`)."""

    position: int
    set_no: int
    drawn: int


@dataclass(frozen=True)
class StageDone:
    """Next on the bend stage drawn at `stage`."""

    position: int
    stage: int


@dataclass(frozen=True)
class ReachGiven:
    """How far the bend reached (an index into REACH_LEVELS)."""

    position: int
    reach: int


@dataclass(frozen=True)
class LegAnswered:
    """Whether the pain down the leg got worse while bending."""

    position: int
    worse: bool


@dataclass(frozen=True)
class LegSpread:
    """During the back bend or extension: pain spreading down the leg, or new pins and needles."""

    position: int


@dataclass(frozen=True)
class Controlled:
    """Pause, Resume or Stop."""

    control: Control
    now: datetime


@dataclass(frozen=True)
class HoldEnded:
    """A hold timer fired."""

    now: datetime


@dataclass(frozen=True)
class VoiceAnswered:
    """An answer to "how did it go?" for the voice-guided set at `position`."""

    position: int
    answer: VoiceAnswer
    count: int = 0


@dataclass(frozen=True)
class VoiceEnded:
    """The voice timer fired: the note is over (ask), or the answer never came (move on)."""

    now: datetime


@dataclass(frozen=True)
class RestEnded:
    """A breather timer fired: the next rep starts on its own."""

    now: datetime


Event = (
    SettledAnswered
    | RecheckAnswered
    | PainScored
    | CardChosen
    | RepsAdded
    | SetFinished
    | StageDone
    | ReachGiven
    | LegAnswered
    | LegSpread
    | Controlled
    | HoldEnded
    | RestEnded
    | VoiceAnswered
    | VoiceEnded
)


class Refusal(StrEnum):
    """Why an event does not fit the session's state."""

    SESSION_OVER = "session_over"
    OLD_STEP = "old_step"
    ALREADY_NOTED = "already_noted"
    ALREADY_COUNTED = "already_counted"
    COUNT_FIRST = "count_first"
    COUNT_ENOUGH = "count_enough"
    ALREADY_PAUSED = "already_paused"
    ALREADY_RUNNING = "already_running"
    NOT_DUE = "not_due"  # a timer that is no longer (or not yet) the running one
    NO_VOICE = "no_voice"  # this exercise has no voice guide


@dataclass(frozen=True)
class Refused:
    """The event changes nothing."""

    reason: Refusal


@dataclass(frozen=True)
class Moved:
    """The decision a tap or a timer gets: the new state, what to log, and both steps.

    `shown` is the step the person was at (the message they acted on), `next` what they see
    now; each is worked out once, here, for the service, the view and the timers alike.
    """

    before: SessionState
    after: SessionState
    logged: tuple[Logged, ...] = ()
    # Leg symptoms got worse during this exercise: it waits in the plan for the next check-in.
    paused_in_plan: str | None = None

    @cached_property
    def shown(self) -> Step:
        """The step the event acted on."""
        return next_step(self.before)

    @cached_property
    def next(self) -> Step:
        """The step the person is at now."""
        return next_step(self.after)

    @property
    def voice_began(self) -> bool:
        """A voice-guided set's note is starting (it is to be sent)."""
        return self.after.voice_ends_at is not None and self.before.voice_ends_at is None

    @property
    def hold_began(self) -> bool:
        """A new hold is being timed (its message is to be posted)."""
        return self.after.hold_ends_at is not None and self.before.hold_ends_at is None

    @property
    def cut_hold(self) -> HoldRep | None:
        """The hold that Pause or Stop cut short (it does not count)."""
        step = self.shown
        running = self.before.hold_ends_at is not None and self.after.hold_ends_at is None
        return step if running and isinstance(step, HoldRep) and not self.logged else None


Transition = Refused | Moved
