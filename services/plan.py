"""The plan in force (derived from the check-ins, never stored) and /plan."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.checkin import Answers, same_as_seen
from coach.clearance import may_clear
from coach.plan import WHY, Lock, Plan, Since, Symptoms, gentle_plan, plan_for
from coach.pregnancy import pregnancy_now
from coach.progression import Standing
from coach.safety import Cleared, Level, Tier, open_signs, reasons, reported_signs, tier_of
from coach.timezones import zone_named
from services.base import Person, Services, country_of_user, meet
from storage.base import utcnow
from storage.checkins import answers_of, current_checkin, latest_completed
from storage.models import Checkin, User
from storage.sessions import levels_of, save_standing
from storage.signs import signs_of

# The lock open warning signs put on any plan.
LOCK_OF_TIER = {Tier.EMERGENCY: Lock.EMERGENCY, Tier.SAME_DAY: Lock.AWAITING_CLEARANCE}


@dataclass(frozen=True)
class Warnings:
    """The person's warning signs: those a clinician examined, those still open, and when the
    latest advice about the open ones was given."""

    cleared: dict[str, Cleared]
    open: dict[str, Level]
    advised: datetime | None = None

    @property
    def tier(self) -> Tier:
        """How soon the open signs want the person seen."""
        return tier_of(self.open)

    def may_clear(self, zone_name: str | None, now: datetime) -> bool:
        """Whether a clinician's OK may open the plan now (not in the first hours after advice)."""
        zone = zone_named(zone_name) if zone_name else None
        return may_clear(self.open, self.advised, zone, now)


async def warnings_of(tx: AsyncSession, user_id: int) -> Warnings:
    """What the person's reported signs say now."""
    rows = (await signs_of(tx, user_id)).values()
    cleared = {r.sign: Cleared(Level(r.cleared_level)) for r in rows if r.cleared_level}
    still = [r for r in rows if r.cleared_at is None]
    advised = max((r.reported_at for r in still), default=None)
    return Warnings(cleared, {r.sign: Level(r.level) for r in still}, advised)


def held_for_leg(user: User) -> frozenset[str]:
    """Exercises paused because leg symptoms spread during them."""
    return frozenset(filter(None, user.leg_paused.split(",")))


def since_of(user: User, checkin: Checkin, answers: Answers) -> Since:
    """What the person's row says happened since that check-in, as of now."""
    pregnancy = pregnancy_now(
        answers,
        answered_at=checkin.completed_at,
        now=utcnow(),
        go_ahead_at=user.pregnancy_go_ahead_at,
    )
    return Since(user.bending_paused_at is not None, held_for_leg(user), pregnancy)


async def plan_of(tx: AsyncSession, user: User, checkin: Checkin) -> Plan | None:
    """The plan one finished check-in gives this person, locked by their open warning signs."""
    answers = await answers_of(tx, checkin.id)
    warnings = await warnings_of(tx, user.id)
    since = since_of(user, checkin, answers)
    plan = plan_for(answers, warnings.tier, since)
    if plan is None or plan.lock is not None:
        return plan
    if warnings.tier is Tier.SOON:
        # A GP soon, and why: each sign's own reason (ask about inflammatory back pain).
        plan = replace(plan, notes=(*plan.notes, *(WHY + r for r in reasons(warnings.open))))
    if user.paused_for_pain_at is not None:
        return replace(plan, lock=Lock.PAIN_PAUSE)
    if user.gentle_plan:
        gentle = gentle_plan(Symptoms.from_answers(answers, since.pregnancy), since.held)
        return replace(gentle, triggers=plan.triggers, notes=(*plan.notes, *gentle.notes))
    return plan


async def current_plan(tx: AsyncSession, user: User) -> Plan | None:
    """The plan in force now; a danger sign in an unfinished check-in already locks it."""
    latest = await latest_completed(tx, user.id)
    plan = await plan_of(tx, user, latest) if latest else None
    if plan is None:
        # No plan yet, but a sign typed or answered already: nothing opens until they are seen.
        lock = LOCK_OF_TIER.get((await warnings_of(tx, user.id)).tier)
        return Plan(items=(), lock=lock) if lock else None
    ongoing = await current_checkin(tx, user.id)
    if ongoing is None or ongoing.completed_at is not None:
        return plan
    # Signs already answered lock the plan before the screen is finished.
    answers = await answers_of(tx, ongoing.id)
    cleared = (await warnings_of(tx, user.id)).cleared
    tier = tier_of(open_signs(reported_signs(answers), cleared, same_as_seen(answers)))
    lock = LOCK_OF_TIER.get(tier)
    return replace(plan, lock=lock) if lock else plan


async def latest_symptoms(tx: AsyncSession, user: User) -> Symptoms:
    """What the person's last finished check-in says about their back today (nothing if none)."""
    latest = await latest_completed(tx, user.id)
    if latest is None:
        return Symptoms()
    answers = await answers_of(tx, latest.id)
    return Symptoms.from_answers(answers, since_of(user, latest, answers).pregnancy)


async def keep_within_cautions(tx: AsyncSession, user_id: int, plan: Plan | None) -> None:
    """A new caution (thin bones: no weights) brings a ladder down to the rung it allows."""
    standings = await levels_of(tx, user_id)
    for item in plan.items if plan else ():
        standing = standings.get(item.exercise_id)
        if item.top_level is not None and standing and standing.level > item.top_level:
            await save_standing(tx, user_id, item.exercise_id, Standing(level=item.top_level))


@dataclass(frozen=True)
class NoPlan:
    """No finished check-in yet."""


@dataclass(frozen=True)
class CheckinUnderWay:
    """A danger sign in the check-in under way: finish it before anything unlocks."""


@dataclass(frozen=True)
class Locked:
    """The plan behind its lock (emergency, a doctor's OK, a go-ahead, a pause for pain)."""

    plan: Plan
    country: str | None  # for the numbers the advice names


@dataclass(frozen=True)
class PlanInForce:
    """The plan to follow, with the person's level on each ladder."""

    plan: Plan
    levels: dict[str, int]
    country: str | None  # for the numbers a note names


PlanShown = NoPlan | CheckinUnderWay | Locked | PlanInForce


async def show_plan(services: Services, person: Person) -> PlanShown:
    """/plan: the plan in force, or why there is none to follow."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        plan = await current_plan(tx, user)
        latest = await latest_completed(tx, user.id)
        ongoing = await current_checkin(tx, user.id)
        levels = {e: s.level for e, s in (await levels_of(tx, user.id)).items()}
    if plan is None:
        return NoPlan()
    if plan.lock is Lock.AWAITING_CLEARANCE and ongoing is not latest:
        return CheckinUnderWay()
    if plan.lock is not None:
        return Locked(plan, country_of_user(user))
    return PlanInForce(plan, levels, country_of_user(user))
