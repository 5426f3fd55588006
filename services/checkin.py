"""The check-in: welcoming, asking the next question, storing each tap, clearance."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from coach.awaiting import Awaiting
from coach.checkin import Safety, next_question, safety
from coach.plan import Lock, Plan, plan_for
from content import Content
from services.base import Forged, Notice, Person, Services, Stale, meet, owned
from services.plan import current_plan, plan_of
from storage.checkins import (
    answers_of,
    clear,
    complete,
    current_checkin,
    draft_of,
    latest_completed,
    save_answer,
    start_checkin,
)
from storage.models import Checkin, User
from storage.session_models import ExerciseSession

# A multiple-choice question is confirmed with this value ("+opt" / "-opt" toggle options).
DONE = "~done"


@dataclass(frozen=True)
class Ask:
    """The question to ask next, with the answers so far and the options picked on it."""

    checkin_id: int
    question_id: str
    answers: dict[str, str]
    draft: str = ""


class Whereabouts(StrEnum):
    """Where a returning person stands."""

    CHECKIN = "checkin"  # part-way through the questions
    EMERGENCY = "emergency"  # an emergency sign: no exercises
    LOCKED = "locked"  # waiting for a clinician's clearance
    PLAN = "plan"  # the plan is open


@dataclass(frozen=True)
class Welcome:
    """/start: a newcomer (where is None) or a returning person and where they are."""

    where: Whereabouts | None
    checkin_id: int = 0


@dataclass(frozen=True)
class PlanReady:
    """What a finished check-in means: the new plan, the one it replaces, and what to offer."""

    plan: Plan | None
    previous: Plan | None
    had_plan: bool
    ask_zone: bool  # the first plan the person can use: offer reminders now
    checkin_id: int


@dataclass(frozen=True)
class Redrawn:
    """An option toggled on a multiple-choice question: draw its buttons again."""

    ask: Ask


@dataclass(frozen=True)
class Answered:
    """An answer stored for good: echo it, warn when urgent, then ask on or show the result."""

    question_id: str
    value: str
    urgent_now: bool
    next: Ask | PlanReady


@dataclass(frozen=True)
class Cleared:
    """The clinician's clearance unlocked the plan."""

    plan: Plan
    ask_zone: bool


async def welcome(services: Services, person: Person) -> Welcome:
    """/start: whether the person is new, and if not, where they are."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        checkin = await current_checkin(tx, user.id)
        plan = await current_plan(tx, user) if checkin else None
    if checkin is None:
        return Welcome(None)
    if checkin.completed_at is None:
        return Welcome(Whereabouts.CHECKIN)
    if plan is None or plan.lock is Lock.EMERGENCY:
        return Welcome(Whereabouts.EMERGENCY)
    if plan.lock is Lock.AWAITING_CLEARANCE:
        return Welcome(Whereabouts.LOCKED, checkin.id)
    return Welcome(Whereabouts.PLAN)


async def begin(services: Services, person: Person) -> Ask | None:
    """'Let's begin' / 'Carry on': the question to ask, or None once the check-in is done."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        checkin = await current_checkin(tx, user.id) or await start_checkin(tx, user.id)
        return await _ask(tx, checkin)


@dataclass(frozen=True)
class Checkup:
    """/checkup: a new round of questions, or the open one carried on."""

    resuming: bool
    ask: Ask | None


async def checkup(services: Services, person: Person) -> Checkup:
    """/checkup: the safety and symptom questions again (or carry on with an open round)."""
    async with services.db.transaction() as tx:
        return await _checkup(tx, await meet(tx, person))


async def recheck_after_session(
    services: Services, person: Person, session_id: int, drawn_at: int
) -> Forged | Stale | Checkup:
    """'Check the warning signs' after pain got worse: /checkup, unless it was used already."""
    async with services.db.transaction() as tx:
        if await owned(tx, ExerciseSession, session_id, person.user_id) is None:
            return Forged()
        latest = await current_checkin(tx, person.user_id)
        if latest is not None and latest.id != drawn_at:
            return Stale(Notice("session-already-noted"))
        return await _checkup(tx, await meet(tx, person))


async def _checkup(tx: AsyncSession, user: User) -> Checkup:
    """Carry on the open round, or start a new one."""
    checkin = await current_checkin(tx, user.id)
    resuming = checkin is not None and checkin.completed_at is None
    if checkin is None or not resuming:
        checkin = await start_checkin(tx, user.id)
    return Checkup(resuming, await _ask(tx, checkin))


async def open_question(tx: AsyncSession, user_id: int) -> Ask | None:
    """The question of the person's unfinished check-in (None when there is none)."""
    checkin = await current_checkin(tx, user_id)
    return await _ask(tx, checkin) if checkin else None


