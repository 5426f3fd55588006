"""/checkup and clearance: the questions again, and 'I have been seen and told I can exercise'.

The clearance is never offered in the same breath as "see a doctor today": it comes with
/checkup (asked first, while signs are open) and with a message the next morning.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from coach.plan import Plan
from coach.safety import Tier
from services.base import Forged, Notice, Person, Services, Stale, meet, owned
from services.checkin import Ask, ask_of, wait_for_zone
from services.plan import current_plan, warnings_of
from storage.base import utcnow
from storage.checkins import current_checkin, start_checkin
from storage.models import Checkin, User
from storage.signs import clear, signs_of


@dataclass(frozen=True)
class Checkup:
    """/checkup: a new round of questions, or the open one carried on."""

    resuming: bool
    ask: Ask | None


@dataclass(frozen=True)
class SeenFirst:
    """Signs are open that want a doctor: ask whether they have been seen before the questions."""

    signs: tuple[str, ...]
    checkin_id: int


async def checkup(services: Services, person: Person) -> Checkup | SeenFirst:
    """/checkup: first 'have you been seen?' while signs are open, then the questions again."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        warnings = await warnings_of(tx, user.id)
        latest = await current_checkin(tx, user.id)
        resuming = latest is not None and latest.completed_at is None
        # Any sign still open (a GP visit soon included): were they seen since?
        if warnings.open and not resuming and latest is not None:
            return SeenFirst(tuple(warnings.open), latest.id)
        return await _checkup(tx, user)


@dataclass(frozen=True)
class NotSeenYet:
    """'Not yet' to the morning question: how soon the open signs want them seen, and where."""

    emergency: bool
    zone: str | None


async def not_seen_yet(services: Services, person: Person, checkin_id: int) -> Forged | NotSeenYet:
    """The person has not been seen yet: the advice again, as urgent as their open signs."""
    async with services.db.transaction() as tx:
        # 0: signs typed before any check-in; otherwise the check-in must be theirs.
        if checkin_id and await owned(tx, Checkin, checkin_id, person.user_id) is None:
            return Forged()
        user = await meet(tx, person)
        warnings = await warnings_of(tx, user.id)
        return NotSeenYet(warnings.tier >= Tier.EMERGENCY, user.time_zone)


async def questions_again(services: Services, person: Person) -> Checkup:
    """'Not yet: ask me the questions again': the check-in without clearing anything."""
    async with services.db.transaction() as tx:
        return await _checkup(tx, await meet(tx, person))


async def _checkup(tx: AsyncSession, user: User) -> Checkup:
    """Carry on the open round, or start a new one."""
    checkin = await current_checkin(tx, user.id)
    resuming = checkin is not None and checkin.completed_at is None
    if checkin is None or not resuming:
        checkin = await start_checkin(tx, user.id)
    return Checkup(resuming, await ask_of(tx, checkin))


@dataclass(frozen=True)
class Cleared:
    """'I have been seen and told I can exercise': the plan it opens, or the questions to finish."""

    plan: Plan | None
    ask_zone: bool
    checkup: Checkup | None = None  # they stopped before the plan: the questions come now


async def clearance(services: Services, user_id: int, checkin_id: int) -> Forged | Stale | Cleared:
    """Clear every open sign (a clinician checked them); then the plan, or the questions."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        # 0: the signs were typed before any check-in (the morning follow-up's button).
        checkin = await owned(tx, Checkin, checkin_id, user_id) if checkin_id else None
        if user is None or (checkin_id and checkin is None):
            return Forged()
        if await current_checkin(tx, user_id) != checkin:
            return Stale(Notice("common-stale-tap"))
        if not clear((await signs_of(tx, user_id)).values(), utcnow()):
            return Stale(Notice("safety-nothing-to-clear"))
        await tx.flush()
        plan = await current_plan(tx, user)
        if plan is None or not plan.items:
            return Cleared(None, False, await _checkup(tx, user))
        return Cleared(plan, ask_zone=plan.lock is None and wait_for_zone(user))
