"""Repository functions for guided sessions, their event log and the exercise ladders."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from coach.progression import Standing
from coach.session import Logged, Phase, SessionState, Status, once_key, session_items
from content.models import Exercise
from storage.base import utcnow
from storage.session_models import ExerciseLevel, ExerciseSession, SessionEvent


async def lock_session(session: AsyncSession, session_id: int) -> ExerciseSession | None:
    """The session row, locked for this transaction so a timer and a tap cannot both act."""
    # A no-op write takes the row lock on PostgreSQL and the write lock on SQLite up front.
    await session.execute(
        update(ExerciseSession)
        .where(ExerciseSession.id == session_id)
        .values(position=ExerciseSession.position)
        .execution_options(synchronize_session=False)
    )
    return await session.get(ExerciseSession, session_id, populate_existing=True)


async def active_session(session: AsyncSession, user_id: int) -> ExerciseSession | None:
    """The person's session under way, if any (the newest)."""
    return await session.scalar(
        select(ExerciseSession)
        .where(ExerciseSession.user_id == user_id, ExerciseSession.status == Status.ACTIVE)
        .order_by(ExerciseSession.id.desc())
        .limit(1)
    )


async def begin_session(session: AsyncSession, user_id: int, exercises: str) -> ExerciseSession:
    """Open a new session with these exercises (see coach.session.encode_items)."""
    row = ExerciseSession(user_id=user_id, exercises=exercises)
    session.add(row)
    await session.flush()
    return row


def abandon(row: ExerciseSession) -> None:
    """A newer session replaces this one; its timers stop."""
    row.status = Status.ABANDONED
    stop_timers(row)


def stop_timers(row: ExerciseSession) -> None:
    """Forget any running hold or rest (the caller removes the jobs)."""
    row.hold_ends_at = None
    row.rest_ends_at = None


def finish(row: ExerciseSession, status: Status) -> None:
    """End the session as done or stopped."""
    row.status = status
    row.finished_at = utcnow()
    stop_timers(row)


async def events_of(session: AsyncSession, session_id: int) -> tuple[Logged, ...]:
    """The session's events in the order they happened."""
    rows = await session.execute(
        select(SessionEvent.exercise_id, SessionEvent.kind, SessionEvent.value, SessionEvent.step)
        .where(SessionEvent.session_id == session_id)
        .order_by(SessionEvent.id)
    )
    return tuple(Logged(*row) for row in rows)


async def log_event(
    session: AsyncSession,
    row: ExerciseSession,
    exercise_id: str,
    kind: str,
    value: int,
    step: str,
) -> bool:
    """Write one event; False (and nothing written) if its step was logged already."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(SessionEvent)
        .values(
            session_id=row.id,
            user_id=row.user_id,
            exercise_id=exercise_id,
            kind=kind,
            value=value,
            step=step,
            created_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["session_id", "step"])
    )
    result = await session.execute(statement)
    return bool(result.rowcount)


async def log_once(
    session: AsyncSession, row: ExerciseSession, exercise_id: str, kind: str, value: int = 1
) -> bool:
    """An event that happens at most once per exercise (skip, reach, leg_worse, done...)."""
    return await log_event(session, row, exercise_id, kind, value, once_key(kind, exercise_id))


async def levels_of(session: AsyncSession, user_id: int) -> dict[str, Standing]:
    """The person's standing on every ladder they have a row for."""
    rows = await session.scalars(select(ExerciseLevel).where(ExerciseLevel.user_id == user_id))
    return {r.exercise_id: Standing(r.level, r.clean_sessions, r.declined_at_count) for r in rows}


async def save_standing(
    session: AsyncSession, user_id: int, exercise_id: str, standing: Standing
) -> None:
    """Store one ladder position."""
    row = await session.get(ExerciseLevel, (user_id, exercise_id))
    if row is None:
        row = ExerciseLevel(user_id=user_id, exercise_id=exercise_id)
        session.add(row)
    row.level = standing.level
    row.clean_sessions = standing.clean_sessions
    row.declined_at_count = standing.declined_at_count
    row.updated_at = utcnow()


async def state_of(
    session: AsyncSession, row: ExerciseSession, exercises: Mapping[str, Exercise]
) -> SessionState:
    """The session as the coach's state machine sees it, doses at today's levels."""
    standings = await levels_of(session, row.user_id)
    levels = {exercise_id: s.level for exercise_id, s in standings.items()}
    return SessionState(
        items=session_items(row.exercises, exercises, levels),
        status=Status(row.status),
        position=row.position,
        phase=Phase(row.phase),
        stage=row.stage,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        events=await events_of(session, row.id),
        levels=levels,
    )


async def sessions_with_timers(session: AsyncSession) -> list[int]:
    """Ids of active sessions whose hold or rest was running (for recovery at start-up)."""
    return list(
        await session.scalars(
            select(ExerciseSession.id).where(
                ExerciseSession.status == Status.ACTIVE,
                or_(
                    ExerciseSession.hold_ends_at.is_not(None),
                    ExerciseSession.rest_ends_at.is_not(None),
                ),
            )
        )
    )


async def finished_sessions_between(
    session: AsyncSession, user_id: int, start: datetime, end: datetime
) -> int:
    """Sessions finished as done with finished_at in [start, end)."""
    return (
        await session.scalar(
            select(func.count())
            .select_from(ExerciseSession)
            .where(
                ExerciseSession.user_id == user_id,
                ExerciseSession.status == Status.DONE,
                ExerciseSession.finished_at >= start,
                ExerciseSession.finished_at < end,
            )
        )
        or 0
    )


async def recent_pains(
    session: AsyncSession, user_id: int, before_id: int, days: int
) -> list[tuple[int | None, int | None]]:
    """(pain before, pain after) of the person's earlier sessions finished in the last `days`."""
    since = utcnow() - timedelta(days=days)
    rows = await session.execute(
        select(ExerciseSession.pain_before, ExerciseSession.pain_after).where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.id != before_id,
            ExerciseSession.pain_after.is_not(None),
            ExerciseSession.finished_at >= since,
        )
    )
    return [(before, after) for before, after in rows]


async def previous_reach(session: AsyncSession, user_id: int, before_id: int) -> int | None:
    """How far the person reached when bending in their latest earlier session."""
    return await session.scalar(
        select(SessionEvent.value)
        .where(
            SessionEvent.user_id == user_id,
            SessionEvent.kind == "reach",
            SessionEvent.session_id < before_id,
        )
        .order_by(SessionEvent.id.desc())
        .limit(1)
    )
