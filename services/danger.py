"""Typed words that sound like a warning sign: the matching advice at once, whatever the state,
and 'yes, that's happening', which records the signs and locks the plan as the screen would."""

from __future__ import annotations

from dataclasses import dataclass

from coach.danger import read
from coach.safety import Level, Tier, open_signs
from coach.session import Status
from content import Content
from services.base import Person, Services, meet
from services.plan import warnings_of
from services.reminders import ask_tomorrow
from storage.base import utcnow
from storage.sessions import active_session
from storage.signs import report


def mentioned(content: Content, text: str, lang: str) -> tuple[str, ...]:
    """The warning signs a typed message mentions, in the person's language or in English."""
    return read(text, lang, content.danger).signs


@dataclass(frozen=True)
class Confirmed:
    """'Yes, that's happening' recorded: how urgent the person's open signs are now."""

    tier: Tier
    zone: str | None
    stopped_session: int | None  # the session under way that ends here, if any


async def confirm(services: Services, person: Person, signs: tuple[str, ...]) -> Confirmed:
    """Record the signs as the screen would; a same-day or emergency sign ends a session."""
    now = utcnow()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        cleared = (await warnings_of(tx, user.id)).cleared
        await report(tx, user.id, open_signs(dict.fromkeys(signs, Level.YES), cleared), now)
        tier = (await warnings_of(tx, user.id)).tier
        stopped = None
        if tier >= Tier.SAME_DAY:
            await ask_tomorrow(tx, user, now)
            session = await active_session(tx, user.id)
            if session is not None:
                session.status, session.finished_at = Status.ABANDONED, now
                session.hold_ends_at = session.rest_ends_at = None
                stopped = session.id
    if stopped is not None:
        services.timers.cancel(stopped)
    return Confirmed(tier, user.time_zone, stopped)
