"""The guided session: from today's exercises and what has been logged, what comes next."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from coach.plan import BACK_BEND, BENDING, PlanItem
from content.models import Exercise

# Reach buttons after bending, in the order of the `reach` event's value (0 knees .. 3 floor).
REACH_LEVELS = ("knees", "mid_shin", "ankles", "floor")
# The guided stages of one bend: neck, chest, lower back, as far as is comfortable, up again.
BEND_STAGES = 5
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


class Outcome(StrEnum):
    """How one exercise went in a session."""

    FULL = "full"  # the whole dose
    PARTIAL = "partial"  # started, not the whole dose
    SKIPPED = "skipped"
    TOO_PAINFUL = "too_painful"
    NOT_REACHED = "not_reached"  # the session stopped before it


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
    """One logged event, as the session machine reads it."""

    exercise_id: str
    kind: str
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


def done_of(exercise_id: str, events: Sequence[Logged]) -> Done:
    """Fold one exercise's events into what is done."""
    holds, reps_in_set, set_reps = 0, 0, []
    reach: int | None = None
    leg_worse: bool | None = None
    finished = skipped = too_painful = False
    for event in events:
        if event.exercise_id != exercise_id:
            continue
        if event.kind == "hold":
            holds += 1
        elif event.kind == "rep":
            reps_in_set += event.value
        elif event.kind == "set":
            set_reps.append(event.value)
            reps_in_set = 0
        elif event.kind == "reach":
            reach = event.value
        elif event.kind == "leg_worse":
            leg_worse = event.value == 1
        elif event.kind == "done":
            finished = True
        elif event.kind == "skip":
            skipped = True
        elif event.kind == "too_painful":
            too_painful = True
    return Done(
        holds, tuple(set_reps), reps_in_set, reach, leg_worse, finished, skipped, too_painful
    )


# ---------------------------------------------------------------- the exercises of a session


def encode_items(items: Sequence[PlanItem]) -> str:
    """The session row's `exercises` text: ids in order, a variant after a colon."""
    return ",".join(f"{i.exercise_id}:{i.variant}" if i.variant else i.exercise_id for i in items)


def decode_items(text: str) -> tuple[tuple[str, str | None], ...]:
    """(exercise id, variant) pairs from the session row's `exercises` text."""
    pairs = []
    for part in filter(None, text.split(",")):
        exercise_id, _, variant = part.partition(":")
        pairs.append((exercise_id, variant or None))
    return tuple(pairs)


def with_back_bend_after(text: str, position: int, variant: str | None = None) -> str:
    """Put the back bend (lying `variant` for balance problems) right after `position`."""
    pairs = list(decode_items(text))
    if any(exercise_id == BACK_BEND for exercise_id, _ in pairs):
        return text
    pairs.insert(position + 1, (BACK_BEND, variant))
    return ",".join(f"{e}:{v}" if v else e for e, v in pairs)


def session_item(exercise: Exercise, variant: str | None, level: int) -> SessionItem:
    """An exercise with the dose of the person's level (or of its variant)."""
    chosen = exercise.variant(variant) if variant else None
    dose = chosen.dose if chosen else exercise.level(level).dose
    if exercise.id == BENDING:
        kind = Kind.BENDING
    elif dose.hold_seconds:
        kind = Kind.HOLD
    else:
        kind = Kind.COUNT
    return SessionItem(
        exercise.id,
        chosen.id if chosen else None,
        kind,
        dose.sets,
        dose.reps,
        dose.hold_seconds,
        dose.per_side,
    )


def session_items(
    text: str, exercises: Mapping[str, Exercise], levels: Mapping[str, int]
) -> tuple[SessionItem, ...]:
    """Today's items of a session, each at the person's current level."""
    return tuple(
        session_item(exercises[exercise_id], variant, levels.get(exercise_id, 0))
        for exercise_id, variant in decode_items(text)
        if exercise_id in exercises
    )


# ---------------------------------------------------------------- what comes next


@dataclass(frozen=True)
class SessionState:
    """Everything the next step depends on: the row's fields and the logged events."""

    items: tuple[SessionItem, ...]
    status: Status = Status.ACTIVE
    position: int = 0
    phase: Phase = Phase.CARD
    stage: int = 0
    pain_before: int | None = None
    pain_after: int | None = None
    events: tuple[Logged, ...] = ()
    levels: Mapping[str, int] = field(default_factory=dict)

    @property
    def current(self) -> SessionItem | None:
        """The exercise under way, or None once all are through."""
        return self.items[self.position] if self.position < len(self.items) else None

    def done(self, exercise_id: str) -> Done:
        """What is logged for one exercise."""
        return done_of(exercise_id, self.events)

    def level_of(self, exercise_id: str) -> int:
        """The person's level on this exercise's ladder."""
        return self.levels.get(exercise_id, 0)


@dataclass(frozen=True)
class AskPainBefore:
    """Ask how the back is before starting."""


@dataclass(frozen=True)
class ShowCard:
    """Show an exercise's card with Start, Skip and Too painful today."""

    position: int
    item: SessionItem


