"""Pregnancy: the midwife's or doctor's yes, confirmed by a button after the check-in."""

from __future__ import annotations

from dataclasses import dataclass

from coach.plan import Lock, Plan
from content.words import Notice
from services.base import Person, Services, Stale, meet
from services.checkin import wait_for_zone
from services.plan import current_plan
from storage.base import utcnow
from storage.sessions import levels_of


@dataclass(frozen=True)
class GoAhead:
    """The plan the yes opened, the person's levels, and whether to offer reminders now."""

    plan: Plan
    levels: dict[str, int]
    zone: str | None
    ask_zone: bool


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
        ask_zone = opened.lock is None and wait_for_zone(user)
        return GoAhead(opened, levels, user.time_zone, ask_zone)
