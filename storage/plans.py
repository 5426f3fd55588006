"""The plan in force for a person, derived from their check-ins (plans are never stored)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from coach.checkin import Safety, safety
from coach.plan import Lock, Plan, Symptoms, plan_for
from storage.checkins import answers_of, current_checkin, latest_completed
from storage.models import Checkin, User


async def plan_of(session: AsyncSession, user: User, checkin: Checkin) -> Plan | None:
    """The plan one finished check-in gives this person."""
    answers = await answers_of(session, checkin.id)
    return plan_for(
        answers,
        cleared=checkin.cleared_at is not None,
        bending_paused=user.bending_paused_at is not None,
    )


async def current_plan(session: AsyncSession, user: User) -> Plan | None:
    """The plan in force now; a danger sign in an unfinished check-in already locks it."""
    latest = await latest_completed(session, user.id)
    plan = await plan_of(session, user, latest) if latest else None
    ongoing = await current_checkin(session, user.id)
    if plan is None or ongoing is None or ongoing.completed_at is not None:
        return plan
    found = safety(await answers_of(session, ongoing.id))
    if found in (Safety.URGENT, Safety.EMERGENCY):
        return replace(plan, lock=Lock.AWAITING_CLEARANCE)
    return plan


async def latest_symptoms(session: AsyncSession, user_id: int) -> Symptoms:
    """What the person's last finished check-in said about their back (nothing if none)."""
    latest = await latest_completed(session, user_id)
    return Symptoms.from_answers(await answers_of(session, latest.id) if latest else {})
