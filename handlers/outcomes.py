"""/outcomes: the figures across everyone, for the people who run the bot; to anyone else it is a
command like any unknown one."""

from __future__ import annotations

from telegram import Update

from conversation.context import CoachContext
from handlers.fallbacks import unknown_command
from handlers.taps import person_of, words_for
from services.outcomes import outcomes_now
from views.outcomes import outcomes_caption, outcomes_chart, outcomes_text
from views.reply import Reply

CHART_FILE = "outcomes.png"


async def outcomes_command(update: Update, context: CoachContext) -> None:
    """The text at once, then the chart (drawn in the media worker)."""
    person = person_of(update)
    if not context.bot_data.operators.admit(person.user_id):
        await unknown_command(update, context)  # exactly what an unknown command gets
        return
    figures = await outcomes_now(context.services)
    w = await words_for(context, person)
    await context.outbox.send(person.chat_id, Reply(outcomes_text(w, figures)))
    chart = outcomes_chart(w, figures)
    await context.media.send_chart(person.chat_id, chart, outcomes_caption(w), CHART_FILE)
