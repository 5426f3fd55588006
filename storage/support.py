"""The support-need rounds (table `support_checks`, added by the lessons feature), read safely.

This branch does not own the table: it is read by name, and a database without it (before
that feature is merged and migrated) simply has no rounds.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, column, inspect, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import UTCDateTime

SUPPORT_CHECKS = table(
    "support_checks",
    column("user_id", Integer),
    column("taken_at", UTCDateTime()),
    column("score", Integer),
    column("group", String),
)


async def _has_support_checks(tx: AsyncSession) -> bool:
    """Whether the database has the table yet."""
    return await tx.run_sync(
        lambda session: inspect(session.connection()).has_table("support_checks")
    )


async def support_rounds(
    tx: AsyncSession, user_id: int | None = None
) -> list[tuple[int, datetime, int, str]]:
    """(user id, taken at, score, group) of every round, oldest first; one person's if given."""
    if not await _has_support_checks(tx):
        return []
    query = select(
        SUPPORT_CHECKS.c.user_id,
        SUPPORT_CHECKS.c.taken_at,
        SUPPORT_CHECKS.c.score,
        SUPPORT_CHECKS.c.group,
    ).order_by(SUPPORT_CHECKS.c.taken_at)
    if user_id is not None:
        query = query.where(SUPPORT_CHECKS.c.user_id == user_id)
    rows = await tx.execute(query)
    return [(who, at, int(score), str(group)) for who, at, score, group in rows]
