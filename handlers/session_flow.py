"""Plumbing every session button shares: the locked, owned row; toasts; showing what is next."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Message, Update

from coach.session import Finished, HoldRep, Phase, SessionState, next_step, once_key
from handlers import session_view
from handlers.context import CoachContext
from handlers.replies import reject_forged, reply
from scheduler import holds
from storage.session_models import ExerciseSession
from storage.sessions import lock_session, log_event


async def show(context: CoachContext, chat_id: int, session_id: int, state: SessionState) -> None:
    """Post whatever comes next; a hold is posted and timed by the hold timer."""
    step = next_step(state)
    if isinstance(step, Finished):
        return
    if isinstance(step, HoldRep):
        running = state.phase is Phase.DOING and await timer_running(context, session_id)
        if running:
            await reply(context, chat_id, context.content.texts.session.running)
            return
        await holds.begin_hold(context, session_id, chat_id)
        return
    await session_view.send_step(context, chat_id, session_id, state, step)


async def timer_running(context: CoachContext, session_id: int) -> bool:
    """Whether a hold or rest is being timed for this session."""
    async with context.db.transaction() as session:
        row = await session.get(ExerciseSession, session_id)
        return row is not None and (row.hold_ends_at is not None or row.rest_ends_at is not None)


@asynccontextmanager
async def owned(
    context: CoachContext, session_id: int, user_id: int
) -> AsyncIterator[tuple[AsyncSession, ExerciseSession | None]]:
    """A transaction with the session locked; the row is None unless it is this person's."""
    async with context.db.transaction() as session:
        row = await lock_session(session, session_id)
        yield session, row if row is not None and row.user_id == user_id else None


@dataclass
class Tapped:
    """The outcome of one tap: a toast, or the state to show next."""

    toast: str | None = None
    forged: bool = False
    state: SessionState | None = None
    extra: dict[str, object] = field(default_factory=dict)


async def finish_tap(update: Update, context: CoachContext, tapped: Tapped) -> bool:
    """Answer the tap; True when the caller should go on and render."""
    query = update.callback_query
    assert query is not None
    if tapped.forged:
        await reject_forged(update, context)
        return False
    await query.answer(tapped.toast)
    return tapped.toast is None


def tapped_message(update: Update) -> tuple[Message, int]:
    """The tapped message and its chat."""
    query = update.callback_query
    assert query is not None and isinstance(query.message, Message)
    return query.message, query.message.chat.id


async def drop_buttons(message: Message, keep: int | None = None) -> None:
    """Take the buttons off a tapped message (unless it is `keep`, edited elsewhere)."""
    if message.reply_markup is not None and message.message_id != keep:
        await message.edit_reply_markup(None)


async def exercise_done(session: AsyncSession, row: ExerciseSession, exercise_id: str) -> None:
    """Log the exercise as finished and move on to the next card."""
    await log_event(session, row, exercise_id, "done", 1, once_key("done", exercise_id))
    row.position += 1
    row.phase, row.stage = Phase.CARD, 0