@dataclass(frozen=True)
class HoldRep:
    """Post the next hold ("Rep 3/10: lift and hold") and time it."""

    position: int
    item: SessionItem
    rep: int
    side: str | None


@dataclass(frozen=True)
class CountReps:
    """Show the running count of one set."""

    position: int
    item: SessionItem
    set_no: int
    count: int


@dataclass(frozen=True)
class BendStage:
    """Guide one stage of the bend (stage == BEND_STAGES asks how far they reached)."""

    position: int
    item: SessionItem
    stage: int


@dataclass(frozen=True)
class AskLegWorse:
    """Ask whether the pain down the leg got worse while bending."""

    position: int
    item: SessionItem


@dataclass(frozen=True)
class Paused:
    """The session waits for Resume."""

    position: int
    item: SessionItem


@dataclass(frozen=True)
class AskPainAfter:
    """Ask how the back is now."""


@dataclass(frozen=True)
class Finished:
    """Nothing more to do in this session."""


Step = (
    AskPainBefore
    | ShowCard
    | HoldRep
    | CountReps
    | BendStage
    | AskLegWorse
    | Paused
    | AskPainAfter
    | Finished
)


def side_of(item: SessionItem, rep: int) -> str | None:
    """Which side a per-side hold works on: left first, then alternating."""
    return SIDES[(rep - 1) % 2] if item.per_side else None


def _doing(state: SessionState, item: SessionItem) -> Step:
    """The next thing within an exercise under way."""
    done = state.done(item.exercise_id)
    position = state.position
    if item.kind is Kind.HOLD:
        rep = min(done.holds + 1, item.total_holds)
        return HoldRep(position, item, rep, side_of(item, rep))
    if item.kind is Kind.COUNT:
        return CountReps(position, item, min(done.sets_done + 1, item.sets), done.reps_in_set)
    if done.reach is None:
        return BendStage(position, item, min(state.stage, BEND_STAGES))
    return AskLegWorse(position, item)


def next_step(state: SessionState) -> Step:
    """What the person sees next."""
    if state.status in (Status.DONE, Status.ABANDONED) or state.pain_after is not None:
        return Finished()
    if state.status is Status.STOPPED:
        return AskPainAfter()
    if state.pain_before is None:
        return AskPainBefore()
    item = state.current
    if item is None:
        return AskPainAfter()
    if state.phase is Phase.CARD:
        return ShowCard(state.position, item)
    if state.phase is Phase.PAUSED:
        return Paused(state.position, item)
    return _doing(state, item)


def is_complete(item: SessionItem, done: Done) -> bool:
    """Whether the exercise's dose is through (a bend ends with the leg question)."""
    if item.kind is Kind.HOLD:
        return done.holds >= item.total_holds
    if item.kind is Kind.COUNT:
        return done.sets_done >= item.sets
    return done.leg_worse is not None


def outcome_of(item: SessionItem, done: Done, *, under_way: bool = False) -> Outcome:
    """How the exercise went, for the summary and the ladders."""
    if done.too_painful:
        return Outcome.TOO_PAINFUL
    if done.skipped:
        return Outcome.SKIPPED
    if not (done.started or under_way):
        return Outcome.NOT_REACHED
    if item.kind is Kind.COUNT:
        full = done.sets_done >= item.sets and all(r >= item.reps for r in done.set_reps)
    elif item.kind is Kind.HOLD:
        full = done.holds >= item.total_holds
    else:
        full = done.leg_worse is False
    return Outcome.FULL if full else Outcome.PARTIAL


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


def once_key(kind: str, exercise_id: str) -> str:
    """Events that happen once an exercise: skip, too_painful, reach, leg_worse, done."""
    return f"{kind}:{exercise_id}"


# ---------------------------------------------------------------- the summary


@dataclass(frozen=True)
class ExerciseSummary:
    """One exercise's line in the summary."""

    item: SessionItem
    outcome: Outcome
    holds: int
    sets: int
    reps: int
    reach: int | None
    leg_worse: bool


@dataclass(frozen=True)
class Summary:
    """What a session achieved."""

    exercises: tuple[ExerciseSummary, ...]
    pain_before: int | None
    pain_after: int | None

    @property
    def anything_done(self) -> bool:
        """Whether at least one exercise was started."""
        return any(e.outcome in (Outcome.FULL, Outcome.PARTIAL) for e in self.exercises)


def summarise(state: SessionState) -> Summary:
    """Per-exercise totals and the two pain scores."""
    lines = []
    for position, item in enumerate(state.items):
        done = state.done(item.exercise_id)
        # Started but stopped before anything was logged still counts as begun.
        under_way = position == state.position and state.phase is not Phase.CARD
        lines.append(
            ExerciseSummary(
                item,
                outcome_of(item, done, under_way=under_way),
                done.holds,
                done.sets_done,
                sum(done.set_reps) + done.reps_in_set,
                done.reach,
                done.leg_worse is True,
            )
        )
    return Summary(tuple(lines), state.pain_before, state.pain_after)
