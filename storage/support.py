"""The support-need rounds as the report and the operator's figures read them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.lesson_models import SupportCheck


async def support_rounds(
    tx: AsyncSession, user_id: int | None = None
) -> list[tuple[int, datetime, int, str]]:
    """(user id, taken at, score, group) of every round, oldest first; one person's if given."""
    query = select(
        SupportCheck.user_id, SupportCheck.taken_at, SupportCheck.score, SupportCheck.group
    ).order_by(SupportCheck.taken_at, SupportCheck.id)
    if user_id is not None:
        query = query.where(SupportCheck.user_id == user_id)
    rows = await tx.execute(query)
    return [(who, at, int(score), str(group)) for who, at, score, group in rows]
