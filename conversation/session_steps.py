"""Posting what comes next in a guided session, for a tap's handler and a timer's job alike.

The step comes decided (`Moved.next`, `Opened.first`); a hold that begins has its message id
kept in one small named step (`services.session.hold_posted`), since the id exists only once
the message is sent.
"""

from __future__ import annotations

from coach.events import Moved
from coach.session import SessionState
from coach.steps import Finished, HoldRep, ShowCard, Step, VoiceSet
from content import Words
from conversation.context import CoachContext
from services.session import hold_posted
from views.holds import hold_view
from views.reply import Reply
from views.session import step_view
from views.voicing import voice_note_view, voice_question_view


async def post_next(
    context: CoachContext,
    w: Words,
    chat_id: int,
    session_id: int,
    state: SessionState,
    step: Step,
    *,
    began: bool,
    voice_began: bool = False,
) -> None:
    """Post `step`, the one `state` is at; a hold that just began is posted and its message
    remembered."""
    if isinstance(step, Finished):
        return
    if isinstance(step, HoldRep):
        if not began:
            # The hold is being timed already (a repeated /session): just say so.
            await context.outbox.send(chat_id, Reply(w("session-running")))
            return
        message = await context.outbox.send(chat_id, hold_view(w, session_id, step))
        await hold_posted(context.services, session_id, message.message_id)
        return
    if isinstance(step, VoiceSet):
        await _post_voice(context, w, chat_id, session_id, step, began=voice_began)
        return
    view = step_view(w, session_id, state, step)
    if isinstance(step, ShowCard):
        await context.media.send(chat_id, view)  # on its picture
        return
    await context.outbox.send(chat_id, view)


async def _post_voice(
    context: CoachContext, w: Words, chat_id: int, session_id: int, step: VoiceSet, *, began: bool
) -> None:
    """The set's voice note when it begins; "how did it go?" once its note is over."""
    if step.asked:
        await context.outbox.send(chat_id, voice_question_view(w, session_id, step))
    elif began:
        note = voice_note_view(w, session_id, step)
        message = await context.media.send(chat_id, note)
        if message.voice is None:
            # No voice today (the note could not be made): the answers still work at the end.
            await context.outbox.send(chat_id, Reply(w("session-voice-missing")))
    else:
        await context.outbox.send(chat_id, Reply(w("session-running")))


async def post_after(
    context: CoachContext, w: Words, chat_id: int, session_id: int, moved: Moved
) -> None:
    """Post what comes after a transition."""
    await post_next(
        context,
        w,
        chat_id,
        session_id,
        moved.after,
        moved.next,
        began=moved.hold_began,
        voice_began=moved.voice_began,
    )
