"""Lessons and the support-need check: where each person is in the course, and what they said."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UTCDateTime, utcnow


class LessonProgress(Base):
    """One lesson for one person: when it was the day's lesson, when it was read."""

    __tablename__ = "lesson_progress"
    __table_args__ = (UniqueConstraint("user_id", "lesson_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    lesson_id: Mapped[str] = mapped_column(String(24))
    # The last time it was offered as the day's lesson (a nudge's or a summary's button).
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The first time it was read (the course moves on), and the latest.
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # How many times it was opened; each opening's question is answered once.
    openings: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class LessonAnswer(Base):
    """The answer to a lesson's closing question, as a code: one per opening of the lesson."""

    __tablename__ = "lesson_answers"
    __table_args__ = (UniqueConstraint("user_id", "lesson_id", "opening"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    lesson_id: Mapped[str] = mapped_column(String(24))
    opening: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(String(16))
    correct: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SupportCheck(Base):
    """One finished round of the support-need questions (coach.support): score and group.

    Other features read this table by these column names: keep them.
    """

    __tablename__ = "support_checks"
    __table_args__ = (Index("ix_support_checks_user_taken", "user_id", "taken_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    score: Mapped[int] = mapped_column(Integer)  # 0-9
    group: Mapped[str] = mapped_column(String(8))  # lower | medium | higher
    answers: Mapped[str] = mapped_column(String(200))  # leg=yes,elsewhere=no,... (codes)


class SupportRound(Base):
    """A round of the questions under way: each answer is written the moment it is tapped."""

    __tablename__ = "support_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answers: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The finished check this round became (None while it is under way).
    check_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("support_checks.id", ondelete="CASCADE"), default=None
    )


class SupportOffer(Base):
    """When the support-need questions were last offered, and when to offer them again."""

    __tablename__ = "support_offers"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    next_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
