"""Repository functions for /report: the requests, the care moments, the function check's days."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.care_log import CareKind
from storage.care_models import CareEvent
from storage.function_models import FunctionCheck
from storage.report_models import ReportRequest


async def open_request(tx: AsyncSession, user_id: int) -> ReportRequest | None:
    """The person's newest report request, if it is not made yet."""
    row = await tx.scalar(
        select(ReportRequest)
        .where(ReportRequest.user_id == user_id)
        .order_by(ReportRequest.id.desc())
        .limit(1)
    )
    return row if row is not None and row.made_at is None else None


async def last_print_name(tx: AsyncSession, user_id: int) -> str | None:
    """The name the person last typed to print on a report."""
    return await tx.scalar(
        select(ReportRequest.print_name)
        .where(ReportRequest.user_id == user_id, ReportRequest.print_name.is_not(None))
        .order_by(ReportRequest.id.desc())
        .limit(1)
    )


async def new_request(tx: AsyncSession, user_id: int, at: datetime) -> ReportRequest:
    """A new request; an older one never made is closed, so only the newest is open."""
    older = await open_request(tx, user_id)
    if older is not None:
        older.made_at = at
    row = ReportRequest(user_id=user_id, asked_at=at, print_name=await last_print_name(tx, user_id))
    tx.add(row)
    await tx.flush()
    return row


async def note_care(tx: AsyncSession, user_id: int, kind: CareKind, at: datetime) -> None:
    """Keep a note of a moment of care."""
    tx.add(CareEvent(user_id=user_id, kind=kind.value, at=at))


async def care_since(
    tx: AsyncSession, user_id: int, since: datetime
) -> list[tuple[CareKind, datetime]]:
    """The person's moments of care from `since` on, oldest first."""
    rows = await tx.execute(
        select(CareEvent.kind, CareEvent.at)
        .where(CareEvent.user_id == user_id, CareEvent.at >= since)
        .order_by(CareEvent.at)
    )
    return [(CareKind(kind), at) for kind, at in rows if kind in set(CareKind)]


async def function_check_days(tx: AsyncSession, user_id: int) -> list[datetime]:
    """When each finished function check was completed, oldest first."""
    rows = await tx.scalars(
        select(FunctionCheck.completed_at)
        .where(FunctionCheck.user_id == user_id, FunctionCheck.completed_at.is_not(None))
        .order_by(FunctionCheck.completed_at)
    )
    return [at for at in rows if at is not None]
