"""Repository functions for reminders: settings a person changes, and the sweep's claim."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from coach.progress import WEEKLY, WEEKLY_DAY, WEEKLY_TIME
from coach.reminders import (
    DEFAULT_TIMES,
    EVENING,
    MIDDAY,
    MORNING,
    NUDGES,
    SNOOZE,
    local_day,
    minute_of_day,
    next_due,
    send_now,
    time_of_minute,
)
from coach.timezones import zone_named
from storage.models import User
from storage.reminder_models import Reminder


@dataclass(frozen=True)
class DueReminder:
    """A reminder the sweep claimed: who gets it, and when it was due."""

    reminder_id: int
    user_id: int
    chat_id: int
    kind: str
    zone: tzinfo
    due_at: datetime
    # What the claim moved `next_due_at` to, so a deferral only undoes our own change.
    next_due_at: datetime | None
    snoozed: bool
    now: datetime


@dataclass(frozen=True)
class ReminderSettings:
    """What /reminders shows: the zone, the time of each nudge that is on, paused or not."""

    time_zone: str | None
    times: dict[str, time]
    paused: bool
    # The Sunday-evening summary (issue 5): on unless switched off.
    weekly: bool = False

    @property
    def set_up(self) -> bool:
        """Whether the person has told us their zone (and so has reminders)."""
        return self.time_zone is not None


def _new_reminder(user: User, kind: str, at: time, *, paused: bool) -> Reminder:
    """A reminder row with every flag set (column defaults only apply at INSERT)."""
    return Reminder(
        user_id=user.id,
        kind=kind,
        local_minute=minute_of_day(at),
        enabled=True,
        paused=paused,
        snoozed=False,
    )


def _schedule(reminder: Reminder, zone: tzinfo, now: datetime) -> None:
    """Put the next slot after now on the row (None while it is off or paused)."""
    reminder.snoozed = False
    if not reminder.enabled or reminder.paused:
        reminder.next_due_at = None
        return
    at = time_of_minute(reminder.local_minute)
    reminder.next_due_at = next_due(now, at, zone, reminder.weekday)


async def reminders_of(session: AsyncSession, user_id: int) -> dict[str, Reminder]:
    """The person's reminder rows by kind."""
    rows = await session.scalars(select(Reminder).where(Reminder.user_id == user_id))
    return {row.kind: row for row in rows}


async def settings_of(session: AsyncSession, user: User) -> ReminderSettings:
    """The person's reminder settings as /reminders shows them."""
    rows = await reminders_of(session, user.id)
    times = {
        kind: time_of_minute(rows[kind].local_minute)
        for kind in NUDGES
        if kind in rows and rows[kind].enabled
    }
    paused = any(rows[kind].paused for kind in NUDGES if kind in rows)
    weekly = WEEKLY in rows and rows[WEEKLY].enabled
    return ReminderSettings(user.time_zone, times, paused, weekly)


async def set_zone(session: AsyncSession, user: User, zone_name: str, now: datetime) -> bool:
    """Store the person's zone and move every reminder to it; True if the nudges are new."""
    user.time_zone = zone_name
    zone = zone_named(zone_name)
    rows = await reminders_of(session, user.id)
    created = MORNING not in rows and EVENING not in rows
    for kind in (MORNING, EVENING):
        if kind not in rows:
            rows[kind] = _new_reminder(user, kind, DEFAULT_TIMES[kind], paused=False)
            session.add(rows[kind])
    if WEEKLY not in rows:
        rows[WEEKLY] = _new_reminder(user, WEEKLY, WEEKLY_TIME, paused=False)
        rows[WEEKLY].weekday = WEEKLY_DAY
        session.add(rows[WEEKLY])
    for reminder in rows.values():
        _schedule(reminder, zone, now)
    return created


async def set_weekly(session: AsyncSession, user: User, on: bool, now: datetime) -> bool:
    """Switch the weekly summary on or off; False if it already was."""
    weekly = (await reminders_of(session, user.id)).get(WEEKLY)
    if weekly is None and on:
        weekly = _new_reminder(user, WEEKLY, WEEKLY_TIME, paused=False)
        weekly.weekday = WEEKLY_DAY
        session.add(weekly)
    elif weekly is None or weekly.enabled == on:
        return False
    weekly.enabled = on
    _schedule(weekly, zone_named(user.time_zone), now)
    return True


