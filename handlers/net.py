"""The net under every input: a voice note, picture, video, file or sticker gets one calm answer
a burst, saying the bot cannot take it in and where to turn if something frightening happens."""

from __future__ import annotations

from telegram import Update

from conversation.context import CoachContext
from handlers.taps import person_of, words_for
from services.whereabouts import country_for
from views.safety import cannot_read_view

# The kind of reply a burst of such messages earns once (delivery.bursts).
BURST_KIND = "cannot_read"


async def cannot_read(update: Update, context: CoachContext) -> None:
    """Something the bot cannot listen to or look at."""
    message = update.effective_message
    assert message is not None
    if not context.bursts.first_of_burst(message.chat.id, BURST_KIND, message.date.timestamp()):
        return
    person = person_of(update)
    country = await country_for(context.services, person)
    w = await words_for(context, person)
    await context.outbox.send(person.chat_id, cannot_read_view(w, country))
