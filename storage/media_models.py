"""Telegram's file_id for each media file the bot has uploaded once (pictures, demos, voice)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UTCDateTime, utcnow


class MediaFile(Base):
    """One uploaded file: its media key (content + dose) and the id Telegram gave it."""

    __tablename__ = "media_files"

    media_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    file_id: Mapped[str] = mapped_column(String(255))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
