"""Aggregate queries for progress: the database sums and groups, Python only shapes the result."""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.progress import (
    ExerciseTally,
    History,
    SessionPoint,
    chart_window_start,
    days_of,
    local_day,
    local_midnight,
    streak_reaches,
    week_start,
)
from coach.timezones import zone_named
from storage.models import User
from storage.session_models import ExerciseLevel, ExerciseSession, SessionEvent

DONE = "done"


async def done_sessions_since(
    session: AsyncSession, user_id: int, since: datetime
) -> list[SessionPoint]:
    """Finished sessions from `since` on, oldest first (a few weeks: at most a few hundred)."""
    rows = await session.execute(
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
    session: AsyncSession, user_id: int, before: datetime
) -> list[datetime]:
    """Start times of finished sessions before an instant (only read for long streaks)."""
    rows = await session.scalars(
        select(ExerciseSession.started_at).where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.started_at < before,
            ExerciseSession.status == DONE,
        )
    )
    return list(rows)


async def done_counts(session: AsyncSession, user_id: int, week_from: datetime) -> tuple[int, int]:
    """(finished sessions this week, finished sessions ever), counted in one query."""
    this_week = func.sum(case((ExerciseSession.started_at >= week_from, 1), else_=0))
    row = (
        await session.execute(
            select(this_week, func.count()).where(
                ExerciseSession.user_id == user_id, ExerciseSession.status == DONE
            )
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)


async def done_since(session: AsyncSession, user_id: int, since: datetime) -> int:
    """Finished sessions from an instant on."""
    count = await session.scalar(
        select(func.count()).where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.status == DONE,
            ExerciseSession.started_at >= since,
        )
    )
    return int(count or 0)


async def _sums(
    session: AsyncSession, user_id: int, since: datetime | None
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
    rows = await session.execute(query)
    return {(exercise, kind): (int(total or 0), int(n)) for exercise, kind, total, n in rows}


def _reps_and_holds(sums: dict[tuple[str, str], tuple[int, int]], exercise: str) -> tuple[int, int]:
    """Reps are the values of "rep" events plus one per hold; holds are counted."""
    holds = sums.get((exercise, "hold"), (0, 0))[1]
    return sums.get((exercise, "rep"), (0, 0))[0] + holds, holds


async def exercise_tallies(
    session: AsyncSession, user_id: int, week_from: datetime
) -> list[ExerciseTally]:
    """Reps and holds per exercise, this week and in total (two plain GROUP BY queries)."""
    total = await _sums(session, user_id, None)
    week = await _sums(session, user_id, week_from)
    tallies = []
    for exercise in sorted({exercise for exercise, _ in total}):
        reps_week, holds_week = _reps_and_holds(week, exercise)
        reps_total, holds_total = _reps_and_holds(total, exercise)
        tallies.append(ExerciseTally(exercise, reps_week, holds_week, reps_total, holds_total))
    return tallies


async def levels_of(session: AsyncSession, user_id: int) -> dict[str, int]:
    """Where the person stands on each ladder they have started."""
    rows = await session.execute(
        select(ExerciseLevel.exercise_id, ExerciseLevel.level).where(
            ExerciseLevel.user_id == user_id
        )
    )
    return {exercise_id: level for exercise_id, level in rows}


async def first_reach(session: AsyncSession, user_id: int) -> tuple[datetime, int] | None:
    """The first bending reach ever recorded."""
    row = (
        await session.execute(
            select(SessionEvent.created_at, SessionEvent.value)
            .where(SessionEvent.user_id == user_id, SessionEvent.kind == "reach")
            .order_by(SessionEvent.created_at)
            .limit(1)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def reach_by_session(
    session: AsyncSession, user_id: int, since: datetime
) -> list[tuple[datetime, int]]:
    """The furthest reach of each session from `since` on."""
    rows = await session.execute(
        select(func.min(SessionEvent.created_at), func.max(SessionEvent.value))
        .where(
            SessionEvent.user_id == user_id,
            SessionEvent.kind == "reach",
            SessionEvent.created_at >= since,
        )
        .group_by(SessionEvent.session_id)
    )
    return [(when, value) for when, value in rows]


async def load_history(session: AsyncSession, user_id: int, now: datetime, zone: tzinfo) -> History:
    """Everything progress needs, in a handful of indexed, aggregated queries."""
    today = local_day(now, zone)
    window_from = local_midnight(chart_window_start(today), zone)
    week_from = local_midnight(week_start(today), zone)
    sessions = await done_sessions_since(session, user_id, window_from)
    older: list[datetime] = []
    practised = [d.day for d in days_of(sessions, zone)]
    if streak_reaches(practised, today, chart_window_start(today)):
        older = await done_session_starts_before(session, user_id, window_from)
    this_week, total = await done_counts(session, user_id, week_from)
    return History(
        sessions=sessions,
        older_session_starts=older,
        done_this_week=this_week,
        done_total=total,
        exercises=await exercise_tallies(session, user_id, week_from),
        levels=await levels_of(session, user_id),
        first_reach=await first_reach(session, user_id),
        recent_reach=await reach_by_session(session, user_id, window_from),
    )


def zone_of(user: User) -> tzinfo:
    """The person's time zone (set with their reminders); UTC until they choose one."""
    return zone_named(user.time_zone)
