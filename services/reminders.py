"""Reminder settings: the time zone, typed times, pause, the midday and weekly extras."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from functools import cache

from sqlalchemy.ext.asyncio import AsyncSession

from coach.awaiting import REMINDER_ANSWERS, TIME_OF, Awaiting
from coach.plan import Plan
from coach.reminders import (
    DEFAULT_TIMES,
    EVENING,
    FOLLOW_UP,
    FOLLOW_UP_TIME,
    MIDDAY,
    MORNING,
    NUDGES,
    WEEKLY,
    WEEKLY_DAY,
    WEEKLY_TIME,
    ReminderSettings,
    follow_up_at,
    midday_fits,
    minute_of_day,
    next_due,
    time_of_minute,
)
from coach.timezones import (
    ZoneIndex,
    fixed_zone_name,
    offset_from_clock,
    parse_clock,
    zone_at,
    zone_named,
)
from content.cities import load_city_aliases
from services.base import Notice, Person, Services, Stale, meet
from services.plan import current_plan
from storage.adherence import away_on
from storage.base import utcnow
from storage.models import User
from storage.reminder_models import Reminder
from storage.reminders import add_reminder, reminders_of


@cache
def zones() -> ZoneIndex:
    """Every place and zone name we recognise (built once, on first use)."""
    return ZoneIndex.build(load_city_aliases())


@dataclass(frozen=True)
class Shown:
    """The settings as /reminders shows them, and whether to offer the midday nudge."""

    settings: ReminderSettings
    midday_offered: bool
    now: datetime
    toast: Notice | None = None


@dataclass(frozen=True)
class NotSetUp:
    """No zone yet: we now wait for a city."""


@dataclass(frozen=True)
class ZoneChosen:
    """A zone was stored: new nudges are proposed, existing ones moved to it."""

    shown: Shown
    created: bool
    fixed: bool  # from a clock time: a fixed offset without daylight saving


@dataclass(frozen=True)
class TimeChosen:
    """A nudge moved to a typed time."""

    kind: str
    at: time
    shown: Shown


@dataclass(frozen=True)
class Asked:
    """We now wait for typed text of this kind."""

    awaiting: Awaiting


def schedule(reminder: Reminder, zone: tzinfo, now: datetime) -> None:
    """Put the next slot after now on the row (None while it is off or paused)."""
    reminder.snoozed = False
    if not reminder.enabled or reminder.paused:
        reminder.next_due_at = None
        return
    at = time_of_minute(reminder.local_minute)
    reminder.next_due_at = next_due(now, at, zone, reminder.weekday)


async def _shown(tx: AsyncSession, user: User, toast: Notice | None = None) -> Shown:
    """The person's settings, read back after a change."""
    rows = await reminders_of(tx, user.id)
    on = [kind for kind in NUDGES if kind in rows and rows[kind].enabled]
    times = {kind: time_of_minute(rows[kind].local_minute) for kind in on}
    paused = any(rows[kind].paused for kind in NUDGES if kind in rows)
    weekly = WEEKLY in rows and rows[WEEKLY].enabled
    away = await away_on(tx, user.id, utcnow().astimezone(zone_named(user.time_zone)).date())
    settings = ReminderSettings(user.time_zone, times, paused, weekly, away)
    return Shown(settings, midday_fits(await current_plan(tx, user)), utcnow(), toast)


async def show_settings(services: Services, person: Person) -> NotSetUp | Shown:
    """/reminders: the times and zone, or (not set up yet) the zone question."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        if user.time_zone is None:
            user.awaiting = Awaiting.ZONE
            return NotSetUp()
        return await _shown(tx, user)


async def zone_typed(services: Services, user_id: int, text: str) -> Notice | ZoneChosen | None:
    """A city or zone name: store it, or say we do not know the place."""
    zone_name = zones().find(text)
    if zone_name is None:
        return Notice("reminders-zone-unknown", {"text": text[:64]})
    return await _choose_zone(services, user_id, zone_name, {Awaiting.ZONE})


@dataclass(frozen=True)
class NotAsked:
    """A location arrived while we were not asking where the person is."""


async def location_shared(
    services: Services, user_id: int, latitude: float, longitude: float
) -> Notice | ZoneChosen | NotAsked | None:
    """A shared location while we wait for a zone: only the zone there is kept, never the spot."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.awaiting not in (Awaiting.ZONE, Awaiting.CLOCK):
            return NotAsked()
    zone_name = zone_at(latitude, longitude)
    if zone_name is None:
        return Notice("reminders-location-unknown")
    return await _choose_zone(services, user_id, zone_name, {Awaiting.ZONE, Awaiting.CLOCK})


