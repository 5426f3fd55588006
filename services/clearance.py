"""/checkup and clearance: the questions again, and 'a clinician examined me and said I can
exercise'.

Only an in-person assessment lifts a same-day or emergency lock, and not in the first hours
after the advice (coach.clearance): the clearance is offered with /checkup once it may be
given, with "did you get help?" two hours after emergency advice, and with the morning
follow-up; never in the same breath as the advice. Before the plan opens, the emergency signs
are asked once more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from coach.plan import Plan
from coach.safety import Tier
from services.base import Forged, Notice, Person, Services, Stale, country_of_user, meet, owned
from services.checkin import Ask, PlanReady, ask_or_finish
from services.plan import Warnings, current_plan, warnings_of
from services.reminders import Offer, offer_reminders
from storage.base import utcnow
from storage.checkins import current_checkin, start_checkin
from storage.models import Checkin, User
from storage.signs import clear, signs_of


@dataclass(frozen=True)
class Checkup:
    """/checkup: a new round of questions, or the open one carried on."""

    resuming: bool
    ask: Ask | PlanReady | None


@dataclass(frozen=True)
class SeenFirst:
    """Signs are open that want a clinician: examined since? (or, too soon for that, the advice)"""

    signs: tuple[str, ...]
    checkin_id: int
    tier: Tier
    may_clear: bool
    country: str | None


def _may_clear(warnings: Warnings, user: User) -> bool:
    """Whether a clinician's OK may be taken now (not in the first hours after the advice)."""
    return warnings.may_clear(user.time_zone, utcnow())


async def checkup(services: Services, person: Person) -> Checkup | SeenFirst:
    """/checkup: first 'have you been examined?' while signs are open, then the questions."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        warnings = await warnings_of(tx, user.id)
        latest = await current_checkin(tx, user.id)
        resuming = latest is not None and latest.completed_at is None
        # Any sign still open (a GP visit soon included): were they seen since?
        if warnings.open and not resuming and latest is not None:
            may_clear = _may_clear(warnings, user)
            country = country_of_user(user)
            return SeenFirst(tuple(warnings.open), latest.id, warnings.tier, may_clear, country)
        return await _checkup(tx, user)


@dataclass(frozen=True)
class NotSeenYet:
    """'Not yet' to the follow-up: how soon the open signs want them seen, and where."""

    emergency: bool
    country: str | None


async def not_seen_yet(services: Services, person: Person, checkin_id: int) -> Forged | NotSeenYet:
    """The person has not been examined yet: the advice again, as urgent as their open signs."""
    async with services.db.transaction() as tx:
        # 0: signs typed before any check-in; otherwise the check-in must be theirs.
        if checkin_id and await owned(tx, Checkin, checkin_id, person.user_id) is None:
            return Forged()
        user = await meet(tx, person)
        warnings = await warnings_of(tx, user.id)
        return NotSeenYet(warnings.tier >= Tier.EMERGENCY, country_of_user(user))


async def questions_again(services: Services, person: Person) -> Checkup:
    """'Not yet: ask me the questions': the check-in without clearing anything."""
    async with services.db.transaction() as tx:
        return await _checkup(tx, await meet(tx, person))


async def _checkup(tx: AsyncSession, user: User) -> Checkup:
    """Carry on the open round, or start a new one."""
    checkin = await current_checkin(tx, user.id)
    resuming = checkin is not None and checkin.completed_at is None
    if checkin is None or not resuming:
        checkin = await start_checkin(tx, user.id)
    return Checkup(resuming, await ask_or_finish(tx, user, checkin))


@dataclass(frozen=True)
class TooSoon:
    """A clearance before it may be given: the advice again."""

    signs: tuple[str, ...]
    checkin_id: int
    tier: Tier
    country: str | None


@dataclass(frozen=True)
class RecheckFirst:
    """Before the plan opens: the emergency signs once more (new or worse since examined?)."""

    checkin_id: int


@dataclass(frozen=True)
class Cleared:
    """The open signs are cleared: the plan it opens, or the questions to finish."""

    plan: Plan | None
    reminders: Offer | None
    country: str | None = None  # for the numbers the plan's notes name
    checkup: Checkup | None = None  # they stopped before the plan: the questions come now


async def _tapped(
    tx: AsyncSession, user_id: int, checkin_id: int
) -> tuple[User, Checkin | None] | Forged | Stale:
    """The person and the check-in a clearance button names, if it is theirs and still current."""
    user = await tx.get(User, user_id)
    # 0: the signs were typed before any check-in (the follow-up's button).
    checkin = await owned(tx, Checkin, checkin_id, user_id) if checkin_id else None
    if user is None or (checkin_id and checkin is None):
        return Forged()
    if await current_checkin(tx, user_id) != checkin:
        return Stale(Notice("common-stale-tap"))
    return user, checkin


async def _clearable(
    tx: AsyncSession, user_id: int, checkin_id: int
) -> Forged | Stale | TooSoon | tuple[User, Warnings]:
    """A clearance tap that may clear now: its person and their open signs; else why not."""
    found = await _tapped(tx, user_id, checkin_id)
    if isinstance(found, Forged | Stale):
        return found
    user = found[0]
    warnings = await warnings_of(tx, user_id)
    if not warnings.open:
        return Stale(Notice("safety-nothing-to-clear"))
    if not _may_clear(warnings, user):
        signs = tuple(warnings.open)
        return TooSoon(signs, checkin_id, warnings.tier, country_of_user(user))
    return user, warnings


async def clearance(
    services: Services, user_id: int, checkin_id: int
) -> Forged | Stale | TooSoon | RecheckFirst | Cleared:
    """'A clinician examined me and said I can exercise': too soon, the last check, or cleared."""
    async with services.db.transaction() as tx:
        found = await _clearable(tx, user_id, checkin_id)
        if isinstance(found, Forged | Stale | TooSoon):
            return found
        user, warnings = found
        if warnings.tier >= Tier.SAME_DAY:
            return RecheckFirst(checkin_id)
        return await _clear(tx, user)


async def recheck(
    services: Services, user_id: int, checkin_id: int, answer: Literal["none", "new"]
) -> Forged | Stale | TooSoon | Cleared | Checkup:
    """Nothing new or worse since the examination: cleared. Something: the questions again."""
    async with services.db.transaction() as tx:
        found = await _clearable(tx, user_id, checkin_id)
        if isinstance(found, Forged | Stale | TooSoon):
            return found
        user, _ = found
        if answer == "new":
            return await _checkup(tx, user)  # the signs stay open: they may be what is new
        return await _clear(tx, user)


async def _clear(tx: AsyncSession, user: User) -> Cleared:
    """Clear every open sign (a clinician examined them); then the plan, or the questions."""
    clear((await signs_of(tx, user.id)).values(), utcnow())
    await tx.flush()
    plan = await current_plan(tx, user)
    if plan is None or not plan.items:
        return Cleared(None, None, checkup=await _checkup(tx, user))
    reminders = await offer_reminders(tx, user) if plan.lock is None else None
    return Cleared(plan, reminders, country_of_user(user))
