"""The guided session's state: today's exercises (dosed by coach.doses), and what is logged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

# Reach buttons after bending, in the order of the `reach` event's value (0 knees .. 3 floor).
REACH_LEVELS = ("knees", "mid_shin", "ankles", "floor")
# The guided stages of one bend: neck, chest, lower back, as far as is comfortable, up again.
BEND_STAGE_NAMES = ("neck", "chest", "low_back", "reach", "up")
BEND_STAGES = len(BEND_STAGE_NAMES)
# Pelvic lift and knee rotation hold 10 s; a breather of half that lets the muscles reset.
LONG_REST_SECONDS = 5
# The 3-second lying press-up needs less; 4 s keeps a round under Telegram's ~20 edits a minute.
SHORT_REST_SECONDS = 4
# Rest suggested between sets of counted reps (told to the person, not timed).
SET_REST_SECONDS = 30
# A running count above this is a runaway tap, not lifts.
MAX_COUNT = 99
SIDES = ("left", "right")


class Kind(StrEnum):
    """How an exercise is guided."""

    HOLD = "hold"  # timed holds, one message a rep
    COUNT = "count"  # reps counted with buttons, in sets
    BENDING = "bending"  # guided stages, then reach and the leg question


class Phase(StrEnum):
    """Where the session stands within its current exercise (stored on the session row)."""

    CARD = "card"  # the exercise's card is shown; waiting for Start, Skip or Too painful
    DOING = "doing"  # under way
    PAUSED = "paused"  # the person paused, or the bot restarted during a timer


class Status(StrEnum):
    """The session's life cycle (stored on the session row)."""

    ACTIVE = "active"
    DONE = "done"
    STOPPED = "stopped"
    ABANDONED = "abandoned"


class EventKind(StrEnum):
    """What one logged event records (the `session_events.kind` vocabulary)."""

    REP = "rep"  # reps added by a count tap (value: 1 or 5)
    HOLD = "hold"  # a hold ended (value: seconds held)
    SET = "set"  # a set is done (value: reps in it)
    SKIP = "skip"
    TOO_PAINFUL = "too_painful"
    REACH = "reach"  # value: 0 knees, 1 mid-shin, 2 ankles, 3 floor
    LEG_WORSE = "leg_worse"  # value: 1 yes, 0 no (during the back bend or extension: 1, stopped)
    DONE = "done"  # the exercise is finished
    VOICE = "voice"  # a set guided by voice was answered (value: the reps the person said)
    NO_ANSWER = "no_answer"  # a voice-guided set got no answer at all: nothing is counted


@dataclass(frozen=True)
class SessionItem:
    """One exercise of a session with today's dose."""

    exercise_id: str
    variant: str | None
    kind: Kind
    sets: int
    reps: int
    hold_seconds: int = 0
    per_side: bool = False

    @property
    def total_holds(self) -> int:
        """Holds in the whole dose (both sides count for a per-side stretch)."""
        return self.sets * self.reps * (2 if self.per_side else 1)

    @property
    def rest_seconds(self) -> int:
        """The breather after each hold before the next rep starts on its own."""
        return LONG_REST_SECONDS if self.hold_seconds >= 10 else SHORT_REST_SECONDS


@dataclass(frozen=True)
class Logged:
    """One logged event; its `step` key makes logging the same step twice impossible."""

    exercise_id: str
    kind: EventKind
    value: int
    step: str


@dataclass(frozen=True)
class Done:
    """What is logged for one exercise so far."""

    holds: int = 0
    set_reps: tuple[int, ...] = ()
    reps_in_set: int = 0
    reach: int | None = None
    leg_worse: bool | None = None
    finished: bool = False
    skipped: bool = False
    too_painful: bool = False

    @property
    def sets_done(self) -> int:
        """Sets finished."""
        return len(self.set_reps)

    @property
    def started(self) -> bool:
        """Whether anything was logged for the exercise."""
        return bool(self.holds or self.set_reps or self.reps_in_set or self.reach is not None)


def done_of(exercise_id: str, events: Sequence[Logged], start: Done = Done()) -> Done:
    """Fold one exercise's events into what is done (on top of what `start` says was done)."""
    holds, reps_in_set, set_reps = start.holds, start.reps_in_set, list(start.set_reps)
    reach, leg_worse = start.reach, start.leg_worse
    carried = (
        (EventKind.DONE, start.finished),
        (EventKind.SKIP, start.skipped),
        (EventKind.TOO_PAINFUL, start.too_painful),
    )
    flags = {kind for kind, flagged in carried if flagged}
    for event in (e for e in events if e.exercise_id == exercise_id):
        if event.kind == EventKind.HOLD:
            holds += 1
        elif event.kind == EventKind.REP:
            reps_in_set += event.value
        elif event.kind == EventKind.SET:
            set_reps.append(event.value)
            reps_in_set = 0
        elif event.kind == EventKind.REACH:
            reach = event.value
        elif event.kind == EventKind.LEG_WORSE:
            leg_worse = event.value == 1
        else:
            flags.add(event.kind)
    return Done(
        holds,
        tuple(set_reps),
        reps_in_set,
        reach,
        leg_worse,
        finished=EventKind.DONE in flags,
        skipped=EventKind.SKIP in flags,
        too_painful=EventKind.TOO_PAINFUL in flags,
    )


