"""The function check (Patient-Specific Functional Scale): activities, checks and ratings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UTCDateTime, utcnow


class FunctionActivity(Base):
    """An activity the person's back makes hard, in their own words (up to three)."""

    __tablename__ = "function_activities"
    __table_args__ = (UniqueConstraint("user_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    # 1, 2 or 3: the order the person named them in, and the order they are re-rated in.
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FunctionCheck(Base):
    """One round of the function check; the first names the activities, later ones re-rate."""

    __tablename__ = "function_checks"
    __table_args__ = (Index("ix_function_checks_user_started", "user_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class FunctionRating(Base):
    """How well the person can do one activity now: 0 (not at all) to 10 (as before)."""

    __tablename__ = "function_ratings"
    # One rating per activity per check: a replayed tap cannot rate twice.
    __table_args__ = (UniqueConstraint("check_id", "activity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("function_checks.id", ondelete="CASCADE")
    )
    activity_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("function_activities.id", ondelete="CASCADE")
    )
    score: Mapped[int] = mapped_column(Integer)
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
