"""Repository functions for reminders: a person's rows, and the sweep's claim of due rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import User
from storage.reminder_models import Reminder


async def reminders_of(tx: AsyncSession, user_id: int) -> dict[str, Reminder]:
    """The person's reminder rows by kind."""
    rows = await tx.scalars(select(Reminder).where(Reminder.user_id == user_id))
    return {row.kind: row for row in rows}


def add_reminder(
    tx: AsyncSession, user_id: int, kind: str, minute: int, *, weekday: int | None = None
) -> Reminder:
    """A new reminder row with every flag set (column defaults only apply at INSERT)."""
    reminder = Reminder(
        user_id=user_id,
        kind=kind,
        local_minute=minute,
        weekday=weekday,
        enabled=True,
        paused=False,
        snoozed=False,
    )
    tx.add(reminder)
    return reminder


async def lock_due(tx: AsyncSession, now: datetime, limit: int) -> Sequence[Row[Any]]:
    """Up to `limit` rows due by `now`, with their person, locked (SKIP LOCKED on PostgreSQL)."""
    result = await tx.execute(
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
    return result.all()


async def move_due(
    tx: AsyncSession,
    reminder_id: int,
    expected: datetime | None,
    due_at: datetime | None,
    *,
    snoozed: bool = False,
) -> bool:
    """Set the next due instant only if nobody changed it meanwhile; True when it moved."""
    moved = await tx.execute(
        update(Reminder)
        .where(Reminder.id == reminder_id, Reminder.next_due_at == expected)
        .values(next_due_at=due_at, snoozed=snoozed)
    )
    return moved.rowcount == 1  # type: ignore[attr-defined]
