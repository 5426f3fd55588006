"""Help past a missed day: the question the next nudge asks, its answer, and the change taken.

The rules are coach.barriers' (when to ask, which change) and coach.shapes' (today's session
made short, varied or reordered); here they meet the person's rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from coach.awaiting import TIME_OF
from coach.away import just_back
from coach.barriers import (
    NUDGE_OF_TAKE,
    Answered,
    Barrier,
    Offer,
    Suggestion,
    Take,
    again,
    missed_yesterday,
    suggestion_for,
    takes_of,
)
from coach.progress import local_day, local_midnight
from coach.reminders import EVENING, MORNING, time_of_minute
from coach.shapes import (
    SessionShape,
    Variation,
    quick_shape,
    reordered_shape,
    variation,
    varied_shape,
)
from services.away import away_days
from services.base import Forged, Notice, Person, Services, Stale, country_of_user, owned
from services.clearance import Checkup, SeenFirst, checkup
from services.lessons import LessonOpened, open_lesson
from services.opening import Opened, start_session
from services.plan import Locked, current_plan, latest_symptoms
from services.progress import Progress, show_progress
from storage.adherence import answer_before, ask_barrier, lapse_facts
from storage.adherence_models import BarrierAnswer
from storage.base import utcnow
from storage.models import User
from storage.reminders import reminders_of
from storage.sessions import levels_of

# The nudges a new time is offered for.
MOVABLE = (MORNING, EVENING)
# The changes that are today's session in another shape.
SHAPED = {
    Take.QUICK: Suggestion.QUICK,
    Take.VARIATION: Suggestion.VARIATION,
    Take.ORDER: Suggestion.ORDER,
}

# The lesson that answers 'not sure it helps'.
WHY_IT_WORKS = "why_exercise_works"


class DueNudge(Protocol):
    """What the sweep knows of a due nudge (services.nudges.DueReminder)."""

    kind: str
    now: datetime
    zone: tzinfo
    snoozed: bool


@dataclass(frozen=True)
class NudgeSupport:
    """What a due nudge carries besides itself: a welcome back, or the missed-day question."""

    away: bool = False  # away today: no nudge at all
    back: bool = False  # the first nudge after days away
    barrier_id: int | None = None  # the question asked about yesterday


async def support_for_nudge(
    tx: AsyncSession, user: User, due: DueNudge, done_today: int
) -> NudgeSupport:
    """Hold the nudge while away; else welcome back, or ask once what got in the way."""
    now, zone = due.now, due.zone
    today = local_day(now, zone)
    away = await away_days(tx, user.id, today - timedelta(days=1), today)
    if today in away:
        return NudgeSupport(away=True)
    if due.snoozed or due.kind not in MOVABLE:
        return NudgeSupport()  # a repeat, or the midday back bend: just the nudge
    back = due.kind == MORNING and just_back(today, away)  # the first morning back
    start = local_midnight(today - timedelta(days=1), zone)
    facts = await lapse_facts(tx, user.id, start, local_midnight(today, zone))
    asked = facts.last_asked is not None and (
        facts.last_done is None or facts.last_asked > facts.last_done
    )
    missed = missed_yesterday(
        today,
        plan_since=local_day(facts.plan_at, zone) if facts.plan_at else None,
        done_yesterday=facts.done_between,
        done_today=done_today,
        away_yesterday=bool(away),
        asked_this_lapse=asked,
    )
    if missed is None:
        return NudgeSupport(back=back)
    return NudgeSupport(back=back, barrier_id=(await ask_barrier(tx, user.id, missed)).id)


# ---------------------------------------------------------------------------- the answer


@dataclass(frozen=True)
class Shapes:
    """Today's session made short, varied or reordered, as far as the plan allows."""

    sessions: dict[Suggestion, SessionShape] = field(default_factory=dict)
    change: Variation | None = None


async def _shapes(tx: AsyncSession, services: Services, user: User) -> Shapes:
    """The shapes today's plan allows (none while it is locked or empty)."""
    plan = await current_plan(tx, user)
    if plan is None or plan.lock is not None or not plan.active_items:
        return Shapes()
    items, exercises = plan.active_items, services.content.exercises
    levels = {e: s.level for e, s in (await levels_of(tx, user.id)).items()}
    sessions = {Suggestion.QUICK: quick_shape(items, exercises, levels)}
    change = variation(items, (await latest_symptoms(tx, user)).cautions)
    if change is not None:
        sessions[Suggestion.VARIATION] = varied_shape(items, change)
    reordered = reordered_shape(items)
    if reordered is not None:
        sessions[Suggestion.ORDER] = reordered
    return Shapes(sessions, change)


