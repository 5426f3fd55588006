"""Where the person is, before the first screen: a country button, typed text, a location."""

from __future__ import annotations

from telegram import Update

from coach.awaiting import Awaiting
from content import Words
from conversation.context import CoachContext
from handlers import reminders
from handlers.checkin import post_question
from handlers.taps import person_of, read, settle, tapped_message, words_for
from services import whereabouts
from services.base import Person
from services.whereabouts import Located, NotAsked, WhereFirst
from views.buttons.checkin import PlaceTap
from views.whereabouts import noted_view, tapped_view, where_views


async def post_where(context: CoachContext, w: Words, chat_id: int, where: WhereFirst) -> None:
    """Ask where the person is (again, after something we could not place)."""
    await context.outbox.send_all(chat_id, where_views(w, where.likely, where.not_found))


async def _post_located(
    context: CoachContext, w: Words, chat_id: int, found: WhereFirst | Located
) -> None:
    """What was noted and its numbers, then the first safety question; or ask again."""
    if isinstance(found, WhereFirst):
        await post_where(context, w, chat_id, found)
        return
    await context.outbox.send(chat_id, noted_view(w, found.place))
    await post_question(context, w, chat_id, found.ask)


async def place_tapped(update: Update, context: CoachContext) -> None:
    """A country button, or skip."""
    tap = await read(update, context, PlaceTap)
    if tap is None:
        return
    person = person_of(update)
    found = await settle(
        update, context, await whereabouts.place_tapped(context.services, person, tap.country)
    )
    if found is None:
        return
    message, w = tapped_message(update), await words_for(context, person)
    await context.outbox.edit(message.chat.id, message.message_id, tapped_view(w, tap.country))
    await _post_located(context, w, message.chat.id, found)


async def place_typed(context: CoachContext, person: Person, text: str, _: Awaiting) -> None:
    """A typed country or city while we ask where the person is."""
    found = await whereabouts.place_typed(context.services, person, text)
    if found is not None:
        await _post_located(context, await words_for(context, person), person.chat_id, found)


async def location_shared(update: Update, context: CoachContext) -> None:
    """A shared location: where the person is, if we asked; otherwise the reminders' zone."""
    person, message = person_of(update), update.effective_message
    if message is None or message.location is None:
        return
    spot = message.location
    found = await whereabouts.place_shared(context.services, person, spot.latitude, spot.longitude)
    if isinstance(found, NotAsked):
        await reminders.location_shared(update, context)
        return
    await _post_located(context, await words_for(context, person), person.chat_id, found)
