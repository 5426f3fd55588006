"""The on/off switches of /reminders: pause or resume, the midday nudge, the weekly summary."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.plan import Plan
from coach.reminders import (
    DEFAULT_TIMES,
    MIDDAY,
    NUDGES,
    WEEKLY,
    WEEKLY_DAY,
    WEEKLY_TIME,
    midday_fits,
    minute_of_day,
)
from coach.timezones import zone_named
from services.base import Notice, Services, Stale
from services.plan import current_plan
from services.reminders import Shown, schedule, set_time, shown_after
from storage.base import utcnow
from storage.models import User
from storage.reminder_models import Reminder
from storage.reminders import add_reminder, reminders_of

# One on/off change: given the person, their rows, the plan and now, it makes the change and
# says whether anything changed and the toast to show.
Change = Callable[
    [AsyncSession, User, dict[str, Reminder], Plan | None, datetime],
    Awaitable[tuple[bool, Notice]],
]
ALREADY = Notice("reminders-already-toast")


async def switch(services: Services, user_id: int, change: Change) -> Stale | Shown:
    """Apply one on/off change; the settings to redraw when it changed, else a toast."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.time_zone is None:
            return Stale(Notice("reminders-set-up-first"))
        plan = await current_plan(tx, user)
        changed, toast = await change(tx, user, await reminders_of(tx, user.id), plan, utcnow())
        if not changed:
            return Stale(toast)
        return await shown_after(tx, user, toast)


def pausing(paused: bool) -> Change:
    """Pause or resume every nudge."""

    async def change(
        tx: AsyncSession, user: User, rows: dict[str, Reminder], _: Plan | None, now: datetime
    ) -> tuple[bool, Notice]:
        nudges = [row for row in rows.values() if row.kind in NUDGES]
        if not nudges or all(row.paused == paused for row in nudges):
            return False, ALREADY
        for row in nudges:
            row.paused = paused
            schedule(row, zone_named(user.time_zone), now)
        return True, Notice("reminders-paused-toast" if paused else "reminders-resumed-toast")

    return change


def midday(on: bool) -> Change:
    """The midday back-bend nudge on or off (on only when the plan has the back bend)."""

    async def change(
        tx: AsyncSession, user: User, rows: dict[str, Reminder], plan: Plan | None, now: datetime
    ) -> tuple[bool, Notice]:
        if on and not midday_fits(plan):
            return False, Notice("reminders-midday-not-in-plan")
        if MIDDAY not in rows and on:
            await set_time(tx, user, MIDDAY, DEFAULT_TIMES[MIDDAY], now)
        elif MIDDAY not in rows or rows[MIDDAY].enabled == on:
            return False, ALREADY
        else:
            rows[MIDDAY].enabled = on
            schedule(rows[MIDDAY], zone_named(user.time_zone), now)
        return True, Notice("reminders-midday-on-toast" if on else "reminders-midday-off-toast")

    return change


def weekly(on: bool) -> Change:
    """The Sunday-evening summary on or off."""

    async def change(
        tx: AsyncSession, user: User, rows: dict[str, Reminder], _: Plan | None, now: datetime
    ) -> tuple[bool, Notice]:
        row = rows.get(WEEKLY)
        if row is None and on:
            minute = minute_of_day(WEEKLY_TIME)
            row = add_reminder(tx, user.id, WEEKLY, minute, weekday=WEEKLY_DAY)
        elif row is None or row.enabled == on:
            return False, ALREADY
        row.enabled = on
        schedule(row, zone_named(user.time_zone), now)
        return True, Notice("progress-weekly-on-toast" if on else "progress-weekly-off-toast")

    return change
