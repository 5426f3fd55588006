"""Posting what comes next in a guided session, for a tap's handler and a timer's job alike."""

from __future__ import annotations

from coach.events import Moved
from coach.session import SessionState
from coach.steps import Finished, HoldRep, next_step
from content import Words
from delivery.context import CoachContext
from services.session import hold_posted
from views.holds import hold_view
from views.reply import Reply
from views.session import step_view


async def post_next(
    context: CoachContext,
    w: Words,
    chat_id: int,
    session_id: int,
    state: SessionState,
    *,
    began: bool,
) -> None:
    """Post the next step; a hold that just began is posted and its message remembered."""
    step = next_step(state)
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
    await context.outbox.send(chat_id, step_view(w, session_id, state, step))


async def post_after(
    context: CoachContext, w: Words, chat_id: int, session_id: int, moved: Moved
) -> None:
    """Post what comes after a transition."""
    await post_next(context, w, chat_id, session_id, moved.after, began=moved.hold_began)
