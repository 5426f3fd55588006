"""The nudges themselves: the sweep's claim of due reminders, what each says, and its buttons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from coach.plan import Plan
from coach.reminders import (
    HELP_CHECK,
    MIDDAY,
    NUDGES,
    ONE_OFF,
    SNOOZE,
    NudgeAction,
    day_bounds,
    midday_fits,
    next_due,
    nudge_needed,
    send_now,
    time_of_minute,
)
from coach.safety import Tier
from coach.timezones import zone_named
from services.barriers import NudgeSupport, support_for_nudge
from services.base import Forged, Notice, Services, Stale, country_of_user, owned
from services.plan import current_plan, warnings_of
from services.reminders import schedule
from storage.base import utcnow
from storage.checkins import current_checkin
from storage.models import User
from storage.reminder_models import Reminder
from storage.reminders import lock_due, move_due, reminders_of
from storage.sessions import finished_sessions_between
from storage.users import set_active


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

    @property
    def day(self) -> date:
        """The person's local day the reminder is for."""
        return self.now.astimezone(self.zone).date()


@dataclass(frozen=True)
class Claim:
    """One claimed batch: how many rows it took, and those that should be sent."""

    taken: int
    due: list[DueReminder]


async def claim_due(tx: AsyncSession, now: datetime, limit: int) -> Claim:
    """Take up to `limit` due rows and advance each to its next slot, in this transaction.

    On PostgreSQL the rows are locked with FOR UPDATE SKIP LOCKED, so two sweepers never take
    the same row; everywhere the advance only applies if nobody changed the row meanwhile.
    """
    rows = await lock_due(tx, now, limit)
    due: list[DueReminder] = []
    for row in rows:
        zone, at = zone_named(row.time_zone), time_of_minute(row.local_minute)
        # A safety message is spent when claimed, and goes out however late.
        one_off = row.kind in ONE_OFF
        following = None if one_off else next_due(now, at, zone, row.weekday)
        advanced = await move_due(tx, row.id, row.next_due_at, following)
        # Someone who blocked the bot gets no attempts; a long-missed slot is skipped.
        sending = one_off or send_now(row.next_due_at, now, at, zone, row.weekday)
        if advanced and row.active and sending:
            found = (row.id, row.user_id, row.chat_id, row.kind, zone, row.next_due_at)
            due.append(DueReminder(*found, following, row.snoozed, now))
    return Claim(taken=len(rows), due=due)


async def claim(services: Services, limit: int) -> Claim:
    """The sweep takes a batch of due reminders (committed before anything is sent)."""
    async with services.db.transaction() as tx:
        return await claim_due(tx, utcnow(), limit)


async def record(
    services: Services, blocked: list[int], deferred: list[tuple[DueReminder, datetime]]
) -> None:
    """Remember who blocked the bot, and which reminders Telegram asked us to send later."""
    async with services.db.transaction() as tx:
        for user_id in blocked:
            await set_active(tx, user_id, False)
        for due, until in deferred:
            # Only undo our own claim: a person who changed the reminder meanwhile wins.
            await move_due(tx, due.reminder_id, due.next_due_at, until, snoozed=due.snoozed)


@dataclass(frozen=True)
class NudgeDraft:
    """What a due nudge says: its kind, the plan's exercises and how today went."""

    due: DueReminder
    plan: Plan
    sessions_done_today: int
    # A welcome back, or what got in the way yesterday.
    support: NudgeSupport = field(default_factory=NudgeSupport)


async def nudge_for(services: Services, due: DueReminder) -> NudgeDraft | None:
    """The nudge to send; None when there is nothing to nudge for today."""
    start, end = day_bounds(due.now, due.zone)
    async with services.db.transaction() as tx:
        user = await tx.get(User, due.user_id)
        if user is None:
            return None
        plan = await current_plan(tx, user)
        done_today = await finished_sessions_between(tx, user.id, start, end)
        # No exercise nudges while a danger sign keeps the plan locked.
        if plan is None or plan.lock is not None or not plan.active_items:
            return None
        if due.kind == MIDDAY and not midday_fits(plan):
            return None
        if not nudge_needed(due.kind, done_today):
            return None
        support = await support_for_nudge(tx, user, due, done_today)
    return None if support.away else NudgeDraft(due, plan, done_today, support)


@dataclass(frozen=True)
class FollowUp:
    """After the advice: the signs still waiting for a clinician, and how urgent they are."""

    signs: tuple[str, ...]
    checkin_id: int  # 0 when the signs were typed before any check-in
    tier: Tier
    country: str | None
    help_check: bool  # two hours after emergency advice: did you get help?


async def follow_up_for(services: Services, due: DueReminder) -> FollowUp | None:
    """The morning follow-up or 'did you get help?' (sent once); None once nothing locks."""
    help_check = due.kind == HELP_CHECK
    async with services.db.transaction() as tx:
        user = await tx.get(User, due.user_id)
        warnings = await warnings_of(tx, due.user_id)
        if user is None or warnings.tier < (Tier.EMERGENCY if help_check else Tier.SAME_DAY):
            return None
        latest = await current_checkin(tx, due.user_id)
        checkin_id = latest.id if latest else 0
        signs = tuple(warnings.open)
        return FollowUp(signs, checkin_id, warnings.tier, country_of_user(user), help_check)


@dataclass(frozen=True)
class Nudged:
    """A nudge button did its work: a toast, and a note added under the nudge."""

    toast: Notice | None
    note: Notice


async def tap_nudge(
    services: Services, user_id: int, reminder_id: int, action: NudgeAction, day: date
) -> Forged | Stale | Nudged:
    """Start now, Snooze 30 min or Skip today, under the nudge sent for local `day`."""
    now = utcnow()
    async with services.db.transaction() as tx:
        reminder = await owned(tx, Reminder, reminder_id, user_id)
        user = await tx.get(User, user_id)
        if reminder is None or user is None:
            return Forged()
        zone = zone_named(user.time_zone)
        if action is NudgeAction.START:
            return Nudged(None, Notice("reminders-started-note"))
        if day != now.astimezone(zone).date():
            return Stale(Notice("reminders-old-nudge"))
        if action is NudgeAction.SKIP:
            await _skip_today(tx, user, now, (MIDDAY,) if reminder.kind == MIDDAY else NUDGES)
            return Nudged(None, Notice("reminders-skipped-note"))
        if reminder.paused or not reminder.enabled:
            return Stale(Notice("reminders-reminders-paused"))
        due = reminder.next_due_at
        if reminder.snoozed and due is not None and due > now:
            return Stale(Notice("reminders-already-snoozed", {"at": due.astimezone(zone).time()}))
        reminder.next_due_at, reminder.snoozed = now + SNOOZE, True
    note = Notice("reminders-snoozed-note", {"at": (now + SNOOZE).astimezone(zone).time()})
    return Nudged(note, note)


async def _skip_today(tx: AsyncSession, user: User, now: datetime, kinds: tuple[str, ...]) -> None:
    """No more of these nudges today: each one due before local midnight moves to tomorrow."""
    zone = zone_named(user.time_zone)
    _, midnight = day_bounds(now, zone)
    for row in (await reminders_of(tx, user.id)).values():
        if row.kind in kinds and row.next_due_at is not None and row.next_due_at < midnight:
            schedule(row, zone, midnight - timedelta(seconds=1))
