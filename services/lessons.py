"""The course of short lessons: the day's offer, opening a lesson, its question, and /learn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.lessons import Hold, course_of, double_tap, listing, next_lesson, todays_lesson
from coach.plan import Plan
from coach.reminders import day_bounds
from coach.timezones import zone_named
from services.base import Forged, Notice, Person, Services, Stale, country_of_user, meet
from services.opening import RESUME_WINDOW
from services.plan import current_plan
from storage.base import utcnow
from storage.lessons import (
    latest_support_group,
    lesson_row,
    lesson_rows,
    records_of,
    save_quiz_answer,
)
from storage.models import User
from storage.sessions import active_session


async def hold_of(
    tx: AsyncSession, user: User, now: datetime, plan: Plan | None = None
) -> Hold | None:
    """Why no lesson can open now: no plan yet, a lock, or a session under way."""
    plan = plan or await current_plan(tx, user)
    if plan is None:
        return Hold.NO_PLAN
    if plan.lock is not None:
        return Hold.LOCKED
    running = await active_session(tx, user.id)
    if running is not None and now - running.started_at <= RESUME_WINDOW:
        return Hold.IN_SESSION
    return None


async def course_for(tx: AsyncSession, services: Services, user_id: int) -> tuple[str, ...]:
    """The person's course: its order follows their latest support-need group."""
    group = await latest_support_group(tx, user_id)
    return course_of(services.content.course.courses, group)


async def offer_today(
    tx: AsyncSession, services: Services, user: User, now: datetime, plan: Plan | None = None
) -> str | None:
    """The day's lesson, when today has none yet and nothing holds it; the offer is stored."""
    start, _ = day_bounds(now, zone_named(user.time_zone))
    rows = await lesson_rows(tx, user.id)
    course = await course_for(tx, services, user.id)
    hold = await hold_of(tx, user, now, plan)
    lesson_id = todays_lesson(course, records_of(rows), start, hold)
    if lesson_id is None:
        return None
    row = rows.get(lesson_id) or await lesson_row(tx, user.id, lesson_id)
    row.offered_at = now
    return lesson_id


async def morning_offer(services: Services, user_id: int, plan: Plan) -> str | None:
    """The lesson the morning nudge offers (None: not today); `plan` is the nudge's own."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or not user.active:
            return None
        return await offer_today(tx, services, user, utcnow(), plan)


@dataclass(frozen=True)
class LessonOpened:
    """A lesson to show, and which opening of it its question belongs to."""

    lesson_id: str
    opening: int
    country: str | None  # whose emergency number a lesson may name


HELD_TOASTS = {
    Hold.NO_PLAN: "lessons-held-no-plan",
    Hold.LOCKED: "lessons-held-locked",
    Hold.IN_SESSION: "lessons-held-in-session",
}


async def open_lesson(
    services: Services, person: Person, lesson_id: str
) -> Forged | Stale | LessonOpened:
    """Open a lesson (the day's, or any from /learn), unless something holds lessons now."""
    if lesson_id not in services.content.course.lessons:
        return Forged()
    now = utcnow()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        hold = await hold_of(tx, user, now)
        if hold is not None:
            return Stale(Notice(HELD_TOASTS[hold]))
        row = await lesson_row(tx, user.id, lesson_id)
        if double_tap(records_of({lesson_id: row})[lesson_id], now):
            return Stale(Notice("lessons-already-open"))
        row.openings += 1
        row.opened_at = row.opened_at or now
        row.last_opened_at = now
        return LessonOpened(lesson_id, row.openings, country_of_user(user))


@dataclass(frozen=True)
class QuizAnswered:
    """An answer to a lesson's question: right or not, and how much of the course is left."""

    lesson_id: str
    answer: str
    correct: bool
    left: int  # lessons of the person's course not read yet


async def answer_quiz(
    services: Services, person: Person, lesson_id: str, opening: int, answer: str
) -> Forged | Stale | QuizAnswered:
    """Store the answer (a code) to one opening's question, once."""
    lesson = services.content.course.lessons.get(lesson_id)
    if lesson is None or answer not in lesson.options:
        return Forged()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        rows = await lesson_rows(tx, user.id)
        row = rows.get(lesson_id)
        if row is None or not 1 <= opening <= row.openings:
            return Forged()
        correct = answer == lesson.right
        if not await save_quiz_answer(tx, user.id, lesson_id, opening, answer, correct):
            return Stale(Notice("lessons-already-answered"))
        course = await course_for(tx, services, user.id)
        records = records_of(rows)
        left = sum(1 for other in course if not (other in records and records[other].read))
    return QuizAnswered(lesson_id, answer, correct, left)


@dataclass(frozen=True)
class Lessons:
    """/learn: every lesson in the person's order, those read, and what holds them now."""

    order: tuple[str, ...]
    read: frozenset[str]
    upcoming: str | None  # the next lesson of the course
    hold: Hold | None


async def list_lessons(services: Services, person: Person) -> Lessons:
    """/learn."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        records = records_of(await lesson_rows(tx, user.id))
        course = await course_for(tx, services, user.id)
        hold = await hold_of(tx, user, utcnow())
    every = tuple(services.content.course.lessons)
    read = frozenset(lesson_id for lesson_id, record in records.items() if record.read)
    return Lessons(listing(course, every), read, next_lesson(course, records), hold)
