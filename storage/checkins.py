"""Repository functions for check-ins and their answers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import utcnow
from storage.models import Answer, Checkin


async def current_checkin(tx: AsyncSession, user_id: int) -> Checkin | None:
    """The person's most recent check-in, finished or not."""
    return await tx.scalar(
        select(Checkin).where(Checkin.user_id == user_id).order_by(Checkin.id.desc()).limit(1)
    )


async def latest_completed(
    tx: AsyncSession, user_id: int, before_id: int | None = None
) -> Checkin | None:
    """The most recent finished check-in (optionally one older than `before_id`)."""
    query = select(Checkin).where(Checkin.user_id == user_id, Checkin.completed_at.is_not(None))
    if before_id is not None:
        query = query.where(Checkin.id < before_id)
    return await tx.scalar(query.order_by(Checkin.id.desc()).limit(1))


async def start_checkin(tx: AsyncSession, user_id: int) -> Checkin:
    """Open a new round of questions."""
    checkin = Checkin(user_id=user_id)
    tx.add(checkin)
    await tx.flush()
    return checkin


async def answers_of(tx: AsyncSession, checkin_id: int) -> dict[str, str]:
    """Final answers of a check-in, by question id."""
    rows = await tx.execute(
        select(Answer.question_id, Answer.value).where(
            Answer.checkin_id == checkin_id, Answer.final.is_(True)
        )
    )
    return {question_id: value for question_id, value in rows}


async def draft_of(tx: AsyncSession, checkin_id: int, question_id: str) -> str | None:
    """The options picked so far on a multiple-choice question not yet confirmed."""
    return await tx.scalar(
        select(Answer.value).where(
            Answer.checkin_id == checkin_id,
            Answer.question_id == question_id,
            Answer.final.is_(False),
        )
    )


async def save_answer(
    tx: AsyncSession, checkin_id: int, question_id: str, value: str, *, final: bool = True
) -> bool:
    """Store an answer; False (and nothing changed) if it was already given for good."""
    existing = await tx.scalar(
        select(Answer).where(Answer.checkin_id == checkin_id, Answer.question_id == question_id)
    )
    if existing is None:
        tx.add(Answer(checkin_id=checkin_id, question_id=question_id, value=value, final=final))
        return True
    if existing.final:
        return False
    existing.value, existing.final, existing.answered_at = value, final, utcnow()
    return True


async def complete(tx: AsyncSession, checkin: Checkin) -> None:
    """Mark a check-in finished."""
    checkin.completed_at = utcnow()


async def clear(tx: AsyncSession, checkin: Checkin) -> None:
    """Record that a clinician cleared the person to exercise."""
    checkin.cleared_at = utcnow()
