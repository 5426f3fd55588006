"""Aggregate queries for progress: the database sums and groups, Python only shapes the result."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.progress import ExerciseTally, SessionPoint
from storage.session_models import ExerciseSession, SessionEvent

DONE = "done"


async def done_sessions_since(
    tx: AsyncSession, user_id: int, since: datetime
) -> list[SessionPoint]:
    """Finished sessions from `since` on, oldest first (a few weeks: at most a few hundred)."""
    rows = await tx.execute(
        select(ExerciseSession.started_at, ExerciseSession.pain_before, ExerciseSession.pain_after)
        .where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.started_at >= since,
            ExerciseSession.status == DONE,
        )
        .order_by(ExerciseSession.started_at)
    )
    return [SessionPoint(started, before, after) for started, before, after in rows]


async def done_session_starts_before(
    tx: AsyncSession, user_id: int, before: datetime
) -> list[datetime]:
    """Start times of finished sessions before an instant (only read for long streaks)."""
    rows = await tx.scalars(
        select(ExerciseSession.started_at).where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.started_at < before,
            ExerciseSession.status == DONE,
        )
    )
    return list(rows)


async def done_counts(tx: AsyncSession, user_id: int, week_from: datetime) -> tuple[int, int]:
    """(finished sessions this week, finished sessions ever), counted in one query."""
    this_week = func.sum(case((ExerciseSession.started_at >= week_from, 1), else_=0))
    row = (
        await tx.execute(
            select(this_week, func.count()).where(
                ExerciseSession.user_id == user_id, ExerciseSession.status == DONE
            )
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)


async def done_since(tx: AsyncSession, user_id: int, since: datetime) -> int:
    """Finished sessions from an instant on."""
    count = await tx.scalar(
        select(func.count()).where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.status == DONE,
            ExerciseSession.started_at >= since,
        )
    )
    return int(count or 0)


async def _sums(
    tx: AsyncSession, user_id: int, since: datetime | None
) -> dict[tuple[str, str], tuple[int, int]]:
    """(sum of values, count) of rep and hold events per (exercise, kind), from `since` on."""
    event = SessionEvent
    query = (
        select(event.exercise_id, event.kind, func.sum(event.value), func.count())
        .where(event.user_id == user_id, event.kind.in_(("rep", "hold")))
        .group_by(event.exercise_id, event.kind)
    )
    if since is not None:
        query = query.where(event.created_at >= since)
    rows = await tx.execute(query)
    return {(exercise, kind): (int(total or 0), int(n)) for exercise, kind, total, n in rows}


def _reps_and_holds(sums: dict[tuple[str, str], tuple[int, int]], exercise: str) -> tuple[int, int]:
    """Reps are the values of "rep" events plus one per hold; holds are counted."""
    holds = sums.get((exercise, "hold"), (0, 0))[1]
    return sums.get((exercise, "rep"), (0, 0))[0] + holds, holds


async def exercise_tallies(
    tx: AsyncSession, user_id: int, week_from: datetime
) -> list[ExerciseTally]:
    """Reps and holds per exercise, this week and in total (two plain GROUP BY queries)."""
    total = await _sums(tx, user_id, None)
    week = await _sums(tx, user_id, week_from)
    tallies = []
    for exercise in sorted({exercise for exercise, _ in total}):
        reps_week, holds_week = _reps_and_holds(week, exercise)
        reps_total, holds_total = _reps_and_holds(total, exercise)
        tallies.append(ExerciseTally(exercise, reps_week, holds_week, reps_total, holds_total))
    return tallies


async def first_session_at(tx: AsyncSession, user_id: int) -> datetime | None:
    """When the person's first finished session began."""
    return await tx.scalar(
        select(func.min(ExerciseSession.started_at)).where(
            ExerciseSession.user_id == user_id, ExerciseSession.status == DONE
        )
    )


async def first_reach(tx: AsyncSession, user_id: int) -> tuple[datetime, int] | None:
    """The first bending reach ever recorded."""
    row = (
        await tx.execute(
            select(SessionEvent.created_at, SessionEvent.value)
            .where(SessionEvent.user_id == user_id, SessionEvent.kind == "reach")
            .order_by(SessionEvent.created_at)
            .limit(1)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def reach_by_session(
    tx: AsyncSession, user_id: int, since: datetime
) -> list[tuple[datetime, int]]:
    """The furthest reach of each session from `since` on."""
    rows = await tx.execute(
        select(func.min(SessionEvent.created_at), func.max(SessionEvent.value))
        .where(
            SessionEvent.user_id == user_id,
            SessionEvent.kind == "reach",
            SessionEvent.created_at >= since,
        )
        .group_by(SessionEvent.session_id)
    )
    return [(when, value) for when, value in rows]
