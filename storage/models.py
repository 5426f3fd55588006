"""People and their check-ins: who they are and what they told us."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.base import Base, UTCDateTime, utcnow


class User(Base):
    """A person using the bot; the Telegram user id is the key (private chats only)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    first_name: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # False after Telegram said the person blocked the bot; their next message sets it back.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Free text we are waiting for (a time, a city); None when buttons drive the chat.
    awaiting: Mapped[str | None] = mapped_column(String(32), default=None)
    # Set when bending made leg pain worse; the next finished check-in decides again.
    bending_paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # IANA name ("Europe/Amsterdam") or a fixed offset ("UTC+05:30"); None until they tell us.
    time_zone: Mapped[str | None] = mapped_column(String(64), default=None)
    # The country (ISO 3166 code) whose emergency, same-day and crisis numbers advice names; None
    # until the person says where they are (the zone's country stands in meanwhile).
    country: Mapped[str | None] = mapped_column(String(2), default=None)
    # The language the person chose in /language (a code: en, de, es, ru), and the
    # `language_code` Telegram last sent with them; coach.languages decides between them.
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    telegram_language: Mapped[str | None] = mapped_column(String(16), default=None)
    # The last time the warning signs were asked (a check-in, or the weekly one-tap re-check).
    screened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # A second bad session in two weeks paused the plan and the reminders until this is cleared.
    paused_for_pain_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # The person chose the gentle plan (back bend and knee rotation at half the reps).
    gentle_plan: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # How holds and sets are guided: "chat" (timer messages) or "voice" (one voice note a set).
    guide: Mapped[str] = mapped_column(String(8), default="chat", server_default="chat")
    # When the person said, by the button, that a midwife or doctor said yes to the programme.
    pregnancy_go_ahead_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Exercises paused because leg symptoms spread during them (ids, comma-separated); the next
    # finished check-in decides again, as for bending.
    leg_paused: Mapped[str] = mapped_column(String(64), default="", server_default="")

    checkins: Mapped[list[Checkin]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class Checkin(Base):
    """One round of safety and symptom questions (the first one, or a later /checkup)."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # When the person confirmed a clinician cleared them after an urgent sign.
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    user: Mapped[User] = relationship(back_populates="checkins")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="checkin", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(Base):
    """One answer, written the moment it is given."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("checkin_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkin_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("checkins.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(200))
    # A multiple-choice answer is open while the person taps options, final on Done.
    final: Mapped[bool] = mapped_column(Boolean, default=True)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    checkin: Mapped[Checkin] = relationship(back_populates="answers")


class WarningSign(Base):
    """A warning sign the person reported: when, how sure, and whether a clinician checked it."""

    __tablename__ = "warning_signs"
    __table_args__ = (UniqueConstraint("user_id", "sign"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    sign: Mapped[str] = mapped_column(String(24))  # coach.safety.SIGNS
    level: Mapped[str] = mapped_column(String(8))  # yes | unsure
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the person said a clinician examined it and said they can exercise (a GP-soon sign
    # also when it went away on its own); `reported_at` is when the latest advice about it came.
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    cleared_level: Mapped[str | None] = mapped_column(String(8), default=None)
