"""Repository functions for the warning signs a person reported, and their clearance."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import WarningSign


async def signs_of(tx: AsyncSession, user_id: int) -> dict[str, WarningSign]:
    """Every sign the person ever reported, by sign."""
    rows = await tx.scalars(select(WarningSign).where(WarningSign.user_id == user_id))
    return {row.sign: row for row in rows}


async def report(tx: AsyncSession, user_id: int, open_now: Mapping[str, str], at: datetime) -> None:
    """Store signs reported now that are new or worse than when cleared (they are open again)."""
    rows = await signs_of(tx, user_id)
    for sign, level in open_now.items():
        row = rows.get(sign)
        if row is None:
            tx.add(WarningSign(user_id=user_id, sign=sign, level=level, reported_at=at))
            continue
        row.level, row.reported_at, row.cleared_at, row.cleared_level = level, at, None, None


def clear(rows: Iterable[WarningSign], at: datetime) -> list[str]:
    """A clinician examined these signs (or a GP-soon sign went away): cleared at their level."""
    cleared = []
    for row in rows:
        if row.cleared_at is None:
            row.cleared_at, row.cleared_level = at, row.level
            cleared.append(row.sign)
    return cleared
