"""/export and /delete: a person's data in their hands."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Update

from conversation.context import CoachContext
from handlers.taps import person_of, read, refuse, settle, tapped_message, toast, words_for
from services.base import Notice
from services.personal_data import erase_person, export_person
from storage.base import utcnow
from views.buttons.records import EraseTap
from views.data import delete_question, export_document, export_name
from views.reply import Reply


async def export_command(update: Update, context: CoachContext) -> None:
    """Send the person a file with everything stored about them."""
    person = person_of(update)
    export = await export_person(context.services, person)
    # A year of reps is megabytes of JSON: encode it off the event loop.
    document = await asyncio.to_thread(export_document, export.rows, export.at)
    w = await words_for(context, person)
    name = export_name(w, export.at)
    await context.outbox.send_file(person.chat_id, document, name, w("data-export-caption"))


async def delete_command(update: Update, context: CoachContext) -> None:
    """Ask before erasing anything."""
    person = person_of(update)
    w = await words_for(context, person)
    await context.outbox.send(person.chat_id, delete_question(w, utcnow()))


async def delete_tapped(update: Update, context: CoachContext) -> None:
    """Yes: erase everything and confirm; No: keep it."""
    tap = await read(update, context, EraseTap)
    if tap is None:
        return
    try:
        asked = datetime.fromtimestamp(tap.asked, UTC)
    except (ValueError, OverflowError, OSError):
        await refuse(update, context)
        return
    message, w = tapped_message(update), await words_for(context, person_of(update))
    if message.reply_markup is None:
        await toast(update, context, Notice("common-stale-tap"))  # answered already
        return
    if tap.answer == "no":
        await toast(update, context)
        await context.outbox.edit(message.chat.id, message.message_id, Reply(w("data-kept")))
        return
    erased = await erase_person(context.services, person_of(update), asked)
    if await settle(update, context, erased) is not None:
        await context.outbox.edit(message.chat.id, message.message_id, Reply(w("data-deleted")))
