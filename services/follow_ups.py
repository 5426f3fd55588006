"""The safety follow-ups after advice: "were you able to be seen?", "did you get help?"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.clearance import help_check_at
from coach.reminders import FOLLOW_UP, HELP_CHECK, follow_up_at, minute_of_day
from coach.safety import Tier
from coach.timezones import zone_named
from services.plan import warnings_of
from storage.models import User
from storage.reminders import add_reminder, reminders_of


async def ask_tomorrow(tx: AsyncSession, user: User, advised: datetime) -> None:
    """After same-day or emergency advice: 'were you able to be seen?' the next morning and,
    after an emergency, 'did you get help?' two hours on (rows the sweep finds after restarts)."""
    zone = zone_named(user.time_zone) if user.time_zone else None
    await _once(tx, user, FOLLOW_UP, follow_up_at(advised, zone))
    if (await warnings_of(tx, user.id)).tier is Tier.EMERGENCY:
        await _once(tx, user, HELP_CHECK, help_check_at(advised))


async def _once(tx: AsyncSession, user: User, kind: str, at: datetime) -> None:
    """One safety message of this kind, due at `at` (a later advice moves it)."""
    row = (await reminders_of(tx, user.id)).get(kind)
    if row is None:  # its clock time is never read: a safety message is due once, at `at`
        row = add_reminder(tx, user.id, kind, minute_of_day(at.time()))
    row.enabled, row.paused, row.snoozed, row.next_due_at = True, False, False, at
