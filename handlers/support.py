"""The support-need questions' buttons: yes or later, each answer, and what they mean."""

from __future__ import annotations

from telegram import Message, Update

from content import Words
from conversation.context import CoachContext
from handlers.taps import person_of, through, words_for
from services.support import Asked, Declined, Finished, answer, choose
from views.buttons.lessons import SupportGo, SupportTap
from views.reply import Reply
from views.support import (
    answered_text,
    later_view,
    mood_help_view,
    question_view,
    result_views,
)


def _offer_only(message: Message) -> bool:
    """Whether the tapped message is the offer itself (not a summary or nudge carrying it)."""
    rows = message.reply_markup.inline_keyboard if message.reply_markup else ()
    data = [str(key.callback_data) for row in rows for key in row]
    return bool(data) and all(d.startswith(f"{SupportGo.prefix}:") for d in data)


async def go_tapped(update: Update, context: CoachContext) -> None:
    """'Yes, ask me' (the first or next question) or 'Maybe later'."""
    found = await through(
        update,
        context,
        SupportGo,
        lambda tap, person: choose(context.services, person, tap.choice),
    )
    if found is None:
        return
    _, chosen, message = found
    w = await words_for(context, person_of(update))
    if _offer_only(message):
        await context.outbox.drop_buttons(message)
    if isinstance(chosen, Declined):
        await context.outbox.send(message.chat.id, later_view(w))
        return
    asked = question_view(w, chosen.round_id, chosen.question.id, chosen.number, chosen.country)
    await context.outbox.send(message.chat.id, asked)


async def answer_tapped(update: Update, context: CoachContext) -> None:
    """One answer: the question becomes the next one, or the round's result follows."""
    found = await through(
        update,
        context,
        SupportTap,
        lambda tap, person: answer(
            context.services, person, tap.round_id, tap.question_id, tap.answer
        ),
    )
    if found is None:
        return
    tap, result, message = found
    w, chat_id = await words_for(context, person_of(update)), message.chat.id
    if isinstance(result, Asked) and not result.mood_help:
        # One message that moves from question to question: nine taps, not nine messages.
        view = question_view(w, result.round_id, result.question.id, result.number, result.country)
        await context.outbox.edit(chat_id, message.message_id, view)
        return
    echo = answered_text(w, tap.question_id, tap.answer, last=isinstance(result, Finished))
    await _after(context, w, message, Reply(echo), result)


async def _after(
    context: CoachContext, w: Words, message: Message, echo: Reply, result: Asked | Finished
) -> None:
    """The answered question stays; help after a low-mood yes; then the next, or the result."""
    chat_id = message.chat.id
    await context.outbox.edit(chat_id, message.message_id, echo)
    if result.mood_help:
        await context.outbox.send(chat_id, mood_help_view(w, result.country))
    if isinstance(result, Asked):
        view = question_view(w, result.round_id, result.question.id, result.number, result.country)
        await context.outbox.send(chat_id, view)
        return
    await context.outbox.send_all(chat_id, result_views(w, result.scored, result.previous))
