"""/progress: the figures in words, the function check when due, and the chart as a picture."""

from __future__ import annotations

from telegram import Update

from content import Words
from conversation.context import CoachContext
from handlers.taps import person_of, words_for
from services.base import Person
from services.progress import Progress, show_progress
from views.function_check import offer_markup
from views.habit import ease_offer
from views.progress import chart_caption, chart_of, nothing_yet_text, progress_text
from views.reply import Reply, rows
from views.support import progress_lines, start_row

CHART_FILE = "progress.png"


async def progress_command(update: Update, context: CoachContext) -> None:
    """The person's progress: figures first (fast), then the chart (drawn off the event loop)."""
    person = person_of(update)
    progress = await show_progress(context.services, person)
    await post_progress(context, person, await words_for(context, person), progress)


async def post_progress(
    context: CoachContext, person: Person, w: Words, progress: Progress
) -> None:
    """The figures, the one-time offer of fewer nudges when due, then the chart."""
    figures = progress.report
    if not figures.has_sessions:
        await context.outbox.send(person.chat_id, Reply(nothing_yet_text(w)))
        return
    text = progress_text(w, figures, progress.function, progress.plan)
    markup = offer_markup(w, progress.function)
    if progress.support is not None:
        support = progress.support
        text = f"{text}\n\n{progress_lines(w, support.first, support.latest, support.due)}"
        if support.due:
            shown = markup.inline_keyboard if markup is not None else ()
            markup = rows(*shown, start_row(w))
    await context.outbox.send(person.chat_id, Reply(text, markup))
    if progress.ease_offer:
        await context.outbox.send(person.chat_id, ease_offer(w))
    if figures.days:
        caption = chart_caption(w, figures)
        await context.media.send_chart(person.chat_id, chart_of(w, figures), caption, CHART_FILE)
