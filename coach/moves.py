"""The guided session's transitions: state + what happened -> a refusal, or the new state.

Every tap and every timer of a session is one event here. `apply` is pure: it names what to
log and how the state changes; the use case stores that and the views show it. A refusal says
why the event does not fit the state (an old button, a replayed tap, a timer that is stale).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from coach.events import (
    CardChoice,
    CardChosen,
    Control,
    Controlled,
    Event,
    HoldEnded,
    LegAnswered,
    Moved,
    PainScored,
    ReachGiven,
    Refusal,
    Refused,
    RepsAdded,
    RestEnded,
    SetFinished,
    StageDone,
    Transition,
    When,
)
from coach.plan import BACK_BEND, LYING
from coach.session import (
    BEND_STAGES,
    MAX_COUNT,
    EventKind,
    Logged,
    Phase,
    SessionState,
    Status,
    hold_key,
    is_complete,
    once,
    rep_key,
    session_item,
    set_key,
)
from coach.steps import AskLegWorse, BendStage, CountReps, HoldRep, ShowCard, next_step
from content.models import Exercise

# A timer woken this much before its stored end belongs to an older hold: leave it.
EARLY_TOLERANCE = timedelta(seconds=1)


def apply(state: SessionState, event: Event, exercises: Mapping[str, Exercise]) -> Transition:
    """The one transition function of the guided session."""
    if isinstance(event, HoldEnded | RestEnded):
        return _timer(state, event)
    if isinstance(event, PainScored):
        return _pain(state, event)
    if state.status is not Status.ACTIVE:
        return Refused(Refusal.SESSION_OVER)
    rule = _RULES[type(event)]
    return rule(state, event, exercises)


def _moved(before: SessionState, after: SessionState, *logged: Logged, **extra: bool) -> Moved:
    """The new state with its events folded in."""
    folded = replace(after, events=after.events + logged)
    return Moved(before, folded, logged, **extra)


def _begin_hold(state: SessionState, now: datetime) -> SessionState:
    """A hold exercise under way with no timer running starts its next hold now."""
    if state.status is not Status.ACTIVE or state.phase is not Phase.DOING or state.timing:
        return state
    step = next_step(state)
    if not isinstance(step, HoldRep):
        return state
    ends_at = now + timedelta(seconds=step.item.hold_seconds)
    return replace(state, hold_ends_at=ends_at, hold_message=None)


def _exercise_done(state: SessionState, exercise_id: str) -> tuple[SessionState, Logged]:
    """The exercise is finished: on to the next card."""
    moved = replace(state, position=state.position + 1, phase=Phase.CARD, stage=0)
    return moved, once(EventKind.DONE, exercise_id)


# ---------------------------------------------------------------- pain, card, controls


def _pain(state: SessionState, event: PainScored) -> Transition:
    """Store a pain score once; the score after ends the session (a stopped one too)."""
    active = state.status is Status.ACTIVE
    if event.when is When.BEFORE:
        if state.pain_before is not None:
            return Refused(Refusal.ALREADY_NOTED)
        if not active:
            return Refused(Refusal.SESSION_OVER)
        return _moved(state, replace(state, pain_before=event.score))
    if state.pain_after is not None:
        return Refused(Refusal.ALREADY_NOTED)
    at_end = active and state.position >= len(state.items)
    if not (at_end or state.status is Status.STOPPED):
        return Refused(Refusal.OLD_STEP if active else Refusal.SESSION_OVER)
    status = Status.DONE if at_end else state.status
    return _moved(state, replace(state, pain_after=event.score, status=status))


def _card(state: SessionState, event: CardChosen, _: Mapping[str, Exercise]) -> Transition:
    """Start the exercise, or log it skipped or too painful and move on."""
    step = next_step(state)
    if not isinstance(step, ShowCard) or step.position != event.position:
        return Refused(Refusal.OLD_STEP)
    if event.choice is CardChoice.GO:
        return _moved(state, _begin_hold(replace(state, phase=Phase.DOING, stage=0), event.now))
    kind = EventKind.SKIP if event.choice is CardChoice.SKIP else EventKind.TOO_PAINFUL
    after = replace(state, position=state.position + 1)
    return _moved(state, after, once(kind, step.item.exercise_id))


def _control(state: SessionState, event: Controlled, _: Mapping[str, Exercise]) -> Transition:
    """Pause, Resume or Stop; a running hold is cut (it does not count)."""
    if event.control is Control.RESUME:
        if state.phase is not Phase.PAUSED:
            return Refused(Refusal.ALREADY_RUNNING)
        return _moved(state, _begin_hold(replace(state, phase=Phase.DOING), event.now))
    if event.control is Control.PAUSE and state.phase is Phase.PAUSED:
        return Refused(Refusal.ALREADY_PAUSED)
    if event.control is Control.PAUSE and state.phase is not Phase.DOING:
        return Refused(Refusal.OLD_STEP)
    halted = replace(state, hold_ends_at=None, rest_ends_at=None, hold_message=None)
    if event.control is Control.STOP:
        return _moved(state, replace(halted, status=Status.STOPPED))
    return _moved(state, replace(halted, phase=Phase.PAUSED))


# ---------------------------------------------------------------- counted reps


def _drawn_counter(state: SessionState, position: int, set_no: int, drawn: int) -> Transition:
    """The counter a tap was drawn on, or why it is not the current one."""
    step = next_step(state)
    if not isinstance(step, CountReps) or (step.position, step.set_no) != (position, set_no):
        # A tap on a set already finished (or an exercise passed) was counted before.
        later = isinstance(step, CountReps) and (step.position, step.set_no) > (position, set_no)
        passed = state.position > position
        return Refused(Refusal.ALREADY_COUNTED if later or passed else Refusal.OLD_STEP)
    if step.count != drawn:
        return Refused(Refusal.ALREADY_COUNTED)
    return _moved(state, state)


def _add(state: SessionState, event: RepsAdded, _: Mapping[str, Exercise]) -> Transition:
    """Log one +1/+5 tap under the step key of the count it was drawn at."""
    found = _drawn_counter(state, event.position, event.set_no, event.drawn)
    if isinstance(found, Refused):
        return found
    if event.drawn + event.added > MAX_COUNT:
        return Refused(Refusal.COUNT_ENOUGH)
    exercise_id = state.items[event.position].exercise_id
    key = rep_key(exercise_id, event.set_no, event.drawn)
    return _moved(state, state, Logged(exercise_id, EventKind.REP, event.added, key))


def _set(state: SessionState, event: SetFinished, _: Mapping[str, Exercise]) -> Transition:
    """Log the set; after the last set the exercise is done."""
    found = _drawn_counter(state, event.position, event.set_no, event.drawn)
    if isinstance(found, Refused):
        return found
    if event.drawn == 0:
        return Refused(Refusal.COUNT_FIRST)
    item = state.items[event.position]
    key = set_key(item.exercise_id, event.set_no)
    logged = Logged(item.exercise_id, EventKind.SET, event.drawn, key)
    counted = replace(state, events=(*state.events, logged))
    if not is_complete(item, counted.done(item.exercise_id)):
        return _moved(state, state, logged)
    after, done = _exercise_done(state, item.exercise_id)
    return _moved(state, after, logged, done)


# ---------------------------------------------------------------- bending


def _stage(state: SessionState, event: StageDone, _: Mapping[str, Exercise]) -> Transition:
    """Move the bend one stage on (the stage it was drawn at makes a double tap harmless)."""
    step = next_step(state)
    if not isinstance(step, BendStage) or step.position != event.position:
        return Refused(Refusal.OLD_STEP)
    if step.stage != event.stage:
        return Refused(Refusal.ALREADY_NOTED)
    return _moved(state, replace(state, stage=event.stage + 1))


def _reach(state: SessionState, event: ReachGiven, _: Mapping[str, Exercise]) -> Transition:
    """Log how far the person reached."""
    step = next_step(state)
    if isinstance(step, AskLegWorse) and step.position == event.position:
        return Refused(Refusal.ALREADY_NOTED)
    if not isinstance(step, BendStage) or (step.position, step.stage) != (
        event.position,
        BEND_STAGES,
    ):
        return Refused(Refusal.OLD_STEP)
    return _moved(state, state, once(EventKind.REACH, step.item.exercise_id, event.reach))


def _leg(state: SessionState, event: LegAnswered, exercises: Mapping[str, Exercise]) -> Transition:
    """Log the leg answer; "worse" pauses bending and brings in the back bend after it."""
    step = next_step(state)
    if not isinstance(step, AskLegWorse) or step.position != event.position:
        done_here = state.position > event.position
        return Refused(Refusal.ALREADY_NOTED if done_here else Refusal.OLD_STEP)
    exercise_id = step.item.exercise_id
    answer = once(EventKind.LEG_WORSE, exercise_id, 1 if event.worse else 0)
    after, done = _exercise_done(state, exercise_id)
    has_back_bend = any(item.exercise_id == BACK_BEND for item in state.items)
    if event.worse and not has_back_bend:
        # Someone with balance problems does the lying version, as their plan would say.
        variant = LYING if state.balance_problems else None
        back_bend = session_item(exercises[BACK_BEND], variant, state.level_of(BACK_BEND))
        items = (*state.items[: event.position + 1], back_bend, *state.items[event.position + 1 :])
        after = replace(after, items=items)
    return _moved(state, after, answer, done, pause_bending=event.worse)


# ---------------------------------------------------------------- timers


def _timer(state: SessionState, event: HoldEnded | RestEnded) -> Transition:
    """A hold or breather ended: log the hold, rest or move on; a stale timer is refused."""
    ends_at = state.hold_ends_at if isinstance(event, HoldEnded) else state.rest_ends_at
    if state.status is not Status.ACTIVE or ends_at is None:
        return Refused(Refusal.NOT_DUE)
    if ends_at > event.now + EARLY_TOLERANCE:
        return Refused(Refusal.NOT_DUE)
    if isinstance(event, RestEnded):
        return _moved(state, _begin_hold(replace(state, rest_ends_at=None), event.now))
    return end_hold(state, event.now, rest=True)


def end_hold(state: SessionState, now: datetime, *, rest: bool) -> Transition:
    """The running hold counts, once; after the last one the exercise is done."""
    step = next_step(state)
    ended = replace(state, hold_ends_at=None, hold_message=None)
    if not isinstance(step, HoldRep):
        return _moved(state, ended)
    item = step.item
    key = hold_key(item.exercise_id, step.rep)
    held = Logged(item.exercise_id, EventKind.HOLD, item.hold_seconds, key)
    counted = replace(ended, events=(*ended.events, held))
    if is_complete(item, counted.done(item.exercise_id)):
        after, done = _exercise_done(ended, item.exercise_id)
        return _moved(state, after, held, done)
    if rest:
        ended = replace(ended, rest_ends_at=now + timedelta(seconds=item.rest_seconds))
    return _moved(state, ended, held)


def restarted(state: SessionState, now: datetime) -> Moved:
    """After a restart with its timer run out: a hold held while away counts; then pause."""
    outcome = end_hold(state, now, rest=False) if state.hold_ends_at else _moved(state, state)
    assert isinstance(outcome, Moved)
    after = replace(outcome.after, hold_ends_at=None, rest_ends_at=None)
    if after.phase is Phase.DOING:
        after = replace(after, phase=Phase.PAUSED)
    return replace(outcome, after=after)


Rule = Callable[[SessionState, Any, Mapping[str, Exercise]], Transition]
_RULES: dict[type, Rule] = {
    CardChosen: _card,
    RepsAdded: _add,
    SetFinished: _set,
    StageDone: _stage,
    ReachGiven: _reach,
    LegAnswered: _leg,
    Controlled: _control,
}
