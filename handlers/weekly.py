"""The weekly summary, sent on Sunday evening: the week in a few lines, and the chart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from telegram import Bot, InputFile

from content.texts import fill, pick
from handlers.charts import render_chart
from handlers.context import Services
from handlers.progress import CHART_FILE, progress_of
from handlers.progress_view import chart_of, pain_text, streak_text, week_text
from storage.base import utcnow
from storage.users import get_user

# Telegram's limit for a photo caption; the summary rides on the chart when it fits.
CAPTION_LIMIT = 1024


class HasServices(Protocol):
    """A handler's context or the application itself: a bot plus our shared services."""

    @property
    def bot(self) -> Bot: ...

    @property
    def bot_data(self) -> Services: ...


@dataclass(frozen=True)
class WeeklySummary:
    """What to send: the words, and the chart (PNG) when there is data to draw."""

    chat_id: int
    text: str
    chart: bytes | None = None


async def compose_weekly_summary(holder: HasServices, user_id: int) -> WeeklySummary | None:
    """The summary of the person's week; None for someone erased or who blocked the bot."""
    services = holder.bot_data
    content, texts = services.content, services.content.texts.progress
    async with services.db.transaction() as session:
        user = await get_user(session, user_id)
    if user is None or not user.active:
        return None
    figures, _, _ = await progress_of(services.db, user, utcnow())
    title = fill(texts.weekly_title, name=user.first_name)
    if figures.week.done == 0:
        return WeeklySummary(user.chat_id, f"{title}\n\n{texts.weekly_none}")
    parts = [
        title,
        "\n".join([streak_text(content, figures.streak), week_text(content, figures)]),
        pain_text(content, figures.pain),
        f"{pick(texts.weekly_cheer)}\n<i>{texts.weekly_pause}</i>",
    ]
    text = "\n\n".join(parts)
    if not figures.days or len(text) > CAPTION_LIMIT:
        return WeeklySummary(user.chat_id, text)
    return WeeklySummary(user.chat_id, text, await render_chart(chart_of(content, figures)))


async def send_weekly_summary(context_or_bot: HasServices, user_id: int) -> None:
    """Tell the person how their week went: the chart with the summary as its caption."""
    summary = await compose_weekly_summary(context_or_bot, user_id)
    if summary is None:
        return
    bot = context_or_bot.bot
    if summary.chart is None:
        await bot.send_message(summary.chat_id, summary.text)
        return
    photo = InputFile(summary.chart, filename=CHART_FILE)
    await bot.send_photo(summary.chat_id, photo, caption=summary.text)
