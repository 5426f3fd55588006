"""The check-in: welcoming, asking the next question, storing each tap; services.outcome ends it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from coach.checkin import (
    URGENT_NEXT,
    WAS_CHECKED,
    Context,
    hidden_options,
    next_question,
)
from coach.plan import Lock
from coach.safety import (
    GROUPS,
    SELF_CHECKS,
    Level,
    facts_known,
    locking,
    nerve_doubts,
)
from content import Content
from services.base import Forged, Notice, Person, Services, Stale, country_of_user, meet, owned
from services.outcome import PlanReady, finish
from services.plan import Warnings, current_plan, warnings_of
from storage.base import utcnow
from storage.checkins import (
    answers_of,
    current_checkin,
    draft_of,
    save_answer,
)
from storage.models import Checkin, User

# A multiple-choice question is confirmed with this value ("+opt" / "-opt" toggle options).
DONE = "~done"
WHICH = {which: group for group, which, _ in GROUPS}


@dataclass(frozen=True)
class Ask:
    """The question to ask next, with the answers so far and what earlier check-ins tell it."""

    checkin_id: int
    question_id: str
    answers: dict[str, str]
    draft: str = ""
    context: Context = field(default_factory=Context)


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
    country: str | None = None  # for the numbers "where you are" names


@dataclass(frozen=True)
class Redrawn:
    """An option toggled on a multiple-choice question: draw its buttons again."""

    ask: Ask


class Advice(StrEnum):
    """What the screen tells at once, on its own, before the next question."""

    NERVE = "nerve"  # not sure about a squeezed-nerve sign: checked today, and what means now
    SAME_DAY = "same_day"  # a doctor today
    STILL = "still"  # "it went away" about a sign that locks: the advice again, not an all-clear


@dataclass(frozen=True)
class Answered:
    """An answer stored for good: echo it, tell what it means, then ask on or show the result."""

    question_id: str
    answers: dict[str, str]  # including this one
    context: Context
    advice: Advice | None
    next: Ask | PlanReady
    country: str | None = None


async def welcome(services: Services, person: Person) -> Welcome:
    """/start: whether the person is new, and if not, where they are."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        checkin = await current_checkin(tx, user.id)
        plan = await current_plan(tx, user) if checkin else None
    country = country_of_user(user)
    if checkin is None:
        return Welcome(None)
    if checkin.completed_at is None:
        return Welcome(Whereabouts.CHECKIN)
    if plan is None or plan.lock is Lock.EMERGENCY:
        return Welcome(Whereabouts.EMERGENCY, country=country)
    if plan.lock is Lock.AWAITING_CLEARANCE:
        return Welcome(Whereabouts.LOCKED, checkin.id, country)
    return Welcome(Whereabouts.PLAN)


async def open_question(tx: AsyncSession, user_id: int) -> Ask | None:
    """The question of the person's unfinished check-in (None when there is none)."""
    checkin = await current_checkin(tx, user_id)
    return await ask_of(tx, checkin) if checkin else None


def context_of(warnings: Warnings, zone: str | None, now: datetime) -> Context:
    """What the person's history of signs tells a new check-in."""
    cleared = tuple((sign, c.level) for sign, c in warnings.cleared.items())
    levels = tuple(warnings.open.items())
    may_clear = warnings.may_clear(zone, now)
    return Context(facts_known(warnings.cleared), tuple(warnings.open), levels, cleared, may_clear)


async def ask_of(tx: AsyncSession, checkin: Checkin) -> Ask | None:
    """What the check-in asks next, with the options already picked on it."""
    if checkin.completed_at is not None:
        return None
    answers = await answers_of(tx, checkin.id)
    user = await tx.get(User, checkin.user_id)
    zone = user.time_zone if user else None
    context = context_of(await warnings_of(tx, checkin.user_id), zone, utcnow())
    question_id = next_question(answers, context)
    if question_id is None:
        return None
    draft = await draft_of(tx, checkin.id, question_id) or ""
    return Ask(checkin.id, question_id, answers, draft, context)