async def clock_typed(services: Services, user_id: int, text: str) -> Notice | ZoneChosen | None:
    """The person's clock time: the offset from UTC it implies becomes their zone."""
    at = parse_clock(text)
    if at is None:
        return Notice("reminders-clock-unclear")
    zone_name = fixed_zone_name(offset_from_clock(at, utcnow()))
    return await _choose_zone(services, user_id, zone_name, {Awaiting.CLOCK}, fixed=True)


async def _choose_zone(
    services: Services,
    user_id: int,
    zone_name: str,
    asked: set[Awaiting],
    *,
    fixed: bool = False,
) -> ZoneChosen | None:
    """Store the zone and stop waiting, in one transaction (None: we no longer waited)."""
    now = utcnow()
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.awaiting not in asked:
            return None
        user.time_zone, user.awaiting = zone_name, None
        rows = await reminders_of(tx, user.id)
        created = MORNING not in rows and EVENING not in rows
        for kind in (MORNING, EVENING):
            if kind not in rows:
                rows[kind] = add_reminder(tx, user.id, kind, minute_of_day(DEFAULT_TIMES[kind]))
        if WEEKLY not in rows:
            minute = minute_of_day(WEEKLY_TIME)
            rows[WEEKLY] = add_reminder(tx, user.id, WEEKLY, minute, weekday=WEEKLY_DAY)
        for reminder in rows.values():
            schedule(reminder, zone_named(zone_name), now)
        return ZoneChosen(await _shown(tx, user), created, fixed=fixed)


async def time_typed(
    services: Services, user_id: int, kind: str, text: str
) -> Notice | TimeChosen | None:
    """A typed time for one nudge: store it, or say it is not a time (None: not waiting)."""
    at = parse_clock(text)
    if at is None:
        return Notice("reminders-clock-unclear")
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.awaiting != TIME_OF[kind]:
            return None
        user.awaiting = None
        if user.time_zone is None:
            return Notice("reminders-set-up-first")
        await set_time(tx, user, kind, at, utcnow())
        return TimeChosen(kind, at, await _shown(tx, user))


async def set_time(tx: AsyncSession, user: User, kind: str, at: time, now: datetime) -> None:
    """Move one nudge to a new local time (turning the midday one on if it was off)."""
    rows = await reminders_of(tx, user.id)
    reminder = rows.get(kind)
    if reminder is None:
        reminder = add_reminder(tx, user.id, kind, minute_of_day(at))
        # A new nudge joins the others as they are: paused if they are.
        reminder.paused = any(row.paused for row in rows.values() if row.kind in NUDGES)
    reminder.local_minute = minute_of_day(at)
    reminder.enabled = True
    schedule(reminder, zone_named(user.time_zone), now)


async def wait_for(services: Services, user_id: int, awaiting: Awaiting) -> Stale | Asked:
    """'Change morning', 'Change time zone', 'my local time instead': wait for typed text."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None:
            return Stale(Notice("reminders-set-up-first"))
        if awaiting in TIME_OF.values() and user.time_zone is None:
            return Stale(Notice("reminders-set-up-first"))
        user.awaiting = awaiting
        return Asked(awaiting)


async def stop_waiting(services: Services, user_id: int) -> None:
    """'Not now' or 'Cancel': stop waiting for the reminder answer we asked for."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is not None and user.awaiting in REMINDER_ANSWERS:
            user.awaiting = None


async def accepted(services: Services, user_id: int) -> Stale | Shown:
    """'Sounds good' under the proposal: the settings, to offer the midday nudge if it fits."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.time_zone is None:
            return Stale(Notice("reminders-set-up-first"))
        return await _shown(tx, user)


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
        return await _shown(tx, user, toast)


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


async def ask_tomorrow(tx: AsyncSession, user: User, advised: datetime) -> None:
    """After same-day or emergency advice: one 'were you able to be seen?' the next morning."""
    row = (await reminders_of(tx, user.id)).get(FOLLOW_UP)
    if row is None:
        row = add_reminder(tx, user.id, FOLLOW_UP, minute_of_day(FOLLOW_UP_TIME))
    row.enabled, row.paused, row.snoozed = True, False, False
    row.next_due_at = follow_up_at(advised, zone_named(user.time_zone) if user.time_zone else None)
