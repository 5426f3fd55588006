"""/learn and the lessons' buttons: open a lesson, answer the question that closes it."""

from __future__ import annotations

from telegram import Update

from content import Words
from conversation.context import CoachContext
from handlers.taps import person_of, through, words_for
from services.lessons import LessonOpened, answer_quiz, list_lessons, open_lesson
from views.buttons.lessons import LessonTap, QuizTap
from views.lessons import answered_view, learn_view, lesson_view, quiz_view


async def learn_command(update: Update, context: CoachContext) -> None:
    """/learn: every lesson, those read marked, any of them one tap away."""
    person = person_of(update)
    shown = await list_lessons(context.services, person)
    w = await words_for(context, person)
    view = learn_view(w, shown.order, shown.read, shown.upcoming, shown.hold)
    await context.outbox.send(person.chat_id, view)


async def post_lesson(context: CoachContext, w: Words, chat_id: int, opened: LessonOpened) -> None:
    """The lesson on its picture (sent by file_id once uploaded), then its question."""
    await context.media.send(chat_id, lesson_view(w, opened.lesson_id, opened.country))
    await context.outbox.send(chat_id, quiz_view(w, opened.lesson_id, opened.opening))


async def lesson_tapped(update: Update, context: CoachContext) -> None:
    """Open the day's lesson, or one chosen in /learn."""
    found = await through(
        update,
        context,
        LessonTap,
        lambda tap, person: open_lesson(context.services, person, tap.lesson_id),
    )
    if found is None:
        return
    _, opened, message = found
    await post_lesson(context, await words_for(context, person_of(update)), message.chat.id, opened)


async def quiz_tapped(update: Update, context: CoachContext) -> None:
    """An answer to a lesson's question: stored as a code, explained kindly either way."""
    found = await through(
        update,
        context,
        QuizTap,
        lambda tap, person: answer_quiz(
            context.services, person, tap.lesson_id, tap.opening, tap.answer
        ),
    )
    if found is None:
        return
    _, answered, message = found
    w = await words_for(context, person_of(update))
    view = answered_view(w, answered.lesson_id, answered.answer, answered.correct, answered.left)
    await context.outbox.edit(message.chat.id, message.message_id, view)
