"""/start, /checkup and /help: greeting, where the person is, and (re)starting a check-in."""

from __future__ import annotations

from telegram import Update

from content.texts import fill
from delivery.context import CoachContext
from handlers.checkin import post_checkup, post_question
from handlers.taps import person_of, read, tapped_message, toast
from services.checkin import Whereabouts, begin, checkup, welcome
from views.buttons import Begin, ClearedTap
from views.reply import Reply, single


async def start(update: Update, context: CoachContext) -> None:
    """Welcome a newcomer, or tell a returning person where they are."""
    person = person_of(update)
    texts = context.content.texts.onboarding
    found = await welcome(context.services, person)
    name, send = person.first_name, context.outbox.send
    if found.where is None:
        markup = single(texts.begin_button, Begin())
        await send(person.chat_id, Reply(fill(texts.welcome_new, name=name), markup))
        return
    await send(person.chat_id, Reply(fill(texts.welcome_back, name=name)))
    where = {
        Whereabouts.CHECKIN: Reply(
            texts.where_you_are_checkin, single(texts.resume_button, Begin())
        ),
        Whereabouts.EMERGENCY: Reply(texts.where_you_are_emergency),
        Whereabouts.LOCKED: Reply(
            texts.where_you_are_locked, single(texts.cleared_button, ClearedTap(found.checkin_id))
        ),
        Whereabouts.PLAN: Reply(texts.where_you_are_plan),
    }
    await send(person.chat_id, where[found.where])


async def begin_tapped(update: Update, context: CoachContext) -> None:
    """'Let's begin' / 'Carry on': open the first check-in or continue the current one."""
    if await read(update, context, Begin) is None:
        return
    await toast(update, context)
    message = tapped_message(update)
    ask = await begin(context.services, person_of(update))
    await context.outbox.drop_buttons(message)
    if ask is None:
        texts = context.content.texts.onboarding
        await context.outbox.send(message.chat.id, Reply(texts.where_you_are_plan))
        return
    await post_question(context, message.chat.id, ask)


async def checkup_command(update: Update, context: CoachContext) -> None:
    """/checkup: the safety and symptom questions again (or carry on with an open round)."""
    person = person_of(update)
    await post_checkup(context, person.chat_id, await checkup(context.services, person))


async def help_command(update: Update, context: CoachContext) -> None:
    """List the commands in plain words."""
    await context.outbox.send(person_of(update).chat_id, Reply(context.content.texts.common.help))
