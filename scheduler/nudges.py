"""What a morning, midday or evening nudge says, decided when it is due."""

from __future__ import annotations

from coach.reminders import MIDDAY, local_day, midday_fits, nudge_needed
from handlers.context import CoachContext
from handlers.reminder_view import nudge_view
from scheduler.outgoing import Outgoing
from storage.plans import current_plan
from storage.reminders import DueReminder
from storage.sessions import finished_sessions_between
from storage.users import get_user


async def compose_nudge(context: CoachContext, due: DueReminder) -> Outgoing | None:
    """The nudge's text and buttons; None when there is nothing to nudge for today."""
    start, end = local_day(due.now, due.zone)
    async with context.db.transaction() as session:
        user = await get_user(session, due.user_id)
        if user is None:
            return None
        plan = await current_plan(session, user)
        done_today = await finished_sessions_between(session, user.id, start, end)
    # No exercise nudges while a danger sign keeps the plan locked.
    if plan is None or plan.lock is not None or not plan.active_items:
        return None
    if due.kind == MIDDAY and not midday_fits(plan):
        return None
    if not nudge_needed(due.kind, done_today):
        return None
    text, markup = nudge_view(
        context.content,
        kind=due.kind,
        snoozed=due.snoozed,
        sessions_done_today=done_today,
        plan=plan,
        reminder_id=due.reminder_id,
        day=due.now.astimezone(due.zone).date(),
    )
    return Outgoing(text, markup)
