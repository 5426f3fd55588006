"""Where the person is, asked once before the first safety screen, and 'Let's begin'.

A country button, a typed city or country, a shared location, or skip: the country sets the
emergency, same-day and crisis numbers from the first advice on; the zone, when the place gives
one, is kept for reminders (which then confirm it rather than ask).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy.ext.asyncio import AsyncSession

from coach.awaiting import Awaiting
from coach.languages import language_for
from coach.places import normalise
from coach.timezones import zone_at
from coach.whereabouts import Place, country_place, find_place, likely_countries, place_at
from content.cities import load_country_aliases
from services.base import Forged, Notice, Person, Services, Stale, country_of_user, meet
from services.checkin import Ask, PlanReady, ask_or_finish
from services.reminders import zones
from storage.checkins import current_checkin, start_checkin
from storage.models import User

SKIP = "skip"


@cache
def country_aliases() -> dict[str, str]:
    """Our own country names, as typed text is compared."""
    return {normalise(name): code for name, code in load_country_aliases().items()}


async def country_for(services: Services, person: Person) -> str | None:
    """The person's country, for the numbers a reply names."""
    async with services.db.transaction() as tx:
        return country_of_user(await meet(tx, person))


@dataclass(frozen=True)
class WhereFirst:
    """Before the first screen: where are you? With the likely countries as buttons."""

    likely: tuple[str, ...]
    not_found: str | None = None  # typed text we could not place ("": a shared location)


@dataclass(frozen=True)
class Located:
    """The place is stored (None: skipped); the first screen question follows."""

    place: Place | None
    ask: Ask | PlanReady | None


@dataclass(frozen=True)
class NotAsked:
    """A place arrived while we were not asking where the person is."""


def _likely(services: Services, user: User) -> tuple[str, ...]:
    """The countries to offer this person first."""
    language = language_for(user.language, user.telegram_language)
    return likely_countries(language, user.telegram_language, services.content.numbers)


async def begin(services: Services, person: Person) -> WhereFirst | Ask | PlanReady | None:
    """'Let's begin' / 'Carry on': where first (a newcomer), then the question to ask."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        checkin = await current_checkin(tx, user.id)
        if checkin is None and country_of_user(user) is None:
            user.awaiting = Awaiting.PLACE
            return WhereFirst(_likely(services, user))
        return await ask_or_finish(tx, user, checkin or await start_checkin(tx, user.id))


async def _settle(tx: AsyncSession, user: User, place: Place | None) -> Located:
    """Keep the country and the zone, stop waiting, and open the first check-in."""
    if place is not None:
        user.country = place.country or user.country
        user.time_zone = user.time_zone or place.zone
    user.awaiting = None
    checkin = await current_checkin(tx, user.id) or await start_checkin(tx, user.id)
    return Located(place, await ask_or_finish(tx, user, checkin))


async def place_tapped(services: Services, person: Person, code: str) -> Forged | Stale | Located:
    """A country button, or skip."""
    if code != SKIP and code not in services.content.numbers:
        return Forged()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        if user.awaiting != Awaiting.PLACE:
            return Stale(Notice("place-already-noted"))
        return await _settle(tx, user, None if code == SKIP else country_place(zones(), code))


async def place_typed(services: Services, person: Person, text: str) -> WhereFirst | Located | None:
    """A typed country or city; unknown text asks again (None: we no longer wait for it)."""
    place = find_place(zones(), country_aliases(), text)
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        if user.awaiting != Awaiting.PLACE:
            return None
        if place is None:
            return WhereFirst(_likely(services, user), not_found=text[:64])
        return await _settle(tx, user, place)


async def place_shared(
    services: Services, person: Person, latitude: float, longitude: float
) -> NotAsked | WhereFirst | Located:
    """A shared location while we ask where the person is: only its country and zone are kept."""
    async with services.db.transaction() as tx:
        if (await meet(tx, person)).awaiting != Awaiting.PLACE:
            return NotAsked()
    place = place_at(zone_at(latitude, longitude))
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        if user.awaiting != Awaiting.PLACE:
            return NotAsked()
        if place is None:
            return WhereFirst(_likely(services, user), not_found="")
        return await _settle(tx, user, place)
