"""Repository functions for guided sessions, their event log and the exercise ladders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from coach.pain_path import EarlierSession
from coach.progression import Standing
from coach.session import EventKind, Logged, Status
from storage.base import utcnow
from storage.models import User
from storage.session_models import ExerciseLevel, ExerciseSession, SessionEvent


@dataclass(frozen=True)
class LockedSession:
    """A locked session row with everything its state is read from, fetched in one read."""

    row: ExerciseSession
    person: User | None
    sore: ExerciseSession | None  # the earlier session whose rise this one asks about
    standings: dict[str, Standing]


async def _take_lock(tx: AsyncSession, session_id: int) -> None:
    """Lock the session row for this transaction so a timer and a tap cannot both act."""
    # A no-op write takes the row lock on PostgreSQL and the write lock on SQLite up front.
    await tx.execute(
        update(ExerciseSession)
        .where(ExerciseSession.id == session_id)
        .values(position=ExerciseSession.position)
        .execution_options(synchronize_session=False)
    )


async def lock_session(tx: AsyncSession, session_id: int) -> ExerciseSession | None:
    """The session row, locked for this transaction so a timer and a tap cannot both act."""
    await _take_lock(tx, session_id)
    return await tx.get(ExerciseSession, session_id, populate_existing=True)


async def lock_for_state(tx: AsyncSession, session_id: int) -> LockedSession | None:
    """The session row, locked, with its person, its sore session and the person's ladders.

    One read whatever the session logged so far: one result row per ladder the person has.
    """
    await _take_lock(tx, session_id)
    sore = aliased(ExerciseSession)
    rows = (
        await tx.execute(
            select(ExerciseSession, User, sore, ExerciseLevel)
            .outerjoin(User, User.id == ExerciseSession.user_id)
            .outerjoin(sore, sore.id == ExerciseSession.settle_of)
            .outerjoin(ExerciseLevel, ExerciseLevel.user_id == ExerciseSession.user_id)
            .where(ExerciseSession.id == session_id)
            .execution_options(populate_existing=True)
        )
    ).all()
    if not rows:
        return None
    row, person, sore_row, _ = rows[0]
    standings = {level.exercise_id: _standing(level) for *_, level in rows if level is not None}
    return LockedSession(row, person, sore_row, standings)


async def active_session(tx: AsyncSession, user_id: int) -> ExerciseSession | None:
    """The person's session under way, if any (the newest)."""
    return await tx.scalar(
        select(ExerciseSession)
        .where(ExerciseSession.user_id == user_id, ExerciseSession.status == Status.ACTIVE)
        .order_by(ExerciseSession.id.desc())
        .limit(1)
    )


async def abandon_active(tx: AsyncSession, user_id: int) -> None:
    """Leave the person's session under way behind (its timers, when they fire, find nothing)."""
    row = await active_session(tx, user_id)
    if row is not None:
        row.status, row.hold_ends_at, row.rest_ends_at = Status.ABANDONED, None, None
        row.voice_ends_at = None


async def begin_session(tx: AsyncSession, user_id: int, exercises: str) -> ExerciseSession:
    """Open a new session with these exercises (see coach.session.encode_items)."""
    row = ExerciseSession(user_id=user_id, exercises=exercises)
    tx.add(row)
    await tx.flush()
    return row


async def log_events(tx: AsyncSession, row: ExerciseSession, events: Sequence[Logged]) -> None:
    """Write events; a step logged already is left as it was (its key is unique)."""
    if not events:
        return
    dialect = tx.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    values = [
        {
            "session_id": row.id,
            "user_id": row.user_id,
            "exercise_id": event.exercise_id,
            "kind": event.kind.value,
            "value": event.value,
            "step": event.step,
            "created_at": now,
        }
        for event in events
    ]
    statement = insert(SessionEvent).on_conflict_do_nothing(index_elements=["session_id", "step"])
    await tx.execute(statement, values)


async def levels_of(tx: AsyncSession, user_id: int) -> dict[str, Standing]:
    """The person's standing on every ladder they have a row for."""
    rows = await tx.scalars(select(ExerciseLevel).where(ExerciseLevel.user_id == user_id))
    return {r.exercise_id: _standing(r) for r in rows}


def _standing(row: ExerciseLevel) -> Standing:
    """One ladder row as the coach's standing."""
    return Standing(row.level, row.clean_sessions, row.declined_at_count, row.lighter)


