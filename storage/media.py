"""Repository functions for stored Telegram file_ids."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import utcnow
from storage.media_models import MediaFile


async def file_id_of(tx: AsyncSession, media_key: str) -> str | None:
    """The file_id Telegram gave this media key's file, if it was uploaded before."""
    row = await tx.get(MediaFile, media_key)
    return row.file_id if row is not None else None


async def keep_file_id(tx: AsyncSession, media_key: str, kind: str, file_id: str) -> None:
    """Remember (or renew) the file_id of one uploaded file."""
    row = await tx.get(MediaFile, media_key)
    if row is None:
        tx.add(MediaFile(media_key=media_key, kind=kind, file_id=file_id))
        return
    row.file_id, row.uploaded_at = file_id, utcnow()


async def forget_file_id(tx: AsyncSession, media_key: str) -> None:
    """Drop a file_id Telegram no longer accepts."""
    await tx.execute(delete(MediaFile).where(MediaFile.media_key == media_key))