# ---------------------------------------------------------------- the state


@dataclass(frozen=True)
class SessionState:
    """Everything the next step depends on: the row's fields and what has been logged.

    `tally` is what the stored event log added up to when the state was read (kept on the
    session row, so a tap never reads the whole log); `events` are those logged since.
    """

    items: tuple[SessionItem, ...]
    status: Status = Status.ACTIVE
    position: int = 0
    phase: Phase = Phase.CARD
    stage: int = 0
    pain_before: int | None = None
    pain_after: int | None = None
    events: tuple[Logged, ...] = ()
    tally: Mapping[str, Done] = field(default_factory=dict)
    levels: Mapping[str, int] = field(default_factory=dict)
    # A running hold or breather: when it ends, and the message that shows the hold.
    hold_ends_at: datetime | None = None
    rest_ends_at: datetime | None = None
    hold_message: int | None = None
    # The person's exercise cautions (pregnant, osteoporosis, balance...) when it began.
    cautions: frozenset[str] = frozenset()
    # Exercises paused in the plan because leg symptoms spread during them (never added here).
    held: frozenset[str] = frozenset()
    gentle: bool = False  # a gentle session: the back bend and the knee rotation, half the reps
    ordinal: int = 0  # sessions the person had before this one (which tip each card shows)
    # Before the pain score: did yesterday's soreness settle (None: not asked), and the weekly
    # "anything new?" (ask, then none or new).
    settle_of: int | None = None
    settled: bool | None = None
    recheck: str | None = None
    # A set guided by one voice note: when the note ends (or, once asked, when we stop waiting
    # for the answer), and whether "how did it go?" was asked.
    voice_ends_at: datetime | None = None
    voice_asked: bool = False
    voice_default: bool = False  # the person chose voice last time: offered first on the cards

    @property
    def balance_problems(self) -> bool:
        """Standing exercises are done holding on, or lying."""
        return "balance" in self.cautions

    @property
    def current(self) -> SessionItem | None:
        """The exercise under way, or None once all are through."""
        return self.items[self.position] if self.position < len(self.items) else None

    @property
    def timing(self) -> bool:
        """Whether a hold or breather is being timed."""
        return self.hold_ends_at is not None or self.rest_ends_at is not None

    def done(self, exercise_id: str) -> Done:
        """What is logged for one exercise."""
        return done_of(exercise_id, self.events, self.tally.get(exercise_id, Done()))

    def level_of(self, exercise_id: str) -> int:
        """The person's level on this exercise's ladder."""
        return self.levels.get(exercise_id, 0)


def is_complete(item: SessionItem, done: Done) -> bool:
    """Whether the exercise's dose is through (a bend ends with the leg question)."""
    if item.kind is Kind.HOLD:
        return done.holds >= item.total_holds
    if item.kind is Kind.COUNT:
        return done.sets_done >= item.sets
    return done.leg_worse is not None


def side_of(item: SessionItem, rep: int) -> str | None:
    """Which side a per-side hold works on: left first, then alternating."""
    return SIDES[(rep - 1) % 2] if item.per_side else None


# ---------------------------------------------------------------- step keys (idempotent logging)


def hold_key(exercise_id: str, rep: int) -> str:
    """The one hold of rep `rep`."""
    return f"hold:{exercise_id}:{rep}"


def rep_key(exercise_id: str, set_no: int, count: int) -> str:
    """A count tap drawn at `count`: a replay names the same step again."""
    return f"rep:{exercise_id}:{set_no}:{count}"


def set_key(exercise_id: str, set_no: int) -> str:
    """Set `set_no` finished."""
    return f"set:{exercise_id}:{set_no}"


def once_key(kind: EventKind, exercise_id: str) -> str:
    """Events that happen once an exercise: skip, too_painful, reach, leg_worse, done."""
    return f"{kind.value}:{exercise_id}"


def once(kind: EventKind, exercise_id: str, value: int = 1) -> Logged:
    """An event that happens at most once per exercise."""
    return Logged(exercise_id, kind, value, once_key(kind, exercise_id))
