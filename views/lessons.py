"""The lessons in the chat: the day's offer, a lesson with its picture, its question, /learn."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton

from coach.lessons import Hold
from content import Markup, Words
from media.library import lesson_picture
from views.buttons.lessons import LessonTap, QuizTap, SupportGo
from views.reply import Reply, button, rows
from views.safety import numbers_for

READ_MARK = "✓ "


def title(w: Words, lesson_id: str) -> Markup:
    """The lesson's title."""
    return w(f"lesson-{lesson_id}-title")


def with_offers(w: Words, reply: Reply, lesson_id: str | None, support: bool | None) -> Reply:
    """A message (a nudge, a session's summary) with the day's lesson and the support-need
    questions offered under it; `support` is None when not offered, True for a re-check."""
    lines: list[str] = []
    keys: list[list[InlineKeyboardButton]] = []
    if lesson_id is not None:
        lines.append(w("lessons-offer-line", title=title(w, lesson_id)))
        keys.append([button(w("lessons-read-button"), LessonTap(lesson_id))])
    if support is not None:
        lines.append(w("support-offer-line-again" if support else "support-offer-line"))
        keys.append([button(w("support-start-button"), SupportGo("yes"))])
    if not lines:
        return reply
    shown = reply.markup.inline_keyboard if reply.markup is not None else ()
    markup = rows(*(list(row) for row in shown), *keys)
    return Reply("\n\n".join([reply.text, *lines]), markup, media=reply.media)


def lesson_view(w: Words, lesson_id: str, country: str | None) -> Reply:
    """The lesson: title and text, riding on its picture when it has one."""
    heading = w("lessons-title", title=title(w, lesson_id))
    body = w(f"lesson-{lesson_id}-body", **numbers_for(w, country))
    return Reply(f"{heading}\n\n{body}", media=lesson_picture(lesson_id))


def quiz_view(w: Words, lesson_id: str, opening: int) -> Reply:
    """The question that closes the lesson, one button an answer."""
    options = w.content.lesson(lesson_id).options
    keys = [
        [button(w(f"lesson-{lesson_id}-option-{code}"), QuizTap(lesson_id, opening, code))]
        for code in options
    ]
    return Reply(w("lessons-quiz", question=w(f"lesson-{lesson_id}-question")), rows(*keys))


def answered_view(w: Words, lesson_id: str, answer: str, correct: bool, left: int) -> Reply:
    """The question answered: the answer, a kind explanation either way, and what comes next."""
    answered = w(
        "lessons-answered",
        question=w(f"lesson-{lesson_id}-question"),
        answer=w(f"lesson-{lesson_id}-option-{answer}"),
    )
    explanation = w(f"lesson-{lesson_id}-right" if correct else f"lesson-{lesson_id}-wrong")
    after = w("lessons-next-tomorrow") if left else w("lessons-course-done")
    return Reply(f"{answered}\n\n{explanation}\n\n<i>{after}</i>")


def learn_view(
    w: Words, order: Sequence[str], read: frozenset[str], upcoming: str | None, hold: Hold | None
) -> Reply:
    """/learn: every lesson in the person's order, those read marked; or why lessons wait."""
    if hold is Hold.NO_PLAN:
        return Reply(w("lessons-learn-no-plan"))
    if hold is Hold.LOCKED:
        return Reply(w("lessons-learn-locked"))
    text = w("lessons-list", read=len(read))
    if upcoming is not None:
        text = f"{text}\n{w('lessons-list-next', title=title(w, upcoming))}"
    keys = [
        [
            button(
                f"{READ_MARK if lesson_id in read else ''}{title(w, lesson_id)}",
                LessonTap(lesson_id),
            )
        ]
        for lesson_id in order
    ]
    return Reply(text, rows(*keys))
