"""Typed words that sound like a warning sign, in any state: the advice first, then the buttons."""

from __future__ import annotations

from telegram import Update

from coach.danger import sign_code, signs_of_code
from delivery.context import CoachContext
from handlers.checkin import post_question
from handlers.taps import person_of, read, refuse, tapped_message, toast, words_for
from services import danger
from services.base import Person
from services.care import zone_of
from services.people import text_arrived
from views.buttons import DangerTap
from views.reply import Reply
from views.safety import typed_answer_view, typed_signs_view


async def heard(context: CoachContext, person: Person, text: str) -> bool:
    """Answer a message that mentions a warning sign (True); False when it mentions none."""
    w = await words_for(context, person)
    signs = danger.mentioned(context.services.content, text, w.lang)
    if not signs:
        return False
    zone = await zone_of(context.services, person)
    view = typed_signs_view(w, signs, zone, mentioned=sign_code(signs))
    await context.outbox.send(person.chat_id, view)
    return True


async def danger_tapped(update: Update, context: CoachContext) -> None:
    """'Yes, that's happening' records the signs and locks the plan; 'No' carries on."""
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
    if tap.answer == "no":
        await context.outbox.send(person.chat_id, Reply(w("danger-not-meant")))
        waiting = await text_arrived(context.services, person)
        if waiting.question is not None:
            await post_question(context, w, person.chat_id, waiting.question)
        return
    confirmed = await danger.confirm(context.services, person, signs)
    await context.outbox.send(person.chat_id, typed_answer_view(w, confirmed.tier, confirmed.zone))
    if confirmed.stopped_session is not None:
        await context.outbox.send(person.chat_id, Reply(w("danger-session-stopped")))
