"""Reports for a clinician: each /report, what the person asked to print on it, when it was made."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UTCDateTime, utcnow


class ReportRequest(Base):
    """One /report: the typed question and name to print (both optional), and when it was made."""

    __tablename__ = "report_requests"
    __table_args__ = (Index("ix_report_requests_user_asked", "user_id", "asked_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # What the person wants to ask their clinician, in their own words (one line).
    question: Mapped[str | None] = mapped_column(String(400), default=None)
    # The name to print, when typed; otherwise the first name Telegram gives.
    print_name: Mapped[str | None] = mapped_column(String(64), default=None)
    made_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
