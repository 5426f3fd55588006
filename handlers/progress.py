"""/progress: the figures in words, the function check when due, and the chart as a picture."""

from __future__ import annotations

from datetime import datetime

from telegram import Bot, InputFile, Update
from telegram.ext import CommandHandler

from coach.plan import Plan
from coach.progress import FunctionSummary, Report, report
from content import Content
from handlers.charts import render_chart
from handlers.context import CoachContext
from handlers.function_check import offer_markup
from handlers.progress_view import chart_caption, chart_of, progress_text
from handlers.replies import reply
from storage import Database
from storage.base import utcnow
from storage.function_checks import function_summary_of
from storage.models import User
from storage.plans import current_plan
from storage.progress import load_history, zone_of
from storage.users import touch_user

CHART_FILE = "progress.png"


async def progress_of(
    db: Database, user: User, now: datetime
) -> tuple[Report, FunctionSummary, Plan | None]:
    """Read and work out everything progress shows, in one transaction."""
    async with db.transaction() as session:
        zone = zone_of(user)
        history = await load_history(session, user.id, now, zone)
        summary = await function_summary_of(session, user.id, now, zone)
        plan = await current_plan(session, user)
    return report(history, now, zone), summary, plan


async def send_chart(bot: Bot, content: Content, chat_id: int, figures: Report) -> bool:
    """Draw and send the chart when there is something to draw; True if it was sent."""
    if not figures.days:
        return False
    chart = chart_of(content, figures)
    png = await render_chart(chart)
    await bot.send_photo(
        chat_id, InputFile(png, filename=CHART_FILE), caption=chart_caption(content, chart)
    )
    return True


async def show_progress(update: Update, context: CoachContext) -> None:
    """The person's progress: figures first (fast), then the chart (drawn off the event loop)."""
    assert update.effective_user and update.effective_chat
    person, chat_id = update.effective_user, update.effective_chat.id
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
    figures, summary, plan = await progress_of(context.db, user, utcnow())
    content = context.content
    if not figures.has_sessions:
        await reply(context, chat_id, content.texts.progress.nothing_yet)
        return
    text = progress_text(content, figures, summary, plan)
    await reply(context, chat_id, text, reply_markup=offer_markup(content, summary))
    await send_chart(context.bot, content, chat_id, figures)


HANDLERS = [CommandHandler("progress", show_progress)]
