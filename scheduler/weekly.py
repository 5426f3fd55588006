"""The weekly summary as a reminder kind: the sweep claims the row, this composes the message."""

from __future__ import annotations

from handlers.context import CoachContext
from handlers.weekly import compose_weekly_summary
from scheduler.outgoing import Outgoing
from storage.reminders import DueReminder


async def weekly_reminder(context: CoachContext, due: DueReminder) -> Outgoing | None:
    """The summary for the sweep to send at its pace (None: nobody to send it to)."""
    summary = await compose_weekly_summary(context, due.user_id)
    if summary is None:
        return None
    return Outgoing(summary.text, photo=summary.chart)