async def set_time(session: AsyncSession, user: User, kind: str, at: time, now: datetime) -> None:
    """Move one nudge to a new local time (turning the midday one on if it was off)."""
    rows = await reminders_of(session, user.id)
    reminder = rows.get(kind)
    if reminder is None:
        # A new nudge joins the others as they are: paused if they are.
        paused = any(row.paused for row in rows.values() if row.kind in NUDGES)
        reminder = _new_reminder(user, kind, at, paused=paused)
        session.add(reminder)
    reminder.local_minute = minute_of_day(at)
    reminder.enabled = True
    _schedule(reminder, zone_named(user.time_zone), now)


async def set_paused(session: AsyncSession, user: User, paused: bool, now: datetime) -> bool:
    """Pause or resume every nudge; False if they already were."""
    rows = [row for row in (await reminders_of(session, user.id)).values() if row.kind in NUDGES]
    if not rows or all(row.paused == paused for row in rows):
        return False
    zone = zone_named(user.time_zone)
    for row in rows:
        row.paused = paused
        _schedule(row, zone, now)
    return True


async def set_midday(session: AsyncSession, user: User, on: bool, now: datetime) -> bool:
    """Turn the midday back-bend nudge on or off; False if it already was."""
    rows = await reminders_of(session, user.id)
    midday = rows.get(MIDDAY)
    if midday is None and on:
        await set_time(session, user, MIDDAY, DEFAULT_TIMES[MIDDAY], now)
        return True
    if midday is None or midday.enabled == on:
        return False
    midday.enabled = on
    _schedule(midday, zone_named(user.time_zone), now)
    return True


async def snooze(session: AsyncSession, reminder: Reminder, now: datetime) -> datetime:
    """Fire this nudge again in half an hour; the regular slot follows after that."""
    reminder.next_due_at = now + SNOOZE
    reminder.snoozed = True
    return reminder.next_due_at


async def skip_today(
    session: AsyncSession, user: User, now: datetime, kinds: tuple[str, ...] = NUDGES
) -> None:
    """No more of these nudges today: each one due before local midnight moves to tomorrow."""
    zone = zone_named(user.time_zone)
    _, midnight = local_day(now, zone)
    for row in (await reminders_of(session, user.id)).values():
        if row.kind in kinds and row.next_due_at is not None and row.next_due_at < midnight:
            _schedule(row, zone, midnight - timedelta(seconds=1))


@dataclass(frozen=True)
class Claim:
    """One claimed batch: how many rows it took, and those that should be sent."""

    taken: int
    due: list[DueReminder]


async def claim_due(session: AsyncSession, now: datetime, limit: int) -> Claim:
    """Take up to `limit` due rows and advance each to its next slot, in this transaction.

    On PostgreSQL the rows are locked with FOR UPDATE SKIP LOCKED, so two sweepers never take
    the same row; everywhere the advance only applies if nobody changed the row meanwhile.
    """
    rows = (
        await session.execute(
            select(
                Reminder.id,
                Reminder.user_id,
                Reminder.kind,
                Reminder.local_minute,
                Reminder.weekday,
                Reminder.next_due_at,
                Reminder.snoozed,
                User.chat_id,
                User.active,
                User.time_zone,
            )
            .join(User, User.id == Reminder.user_id)
            .where(Reminder.next_due_at <= now)
            .order_by(Reminder.next_due_at)
            .limit(limit)
            .with_for_update(of=Reminder, skip_locked=True)
        )
    ).all()
    due: list[DueReminder] = []
    for row in rows:
        zone, at = zone_named(row.time_zone), time_of_minute(row.local_minute)
        following = next_due(now, at, zone, row.weekday)
        advanced = await session.execute(
            update(Reminder)
            .where(Reminder.id == row.id, Reminder.next_due_at == row.next_due_at)
            .values(next_due_at=following, snoozed=False)
        )
        # Someone who blocked the bot gets no attempts; a long-missed slot is skipped.
        sending = send_now(row.next_due_at, now, at, zone, row.weekday)
        if advanced.rowcount == 1 and row.active and sending:
            due.append(
                DueReminder(
                    reminder_id=row.id,
                    user_id=row.user_id,
                    chat_id=row.chat_id,
                    kind=row.kind,
                    zone=zone,
                    due_at=row.next_due_at,
                    next_due_at=following,
                    snoozed=row.snoozed,
                    now=now,
                )
            )
    return Claim(taken=len(rows), due=due)


async def defer(session: AsyncSession, due: DueReminder, until: datetime) -> None:
    """Telegram asked us to wait: make the claimed reminder due again at `until`."""
    await session.execute(
        update(Reminder)
        .where(Reminder.id == due.reminder_id, Reminder.next_due_at == due.next_due_at)
        .values(next_due_at=until, snoozed=due.snoozed)
    )
