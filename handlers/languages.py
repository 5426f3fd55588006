"""/language: the person chooses the language they read, and it wins from then on."""

from __future__ import annotations

from telegram import Update

from conversation.context import CoachContext
from handlers.taps import person_of, through, words_for
from services.languages import choose_language
from views.buttons.checkin import LanguageTap
from views.languages import language_keys, welcome_view
from views.reply import Reply


async def language_command(update: Update, context: CoachContext) -> None:
    """/language: the four languages as buttons."""
    person = person_of(update)
    w = await words_for(context, person)
    await context.outbox.send(person.chat_id, Reply(w("language-ask"), language_keys(w)))


async def language_tapped(update: Update, context: CoachContext) -> None:
    """A language button: store the choice and say so in the new language."""
    found = await through(
        update,
        context,
        LanguageTap,
        lambda tap, person: choose_language(context.services, person, tap.code),
    )
    if found is None:
        return
    tap, lang, message = found
    w = context.content.words(lang)
    if tap.place == "welcome":
        # The welcome again, now in their language, still with Let's begin.
        welcome = welcome_view(w, person_of(update).first_name, offer_languages=False)
        await context.outbox.edit(message.chat.id, message.message_id, welcome)
        return
    await context.outbox.edit(message.chat.id, message.message_id, Reply(w("language-set")))
