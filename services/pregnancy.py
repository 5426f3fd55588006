"""Pregnancy: the midwife's or doctor's yes, confirmed by a button after the check-in."""

from __future__ import annotations

from dataclasses import dataclass

from coach.plan import Lock, Plan
from content.words import Notice
from services.base import Person, Services, Stale, country_of_user, meet
from services.plan import current_plan
from services.reminders import Offer, offer_reminders
from storage.base import utcnow
from storage.sessions import levels_of


@dataclass(frozen=True)
class GoAhead:
    """The plan the yes opened, the person's levels, and whether to offer reminders now."""

    plan: Plan
    levels: dict[str, int]
    country: str | None  # whose numbers the plan's notes name
    reminders: Offer | None  # the first usable plan: offer the nudges


async def confirm_go_ahead(services: Services, person: Person) -> Stale | GoAhead:
    """ "My midwife or doctor said yes": kept with its time; the plan opens (the first usable
    plan also offers reminders)."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        plan = await current_plan(tx, user)
        if plan is None or plan.lock is not Lock.AWAITING_MIDWIFE:
            return Stale(Notice("programme-go-ahead-not-waiting"))
        user.pregnancy_go_ahead_at = utcnow()
        await tx.flush()
        opened = await current_plan(tx, user)
        assert opened is not None
        levels = {e: s.level for e, s in (await levels_of(tx, user.id)).items()}
        reminders = await offer_reminders(tx, user) if opened.lock is None else None
        return GoAhead(opened, levels, country_of_user(user), reminders)
