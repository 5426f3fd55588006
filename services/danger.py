"""Typed words, read in any state before anything else reads them: a warning sign gets its advice
and 'is it happening?', a sign a clinician cleared asks whether it is new or worse, a "no" asks
gently, an unclear sentence asks the one question that tells it apart, distress is offered the
flare plan, and thoughts of ending one's life get a crisis line. 'Yes' records and locks."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from coach.danger import read
from coach.heard import Heard, answers_to
from coach.safety import SIGNS, Level, Tier
from coach.session import Status
from services.base import Person, Services, country_of_user, meet
from services.follow_ups import ask_tomorrow
from services.plan import warnings_of
from storage.base import utcnow
from storage.sessions import active_session
from storage.signs import report

log = logging.getLogger(__name__)


async def hear(services: Services, person: Person, text: str, lang: str) -> list[Heard]:
    """What to answer a typed message, given what a clinician already checked (nothing: not
    about warning signs; most messages end here, before the database)."""
    reading = read(text, lang, services.content.danger)
    if not reading.findings:
        return []
    log.debug("typed words read as: %s", reading)  # which way matched on which words: an audit
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        cleared = (await warnings_of(tx, user.id)).cleared
    return answers_to(reading, cleared, country_of_user(user))


@dataclass(frozen=True)
class Confirmed:
    """'Yes, that's happening' recorded: how urgent the person's open signs are now."""

    tier: Tier
    country: str | None  # whose numbers the advice names
    stopped_session: int | None  # the session under way that ends here, if any


async def confirm(services: Services, person: Person, signs: tuple[str, ...]) -> Confirmed:
    """Record the signs as happening now (new, or worse than when a clinician saw them); a
    same-day or emergency sign ends a session under way and asks again tomorrow."""
    now = utcnow()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        cleared = (await warnings_of(tx, user.id)).cleared
        # A cleared fact (a past cancer) stays cleared; anything else said "yes" to is open again.
        happening = {s: Level.YES for s in signs if not (SIGNS[s].fact and s in cleared)}
        await report(tx, user.id, happening, now)
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
    return Confirmed(tier, country_of_user(user), stopped)
