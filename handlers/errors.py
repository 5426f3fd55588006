"""The one error handler: the operator gets the traceback, the person a calm sentence."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from coach.languages import from_telegram
from conversation.context import CoachContext
from delivery.refusals import persons_timing
from services.people import reachable

log = logging.getLogger(__name__)


def _describe(update: object) -> str:
    """Who and what, without message text (people write about their health)."""
    if not isinstance(update, Update):
        return f"non-update {type(update).__name__}"
    user = update.effective_user
    parts = [f"update {update.update_id}", f"user {user.id if user else '-'}"]
    if update.callback_query:
        parts.append(f"callback {update.callback_query.data!r}")
    elif update.effective_message and update.effective_message.text:
        command = update.effective_message.text.split()[0]
        parts.append(f"command {command!r}" if command.startswith("/") else "text message")
    return ", ".join(parts)


async def on_error(update: object, context: CoachContext) -> None:
    """Log what went wrong with its context, then tell the person (if we still can)."""
    error = context.error
    where = _describe(update)
    if isinstance(error, Forbidden) and isinstance(update, Update) and update.effective_user:
        # They blocked the bot: stop writing to them until they write to us.
        log.info("user %s blocked the bot (%s)", update.effective_user.id, where)
        await reachable(context.services, update.effective_user.id, False)
        return
    if isinstance(error, (RetryAfter, NetworkError)) and not isinstance(error, BadRequest):
        log.warning("Telegram did not take a reply (%s): %s", where, error)
        return
    if isinstance(error, TelegramError) and persons_timing(error):
        log.warning("Telegram refused a call the person's timing made moot (%s): %s", where, error)
        return
    log.error("error while handling %s", where, exc_info=error)
    if not isinstance(update, Update):
        return
    user = update.effective_user
    w = context.content.words(from_telegram(user.language_code if user else None))
    text = w("common-error-sorry")
    try:
        if update.callback_query:
            await context.answers.answer(update.callback_query)
        if update.effective_chat:
            await context.bot.send_message(update.effective_chat.id, text)
    except TelegramError as follow_up:
        log.warning("could not tell the person about the error: %s", follow_up)
