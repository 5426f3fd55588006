"""Places a person types in any of our four languages, and the zone of a shared location."""

from __future__ import annotations

import math

import pytest

from coach.places import normalise
from coach.timezones import ZoneIndex, zone_at
from content.cities import load_city_aliases

# Built once for the whole file, as the bot builds it once per process.
ZONES = ZoneIndex.build(load_city_aliases())
# What GeoNames, CLDR and zoneinfo say with no hand-kept aliases at all.
GAZETTEER_ONLY = ZoneIndex.build({})

# ---------------------------------------------------------------------------- our four languages


@pytest.mark.parametrize(
    ("names", "zone"),
    [
        (["Munich", "München", "Múnich", "Мюнхен"], "Europe/Berlin"),
        (["Vienna", "Wien", "Viena", "Вена"], "Europe/Vienna"),
        (["Cologne", "Köln", "Colonia", "Кёльн"], "Europe/Berlin"),
        (["Moscow", "Moskau", "Moscú", "Москва"], "Europe/Moscow"),
        (["Saint Petersburg", "Sankt Petersburg", "San Petersburgo", "Санкт-Петербург"],
         "Europe/Moscow"),
        (["Warsaw", "Warschau", "Varsovia", "Варшава"], "Europe/Warsaw"),
        (["Lisbon", "Lissabon", "Lisboa", "Лиссабон"], "Europe/Lisbon"),
        (["London", "London", "Londres", "Лондон"], "Europe/London"),
        (["Geneva", "Genf", "Ginebra", "Женева"], "Europe/Zurich"),
        (["Milan", "Mailand", "Milán", "Милан"], "Europe/Rome"),
        (["Rome", "Rom", "Roma", "Рим"], "Europe/Rome"),
        (["Prague", "Prag", "Praga", "Прага"], "Europe/Prague"),
        (["Athens", "Athen", "Atenas", "Афины"], "Europe/Athens"),
        (["Brussels", "Brüssel", "Bruselas", "Брюссель"], "Europe/Brussels"),
        (["The Hague", "Den Haag", "La Haya", "Гаага"], "Europe/Amsterdam"),
        (["Kyiv", "Kiew", "Kiev", "Киев"], "Europe/Kyiv"),
        (["Beijing", "Peking", "Pekín", "Пекин"], "Asia/Shanghai"),
        (["Tokyo", "Tokio", "Tokio", "Токио"], "Asia/Tokyo"),
        (["New York", "New York", "Nueva York", "Нью-Йорк"], "America/New_York"),
        (["Mexico City", "Mexiko-Stadt", "Ciudad de México", "Мехико"], "America/Mexico_City"),
        (["São Paulo", "São Paulo", "São Paulo", "Сан-Паулу"], "America/Sao_Paulo"),
    ],
)  # fmt: skip
def test_a_city_is_understood_in_english_german_spanish_and_russian(names, zone):
    assert [ZONES.find(name) for name in names] == [zone] * 4


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Germany", "Europe/Berlin"), ("Deutschland", "Europe/Berlin"),
     ("Alemania", "Europe/Berlin"), ("Германия", "Europe/Berlin"),
     ("España", "Europe/Madrid"), ("Испания", "Europe/Madrid"), ("Frankreich", "Europe/Paris"),
     ("Japan", "Asia/Tokyo"), ("Украина", "Europe/Kyiv"), ("Holland", "Europe/Amsterdam"),
     ("England", "Europe/London"), ("Англия", "Europe/London")],
)  # fmt: skip
def test_a_country_with_one_clock_is_understood_by_its_name(typed, zone):
    assert ZONES.find(typed) == zone


@pytest.mark.parametrize(
    "typed", ["Russia", "Россия", "United States", "USA", "Canada", "Australien", "de", "es"]
)
def test_a_country_of_several_clocks_or_a_bare_country_code_asks_for_a_city(typed):
    assert ZONES.find(typed) is None


# ---------------------------------------------------------------------------- one name, many places


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Paris", "Europe/Paris"), ("Moscow", "Europe/Moscow"), ("Birmingham", "Europe/London"),
     ("Portland", "America/Los_Angeles"), ("Valencia", "America/Caracas"),
     ("Cordoba", "America/Argentina/Cordoba"), ("Santiago", "America/Santiago")],
)  # fmt: skip
def test_of_cities_sharing_a_name_the_most_populous_wins(typed, zone):
    assert ZONES.find(typed) == zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    # Chattogram was once called Islamabad, Tijuana Zaragoza: both are far bigger cities.
    [("Islamabad", "Asia/Karachi"), ("Zaragoza", "Europe/Madrid"), ("Siracusa", "Europe/Rome")],
)
def test_a_city_s_own_name_beats_another_city_s_old_or_foreign_name(typed, zone):
    assert ZONES.find(typed) == zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Valencia, España", "Europe/Madrid"), ("Valencia, Spain", "Europe/Madrid"),
     ("Валенсия, Испания", "Europe/Madrid"), ("Valencia, ES", "Europe/Madrid"),
     ("Córdoba, España", "Europe/Madrid"), ("Paris, US", "America/Chicago"),
     ("Amsterdam, Netherlands", "Europe/Amsterdam"), ("München, Bayern", "Europe/Berlin")],
)  # fmt: skip
def test_a_country_after_a_comma_picks_that_country_s_city(typed, zone):
    assert ZONES.find(typed) == zone


