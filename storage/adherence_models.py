"""Keeping going: what got in the way of a missed day, days away, and nudges eased off."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UTCDateTime, utcnow


class BarrierAnswer(Base):
    """One "what got in the way?" after a missed day: asked, answered, the change suggested."""

    __tablename__ = "barrier_answers"
    __table_args__ = (Index("ix_barrier_answers_user_asked", "user_id", "asked_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    # The person's local day that had planned sessions and none done.
    missed_day: Mapped[date] = mapped_column(Date)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Codes: coach.barriers.Barrier, Suggestion and Take; None until the person taps.
    barrier: Mapped[str | None] = mapped_column(String(16), default=None)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    suggestion: Mapped[str | None] = mapped_column(String(16), default=None)
    taken: Mapped[str | None] = mapped_column(String(16), default=None)
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class AwayPeriod(Base):
    """Days the person is away: no nudges, and the days neither break the streak nor count."""

    __tablename__ = "away_periods"
    __table_args__ = (Index("ix_away_periods_user_last", "user_id", "last_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    # Local days, both included; the nudges come back the day after `last_day`.
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class NudgeEasing(Base):
    """The one-time offer of fewer nudges after strong weeks, and the answer."""

    __tablename__ = "nudge_easing"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answer: Mapped[str | None] = mapped_column(String(8), default=None)  # yes | no
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