async def ask_or_finish(tx: AsyncSession, user: User, checkin: Checkin) -> Ask | PlanReady | None:
    """The question to ask; a round whose stored answers already end it (an older screen's)
    is finished now, so its advice is given rather than lost."""
    ask = await ask_of(tx, checkin)
    if ask is not None or checkin.completed_at is not None:
        return ask
    answers = await answers_of(tx, checkin.id)
    context = context_of(await warnings_of(tx, user.id), user.time_zone, utcnow())
    return await finish(tx, user, checkin, answers, context)


def apply_choice(content: Content, ask: Ask, value: str) -> tuple[str, bool] | Notice:
    """(new value, final) for a tap; a notice when Done is tapped with nothing picked.

    A value that is not one of the options offered is forged (ValueError).
    """
    question = content.questions[ask.question_id]
    offered = set(question.options) - hidden_options(ask.question_id, ask.context)
    if not question.multiple:
        if value not in offered:
            raise ValueError(value)
        return value, True
    picked = [v for v in ask.draft.split(",") if v]
    if value == DONE:
        if ask.question_id in WHICH and not picked:
            return Notice("onboarding-pick-one")
        return ",".join(picked), True
    sign, option = value[:1], value[1:]
    if option not in offered or sign not in "+-":
        raise ValueError(value)
    chosen = set(picked) | {option} if sign == "+" else set(picked) - {option}
    # Keep the options' order so the stored answer reads the same however it was tapped.
    return ",".join(o for o in question.options if o in chosen), False


async def tap_answer(
    services: Services, user_id: int, checkin_id: int, question_id: str, value: str
) -> Forged | Stale | Redrawn | Answered:
    """Store one answer tap: forged, stale, a toggled option, or an answer given for good."""
    async with services.db.transaction() as tx:
        checkin = await owned(tx, Checkin, checkin_id, user_id)
        user = await tx.get(User, user_id)
        if checkin is None or user is None or question_id not in services.content.questions:
            return Forged()
        answers = await answers_of(tx, checkin_id)
        if question_id in answers:
            return Stale(Notice("onboarding-answered-already"))
        ask = await ask_of(tx, checkin)
        latest = await current_checkin(tx, user_id)
        current = ask is not None and ask.question_id == question_id
        if ask is None or not current or latest is None or latest.id != checkin_id:
            return Stale(Notice("common-stale-tap"))
        try:
            applied = apply_choice(services.content, ask, value)
        except ValueError:
            return Forged()
        if isinstance(applied, Notice):
            return Stale(applied)
        new_value, final = applied
        await save_answer(tx, checkin_id, question_id, new_value, final=final)
        if not final:
            return Redrawn(Ask(checkin_id, question_id, answers, new_value, ask.context))
        return await _answered(tx, user, checkin, ask, new_value)


async def _answered(
    tx: AsyncSession, user: User, checkin: Checkin, ask: Ask, value: str
) -> Answered:
    """What comes after an answer given for good."""
    answers = {**ask.answers, ask.question_id: value}
    upcoming = next_question(answers, ask.context)
    advice = _advice(ask.question_id, ask.context.open_now(answers), upcoming)
    if upcoming is not None:
        nxt: Ask | PlanReady = Ask(checkin.id, upcoming, answers, "", ask.context)
    else:
        nxt = await finish(tx, user, checkin, answers, ask.context)
    return Answered(ask.question_id, answers, ask.context, advice, nxt, country_of_user(user))


def _advice(question_id: str, found: dict[str, Level], upcoming: str | None) -> Advice | None:
    """The stand-alone advice this answer calls for, if any."""
    if question_id == WAS_CHECKED and locking(found):
        return Advice.STILL  # the advice again, at once (an emergency ends the round here)
    if question_id == "em_which" and nerve_doubts(found):
        return Advice.NERVE  # before the self-checks
    if upcoming == URGENT_NEXT:
        return Advice.SAME_DAY
    return None


def self_check_next(done: Answered) -> bool:
    """Whether a self-check follows this answer (the nerve advice says it comes)."""
    return isinstance(done.next, Ask) and done.next.question_id in SELF_CHECKS.values()
