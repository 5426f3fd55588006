"""Where a person is: the country whose numbers advice names, and the zone reminders keep.

Asked once, before the first safety screen, so the first advice already names the right number:
a button for a likely country, a typed city or country, a shared location, or nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from coach.places import normalise
from coach.timezones import ZoneIndex, country_of

# The countries offered first for each language we speak, most likely first.
LIKELY = {
    "en": ("GB", "US", "CA"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES", "MX", "US"),
    "ru": ("RU",),
}
# Buttons on the question (a phone shows three countries and "skip" at a glance).
SHOWN = 3


@dataclass(frozen=True)
class Place:
    """Where the person said they are: a country (ISO code) and a time zone, each if known."""

    country: str | None
    zone: str | None


def likely_countries(
    language: str, telegram_code: str | None, known: Collection[str]
) -> tuple[str, ...]:
    """Up to three countries to offer: the region Telegram names ('es-MX') first, then the
    language's usual ones; only countries whose numbers we know."""
    region = (telegram_code or "").replace("_", "-").partition("-")[2].upper()
    ordered = [region, *LIKELY.get(language, ())]
    return tuple(c for c in dict.fromkeys(ordered) if c in known)[:SHOWN]


def find_place(index: ZoneIndex, country_aliases: Mapping[str, str], text: str) -> Place | None:
    """The place a person typed: a country by name in our languages, or a city or zone name."""
    key = normalise(text)
    country = country_aliases.get(key) or index.gazetteer.countries.names.get(key)
    if country is not None:
        return country_place(index, country)
    zone = index.find(text)
    return None if zone is None else Place(country_of(zone), zone)


def country_place(index: ZoneIndex, country: str) -> Place:
    """A country; one that keeps one clock gives its zone, the others wait for a city."""
    return Place(country, index.gazetteer.countries.zones.get(country))


def place_at(zone: str | None) -> Place | None:
    """The place a shared location points to (only its zone and country are kept)."""
    return None if zone is None else Place(country_of(zone), zone)
