"""Typed words about warning signs, in any state: the answer first, then what the taps mean."""

from __future__ import annotations

from telegram import Update

from coach.danger import signs_of_code
from coach.heard import Distressed
from conversation.context import CoachContext
from handlers.checkin import post_question
from handlers.taps import person_of, read, refuse, tapped_message, toast, words_for
from services import danger
from services.base import Person
from services.people import text_arrived
from services.whereabouts import country_for
from views.buttons.checkin import DangerTap
from views.danger import confirmed_view, distress_view, heard_view
from views.reply import Reply


async def heard(context: CoachContext, person: Person, text: str, sent_at: float) -> bool:
    """Answer what a typed message says about warning signs (True); False when it says nothing."""
    w = await words_for(context, person)
    answers = await danger.hear(context.services, person, text, w.lang)
    if not answers:
        return False
    distress = isinstance(answers[0], Distressed)
    if distress and not context.bursts.first_of_burst(person.chat_id, "distress", sent_at):
        return True  # pain in a flood of messages gets one kind answer, not one a message
    for answer in answers:
        await context.outbox.send(person.chat_id, heard_view(w, answer))
    return True


async def danger_tapped(update: Update, context: CoachContext) -> None:
    """'Yes' records the signs and locks as the screen would; the other answers carry on."""
    tap = await read(update, context, DangerTap)
    if tap is None:
        return
    try:
        signs = signs_of_code(tap.signs)
    except ValueError:
        await refuse(update, context)
        return
    await toast(update, context)
    person, message = person_of(update), tapped_message(update)
    w = await words_for(context, person)
    await context.outbox.drop_buttons(message)
    if tap.answer != "yes":
        if tap.answer == "pain":
            await context.outbox.send(
                person.chat_id, distress_view(w, await country_for(context.services, person))
            )
        else:
            key = "danger-same-as-seen" if tap.answer == "same" else "danger-not-meant"
            await context.outbox.send(person.chat_id, Reply(w(key)))
        waiting = await text_arrived(context.services, person)
        if waiting.question is not None:
            await post_question(context, w, person.chat_id, waiting.question)
        return
    confirmed = await danger.confirm(context.services, person, signs)
    await context.outbox.send(person.chat_id, confirmed_view(w, confirmed.tier, confirmed.country))
    if confirmed.stopped_session is not None:
        await context.outbox.send(person.chat_id, Reply(w("danger-session-stopped")))
