"""/start, /checkup and /help: greeting, where the person is, and (re)starting a check-in."""

from __future__ import annotations

from telegram import Update

from coach.languages import from_telegram
from conversation.context import CoachContext
from handlers.checkin import post_checkup, post_question
from handlers.taps import person_of, read, tapped_message, toast, words_for
from handlers.whereabouts import post_where
from services.checkin import Whereabouts, welcome
from services.clearance import checkup
from services.whereabouts import WhereFirst, begin
from views.buttons.checkin import Begin
from views.languages import welcome_view
from views.reply import Reply, greeting_name, single
from views.safety import numbers_for


async def start(update: Update, context: CoachContext) -> None:
    """Welcome a newcomer, or tell a returning person where they are."""
    person = person_of(update)
    found = await welcome(context.services, person)
    w, send = await words_for(context, person), context.outbox.send
    name = greeting_name(person.first_name)
    if found.where is None:
        # When Telegram told us no language we speak, ours are offered under the welcome.
        offer = from_telegram(person.language_code) is None
        await send(person.chat_id, welcome_view(w, person.first_name, offer_languages=offer))
        return
    await send(person.chat_id, Reply(w("onboarding-welcome-back", **name)))
    numbers = numbers_for(w, found.country)
    where = {
        Whereabouts.CHECKIN: Reply(
            w("onboarding-where-you-are-checkin"), single(w("onboarding-resume-button"), Begin())
        ),
        Whereabouts.EMERGENCY: Reply(w("safety-where-emergency", **numbers)),
        Whereabouts.LOCKED: Reply(w("safety-where-locked", **numbers)),
        Whereabouts.PLAN: Reply(w("onboarding-where-you-are-plan")),
    }
    await send(person.chat_id, where[found.where])


async def begin_tapped(update: Update, context: CoachContext) -> None:
    """'Let's begin' / 'Carry on': where first (a newcomer), then the check-in's question."""
    if await read(update, context, Begin) is None:
        return
    await toast(update, context)
    person, message = person_of(update), tapped_message(update)
    ask = await begin(context.services, person)
    w = await words_for(context, person)
    await context.outbox.drop_buttons(message)
    if isinstance(ask, WhereFirst):
        await post_where(context, w, message.chat.id, ask)
    elif ask is None:  # the round is over
        await context.outbox.send(message.chat.id, Reply(w("onboarding-where-you-are-plan")))
    else:
        await post_question(context, w, message.chat.id, ask)


async def checkup_command(update: Update, context: CoachContext) -> None:
    """/checkup: the safety and symptom questions again (or carry on with an open round)."""
    person = person_of(update)
    found = await checkup(context.services, person)
    await post_checkup(context, await words_for(context, person), person.chat_id, found)


async def help_command(update: Update, context: CoachContext) -> None:
    """List the commands in plain words."""
    person = person_of(update)
    w = await words_for(context, person)
    await context.outbox.send(person.chat_id, Reply(w("common-help")))
