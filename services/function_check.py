"""The function check (PSFS): name up to three hard activities, rate them 0-10, re-rate later."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from coach.awaiting import Awaiting
from coach.function_check import (
    SCORE_RANGE,
    CheckStep,
    FunctionSummary,
    StepKind,
    function_summary,
    next_check_step,
)
from coach.progress import local_day, local_midnight
from coach.timezones import zone_named
from services.base import Forged, Notice, Person, Services, Stale, meet, owned
from storage.base import utcnow
from storage.function_checks import (
    activities_of,
    add_activity,
    complete_check,
    last_completed_at,
    open_check,
    rate,
    rated_in,
    rating_history,
    start_check,
)
from storage.function_models import FunctionActivity, FunctionCheck
from storage.models import User
from storage.progress import done_since

# A typed activity name longer than this is a paragraph, not an activity.
NAME_LIMIT = 60


@dataclass(frozen=True)
class CheckState:
    """An open check: what to ask next, and what was named and rated so far."""

    check_id: int
    step: CheckStep
    first: bool
    names: dict[int, str]
    rated: dict[int, int]
    summary: FunctionSummary | None = None  # set once the check is complete


@dataclass(frozen=True)
class CheckOffer:
    """A button for the check under a session's summary: start it, or carry on."""

    in_progress: bool


async def function_summary_of(
    tx: AsyncSession, user_id: int, now: datetime, zone: tzinfo
) -> FunctionSummary:
    """The person's activities with first and latest ratings, and whether a check is due."""
    names = [(a.id, a.name) for a in await activities_of(tx, user_id)]
    last = await last_completed_at(tx, user_id)
    return function_summary(
        names,
        await rating_history(tx, user_id),
        local_day(last, zone) if last else None,
        await open_check(tx, user_id) is not None,
        local_day(now, zone),
    )


async def _state(tx: AsyncSession, user_id: int) -> CheckState | None:
    """Where the open check stands (None when no check is under way)."""
    check = await open_check(tx, user_id)
    if check is None:
        return None
    first = await last_completed_at(tx, user_id) is None
    activities = await activities_of(tx, user_id)
    rated = await rated_in(tx, check.id)
    step = next_check_step(first, [a.id for a in activities], rated)
    return CheckState(check.id, step, first, {a.id: a.name for a in activities}, rated)


async def _advance(tx: AsyncSession, user: User, state: CheckState) -> CheckState:
    """Write what the next step needs before it is asked: the awaited text, or the end."""
    if state.step.kind is StepKind.NAME:
        user.awaiting = Awaiting.ACTIVITY
    elif state.step.kind is StepKind.COMPLETE:
        check = await tx.get(FunctionCheck, state.check_id)
        assert check is not None
        await complete_check(tx, check)
        await tx.flush()
        summary = await function_summary_of(tx, user.id, utcnow(), zone_named(user.time_zone))
        return replace(state, summary=summary)
    return state


async def open_or_continue(services: Services, person: Person) -> Stale | CheckState:
    """'Do the function check' / 'Carry on': the open check, or a new one when due."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        state = await _state(tx, user.id)
        if state is None:
            zone = zone_named(user.time_zone)
            summary = await function_summary_of(tx, user.id, utcnow(), zone)
            if not summary.due and summary.next_due is not None:
                return Stale(Notice("function-check-not-due", {"date": summary.next_due}))
            await start_check(tx, user.id)
            state = await _state(tx, user.id)
            assert state is not None
        return await _advance(tx, user, state)


async def rate_activity(
    services: Services, user_id: int, check_id: int, activity_id: int, score: int
) -> Forged | Stale | CheckState:
    """Store one 0-10 rating and say what comes next."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        check = await owned(tx, FunctionCheck, check_id, user_id)
        activity = await owned(tx, FunctionActivity, activity_id, user_id)
        if user is None or check is None or activity is None or score not in SCORE_RANGE:
            return Forged()
        if check.completed_at is not None:
            return Stale(Notice("function-check-finished-already"))
        if not await rate(tx, check_id, activity_id, score):
            return Stale(Notice("function-check-answered-already"))
        state = await _state(tx, user_id)
        assert state is not None
        return await _advance(tx, user, state)


async def choose_more(
    services: Services, user_id: int, check_id: int, more: bool
) -> Forged | Stale | CheckState:
    """After the first check's ratings: add another activity, or that's all."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        check = await owned(tx, FunctionCheck, check_id, user_id)
        if user is None or check is None:
            return Forged()
        state = await _state(tx, user_id)
        if state is None or state.check_id != check_id or state.step.kind is not StepKind.MORE:
            return Stale(Notice("common-stale-tap"))
        chosen = replace(state, step=CheckStep(StepKind.NAME if more else StepKind.COMPLETE))
        return await _advance(tx, user, chosen)


def _name_problem(name: str) -> Notice | None:
    """Why a typed activity name cannot be used, or None if it can."""
    if not name:
        return Notice("function-check-name-empty")
    if len(name) > NAME_LIMIT:
        return Notice("function-check-name-too-long", {"limit": NAME_LIMIT})
    return None


async def name_activity(services: Services, user_id: int, text: str) -> Notice | CheckState:
    """The person typed an activity their back makes hard: store it, or say why not."""
    name = " ".join(text.split())
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        state = await _state(tx, user_id)
        assert user is not None
        # MORE: the person tapped "Add another", which only the awaited name records.
        if state is None or state.step.kind not in (StepKind.NAME, StepKind.MORE):
            user.awaiting = None  # the check ended elsewhere: stop waiting for a name
            return Notice("common-not-understood")
        problem = _name_problem(name)
        if problem is not None:
            return problem
        await add_activity(tx, user_id, name)
        user.awaiting = None
        state = await _state(tx, user_id)
        assert state is not None
        return await _advance(tx, user, state)


async def offer_after_session(tx: AsyncSession, user_id: int, now: datetime) -> CheckOffer | None:
    """The check under a session's summary when due or under way, once a day at most."""
    user = await tx.get(User, user_id)
    if user is None:
        return None
    zone = zone_named(user.time_zone)
    summary = await function_summary_of(tx, user_id, now, zone)
    today = local_midnight(local_day(now, zone), zone)
    first_today = await done_since(tx, user_id, today) == 1
    if not first_today or not (summary.due or summary.in_progress):
        return None
    return CheckOffer(in_progress=summary.in_progress)
