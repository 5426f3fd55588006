"""Reading and writing lesson progress, quiz answers and the support-need check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.lessons import LessonRecord
from storage.lesson_models import (
    LessonAnswer,
    LessonProgress,
    SupportCheck,
    SupportOffer,
    SupportRound,
)


async def lesson_rows(tx: AsyncSession, user_id: int) -> dict[str, LessonProgress]:
    """The person's lesson rows by lesson id."""
    rows = await tx.scalars(select(LessonProgress).where(LessonProgress.user_id == user_id))
    return {row.lesson_id: row for row in rows}


def records_of(rows: dict[str, LessonProgress]) -> dict[str, LessonRecord]:
    """The rows as the course's rules read them."""
    return {
        lesson_id: LessonRecord(
            lesson_id, row.offered_at, row.opened_at, row.last_opened_at, row.openings
        )
        for lesson_id, row in rows.items()
    }


async def lesson_row(tx: AsyncSession, user_id: int, lesson_id: str) -> LessonProgress:
    """The person's row for one lesson, made on first use (locked for this transaction)."""
    query = (
        select(LessonProgress)
        .where(LessonProgress.user_id == user_id, LessonProgress.lesson_id == lesson_id)
        .with_for_update()
    )
    row = await tx.scalar(query)
    if row is None:
        row = LessonProgress(user_id=user_id, lesson_id=lesson_id, openings=0)
        tx.add(row)
        await tx.flush()
    return row


async def save_quiz_answer(
    tx: AsyncSession, user_id: int, lesson_id: str, opening: int, answer: str, correct: bool
) -> bool:
    """Store one opening's answer; False when that opening was answered already.

    A person's updates are handled one at a time, and the lesson row is locked, so looking
    first is enough; the unique key is the last guard.
    """
    query = select(LessonAnswer.id).where(
        LessonAnswer.user_id == user_id,
        LessonAnswer.lesson_id == lesson_id,
        LessonAnswer.opening == opening,
    )
    if await tx.scalar(query) is not None:
        return False
    tx.add(
        LessonAnswer(
            user_id=user_id, lesson_id=lesson_id, opening=opening, answer=answer, correct=correct
        )
    )
    return True


async def support_checks_of(tx: AsyncSession, user_id: int) -> list[SupportCheck]:
    """Every finished round, oldest first."""
    query = (
        select(SupportCheck)
        .where(SupportCheck.user_id == user_id)
        .order_by(SupportCheck.taken_at, SupportCheck.id)
    )
    return list(await tx.scalars(query))


async def latest_support_group(tx: AsyncSession, user_id: int) -> str | None:
    """The group of the latest finished round (None before the first)."""
    query = (
        select(SupportCheck.group)
        .where(SupportCheck.user_id == user_id)
        .order_by(SupportCheck.taken_at.desc(), SupportCheck.id.desc())
        .limit(1)
    )
    return await tx.scalar(query)


async def support_offer_of(tx: AsyncSession, user_id: int) -> SupportOffer:
    """When the questions were offered and are due again (a row made on first use)."""
    row = await tx.get(SupportOffer, user_id, with_for_update=True)
    if row is None:
        row = SupportOffer(user_id=user_id)
        tx.add(row)
        await tx.flush()
    return row


async def open_round(tx: AsyncSession, user_id: int) -> SupportRound | None:
    """The round under way, if any (the newest unfinished one)."""
    query = (
        select(SupportRound)
        .where(SupportRound.user_id == user_id, SupportRound.check_id.is_(None))
        .order_by(SupportRound.id.desc())
        .limit(1)
    )
    return await tx.scalar(query)


async def start_round(tx: AsyncSession, user_id: int, now: datetime) -> SupportRound:
    """A new round of the questions."""
    row = SupportRound(user_id=user_id, started_at=now, answers="")
    tx.add(row)
    await tx.flush()
    return row


async def finish_round(
    tx: AsyncSession, row: SupportRound, score: int, group: str, now: datetime
) -> SupportCheck:
    """The round becomes a finished check."""
    check = SupportCheck(
        user_id=row.user_id, taken_at=now, score=score, group=group, answers=row.answers
    )
    tx.add(check)
    await tx.flush()
    row.check_id = check.id
    return check
