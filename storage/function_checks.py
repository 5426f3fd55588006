"""Repository functions for the function check: activities, rounds and their ratings."""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.progress import MAX_ACTIVITIES, FunctionSummary, function_summary, local_day
from storage.base import utcnow
from storage.function_models import FunctionActivity, FunctionCheck, FunctionRating


async def open_check(session: AsyncSession, user_id: int) -> FunctionCheck | None:
    """The round under way, if any."""
    return await session.scalar(
        select(FunctionCheck)
        .where(FunctionCheck.user_id == user_id, FunctionCheck.completed_at.is_(None))
        .order_by(FunctionCheck.id.desc())
        .limit(1)
    )


async def last_completed_at(session: AsyncSession, user_id: int) -> datetime | None:
    """When the person last finished a round (None if never)."""
    return await session.scalar(
        select(func.max(FunctionCheck.completed_at)).where(FunctionCheck.user_id == user_id)
    )


async def start_check(session: AsyncSession, user_id: int) -> FunctionCheck:
    """The open round, or a new one."""
    check = await open_check(session, user_id)
    if check is None:
        check = FunctionCheck(user_id=user_id)
        session.add(check)
        await session.flush()
    return check


async def activities_of(session: AsyncSession, user_id: int) -> list[FunctionActivity]:
    """The person's activities in the order they named them."""
    rows = await session.scalars(
        select(FunctionActivity)
        .where(FunctionActivity.user_id == user_id)
        .order_by(FunctionActivity.position)
    )
    return list(rows)


async def add_activity(session: AsyncSession, user_id: int, name: str) -> FunctionActivity | None:
    """Store a newly named activity; None when the person already has three."""
    count = await session.scalar(select(func.count()).where(FunctionActivity.user_id == user_id))
    if (count or 0) >= MAX_ACTIVITIES:
        return None
    activity = FunctionActivity(user_id=user_id, position=(count or 0) + 1, name=name)
    session.add(activity)
    await session.flush()
    return activity


async def rated_in(session: AsyncSession, check_id: int) -> dict[int, int]:
    """Scores given in one round, by activity id."""
    rows = await session.execute(
        select(FunctionRating.activity_id, FunctionRating.score).where(
            FunctionRating.check_id == check_id
        )
    )
    return {activity_id: score for activity_id, score in rows}


async def rate(session: AsyncSession, check_id: int, activity_id: int, score: int) -> bool:
    """Store a score; False (nothing changed) if this activity was already rated in the round."""
    existing = await session.scalar(
        select(FunctionRating.id).where(
            FunctionRating.check_id == check_id, FunctionRating.activity_id == activity_id
        )
    )
    if existing is not None:
        return False
    session.add(FunctionRating(check_id=check_id, activity_id=activity_id, score=score))
    await session.flush()
    return True


async def complete_check(session: AsyncSession, check: FunctionCheck) -> None:
    """Close the round."""
    check.completed_at = utcnow()


async def rating_history(session: AsyncSession, user_id: int) -> list[tuple[int, int]]:
    """(activity id, score) of every finished round, oldest first."""
    rows = await session.execute(
        select(FunctionRating.activity_id, FunctionRating.score)
        .join(FunctionCheck, FunctionCheck.id == FunctionRating.check_id)
        .where(FunctionCheck.user_id == user_id, FunctionCheck.completed_at.is_not(None))
        .order_by(FunctionCheck.completed_at, FunctionRating.id)
    )
    return [(activity_id, score) for activity_id, score in rows]


async def function_summary_of(
    session: AsyncSession, user_id: int, now: datetime, zone: tzinfo
) -> FunctionSummary:
    """The person's activities with first and latest ratings, and whether a check is due."""
    names = [(a.id, a.name) for a in await activities_of(session, user_id)]
    last = await last_completed_at(session, user_id)
    return function_summary(
        names,
        await rating_history(session, user_id),
        local_day(last, zone) if last else None,
        await open_check(session, user_id) is not None,
        local_day(now, zone),
    )
