"""What the database holds after a test's taps: read back the way a test asserts on it."""

from __future__ import annotations

from sqlalchemy import select

from storage.reminder_models import Reminder
from storage.session_models import ExerciseSession, SessionEvent


async def events_of(db, kind: str | None = None) -> list[SessionEvent]:
    async with db.transaction() as session:
        query = select(SessionEvent).order_by(SessionEvent.id)
        if kind:
            query = query.where(SessionEvent.kind == kind)
        return list(await session.scalars(query))


async def the_session(db) -> ExerciseSession:
    async with db.transaction() as session:
        return await session.scalar(select(ExerciseSession).order_by(ExerciseSession.id.desc()))


async def rows(db, user_id: int = 1001) -> dict[str, Reminder]:
    async with db.transaction() as session:
        found = await session.scalars(select(Reminder).where(Reminder.user_id == user_id))
        return {row.kind: row for row in found}