async def save_standing(
    tx: AsyncSession, user_id: int, exercise_id: str, standing: Standing
) -> None:
    """Store one ladder position."""
    row = await tx.get(ExerciseLevel, (user_id, exercise_id))
    if row is None:
        row = ExerciseLevel(user_id=user_id, exercise_id=exercise_id)
        tx.add(row)
    row.level = standing.level
    row.clean_sessions = standing.clean_sessions
    row.declined_at_count = standing.declined_at_count
    row.lighter = standing.lighter
    row.updated_at = utcnow()


async def sessions_with_timers(tx: AsyncSession) -> list[int]:
    """Ids of active sessions whose hold, rest or voice set was running (recovery at start-up)."""
    return list(
        await tx.scalars(
            select(ExerciseSession.id).where(
                ExerciseSession.status == Status.ACTIVE,
                or_(
                    ExerciseSession.hold_ends_at.is_not(None),
                    ExerciseSession.rest_ends_at.is_not(None),
                    ExerciseSession.voice_ends_at.is_not(None),
                ),
            )
        )
    )


async def finished_sessions_between(
    tx: AsyncSession, user_id: int, start: datetime, end: datetime
) -> int:
    """Sessions finished as done with finished_at in [start, end)."""
    return (
        await tx.scalar(
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
    tx: AsyncSession, user_id: int, other_than: tuple[int, ...], since: datetime
) -> tuple[EarlierSession, ...]:
    """The pain scores (and the next morning's answer) of the person's other sessions finished
    since `since`."""
    found = (
        ExerciseSession.finished_at,
        ExerciseSession.pain_before,
        ExerciseSession.pain_after,
        ExerciseSession.sore_settled,
    )
    rows = await tx.execute(
        select(*found).where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.id.not_in(other_than),
            ExerciseSession.pain_after.is_not(None),
            ExerciseSession.finished_at >= since,
        )
    )
    return tuple(EarlierSession(*row) for row in rows)


async def earlier_starts(
    tx: AsyncSession, user_id: int, before_id: int, count: int = 3
) -> tuple[int, ...]:
    """The starting pain of the person's last `count` sessions before this one, oldest first."""
    rows = await tx.scalars(
        select(ExerciseSession.pain_before)
        .where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.id < before_id,
            ExerciseSession.pain_before.is_not(None),
        )
        .order_by(ExerciseSession.id.desc())
        .limit(count)
    )
    return tuple(reversed([pain for pain in rows if pain is not None]))


async def previous_reach(tx: AsyncSession, user_id: int, before_id: int) -> int | None:
    """How far the person reached when bending in their latest earlier session."""
    return await tx.scalar(
        select(SessionEvent.value)
        .where(
            SessionEvent.user_id == user_id,
            SessionEvent.kind == EventKind.REACH.value,
            SessionEvent.session_id < before_id,
        )
        .order_by(SessionEvent.id.desc())
        .limit(1)
    )


async def sessions_before(tx: AsyncSession, user_id: int, session_id: int) -> int:
    """How many sessions the person began before this one."""
    return (
        await tx.scalar(
            select(func.count())
            .select_from(ExerciseSession)
            .where(ExerciseSession.user_id == user_id, ExerciseSession.id < session_id)
        )
        or 0
    )


async def sore_session(
    tx: AsyncSession, user_id: int, since: datetime, today: datetime
) -> ExerciseSession | None:
    """The latest session between `since` and `today` whose pain rose, not yet asked about."""
    return await tx.scalar(
        select(ExerciseSession)
        .where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.sore_by.is_not(None),
            ExerciseSession.sore_settled.is_(None),
            ExerciseSession.finished_at >= since,
            ExerciseSession.finished_at < today,
        )
        .order_by(ExerciseSession.id.desc())
        .limit(1)
    )


async def highest_pain(tx: AsyncSession, user_id: int, other_than: int) -> int | None:
    """The highest pain score the person gave in any other session (None if none)."""
    before = func.max(ExerciseSession.pain_before)
    after = func.max(ExerciseSession.pain_after)
    row = (
        await tx.execute(
            select(before, after).where(
                ExerciseSession.user_id == user_id, ExerciseSession.id != other_than
            )
        )
    ).one()
    scores = [score for score in row if score is not None]
    return max(scores) if scores else None
