"""A voice-guided set in the chat: the voice note, "how did it go?", the count, what was noted."""

from __future__ import annotations

import math

from coach.events import VoiceAnswer
from coach.steps import VoiceSet
from coach.voice import GuidedSet
from coach.voicing import voice_seconds, voice_total
from content import Words
from media.library import voice_of
from views.buttons.guided import VoiceTap
from views.plan import item_name
from views.reply import Keyboard, Reply, button, grid, rows
from views.session import leg_rows

# At most this many count buttons; a longer dose offers every few reps.
MOST_COUNTS = 20


def answer_keyboard(w: Words, session_id: int, step: VoiceSet) -> Keyboard:
    """All N ✓, Fewer, Too painful."""
    total = voice_total(step.item)

    def tap(answer: VoiceAnswer) -> VoiceTap:
        return VoiceTap(session_id, step.position, answer)

    return rows(
        [button(w("session-voice-all-button", count=total), tap(VoiceAnswer.ALL))],
        [
            button(w("session-voice-fewer-button"), tap(VoiceAnswer.FEWER)),
            button(w("session-voice-hurt-button"), tap(VoiceAnswer.HURT)),
        ],
        *leg_rows(w, session_id, step.position, step.item),
    )


def voice_note_view(w: Words, session_id: int, step: VoiceSet) -> Reply:
    """The one voice note of the whole set, with the answers for an early finish."""
    seconds = voice_seconds(step.item) or 0
    text = w(
        "session-voice-note", name=item_name(w, step.item), minutes=max(1, round(seconds / 60))
    )
    note = voice_of(GuidedSet.of(step.item), w.lang)
    return Reply(text, answer_keyboard(w, session_id, step), media=note)


def voice_question_view(w: Words, session_id: int, step: VoiceSet) -> Reply:
    """At the set's end: how did it go?"""
    text = w("session-voice-question", name=item_name(w, step.item))
    return Reply(text, answer_keyboard(w, session_id, step))


def how_many_view(w: Words, session_id: int, step: VoiceSet) -> Reply:
    """After "Fewer": a count for every number below the dose (every few reps for long ones)."""
    total = voice_total(step.item)
    every = max(1, math.ceil((total - 1) / MOST_COUNTS))
    counts = list(range(every if every > 1 else 1, total, every))
    buttons = [
        button(str(n), VoiceTap(session_id, step.position, VoiceAnswer.COUNT, n)) for n in counts
    ]
    hurt = VoiceTap(session_id, step.position, VoiceAnswer.HURT)
    keys = (*grid(buttons, 5).inline_keyboard, (button(w("session-voice-hurt-button"), hurt),))
    return Reply(w("session-voice-how-many"), Keyboard(keys))


def voice_noted_text(w: Words, step: VoiceSet, answer: VoiceAnswer, count: int) -> str:
    """What the answer logged."""
    name = item_name(w, step.item)
    if answer is VoiceAnswer.HURT:
        return w("session-voice-noted-hurt", name=name)
    total = voice_total(step.item)
    said = total if answer is VoiceAnswer.ALL else count
    return w("session-voice-noted", name=name, count=said, total=total)


def no_answer_text(w: Words, step: VoiceSet) -> str:
    """The answer never came: noted without reps."""
    return w("session-voice-no-answer", name=item_name(w, step.item))
