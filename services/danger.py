"""Typed words, read in any state before anything else reads them: a warning sign gets its advice
and 'is it happening?', a sign a clinician cleared asks whether it is new or worse, a "no" asks
gently, an unclear sentence asks the one question that tells it apart, distress is offered the
flare plan, and thoughts of ending one's life get a crisis line. 'Yes' records and locks."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from coach.danger import AMBIGUITIES, Reading, read
from coach.safety import SIGNS, Level, Tier
from coach.session import Status
from content import Content
from services.base import Person, Services, meet
from services.plan import warnings_of
from services.reminders import ask_tomorrow
from storage.base import utcnow
from storage.sessions import active_session
from storage.signs import report

log = logging.getLogger(__name__)


def reading_of(content: Content, text: str, lang: str) -> Reading:
    """What a typed message says about warning signs (logged at DEBUG, for a clinician's audit)."""
    reading = read(text, lang, content.danger)
    if reading.findings:
        log.debug("typed words read as: %s", reading)
    return reading


@dataclass(frozen=True)
class Crisis:
    """Thoughts of ending one's life: a crisis line, and the emergency number if in danger now."""

    zone: str | None


@dataclass(frozen=True)
class SignsTyped:
    """Warning signs in the person's words; `again`: a clinician cleared them all before."""

    signs: tuple[str, ...]
    zone: str | None
    again: bool = False


@dataclass(frozen=True)
class Denied:
    """Signs the person says they do not have ("no fever"): a gentle question, nothing locks."""

    signs: tuple[str, ...]
    zone: str | None


@dataclass(frozen=True)
class Unclear:
    """A sentence that fits a sign and plain pain: the question that tells them apart."""

    question: str
    sign: str  # what the first answer means


@dataclass(frozen=True)
class Distressed:
    """Pain or panic in words, with no sign: the flare plan, kindly."""

    zone: str | None


Heard = Crisis | SignsTyped | Denied | Unclear | Distressed


async def hear(services: Services, person: Person, reading: Reading) -> list[Heard]:
    """What to answer a typed message, most pressing first (nothing: not ours to answer)."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        cleared = (await warnings_of(tx, user.id)).cleared
    zone = user.time_zone
    heard: list[Heard] = [Crisis(zone)] if reading.crisis else []
    # History a clinician has seen (a past cancer) is a fact, not news: never asked again.
    signs = tuple(s for s in reading.signs if not (SIGNS[s].fact and s in cleared))
    if signs:
        return [*heard, SignsTyped(signs, zone, again=all(s in cleared for s in signs))]
    if heard:
        return heard
    if reading.ambiguity is not None:
        return [Unclear(reading.ambiguity, AMBIGUITIES[reading.ambiguity])]
    denied = tuple(s for s in reading.negated if not (SIGNS[s].fact and s in cleared))
    if denied:
        return [Denied(denied, zone)]
    return [Distressed(zone)] if reading.distress else []


@dataclass(frozen=True)
class Confirmed:
    """'Yes, that's happening' recorded: how urgent the person's open signs are now."""

    tier: Tier
    zone: str | None
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
    return Confirmed(tier, user.time_zone, stopped)
