"""Rows across everyone for the outcomes: keyed by user id here, never further than services.

Each query reads one table (or a check with its ratings) in full, ordered by time; outcomes are
asked for by an operator now and then, not on every message.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.care_models import CareEvent
from storage.function_models import FunctionCheck, FunctionRating
from storage.lesson_models import LessonProgress
from storage.models import Checkin, WarningSign
from storage.session_models import ExerciseSession

DONE = "done"


async def starts(tx: AsyncSession) -> dict[int, datetime]:
    """When each person finished their first check-in (their start in the programme)."""
    rows = await tx.execute(
        select(Checkin.user_id, func.min(Checkin.completed_at))
        .where(Checkin.completed_at.is_not(None))
        .group_by(Checkin.user_id)
    )
    return {who: at for who, at in rows if at is not None}


async def finished_sessions(tx: AsyncSession) -> list[tuple[int, datetime, int | None]]:
    """(user id, started at, pain before) of every finished session, oldest first."""
    rows = await tx.execute(
        select(ExerciseSession.user_id, ExerciseSession.started_at, ExerciseSession.pain_before)
        .where(ExerciseSession.status == DONE)
        .order_by(ExerciseSession.started_at)
    )
    return [(who, at, pain) for who, at, pain in rows]


async def function_means(tx: AsyncSession) -> list[tuple[int, datetime, float]]:
    """(user id, completed at, mean rating) of every finished function check, oldest first."""
    rows = await tx.execute(
        select(FunctionCheck.user_id, FunctionCheck.completed_at, func.avg(FunctionRating.score))
        .join(FunctionRating, FunctionRating.check_id == FunctionCheck.id)
        .where(FunctionCheck.completed_at.is_not(None))
        .group_by(FunctionCheck.id, FunctionCheck.user_id, FunctionCheck.completed_at)
        .order_by(FunctionCheck.completed_at)
    )
    return [(who, at, float(mean)) for who, at, mean in rows if at is not None]


async def signs_told(tx: AsyncSession) -> list[tuple[int, str, bool]]:
    """(user id, sign, cleared) of every warning sign reported."""
    rows = await tx.execute(
        select(WarningSign.user_id, WarningSign.sign, WarningSign.cleared_at.is_not(None))
    )
    return [(who, sign, bool(cleared)) for who, sign, cleared in rows]


async def care_kinds(tx: AsyncSession) -> list[tuple[int, str]]:
    """(user id, kind) of every moment of care."""
    rows = await tx.execute(select(CareEvent.user_id, CareEvent.kind))
    return [(who, kind) for who, kind in rows]


async def lessons_done(tx: AsyncSession) -> dict[int, int]:
    """Lessons read per person (each lesson counted once, however often it was reopened)."""
    done = (
        select(LessonProgress.user_id, func.count())
        .where(LessonProgress.opened_at.is_not(None))
        .group_by(LessonProgress.user_id)
    )
    return {user_id: count for user_id, count in await tx.execute(done)}