async def _ask(tx: AsyncSession, checkin: Checkin) -> Ask | None:
    """What the check-in asks next, with the options already picked on it."""
    if checkin.completed_at is not None:
        return None
    answers = await answers_of(tx, checkin.id)
    question_id = next_question(answers)
    if question_id is None:
        return None
    draft = await draft_of(tx, checkin.id, question_id) or ""
    return Ask(checkin.id, question_id, answers, draft)


def apply_choice(content: Content, question_id: str, value: str, draft: str) -> tuple[str, bool]:
    """(new value, final) for a tap; a value that is not one of the options is forged."""
    question = content.questions[question_id]
    options = set(question.options)
    if not question.multiple:
        if value not in options:
            raise ValueError(value)
        return value, True
    picked = [v for v in draft.split(",") if v]
    if value == DONE:
        return ",".join(picked), True
    sign, option = value[:1], value[1:]
    if option not in options or sign not in "+-":
        raise ValueError(value)
    chosen = set(picked) | {option} if sign == "+" else set(picked) - {option}
    # Keep the options' order so the stored answer reads the same however it was tapped.
    return ",".join(o for o in question.options if o in chosen), False


async def tap_answer(
    services: Services, user_id: int, checkin_id: int, question_id: str, value: str
) -> Forged | Stale | Redrawn | Answered:
    """Store one answer tap: forged, stale, a toggled option, or an answer given for good."""
    content = services.content
    async with services.db.transaction() as tx:
        checkin = await owned(tx, Checkin, checkin_id, user_id)
        user = await tx.get(User, user_id)
        if checkin is None or user is None or question_id not in content.questions:
            return Forged()
        answers = await answers_of(tx, checkin_id)
        if question_id in answers:
            return Stale(Notice("onboarding-answered-already"))
        latest = await current_checkin(tx, user_id)
        fits = question_id == next_question(answers) and checkin.completed_at is None
        if latest is None or latest.id != checkin_id or not fits:
            return Stale(Notice("common-stale-tap"))
        try:
            new_value, final = apply_choice(
                content, question_id, value, await draft_of(tx, checkin_id, question_id) or ""
            )
        except ValueError:
            return Forged()
        await save_answer(tx, checkin_id, question_id, new_value, final=final)
        if not final:
            return Redrawn(Ask(checkin_id, question_id, answers, new_value))
        before = safety(answers)
        answers[question_id] = new_value
        urgent_now = before is None and safety(answers) is Safety.URGENT
        upcoming = next_question(answers)
        if upcoming is not None:
            return Answered(question_id, new_value, urgent_now, Ask(checkin_id, upcoming, answers))
        return Answered(question_id, new_value, urgent_now, await _finish(tx, user, checkin))


async def _finish(tx: AsyncSession, user: User, checkin: Checkin) -> PlanReady:
    """Close the check-in and work out the new plan and the old one it replaces."""
    await complete(tx, checkin)
    previous_checkin = await latest_completed(tx, user.id, before_id=checkin.id)
    previous = await plan_of(tx, user, previous_checkin) if previous_checkin else None
    # A finished check-in decides afresh whether bending is paused (after reading the old plan).
    user.bending_paused_at = None
    plan = plan_for(await answers_of(tx, checkin.id), cleared=False)
    first_usable = plan is not None and plan.lock is None and (previous is None or previous.lock)
    return PlanReady(
        plan,
        previous,
        had_plan=previous_checkin is not None,
        ask_zone=bool(first_usable) and _wait_for_zone(user),
        checkin_id=checkin.id,
    )


def _wait_for_zone(user: User) -> bool:
    """Offer reminders (and wait for a city) unless they are set up already."""
    if user.time_zone is not None:
        return False
    user.awaiting = Awaiting.ZONE
    return True


async def clearance(services: Services, user_id: int, checkin_id: int) -> Forged | Stale | Cleared:
    """'A clinician cleared me': unlock the plan of that check-in."""
    async with services.db.transaction() as tx:
        checkin = await owned(tx, Checkin, checkin_id, user_id)
        user = await tx.get(User, user_id)
        if checkin is None or user is None:
            return Forged()
        if checkin.completed_at is None or await current_checkin(tx, user_id) != checkin:
            return Stale(Notice("common-stale-tap"))
        plan = await plan_of(tx, user, checkin)
        if plan is None or plan.lock is not Lock.AWAITING_CLEARANCE:
            return Stale(Notice("onboarding-not-urgent-now"))
        await clear(tx, checkin)
        unlocked = await plan_of(tx, user, checkin)
        assert unlocked is not None
        return Cleared(unlocked, ask_zone=_wait_for_zone(user))
