"""Reminder rows: each recurring nudge of a person and the UTC instant it is next due."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UTCDateTime


class Reminder(Base):
    """One recurring reminder (morning, midday, evening; later weekly) of one person."""

    __tablename__ = "reminders"
    __table_args__ = (UniqueConstraint("user_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    # Local clock time as minutes after midnight, in the person's `users.time_zone`.
    local_minute: Mapped[int] = mapped_column(Integer)
    # None: every day; 0-6 (Monday-Sunday): once a week on that day.
    weekday: Mapped[int | None] = mapped_column(Integer, default=None)
    # Opted in (the midday nudge is off until asked for).
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    # The sweep's work list: due rows are found through this index; None when off or paused.
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    # The next firing repeats a snoozed nudge rather than starting a new slot.
    snoozed: Mapped[bool] = mapped_column(Boolean, default=False)
