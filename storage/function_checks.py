"""Repository functions for the function check: activities, rounds and their ratings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.function_check import MAX_ACTIVITIES
from storage.base import utcnow
from storage.function_models import FunctionActivity, FunctionCheck, FunctionRating


async def open_check(tx: AsyncSession, user_id: int) -> FunctionCheck | None:
    """The round under way, if any."""
    return await tx.scalar(
        select(FunctionCheck)
        .where(FunctionCheck.user_id == user_id, FunctionCheck.completed_at.is_(None))
        .order_by(FunctionCheck.id.desc())
        .limit(1)
    )


async def last_completed_at(tx: AsyncSession, user_id: int) -> datetime | None:
    """When the person last finished a round (None if never)."""
    return await tx.scalar(
        select(func.max(FunctionCheck.completed_at)).where(FunctionCheck.user_id == user_id)
    )


async def start_check(tx: AsyncSession, user_id: int) -> FunctionCheck:
    """The open round, or a new one."""
    check = await open_check(tx, user_id)
    if check is None:
        check = FunctionCheck(user_id=user_id)
        tx.add(check)
        await tx.flush()
    return check


async def activities_of(tx: AsyncSession, user_id: int) -> list[FunctionActivity]:
    """The person's activities in the order they named them."""
    rows = await tx.scalars(
        select(FunctionActivity)
        .where(FunctionActivity.user_id == user_id)
        .order_by(FunctionActivity.position)
    )
    return list(rows)


async def add_activity(tx: AsyncSession, user_id: int, name: str) -> FunctionActivity | None:
    """Store a newly named activity; None when the person already has three."""
    count = await tx.scalar(select(func.count()).where(FunctionActivity.user_id == user_id))
    if (count or 0) >= MAX_ACTIVITIES:
        return None
    activity = FunctionActivity(user_id=user_id, position=(count or 0) + 1, name=name)
    tx.add(activity)
    await tx.flush()
    return activity


async def rated_in(tx: AsyncSession, check_id: int) -> dict[int, int]:
    """Scores given in one round, by activity id."""
    rows = await tx.execute(
        select(FunctionRating.activity_id, FunctionRating.score).where(
            FunctionRating.check_id == check_id
        )
    )
    return {activity_id: score for activity_id, score in rows}


async def rate(tx: AsyncSession, check_id: int, activity_id: int, score: int) -> bool:
    """Store a score; False (nothing changed) if this activity was already rated in the round."""
    existing = await tx.scalar(
        select(FunctionRating.id).where(
            FunctionRating.check_id == check_id, FunctionRating.activity_id == activity_id
        )
    )
    if existing is not None:
        return False
    tx.add(FunctionRating(check_id=check_id, activity_id=activity_id, score=score))
    await tx.flush()
    return True


async def complete_check(tx: AsyncSession, check: FunctionCheck) -> None:
    """Close the round."""
    check.completed_at = utcnow()


async def rating_history(tx: AsyncSession, user_id: int) -> list[tuple[int, int]]:
    """(activity id, score) of every finished round, oldest first."""
    rows = await tx.execute(
        select(FunctionRating.activity_id, FunctionRating.score)
        .join(FunctionCheck, FunctionCheck.id == FunctionRating.check_id)
        .where(FunctionCheck.user_id == user_id, FunctionCheck.completed_at.is_not(None))
        .order_by(FunctionCheck.completed_at, FunctionRating.id)
    )
    return [(activity_id, score) for activity_id, score in rows]
