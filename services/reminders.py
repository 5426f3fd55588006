"""Reminder settings: the time zone, typed times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from functools import cache

from sqlalchemy.ext.asyncio import AsyncSession

from coach.awaiting import (
    REMINDER_ANSWERS,
    TIME_OF,
    Awaiting,
    ClockUnclear,
    LocationUnknown,
    ZoneUnknown,
)
from coach.reminders import (
    DEFAULT_TIMES,
    EVENING,
    MORNING,
    NUDGES,
    ONE_OFF,
    WEEKLY,
    WEEKLY_DAY,
    WEEKLY_TIME,
    ReminderSettings,
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


async def shown_after(tx: AsyncSession, user: User, toast: Notice | None = None) -> Shown:
    """The person's settings, read back after a change."""
    rows = await reminders_of(tx, user.id)
    on = [kind for kind in NUDGES if kind in rows and rows[kind].enabled]
    times = {kind: time_of_minute(rows[kind].local_minute) for kind in on}
    paused = any(rows[kind].paused for kind in NUDGES if kind in rows)
    weekly = WEEKLY in rows and rows[WEEKLY].enabled
    away = await away_on(tx, user.id, utcnow().astimezone(zone_named(user.time_zone)).date())
    settings = ReminderSettings(user.time_zone, times, paused, weekly, away)
    return Shown(settings, midday_fits(await current_plan(tx, user)), utcnow(), toast)


async def show_settings(services: Services, person: Person) -> NotSetUp | Offer | Shown:
    """/reminders: the times and zone; a zone without nudges to confirm; or the zone question."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        if user.time_zone is None:
            user.awaiting = Awaiting.ZONE
            return NotSetUp()
        offer = await offer_reminders(tx, user)
        return offer if offer is not None else await shown_after(tx, user)


async def zone_typed(
    services: Services, user_id: int, text: str
) -> ZoneUnknown | ZoneChosen | None:
    """A city or zone name: store it, or say we do not know the place."""
    zone_name = zones().find(text)
    if zone_name is None:
        return ZoneUnknown(text[:64])
    return await _choose_zone(services, user_id, zone_name, {Awaiting.ZONE})


@dataclass(frozen=True)
class NotAsked:
    """A location arrived while we were not asking where the person is."""


async def location_shared(
    services: Services, user_id: int, latitude: float, longitude: float
) -> LocationUnknown | ZoneChosen | NotAsked | None:
    """A shared location while we wait for a zone: only the zone there is kept, never the spot."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.awaiting not in (Awaiting.ZONE, Awaiting.CLOCK):
            return NotAsked()
    zone_name = zone_at(latitude, longitude)
    if zone_name is None:
        return LocationUnknown()
    return await _choose_zone(services, user_id, zone_name, {Awaiting.ZONE, Awaiting.CLOCK})


async def clock_typed(
    services: Services, user_id: int, text: str
) -> ClockUnclear | ZoneChosen | None:
    """The person's clock time: the offset from UTC it implies becomes their zone."""
    at = parse_clock(text)
    if at is None:
        return ClockUnclear()
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
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.awaiting not in asked:
            return None
        user.time_zone, user.awaiting = zone_name, None
        return await _set_up(tx, user, fixed=fixed)


async def _set_up(tx: AsyncSession, user: User, *, fixed: bool = False) -> ZoneChosen:
    """The morning, evening and weekly rows (made once), all scheduled in the person's zone."""
    now = utcnow()
    rows = await reminders_of(tx, user.id)
    created = MORNING not in rows and EVENING not in rows
    for kind in (MORNING, EVENING):
        if kind not in rows:
            rows[kind] = add_reminder(tx, user.id, kind, minute_of_day(DEFAULT_TIMES[kind]))
    if WEEKLY not in rows:
        minute = minute_of_day(WEEKLY_TIME)
        rows[WEEKLY] = add_reminder(tx, user.id, WEEKLY, minute, weekday=WEEKLY_DAY)
    for reminder in rows.values():
        if reminder.kind not in ONE_OFF:  # a safety message keeps its own instant
            schedule(reminder, zone_named(user.time_zone), now)
    return ZoneChosen(await shown_after(tx, user), created, fixed=fixed)


@dataclass(frozen=True)
class Offer:
    """Reminders offered with the first usable plan: the zone to confirm (None: ask a city)."""

    zone: str | None
    now: datetime


async def offer_reminders(tx: AsyncSession, user: User) -> Offer | None:
    """Offer the nudges unless the person has them; without a zone, wait for a city."""
    if set(NUDGES) & set(await reminders_of(tx, user.id)):
        return None
    if user.time_zone is None:
        user.awaiting = Awaiting.ZONE
    return Offer(user.time_zone, utcnow())


async def confirm_zone(services: Services, user_id: int) -> Stale | ZoneChosen:
    """'Sounds good' under the zone we already know (from where the person said they are)."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.time_zone is None:
            return Stale(Notice("reminders-set-up-first"))
        if set(NUDGES) & set(await reminders_of(tx, user.id)):
            return Stale(Notice("reminders-already-toast"))
        user.awaiting = None
        return await _set_up(tx, user)


async def time_typed(
    services: Services, user_id: int, kind: str, text: str
) -> ClockUnclear | Notice | TimeChosen | None:
    """A typed time for one nudge: store it, or say it is not a time (None: not waiting)."""
    at = parse_clock(text)
    if at is None:
        return ClockUnclear()
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or user.awaiting != TIME_OF[kind]:
            return None
        user.awaiting = None
        if user.time_zone is None:
            return Notice("reminders-set-up-first")
        await set_time(tx, user, kind, at, utcnow())
        return TimeChosen(kind, at, await shown_after(tx, user))


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
        if user is None or (awaiting in TIME_OF.values() and user.time_zone is None):
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
        return await shown_after(tx, user)
