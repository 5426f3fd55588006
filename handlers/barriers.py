"""Help past a missed day in the chat: the answer to "what got in the way?" and the change taken."""

from __future__ import annotations

from telegram import Update

from conversation.context import CoachContext
from handlers.checkin import post_checkup
from handlers.lessons import post_lesson
from handlers.progress import post_progress
from handlers.session import post_opening
from handlers.taps import person_of, through, words_for
from services.barriers import (
    CheckupTaken,
    FlareTaken,
    ProgressTaken,
    SessionTaken,
    TimeTaken,
    WhyTaken,
    answer_barrier,
    take_suggestion,
)
from views.barriers import noted_view, offer_view, why_view
from views.buttons.keeping_going import BarrierTap, TakeTap
from views.care import flare_view
from views.reminders import time_question


async def barrier_tapped(update: Update, context: CoachContext) -> None:
    """What got in the way: noted under the question, then one change to accept in a tap."""
    found = await through(
        update,
        context,
        BarrierTap,
        lambda tap, person: answer_barrier(
            context.services, person.user_id, tap.barrier_id, tap.barrier
        ),
    )
    if found is None:
        return
    tap, offer, message = found
    w = await words_for(context, person_of(update))
    noted = noted_view(w, message.text_html, tap.barrier)
    await context.outbox.edit(message.chat.id, message.message_id, noted)
    await context.outbox.send(message.chat.id, offer_view(w, offer))


async def take_tapped(update: Update, context: CoachContext) -> None:
    """The change accepted: today's session in its new shape, a new time, care, or a reason."""
    found = await through(
        update,
        context,
        TakeTap,
        lambda tap, person: take_suggestion(context.services, person, tap.barrier_id, tap.take),
    )
    if found is None:
        return
    _, taken, message = found
    person, chat_id = person_of(update), message.chat.id
    w = await words_for(context, person)
    await context.outbox.drop_buttons(message)
    match taken:
        case SessionTaken(opening=opening):
            await post_opening(context, w, chat_id, opening)
        case TimeTaken(kind=kind):
            await context.outbox.send(chat_id, time_question(w, kind))
        case CheckupTaken(checkup=checkup):
            await post_checkup(context, w, chat_id, checkup)
        case FlareTaken(country=country):
            await context.outbox.send(chat_id, flare_view(w, country))
        case WhyTaken(lesson=None):
            await context.outbox.send(chat_id, why_view(w))
        case WhyTaken(lesson=opened):
            await post_lesson(context, w, chat_id, opened)
        case ProgressTaken(progress=progress):
            await post_progress(context, person, w, progress)