# ---------------------------------------------------------------------------- how it is written


@pytest.mark.parametrize(
    "typed",
    ["Мюнхен", "мюнхен", "МЮНХЕН", " München ", "MÜNCHEN", "munchen", "Muenchen", "münchen"],
)
def test_case_accents_and_cyrillic_do_not_matter(typed):
    assert ZONES.find(typed) == "Europe/Berlin"


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Кёльн", "Europe/Berlin"), ("Кельн", "Europe/Berlin"), ("Gießen", "Europe/Berlin"),
     ("GIESSEN", "Europe/Berlin"), ("Zürich", "Europe/Zurich"), ("zurich", "Europe/Zurich"),
     ("St. Louis", "America/Chicago"), ("St Louis", "America/Chicago"),
     ("Нью Йорк", "America/New_York"), ("new_york", "America/New_York")],
)  # fmt: skip
def test_letters_written_two_ways_are_one(typed, zone):
    assert ZONES.find(typed) == zone


def test_cyrillic_letters_are_kept_and_only_accents_go():
    assert normalise("Санкт-Петербург") == "санкт петербург"
    assert normalise("Ёлкино") == "елкино"
    assert normalise("Kraków") == "krakow"


# ---------------------------------------------------------------------------- nothing is guessed


@pytest.mark.parametrize(
    "typed",
    ["Mordor", "Narnia", "Hogwarts", "Amsterdamm", "Berln", "Munchn", "Мюнхн", "Barcelna",
     "Parris", "Viennna", "Moskwaa", "Springfeld"],
)  # fmt: skip
def test_an_unknown_place_or_a_typo_gives_nothing(typed):
    assert ZONES.find(typed) is None


@pytest.mark.parametrize(
    "typed",
    ["yes", "no", "ok", "okay", "hello", "thanks", "ja", "nein", "hallo", "danke", "sí",
     "hola", "gracias", "да", "нет", "привет", "спасибо", "боль"],
)  # fmt: skip
def test_an_everyday_reply_is_not_taken_for_a_town(typed):
    assert ZONES.find(typed) is None


def test_every_hand_kept_alias_says_what_the_gazetteer_alone_would_not():
    aliases = load_city_aliases()
    needless = {name: zone for name, zone in aliases.items() if GAZETTEER_ONLY.find(name) == zone}
    assert needless == {}


# ---------------------------------------------------------------------------- what worked before


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("UTC+2", "UTC+02:00"), ("GMT-5", "UTC-05:00"), ("+5:30", "UTC+05:30"),
     ("utc + 3", "UTC+03:00"), ("UTC", "UTC"), ("Europe/Amsterdam", "Europe/Amsterdam"),
     ("europe / amsterdam", "Europe/Amsterdam"), ("America/Argentina/Ushuaia",
     "America/Argentina/Ushuaia"), ("Kolkata", "Asia/Kolkata"), ("Longyearbyen",
     "Arctic/Longyearbyen")],
)  # fmt: skip
def test_offsets_zone_names_and_zone_cities_still_work(typed, zone):
    assert ZONES.find(typed) == zone


# ---------------------------------------------------------------------------- a shared location


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [(52.3676, 4.9041, "Europe/Amsterdam"), (40.7128, -74.0060, "America/New_York"),
     (55.7558, 37.6173, "Europe/Moscow"), (-33.8688, 151.2093, "Australia/Sydney"),
     # Either side of the Rhine: Strasbourg and Kehl.
     (48.5734, 7.7521, "Europe/Paris"), (48.5700, 7.8150, "Europe/Berlin")],
)  # fmt: skip
def test_a_shared_location_gives_the_zone_there(latitude, longitude, zone):
    assert zone_at(latitude, longitude) == zone


def test_the_open_sea_has_no_zone():
    assert zone_at(30.0, -40.0) is None  # the middle of the Atlantic
    assert zone_at(0.0, 0.0) is None


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(math.nan, 4.9), (52.4, math.nan), (math.inf, 0.0), (0.0, -math.inf), (90.5, 0.0),
     (-91.0, 0.0), (0.0, 180.5), (0.0, -181.0)],
)  # fmt: skip
def test_coordinates_that_are_not_on_earth_have_no_zone(latitude, longitude):
    assert zone_at(latitude, longitude) is None
