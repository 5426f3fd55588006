"""Guided exercise sessions: what a person did, rep by rep, and where they stand on each ladder."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
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


class ExerciseSession(Base):
    """One guided session: today's exercises, pain before and after, and where it stands."""

    __tablename__ = "exercise_sessions"
    __table_args__ = (Index("ix_exercise_sessions_user_started", "user_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # active -> done | stopped | abandoned (a new session replaced it)
    status: Mapped[str] = mapped_column(String(16), default="active")
    # The plan's exercise ids at the start, so a later /checkup cannot reshuffle the session.
    exercises: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    pain_before: Mapped[int | None] = mapped_column(Integer, default=None)
    pain_after: Mapped[int | None] = mapped_column(Integer, default=None)
    # A running hold timer: its message and when it ends, so a restart can finish it cleanly.
    hold_message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    hold_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # card -> doing <-> paused, within the exercise at `position` (coach.session.Phase).
    phase: Mapped[str] = mapped_column(String(8), default="card", server_default="card")
    # The guided stage of a bend, so a double tap on "Next" moves one stage, not two.
    stage: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The breather after a hold, when the next rep starts on its own; durable like the hold.
    rest_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # A gentle session: the back bend and the knee rotation at half the reps.
    gentle: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Questions asked before the pain score: did yesterday's soreness settle (the session it
    # was about), and the weekly "anything new?" (ask -> none | new).
    settle_of: Mapped[int | None] = mapped_column(Integer, default=None)
    recheck: Mapped[str | None] = mapped_column(String(8), default=None)
    # Pain rose by this much in this session: tomorrow's first session asks whether it settled.
    sore_by: Mapped[int | None] = mapped_column(Integer, default=None)
    sore_settled: Mapped[bool | None] = mapped_column(Boolean, default=None)
    # The person's exercise cautions when the session began (pregnant, osteoporosis...), and how
    # many sessions they had before it (each card shows the next of its exercise's tips).
    cautions: Mapped[str] = mapped_column(String(64), default="", server_default="")
    ordinal: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A voice-guided set under way: when its note ends, and whether "how did it go?" was asked.
    voice_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    voice_asked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The three-minute version after a missed day: logged like any, never counted clean.
    quick: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # What the events logged so far add up to per exercise (coach.tally), so a tap reads this
    # row, not the whole log. Sessions finished before it existed keep {}: their log is the record.
    tally: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")


class SessionEvent(Base):
    """One thing logged in a session; `kind` and `value` say what.

    kind         value                         logged when
    rep          reps added (1 or 5)           a counted rep tap (+1/+5)
    hold         seconds held                  a hold ended (a hold is also one rep)
    set          reps in the set               a set is done
    skip         1                             an exercise was skipped
    too_painful  1                             "too painful today"
    reach        0 knees, 1 mid-shin, 2 ankles, 3 floor   bending reach recorded
    leg_worse    1 yes, 0 no                   the leg-pain question after bending
    done         1                             an exercise was finished
    """

    __tablename__ = "session_events"
    # The step key makes logging idempotent: a replayed tap names the same step again.
    __table_args__ = (
        UniqueConstraint("session_id", "step"),
        Index("ix_session_events_user_created", "user_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("exercise_sessions.id", ondelete="CASCADE")
    )
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(24), default="")
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[int] = mapped_column(Integer, default=1)
    step: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExerciseLevel(Base):
    """Where a person stands on one exercise's ladder."""

    __tablename__ = "exercise_levels"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    exercise_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    level: Mapped[int] = mapped_column(Integer, default=0)
    # Completed sessions at this level without pain rising; resets when the level changes.
    clean_sessions: Mapped[int] = mapped_column(Integer, default=0)
    # The person declined the next level; do not ask again until this many more clean sessions.
    declined_at_count: Mapped[int | None] = mapped_column(Integer, default=None)
    # At the first rung there is nothing easier: pain that got worse gives a lighter dose.
    lighter: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