async def answer_barrier(
    services: Services, user_id: int, barrier_id: int, barrier: Barrier
) -> Forged | Stale | Offer:
    """The person said what got in the way: store the code and choose one change to offer."""
    async with services.db.transaction() as tx:
        row = await owned(tx, BarrierAnswer, barrier_id, user_id)
        user = await tx.get(User, user_id)
        if row is None or user is None:
            return Forged()
        if row.barrier is not None:
            return Stale(Notice("barriers-already-noted"))
        earlier = await answer_before(tx, user_id, row.id)
        previous = None
        if earlier is not None and earlier.barrier and earlier.suggestion:
            previous = Answered(Barrier(earlier.barrier), Suggestion(earlier.suggestion))
        shapes = await _shapes(tx, services, user)
        suggestion = suggestion_for(barrier, previous, shapes.sessions)
        row.barrier, row.suggestion, row.answered_at = barrier, suggestion, utcnow()
        nudges = await reminders_of(tx, user_id)
        times = {k: time_of_minute(r.local_minute) for k, r in nudges.items() if k in MOVABLE}
        return Offer(
            row.id, barrier, suggestion, again(barrier, previous),
            shapes.sessions.get(suggestion), shapes.change, times,
        )  # fmt: skip


# ---------------------------------------------------------------------------- the change taken


@dataclass(frozen=True)
class SessionTaken:
    """Today's session, short, varied or reordered: begun (or why not)."""

    opening: Notice | Locked | Opened


@dataclass(frozen=True)
class TimeTaken:
    """A nudge to move: we now wait for its new time."""

    kind: str


@dataclass(frozen=True)
class CheckupTaken:
    """The safety and symptom questions again."""

    checkup: Checkup | SeenFirst


@dataclass(frozen=True)
class FlareTaken:
    """The flare plan (with the person's emergency number)."""

    country: str | None


@dataclass(frozen=True)
class WhyTaken:
    """Why the exercises work: the lesson about it (None while lessons are held: a short text)."""

    lesson: LessonOpened | None


@dataclass(frozen=True)
class ProgressTaken:
    """The person's own figures."""

    progress: Progress


Taken = SessionTaken | TimeTaken | CheckupTaken | FlareTaken | WhyTaken | ProgressTaken


async def take_suggestion(
    services: Services, person: Person, barrier_id: int, take: Take
) -> Forged | Stale | Taken:
    """The person accepts the change offered: note it, then make it happen."""
    async with services.db.transaction() as tx:
        row = await owned(tx, BarrierAnswer, barrier_id, person.user_id)
        user = await tx.get(User, person.user_id)
        if row is None or user is None or row.suggestion is None:
            return Forged()
        if take not in takes_of(Suggestion(row.suggestion)):
            return Forged()  # a button this offer never showed
        if row.taken is not None:
            return Stale(Notice("barriers-already-taken"))
        row.taken, row.taken_at = take, utcnow()
        if take in NUDGE_OF_TAKE:
            user.awaiting = TIME_OF[NUDGE_OF_TAKE[take]]  # the reminders' own time question
            return TimeTaken(NUDGE_OF_TAKE[take])
        shapes = await _shapes(tx, services, user) if take in SHAPED else Shapes()
        shape = shapes.sessions.get(SHAPED.get(take, Suggestion.QUICK))
        country = country_of_user(user)
    return await _taken(services, person, take, shape, country)


async def _taken(
    services: Services,
    person: Person,
    take: Take,
    shape: SessionShape | None,
    country: str | None,
) -> Taken:
    """What taking the change does, each through the feature that owns it."""
    if take in SHAPED:
        opening = await start_session(services, person, shape=shape)
        assert not isinstance(opening, Forged | Stale)  # only a named session can be either
        return SessionTaken(opening)
    if take is Take.CHECKUP:
        return CheckupTaken(await checkup(services, person))
    if take is Take.PROGRESS:
        return ProgressTaken(await show_progress(services, person))
    if take is Take.FLARE:
        return FlareTaken(country)
    opened = await open_lesson(services, person, WHY_IT_WORKS)
    return WhyTaken(opened if isinstance(opened, LessonOpened) else None)
