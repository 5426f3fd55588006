"""The course of short lessons: the order a person gets them in, and whether today has one.

One lesson a day at most, offered after the day's first finished session or with the morning
nudge; never while a warning sign or a pain pause locks the plan, never in a running session,
never one already read (a person asks for those in /learn). All of it is worked out from what
the database says, so a restart loses no place in the course.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

# A second tap on the same lesson this soon is a double tap, not a wish to read it twice.
DOUBLE_TAP = timedelta(seconds=10)
# The course of someone who has not answered the support-need questions.
UNKNOWN = "unknown"


@dataclass(frozen=True)
class LessonRecord:
    """What a person has had of one lesson."""

    lesson_id: str
    offered_at: datetime | None = None  # the last time it was the day's lesson
    opened_at: datetime | None = None  # the first time it was read
    last_opened_at: datetime | None = None
    openings: int = 0

    @property
    def read(self) -> bool:
        """Opened at least once: the course moves past it."""
        return self.opened_at is not None


class Hold(StrEnum):
    """Why no lesson can be opened now."""

    NO_PLAN = "no_plan"  # the safety questions come first
    LOCKED = "locked"  # a warning sign or a pain pause: no teaching, the advice stands alone
    IN_SESSION = "in_session"  # a running session is not interrupted


def course_of(courses: Mapping[str, Sequence[str]], group: str | None) -> tuple[str, ...]:
    """The lessons offered one a day, in order, for a support-need group (None: not answered)."""
    return tuple(courses.get(group or UNKNOWN, courses[UNKNOWN]))


def listing(course: Sequence[str], every: Sequence[str]) -> tuple[str, ...]:
    """/learn's order: the person's course first, then the lessons outside it."""
    return (*course, *(lesson for lesson in every if lesson not in course))


def next_lesson(course: Sequence[str], records: Mapping[str, LessonRecord]) -> str | None:
    """The first lesson of the course not read yet (None once the course is done)."""
    for lesson_id in course:
        record = records.get(lesson_id)
        if record is None or not record.read:
            return lesson_id
    return None


def read_today(records: Mapping[str, LessonRecord], day_start: datetime) -> bool:
    """Whether a lesson was read for the first time today."""
    return any(r.opened_at is not None and r.opened_at >= day_start for r in records.values())


def offered_today(records: Mapping[str, LessonRecord], day_start: datetime) -> str | None:
    """Today's lesson when it was offered today and is still unread."""
    return next(
        (
            r.lesson_id
            for r in records.values()
            if r.offered_at is not None and r.offered_at >= day_start and not r.read
        ),
        None,
    )


def todays_lesson(
    course: Sequence[str],
    records: Mapping[str, LessonRecord],
    day_start: datetime,
    hold: Hold | None,
) -> str | None:
    """The lesson to offer now, or None: held, today's already read, or the course done.

    Offered this morning but not read yet, it is offered again (the same one: never a second).
    """
    if hold is not None or read_today(records, day_start):
        return None
    return offered_today(records, day_start) or next_lesson(course, records)


def double_tap(record: LessonRecord | None, now: datetime) -> bool:
    """Whether opening the lesson again now is the same tap arriving twice."""
    last = record.last_opened_at if record else None
    return last is not None and now - last < DOUBLE_TAP
