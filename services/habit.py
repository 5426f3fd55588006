"""Fewer nudges once the habit holds: offered once, after three strong weeks, if wanted."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from coach.habit import ease_off_due
from coach.progress import Report
from coach.reminders import EVENING
from services.base import Notice, Person, Services, Stale, meet
from storage.adherence import easing_of, offer_easing
from storage.base import utcnow
from storage.models import User
from storage.reminders import reminders_of


async def offer_due(tx: AsyncSession, user: User, report: Report) -> bool:
    """Whether to offer one nudge a day now; the offer is remembered, so it comes once."""
    evening = (await reminders_of(tx, user.id)).get(EVENING)
    evening_on = evening is not None and evening.enabled and not evening.paused
    asked = await easing_of(tx, user.id) is not None
    if not ease_off_due(report.strong_weeks, asked_before=asked, evening_on=evening_on):
        return False
    offer_easing(tx, user.id)
    return True


@dataclass(frozen=True)
class EaseAnswered:
    """The answer to the offer: one nudge a day (the evening one off), or both kept."""

    eased: bool


async def answer_ease(services: Services, person: Person, eased: bool) -> Stale | EaseAnswered:
    """'Yes, one a day' turns the evening nudge off; 'Keep both' changes nothing."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        offer = await easing_of(tx, user.id)
        if offer is None or offer.answer is not None:
            return Stale(Notice("habit-already-answered"))
        offer.answer, offer.answered_at = ("yes" if eased else "no"), utcnow()
        evening = (await reminders_of(tx, user.id)).get(EVENING)
        if eased and evening is not None:
            evening.enabled, evening.next_due_at, evening.snoozed = False, None, False
        return EaseAnswered(eased)
