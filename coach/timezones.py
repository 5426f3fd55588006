"""Reading where a person is: a typed place, zone name, clock time or offset, or a location."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from coach.places import Gazetteer, load_gazetteer, normalise

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder


# Only these areas name cities; "US/Eastern" and "Etc/GMT+3" work typed in full, not by city.
CITY_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
     "Pacific"}
)  # fmt: skip
CLOCK = re.compile(r"^(\d{1,2})\s*[:.h]\s*(\d{2})$")
OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?:\s*:?\s*(\d{2}))?$")
FIXED_NAME = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
# Real UTC offsets run from -12:00 to +14:00, in quarter hours at the finest.
EARLIEST_OFFSET = timedelta(hours=-12)
LATEST_OFFSET = timedelta(hours=14)
OFFSET_STEP_MINUTES = 15
# A clock reads the same at +14 and -10 (or +13:xx and -10:xx): the far more populous side wins
# (Hawaii over Kiribati, New Zealand and Tonga over Niue); the rest can type their city.
LATEST_CLOCK_OFFSET = timedelta(hours=13, minutes=45)


def parse_clock(text: str) -> time | None:
    """A time of day typed as HH:MM (7:30, 07:30, 19:05; also 7.30); None if it is not one."""
    match = CLOCK.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def fixed_zone_name(offset: timedelta) -> str:
    """The stored name of a zone without daylight saving: UTC+05:30."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _parse_offset(text: str) -> timedelta | None:
    """'UTC+2', 'GMT-05:00', '+5:30' as an offset; None if it is not one or out of range."""
    match = OFFSET.match(text)
    if match is None:
        return None
    hours, minutes = int(match[2]), int(match[3] or 0)
    if minutes > 59:
        return None
    offset = timedelta(hours=hours, minutes=minutes) * (-1 if match[1] == "-" else 1)
    return offset if EARLIEST_OFFSET <= offset <= LATEST_OFFSET else None


def offset_from_clock(local: time, now: datetime) -> timedelta:
    """The UTC offset implied by the time a person says it is now, to the nearest 15 minutes."""
    utc = now.astimezone(UTC)
    difference = (local.hour * 60 + local.minute) - (utc.hour * 60 + utc.minute)
    minutes = round((difference % (24 * 60)) / OFFSET_STEP_MINUTES) * OFFSET_STEP_MINUTES
    # A clock behind UTC shows as "almost a day ahead": fold it back to a negative offset.
    if timedelta(minutes=minutes) > LATEST_CLOCK_OFFSET:
        minutes -= 24 * 60
    return timedelta(minutes=minutes)


def zone_named(name: str | None) -> tzinfo:
    """The zone a stored name stands for (an IANA name or UTC+HH:MM); UTC when unknown."""
    if not name:
        return UTC
    fixed = FIXED_NAME.match(name)
    if fixed:
        offset = timedelta(hours=int(fixed[2]), minutes=int(fixed[3]))
        return timezone(-offset if fixed[1] == "-" else offset)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


@dataclass(frozen=True)
class ZoneIndex:
    """Every way we recognise a place: our names, zone names, the world's countries and cities."""

    # Our own list, over everything; None: not a place.
    aliases: Mapping[str, str | None] = field(repr=False)
    zone_names: Mapping[str, str] = field(repr=False)  # "europe/amsterdam", "utc"
    gazetteer: Gazetteer = field(repr=False)
    # The city part of zone names ("Vevay"): the last resort.
    zone_cities: Mapping[str, str] = field(repr=False)

    @classmethod
    def build(
        cls, aliases: Mapping[str, str | None], gazetteer: Gazetteer | None = None
    ) -> ZoneIndex:
        """Index zoneinfo's zones by full name and by city, with our aliases over them all."""
        zone_cities: dict[str, str] = {}
        # Shortest first, so a clash of cities goes to the plainer name.
        zones = sorted(available_timezones(), key=lambda zone: (len(zone), zone))
        for zone in zones:
            area, _, city = zone.rpartition("/")
            if area.split("/")[0] in CITY_AREAS:
                zone_cities.setdefault(normalise(city), zone)
        return cls(
            {normalise(alias): zone for alias, zone in aliases.items()},
            {normalise(zone): zone for zone in zones},
            gazetteer or load_gazetteer(),
            zone_cities,
        )

    def find(self, text: str) -> str | None:
        """The stored zone name for what a person typed, or None if we do not know the place."""
        key = normalise(text).replace(" / ", "/")
        if not key or len(key) > 64:
            return None
        offset = _parse_offset(text.strip().lower().replace(" ", ""))
        if offset is not None:
            return fixed_zone_name(offset)
        found = self._place(key)
        if found is None and "," in key:
            # "Valencia, Spain": the place before the first comma, in the country after the last.
            parts = [part.strip() for part in key.split(",")]
            found = self._place(parts[0], parts[-1])
        return found

    def _place(self, key: str, country: str = "") -> str | None:
        """Our aliases, a country, a zone name, the most populous city, a zone's city: in turn."""
        if key in self.aliases:
            return self.aliases[key]
        countries, cities = self.gazetteer.countries, self.gazetteer.cities
        # A country before zone names: "Japan" is Asia/Tokyo, not the old link "Japan".
        return (
            countries.zone_of(key)
            or self.zone_names.get(key)
            or cities.zone_of(key, countries.code_of(country) if country else None)
            or self.zone_cities.get(key)
        )


def zone_at(latitude: float, longitude: float) -> str | None:
    """The IANA zone at a shared location; None at sea or for coordinates that are not real."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    if abs(latitude) > 90 or abs(longitude) > 180:
        return None
    # On land only: the open sea keeps nautical time ("Etc/GMT+3"), which is no one's home.
    zone = _boundaries().timezone_at_land(lng=longitude, lat=latitude)
    return zone if zone in _known_zones() else None


@cache
def _boundaries() -> TimezoneFinder:
    """The world's zone boundaries, read from the installed package's files as lookups need them."""
    # Imported on the first shared location: the import alone takes 0.4 s and loads h3 and cffi.
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


@cache
def _known_zones() -> frozenset[str]:
    """The zones zoneinfo can load here."""
    return frozenset(available_timezones())


@cache
def _countries() -> dict[str, str]:
    """IANA zone -> ISO country code, from the tz database's own zone.tab."""
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {row[2]: row[0] for row in rows if len(row) >= 3}


def country_of(zone_name: str | None) -> str | None:
    """The country a stored zone name is in (None for offsets and unknown zones)."""
    return _countries().get(zone_name) if zone_name else None
