"""/export and /delete: a person's data in their hands.

The export is one JSON file: it holds every table about the person in one document, keeps
numbers, empty values and nesting as they are, and opens in any text editor; CSV would need
one file a table (a zip) and loses the difference between 0, "" and nothing.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import InputFile, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from handlers.callback_data import encode, pattern
from handlers.context import CoachContext
from handlers.keyboards import button, grid
from handlers.replies import read_tap, reject_forged, reply
from storage.base import utcnow
from storage.personal_data import erase_person, export_rows
from storage.users import get_user, touch_user

log = logging.getLogger(__name__)

ERASE = "del"  # del:<yes|no>:<unix time the question was asked>
# A confirmation is for now, not for a button found weeks later in the chat history.
CONFIRM_SECONDS = 15 * 60


def export_document(rows: dict[str, list[dict[str, Any]]], now: datetime) -> bytes:
    """The export file: when it was made, and every table's rows."""
    document = {"exported_at": now.isoformat(), "times_are": "UTC", "tables": rows}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


async def export_data(update: Update, context: CoachContext) -> None:
    """Send the person a file with everything stored about them."""
    assert update.effective_user and update.effective_chat
    person, chat_id = update.effective_user, update.effective_chat.id
    now = utcnow()
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
        rows = await export_rows(session, user.id)
    # A year of reps is megabytes of JSON: encode it off the event loop.
    document = await asyncio.to_thread(export_document, rows, now)
    name = f"back-coach-data-{now:%Y-%m-%d}.json"
    await context.bot.send_document(
        chat_id,
        InputFile(document, filename=name),
        caption=context.content.texts.data.export_caption,
    )


async def ask_to_delete(update: Update, context: CoachContext) -> None:
    """Ask before erasing anything."""
    assert update.effective_chat
    texts = context.content.texts.data
    asked = int(utcnow().timestamp())
    markup = grid(
        [
            button(texts.delete_yes_button, encode(ERASE, "yes", asked)),
            button(texts.delete_no_button, encode(ERASE, "no", asked)),
        ],
        1,
    )
    await reply(context, update.effective_chat.id, texts.delete_ask, reply_markup=markup)


def _stop_jobs(context: CoachContext, user_id: int, chat_id: int) -> None:
    """Cancel timers still pending for the person (a hold, a snooze): nothing may follow."""
    if context.job_queue is None:
        return
    for job in context.job_queue.jobs():
        if job.user_id == user_id or job.chat_id == chat_id:
            job.schedule_removal()


async def _erase(context: CoachContext, user_id: int, asked: datetime) -> str | None:
    """Erase everything in one transaction; a toast instead when there is nothing to erase."""
    texts = context.content.texts.data
    async with context.db.transaction() as session:
        user = await get_user(session, user_id)
        if user is None:
            return texts.already_erased
        if user.created_at >= asked + timedelta(seconds=1):
            return texts.delete_expired  # asked before a later fresh start: not about these data
        deleted = await erase_person(session, user_id)
    log.info("erased a person's data: %s rows in %s tables", sum(deleted.values()), len(deleted))
    return None


async def delete_tapped(update: Update, context: CoachContext) -> None:
    """Yes: erase everything and confirm; No: keep it."""
    query = update.callback_query
    assert query is not None and query.message is not None
    tap = await read_tap(update, context, ERASE, ("yes", "no"), int)
    if tap is None:
        return
    choice = tap.word(0)
    try:
        asked = datetime.fromtimestamp(tap.id(1), UTC)
    except (ValueError, OverflowError):
        await reject_forged(update, context)
        return
    texts = context.content.texts.data
    if not getattr(query.message, "reply_markup", None):
        await query.answer(context.content.texts.common.stale_button)  # answered already
        return
    if choice == "no":
        await query.answer()
        await query.edit_message_text(texts.kept)
        return
    age = (utcnow() - asked).total_seconds()
    if not 0 <= age <= CONFIRM_SECONDS:
        await query.answer(texts.delete_expired)
        return
    toast = await _erase(context, query.from_user.id, asked)
    if toast is not None:
        await query.answer(toast)
        return
    _stop_jobs(context, query.from_user.id, query.message.chat.id)
    await query.answer()
    await query.edit_message_text(texts.deleted)


HANDLERS = [
    CommandHandler("export", export_data),
    CommandHandler("delete", ask_to_delete),
    CallbackQueryHandler(delete_tapped, pattern=pattern(ERASE)),
]
