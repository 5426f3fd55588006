"""The place index: build time, memory, lookups per second, and what it answers in four languages.

    .venv/bin/python bench/places.py              # build, memory, speed, sample answers
    .venv/bin/python bench/places.py --traced     # also Python's own allocations (slower)

The bot builds the index once, on the first typed city, in a process that already holds numpy
and Babel's locales (for dates); so those are loaded before the first measurement. Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from babel import Locale

from coach.places import LANGUAGES, load_gazetteer
from coach.timezones import ZoneIndex, zone_at
from content.cities import load_city_aliases

MIB = 2**20
# (English, German, Spanish, Russian) and a few more that test the rules.
SAMPLES = [
    ("Munich", "München", "Múnich", "Мюнхен"),
    ("Vienna", "Wien", "Viena", "Вена"),
    ("Cologne", "Köln", "Colonia", "Кёльн"),
    ("Moscow", "Moskau", "Moscú", "Москва"),
    ("Geneva", "Genf", "Ginebra", "Женева"),
    ("Warsaw", "Warschau", "Varsovia", "Варшава"),
    ("New York", "New York", "Nueva York", "Нью-Йорк"),
    ("Mexico City", "Mexiko-Stadt", "Ciudad de México", "Мехико"),
    ("Germany", "Deutschland", "Alemania", "Германия"),
    ("Russia", "Russland", "Rusia", "Россия"),
    ("Paris", "Valencia", "Valencia, España", "Валенсия, Испания"),
    ("Amsterdamm", "hola", "UTC+2", "Europe/Amsterdam"),
]
LOCATIONS = [
    ("Amsterdam", 52.3676, 4.9041), ("New York", 40.7128, -74.0060),
    ("Moscow", 55.7558, 37.6173), ("Sydney", -33.8688, 151.2093),
    ("mid-Atlantic", 30.0, -40.0), ("not a place", 91.0, 0.0),
]  # fmt: skip
LOOKUPS = 200_000
LOCATION_LOOKUPS = 20_000


def rss() -> float:
    """This process's resident memory, in MiB."""
    gc.collect()
    return psutil.Process().memory_info().rss / MIB


def build_index() -> ZoneIndex:
    """Build the index as the bot does on the first typed city, and print what it cost."""
    before = rss()
    for language in LANGUAGES:
        Locale(language).territories  # noqa: B018 - the bot's dates load these locales anyway
    with_locales = rss()
    started = time.perf_counter()
    index = ZoneIndex.build(load_city_aliases())
    seconds = time.perf_counter() - started
    after = rss()
    cities = index.gazetteer.cities
    names = len(cities.by_name.fingerprints) + len(cities.by_name_in_country.fingerprints)
    stored = sum(
        table.fingerprints.nbytes + table.zone_numbers.nbytes
        for table in (cities.by_name, cities.by_name_in_country)
    )
    print(f"Babel's four locales: +{with_locales - before:.1f} MiB (the bot has them already)")
    print(f"build: {seconds:.2f} s, RSS +{after - with_locales:.1f} MiB (process {after:.0f} MiB)")
    print(f"names: {names:,} in {stored / MIB:.1f} MiB of arrays; zones: {len(cities.zones)}")
    return index


def trace_build() -> None:
    """A second, fresh build under tracemalloc: Python's allocations kept and at the peak."""
    tracemalloc.start()
    gazetteer = load_gazetteer.__wrapped__()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del gazetteer
    print(f"traced: {kept / MIB:.1f} MiB kept, {peak / MIB:.1f} MiB at the peak")


def lookups_per_second(index: ZoneIndex) -> None:
    """How fast typed text is answered: every sample name, over and over."""
    typed = [name for row in SAMPLES for name in row]
    started = time.perf_counter()
    for at in range(LOOKUPS):
        index.find(typed[at % len(typed)])
    print(f"lookups: {LOOKUPS / (time.perf_counter() - started):,.0f} per second")


def answers(index: ZoneIndex) -> None:
    """What a person sees for each sample, in each language."""
    print("\n" + " | ".join(f"{language:<40}" for language in ("en", "de", "es", "ru")))
    for row in SAMPLES:
        cells = [f"{name} -> {index.find(name)}" for name in row]
        print(" | ".join(f"{cell:<40}" for cell in cells))


def shared_locations() -> None:
    """The first shared location's cost, then lookups per second over random points."""
    before = rss()
    started = time.perf_counter()
    zone_at(52.3676, 4.9041)
    first = time.perf_counter() - started
    print(f"\nfirst shared location: {first:.2f} s, RSS +{rss() - before:.1f} MiB")
    points = random.Random(14)
    coordinates = [(points.uniform(-60, 70), points.uniform(-180, 180)) for _ in range(1000)]
    started = time.perf_counter()
    for at in range(LOCATION_LOOKUPS):
        zone_at(*coordinates[at % len(coordinates)])
    seconds = time.perf_counter() - started
    print(f"locations: {LOCATION_LOOKUPS / seconds:,.0f} per second, RSS then {rss():.0f} MiB")
    for place, latitude, longitude in LOCATIONS:
        print(f"  {place:<12} ({latitude}, {longitude}) -> {zone_at(latitude, longitude)}")


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traced", action="store_true", help="also trace Python's allocations")
    traced = parser.parse_args().traced
    index = build_index()
    if traced:
        trace_build()
    lookups_per_second(index)
    answers(index)
    shared_locations()


if __name__ == "__main__":
    main()
