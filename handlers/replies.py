"""Sending helpers every feature shares: plain replies and answers to bad buttons."""

from __future__ import annotations

import logging
from typing import TypeVar

from telegram import InlineKeyboardMarkup, Update

from handlers.callback_data import CallbackDataError, Fields, FieldSpec, parse
from handlers.context import CoachContext

log = logging.getLogger(__name__)

T = TypeVar("T")


async def reply(
    context: CoachContext, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send one HTML message (parse mode comes from the application's defaults)."""
    await context.bot.send_message(chat_id, text, reply_markup=reply_markup)


async def reject_forged(update: Update, context: CoachContext) -> None:
    """A button we did not make, or one naming someone else's data: toast, log, change nothing."""
    query = update.callback_query
    assert query is not None
    log.warning(
        "refused callback data %r from user %s", (query.data or "")[:80], query.from_user.id
    )
    await query.answer(context.content.texts.common.forged_button)


async def read_tap(
    update: Update, context: CoachContext, prefix: str, *spec: FieldSpec
) -> Fields | None:
    """The tapped button's fields; a button we did not make is refused here and gives None."""
    query = update.callback_query
    assert query is not None
    try:
        return parse(query.data, prefix, *spec)
    except CallbackDataError:
        await reject_forged(update, context)
        return None


async def settle_tap(update: Update, context: CoachContext, outcome: T | str | None) -> T | None:
    """Answer the tap: None was forged, a string is a toast; otherwise the work to go on with."""
    query = update.callback_query
    assert query is not None
    if outcome is None:
        await reject_forged(update, context)
        return None
    if isinstance(outcome, str):
        await query.answer(outcome)
        return None
    await query.answer()
    return outcome
