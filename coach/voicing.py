"""Voice-guided sets: begun from the card, asked about when the note ends, logged as answered.

The whole set plays from one voice note; the person answers "All N", "Fewer" (then a count) or
"Too painful", early if they like. An answer that never comes counts nothing: the set is noted
as unanswered (a `no_answer` event, no reps), so a ladder never climbs on reps nobody confirmed,
and the session carries on with the next exercise.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from coach.events import Moved, Refusal, Refused, Transition, VoiceAnswer, VoiceAnswered, VoiceEnded
from coach.session import (
    EventKind,
    Kind,
    Logged,
    Phase,
    SessionItem,
    SessionState,
    hold_key,
    once,
    set_key,
)
from coach.steps import VoiceSet, next_step
from coach.timing import EARLY_TOLERANCE, exercise_done, moved
from coach.voice import GuidedSet, voice_script

# After asking, how long the question waits before the set is noted as unanswered.
ANSWER_WAIT_SECONDS = 300


def voice_seconds(item: SessionItem) -> float | None:
    """How long the item's voice note plays, or None when it has no voice guide."""
    if item.kind not in (Kind.HOLD, Kind.COUNT):
        return None
    try:
        return voice_script(GuidedSet.of(item)).duration
    except ValueError:
        return None


def voice_total(item: SessionItem) -> int:
    """The reps "All N" stands for: every rep of every set (a side-by-side stretch: each side)."""
    return item.reps * item.sets


def begin_voice(state: SessionState, item: SessionItem, now: datetime) -> Transition:
    """Start the set's voice note: the exercise is under way until the note ends."""
    seconds = voice_seconds(item)
    if seconds is None:
        return Refused(Refusal.NO_VOICE)
    ends_at = now + timedelta(seconds=seconds)
    return moved(state, replace(state, phase=Phase.DOING, stage=0, voice_ends_at=ends_at))


def voice_timer(state: SessionState, event: VoiceEnded) -> Transition:
    """The note ended: ask how it went; asked long ago with no answer: note it, carry on."""
    step = next_step(state)
    ends_at = state.voice_ends_at
    if not isinstance(step, VoiceSet) or ends_at is None or ends_at > event.now + EARLY_TOLERANCE:
        return Refused(Refusal.NOT_DUE)
    if not step.asked:
        waiting = event.now + timedelta(seconds=ANSWER_WAIT_SECONDS)
        return moved(state, replace(state, voice_ends_at=waiting, voice_asked=True))
    exercise_id = step.item.exercise_id
    after, done = exercise_done(_quiet(state), exercise_id)
    return moved(state, after, once(EventKind.NO_ANSWER, exercise_id), done)


def voice_answer(state: SessionState, event: VoiceAnswered) -> Transition:
    """Log what the person said; "Fewer" first asks for the count."""
    step = next_step(state)
    if not isinstance(step, VoiceSet) or step.position != event.position:
        passed = state.position > event.position
        return Refused(Refusal.ALREADY_NOTED if passed else Refusal.OLD_STEP)
    item, total = step.item, voice_total(step.item)
    if event.answer is VoiceAnswer.FEWER:
        return Moved(state, state)
    if event.answer is VoiceAnswer.HURT:
        after, _ = exercise_done(_quiet(state), item.exercise_id)
        return moved(state, after, once(EventKind.TOO_PAINFUL, item.exercise_id))
    count = total if event.answer is VoiceAnswer.ALL else event.count
    if not 0 <= count <= total:
        return Refused(Refusal.OLD_STEP)
    after, done = exercise_done(_quiet(state), item.exercise_id)
    said = once(EventKind.VOICE, item.exercise_id, count)
    return moved(state, after, *counted(item, count), said, done)


def counted(item: SessionItem, count: int) -> tuple[Logged, ...]:
    """The reps said, logged the way the chat timer and the counter log them."""
    if item.kind is Kind.HOLD:
        holds = count * (2 if item.per_side else 1)
        return tuple(
            Logged(
                item.exercise_id, EventKind.HOLD, item.hold_seconds, hold_key(item.exercise_id, rep)
            )
            for rep in range(1, holds + 1)
        )
    logged, left = [], count
    for set_no in range(1, item.sets + 1):
        reps = min(item.reps, left)
        if reps:
            key = set_key(item.exercise_id, set_no)
            logged.append(Logged(item.exercise_id, EventKind.SET, reps, key))
        left -= reps
    return tuple(logged)


def _quiet(state: SessionState) -> SessionState:
    """The state with no voice set under way."""
    return replace(state, voice_ends_at=None, voice_asked=False)
