"""The plan in force (derived from the check-ins, never stored) and /plan."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession

from coach.checkin import Safety, safety
from coach.plan import Lock, Plan, Symptoms, plan_for
from services.base import Person, Services, meet
from storage.checkins import answers_of, current_checkin, latest_completed
from storage.models import Checkin, User
from storage.sessions import levels_of


async def plan_of(tx: AsyncSession, user: User, checkin: Checkin) -> Plan | None:
    """The plan one finished check-in gives this person."""
    answers = await answers_of(tx, checkin.id)
    return plan_for(
        answers,
        cleared=checkin.cleared_at is not None,
        bending_paused=user.bending_paused_at is not None,
    )


async def current_plan(tx: AsyncSession, user: User) -> Plan | None:
    """The plan in force now; a danger sign in an unfinished check-in already locks it."""
    latest = await latest_completed(tx, user.id)
    plan = await plan_of(tx, user, latest) if latest else None
    ongoing = await current_checkin(tx, user.id)
    if plan is None or ongoing is None or ongoing.completed_at is not None:
        return plan
    found = safety(await answers_of(tx, ongoing.id))
    if found in (Safety.URGENT, Safety.EMERGENCY):
        return replace(plan, lock=Lock.AWAITING_CLEARANCE)
    return plan


async def latest_symptoms(tx: AsyncSession, user_id: int) -> Symptoms:
    """What the person's last finished check-in said about their back (nothing if none)."""
    latest = await latest_completed(tx, user_id)
    return Symptoms.from_answers(await answers_of(tx, latest.id) if latest else {})


@dataclass(frozen=True)
class NoPlan:
    """No finished check-in yet."""


@dataclass(frozen=True)
class EmergencyLocked:
    """The last check-in found an emergency sign: no exercises."""


@dataclass(frozen=True)
class CheckinUnderWay:
    """A danger sign in the check-in under way: finish it before anything unlocks."""


@dataclass(frozen=True)
class AwaitingClearance:
    """The plan behind its lock, with the check-in a clearance would unlock."""

    plan: Plan
    checkin_id: int


@dataclass(frozen=True)
class PlanInForce:
    """The plan to follow, with the person's level on each ladder."""

    plan: Plan
    levels: dict[str, int]


PlanShown = NoPlan | EmergencyLocked | CheckinUnderWay | AwaitingClearance | PlanInForce


async def show_plan(services: Services, person: Person) -> PlanShown:
    """/plan: the plan in force, or why there is none to follow."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        plan = await current_plan(tx, user)
        latest = await latest_completed(tx, user.id)
        ongoing = await current_checkin(tx, user.id)
        levels = {e: s.level for e, s in (await levels_of(tx, user.id)).items()}
    if plan is None or latest is None:
        return NoPlan()
    if plan.lock is Lock.EMERGENCY:
        return EmergencyLocked()
    if plan.lock is Lock.AWAITING_CLEARANCE and ongoing is not latest:
        return CheckinUnderWay()
    if plan.lock is Lock.AWAITING_CLEARANCE:
        return AwaitingClearance(plan, latest.id)
    return PlanInForce(plan, levels)
