"""The session's timers and the steps every transition shares: a hold begins, ends, or ran out.

`moved` folds a transition's events into its new state; a hold starts by itself once an
exercise is under way and nothing is being timed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from coach.events import HoldEnded, Moved, Refusal, Refused, RestEnded, Transition
from coach.session import (
    EventKind,
    Logged,
    Phase,
    SessionState,
    Status,
    hold_key,
    is_complete,
    once,
)
from coach.steps import HoldRep, next_step

# A timer woken this much before its stored end belongs to an older hold: leave it.
EARLY_TOLERANCE = timedelta(seconds=1)


def moved(before: SessionState, after: SessionState, *logged: Logged, **extra: str | None) -> Moved:
    """The new state with its events folded in."""
    folded = replace(after, events=after.events + logged)
    return Moved(before, folded, logged, **extra)


def begin_hold(state: SessionState, now: datetime) -> SessionState:
    """A hold exercise under way with no timer running starts its next hold now."""
    if state.status is not Status.ACTIVE or state.phase is not Phase.DOING or state.timing:
        return state
    step = next_step(state)
    if not isinstance(step, HoldRep):
        return state
    ends_at = now + timedelta(seconds=step.item.hold_seconds)
    return replace(state, hold_ends_at=ends_at, hold_message=None)


def exercise_done(state: SessionState, exercise_id: str) -> tuple[SessionState, Logged]:
    """The exercise is finished: on to the next card."""
    moved = replace(state, position=state.position + 1, phase=Phase.CARD, stage=0)
    return moved, once(EventKind.DONE, exercise_id)


# ---------------------------------------------------------------- timers


def timer(state: SessionState, event: HoldEnded | RestEnded) -> Transition:
    """A hold or breather ended: log the hold, rest or move on; a stale timer is refused."""
    ends_at = state.hold_ends_at if isinstance(event, HoldEnded) else state.rest_ends_at
    if state.status is not Status.ACTIVE or ends_at is None:
        return Refused(Refusal.NOT_DUE)
    if ends_at > event.now + EARLY_TOLERANCE:
        return Refused(Refusal.NOT_DUE)
    if isinstance(event, RestEnded):
        return moved(state, begin_hold(replace(state, rest_ends_at=None), event.now))
    return end_hold(state, event.now, rest=True)


def end_hold(state: SessionState, now: datetime, *, rest: bool) -> Transition:
    """The running hold counts, once; after the last one the exercise is done."""
    step = next_step(state)
    ended = replace(state, hold_ends_at=None, hold_message=None)
    if not isinstance(step, HoldRep):
        return moved(state, ended)
    item = step.item
    key = hold_key(item.exercise_id, step.rep)
    held = Logged(item.exercise_id, EventKind.HOLD, item.hold_seconds, key)
    counted = replace(ended, events=(*ended.events, held))
    if is_complete(item, counted.done(item.exercise_id)):
        after, done = exercise_done(ended, item.exercise_id)
        return moved(state, after, held, done)
    if rest:
        ended = replace(ended, rest_ends_at=now + timedelta(seconds=item.rest_seconds))
    return moved(state, ended, held)


def restarted(state: SessionState, now: datetime) -> Moved:
    """After a restart with its timer run out: a hold held while away counts; then pause."""
    outcome = end_hold(state, now, rest=False) if state.hold_ends_at else moved(state, state)
    assert isinstance(outcome, Moved)
    after = replace(outcome.after, hold_ends_at=None, rest_ends_at=None)
    if after.phase is Phase.DOING:
        after = replace(after, phase=Phase.PAUSED)
    return replace(outcome, after=after)
