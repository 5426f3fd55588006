"""A finished check-in: the signs it remembers, what becomes of signs no longer reported, the
plan it gives (and the one it replaces), and whether to offer reminders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.checkin import EXAMINED, WAS_CHECKED, Context, gone_now, resting, same_as_seen
from coach.plan import Plan
from coach.safety import SIGNS, Level, Tier, open_signs, reported_signs
from services.base import country_of_user
from services.follow_ups import ask_tomorrow
from services.plan import keep_within_cautions, plan_of, warnings_of
from services.reminders import Offer, offer_reminders
from storage.base import utcnow
from storage.checkins import complete, latest_completed
from storage.models import Checkin, User
from storage.sessions import abandon_active
from storage.signs import clear, report, signs_of


@dataclass(frozen=True)
class PlanReady:
    """What a finished check-in means: the new plan, the one it replaces, and what to offer."""

    plan: Plan | None
    previous: Plan | None
    had_plan: bool
    reminders: Offer | None  # the first plan the person can use: offer reminders now
    checkin_id: int
    country: str | None = None  # for the numbers the advice names
    stopped: bool = False  # they chose to stop after the same-day advice
    open: dict[str, Level] = field(default_factory=dict)  # the signs the advice explains


async def finish(
    tx: AsyncSession, user: User, checkin: Checkin, answers: dict[str, str], context: Context
) -> PlanReady:
    """Close the check-in: remember its signs, work out the plan and the one it replaces."""
    now = utcnow()
    previous_checkin = await latest_completed(tx, user.id, before_id=checkin.id)
    # The plan it replaces is read first, behind the locks it had before this check-in.
    previous = await plan_of(tx, user, previous_checkin) if previous_checkin else None
    await _confirm_gone(tx, user.id, answers, context, now)
    reported = reported_signs(answers)
    cleared = (await warnings_of(tx, user.id)).cleared
    await report(tx, user.id, open_signs(reported, cleared, same_as_seen(answers)), now)
    await complete(tx, checkin)
    user.screened_at = now
    warnings = await warnings_of(tx, user.id)
    if warnings.tier >= Tier.SAME_DAY:
        await ask_tomorrow(tx, user, now)  # "were you able to be seen?", "did you get help?"
    # A finished check-in decides afresh whether exercises wait for the leg (after reading the
    # old plan), and brings back the full plan after the gentle one; a session begun under the
    # old plan is left behind, so none of its old buttons goes on with what no longer fits.
    user.bending_paused_at, user.leg_paused, user.gentle_plan = None, "", False
    await abandon_active(tx, user.id)
    await tx.flush()
    plan = await plan_of(tx, user, checkin)
    await keep_within_cautions(tx, user.id, plan)
    usable = plan is not None and plan.lock is None
    first_usable = usable and (previous is None or previous.lock is not None)
    return PlanReady(
        plan,
        previous,
        had_plan=previous_checkin is not None,
        reminders=await offer_reminders(tx, user) if first_usable else None,
        checkin_id=checkin.id,
        country=country_of_user(user),
        stopped=resting(answers),
        open=warnings.open,
    )


async def _confirm_gone(
    tx: AsyncSession, user_id: int, answers: dict[str, str], context: Context, now: datetime
) -> None:
    """Signs no longer reported: a clinician's OK clears them; gone on their own, only the ones
    that never locked the plan (coach.checkin.still_open: the others keep their lock)."""
    if WAS_CHECKED not in answers:
        return
    gone = gone_now(answers, context)
    examined = answers[WAS_CHECKED] == EXAMINED and context.may_clear
    if examined:
        ending = gone
    elif answers[WAS_CHECKED] == "gone":
        ending = [s for s in gone if SIGNS[s].tier < Tier.SAME_DAY]
    else:
        ending = []
    clear([r for s, r in (await signs_of(tx, user_id)).items() if s in ending], now)
    await tx.flush()
