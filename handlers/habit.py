"""Fewer nudges once the habit holds: the answer to the one-time offer."""

from __future__ import annotations

from telegram import Update

from conversation.context import CoachContext
from handlers.taps import person_of, through, words_for
from services.habit import answer_ease
from views.buttons.keeping_going import EaseTap
from views.habit import ease_answer


async def ease_tapped(update: Update, context: CoachContext) -> None:
    """'Yes, one a day' or 'Keep both': noted; the offer's buttons go, the answer follows."""
    found = await through(
        update,
        context,
        EaseTap,
        lambda tap, person: answer_ease(context.services, person, tap.answer == "yes"),
    )
    if found is None:
        return
    _, answered, message = found
    w = await words_for(context, person_of(update))
    await context.outbox.drop_buttons(message)
    await context.outbox.send(message.chat.id, ease_answer(w, answered.eased))
