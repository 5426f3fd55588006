"""Reminder-time rules: reading typed times and places, next due instants, DST, lateness."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.plan import BACK_BEND, PELVIC_LIFT, Lock, Plan, PlanItem
from coach.reminders import (
    EVENING,
    MIDDAY,
    MORNING,
    day_bounds,
    local_instant,
    midday_fits,
    next_due,
    nudge_needed,
    should_send,
)
from coach.timezones import (
    ZoneIndex,
    fixed_zone_name,
    offset_from_clock,
    parse_clock,
    zone_named,
)
from content import ContentError
from content.cities import load_city_aliases

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = ZoneIndex.build(load_city_aliases())


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# ---------------------------------------------------------------------------- typed times


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("7:30", time(7, 30)), ("07:30", time(7, 30)), ("19:05", time(19, 5)),
     (" 7.30 ", time(7, 30)), ("0:00", time(0, 0)), ("23:59", time(23, 59))],
)  # fmt: skip
def test_a_time_typed_as_hh_mm_is_understood(typed, expected):
    assert parse_clock(typed) == expected


@pytest.mark.parametrize(
    "typed", ["25:99", "soon", "24:00", "12:60", "7", "7:3", "", "seven thirty", "-1:30", "730"]
)
def test_anything_else_is_not_a_time(typed):
    assert parse_clock(typed) is None


# ---------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Europe/Amsterdam", "Europe/Amsterdam"),
        ("europe/amsterdam", "Europe/Amsterdam"),
        ("amsterdam", "Europe/Amsterdam"),
        ("Amsterdam, Netherlands", "Europe/Amsterdam"),
        ("New York", "America/New_York"),
        ("new_york", "America/New_York"),
        ("San Francisco", "America/Los_Angeles"),
        ("munich", "Europe/Berlin"),
        ("Mumbai", "Asia/Kolkata"),
        ("São Paulo", "America/Sao_Paulo"),
        ("  Boston ", "America/New_York"),
        ("UTC", "UTC"),
        ("UTC+2", "UTC+02:00"),
        ("GMT-5", "UTC-05:00"),
        ("+5:30", "UTC+05:30"),
    ],
)
def test_a_city_a_zone_name_or_an_offset_gives_a_zone(typed, zone):
    assert ZONES.find(typed) == zone


@pytest.mark.parametrize("typed", ["Mordor", "", "soon", "UTC+15", "x" * 200, "Europe/"])
def test_an_unknown_place_gives_nothing(typed):
    assert ZONES.find(typed) is None


def test_every_alias_points_at_a_real_zone():
    aliases = load_city_aliases()
    assert aliases
    places = [zone for zone in aliases.values() if zone is not None]  # None: not a place
    assert all(zone_named(zone) != UTC or zone == "UTC" for zone in places)


def test_a_broken_alias_file_names_the_file_and_the_place(tmp_path: Path):
    broken = tmp_path / "city_aliases.yaml"
    broken.write_text("springfield: America/Springfield\n")
    with pytest.raises(ContentError) as error:
        load_city_aliases(broken)
    assert "city_aliases.yaml" in str(error.value) and "springfield" in str(error.value)


def test_stored_zone_names_come_back_as_zones():
    assert zone_named("Europe/Amsterdam") == AMSTERDAM
    assert zone_named("UTC+05:30") == timezone(timedelta(hours=5, minutes=30))
    assert zone_named("UTC-03:00") == timezone(timedelta(hours=-3))
    assert zone_named("Nowhere/Else") == UTC
    assert zone_named(None) == UTC


# ---------------------------------------------------------------------------- local clock -> offset


@pytest.mark.parametrize(
    ("typed", "offset"),
    [("09:31", timedelta(hours=2)), ("0:30", timedelta(hours=-7)),
     ("13:00", timedelta(hours=5, minutes=30)), ("20:30", timedelta(hours=13)),
     ("07:30", timedelta(0)), ("21:30", timedelta(hours=-10)), ("19:30", timedelta(hours=12)),
     ("19:29", timedelta(hours=12))],
)  # fmt: skip
def test_the_time_a_person_says_it_is_gives_their_offset(typed, offset):
    now = utc(2026, 11, 24, 7, 30, 12)
    assert offset_from_clock(parse_clock(typed), now) == offset


def test_a_clock_just_behind_midnight_utc_is_utc():
    assert offset_from_clock(time(23, 59), utc(2026, 11, 24, 0, 1)) == timedelta(0)


@given(
    quarters=st.integers(min_value=-40, max_value=55),
    now=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)),
    skew=st.integers(min_value=-5, max_value=5),
)
def test_reading_a_local_clock_recovers_any_offset_from_hawaii_to_tonga(quarters, now, skew):
    offset = timedelta(minutes=15 * quarters)
    now = now.replace(tzinfo=UTC)
    # The person's clock may be a few minutes off; the offset still comes out right.
    shown = (now + offset + timedelta(minutes=skew)).time()
    assert offset_from_clock(shown, now) == offset
    assert zone_named(fixed_zone_name(offset)).utcoffset(None) == offset


# ---------------------------------------------------------------------------- next due instant


def test_a_plain_day_gives_the_local_time_in_utc():
    after = utc(2026, 11, 24, 7, 30)
    assert next_due(after, time(8, 0), AMSTERDAM) == utc(2026, 11, 25, 7, 0)
    assert next_due(after, time(19, 0), AMSTERDAM) == utc(2026, 11, 24, 18, 0)


def test_the_next_due_is_strictly_after_the_moment_it_fired():
    fired = utc(2026, 11, 24, 18, 0)
    assert next_due(fired, time(19, 0), AMSTERDAM) == utc(2026, 11, 25, 18, 0)


def test_a_weekly_reminder_falls_on_its_weekday():
    after = utc(2026, 11, 24, 7, 30)  # a Tuesday
    assert next_due(after, time(18, 0), AMSTERDAM, weekday=6) == utc(2026, 11, 29, 17, 0)
    sunday_evening = utc(2026, 11, 29, 17, 0)
    assert next_due(sunday_evening, time(18, 0), AMSTERDAM, weekday=6) == utc(2026, 12, 6, 17, 0)


@pytest.mark.parametrize(
    ("zone", "day", "at", "fires"),
    [
        # Spring forward: 02:30 does not exist; it fires once when the clocks jump to 03:00.
        (AMSTERDAM, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0)),
        (NEW_YORK, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0)),
        # Autumn: 02:30 (01:30 in New York) happens twice; it fires at the first.
        (AMSTERDAM, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
    ],
)
def test_transition_days_fire_once(zone, day, at, fires):
    assert local_instant(day, at, zone) == fires
    the_day_before = datetime.combine(day, time(0, 0), zone) - timedelta(hours=1)
    firings = []
    moment = the_day_before
    while moment < the_day_before + timedelta(hours=49):
        moment = next_due(moment, at, zone)
        firings.append(moment)
    on_the_day = [f for f in firings if f.astimezone(zone).date() == day]
    assert on_the_day == [fires]


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe"])
@settings(max_examples=60, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1)),
    hour=st.integers(0, 23),
    minute=st.sampled_from([0, 15, 30, 45, 59]),
)
def test_every_local_day_gets_exactly_one_firing_at_its_time(zone, start, hour, minute):
    tz, at = ZoneInfo(zone), time(hour, minute)
    moment = start.replace(tzinfo=UTC)
    firings = []
    for _ in range(40):
        following = next_due(moment, at, tz)
        assert following > moment
        assert following - moment <= timedelta(hours=25, minutes=1)
        firings.append(following)
        moment = following
    days = [f.astimezone(tz).date() for f in firings]
    assert days == sorted(set(days))  # one a day, no day twice
    assert all((b - a).days == 1 for a, b in itertools.pairwise(days))
    for firing in firings:
        shown = firing.astimezone(tz).time().replace(second=0)
        # Only in a spring-forward gap does it show later: at the jump, within two hours.
        gap = datetime.combine(firing.date(), shown) - datetime.combine(firing.date(), at)
        assert shown == at or timedelta(0) < gap <= timedelta(hours=2)


# ------------------------------------------------------------------------ lateness, days, nudges


def test_missed_by_under_an_hour_is_sent_late_more_is_skipped():
    due = utc(2026, 11, 24, 18, 0)
    assert should_send(due, due)
    assert should_send(due, due + timedelta(minutes=59, seconds=59))
    assert not should_send(due, due + timedelta(hours=1))
    assert not should_send(due, due + timedelta(days=3))


def test_a_local_day_is_23_or_25_hours_long_on_transition_days():
    start, end = day_bounds(utc(2026, 3, 29, 12, 0), AMSTERDAM)
    assert (start, end - start) == (utc(2026, 3, 28, 23, 0), timedelta(hours=23))
    start, end = day_bounds(utc(2026, 10, 25, 12, 0), AMSTERDAM)
    assert end - start == timedelta(hours=25)


def test_a_done_session_silences_its_slot():
    assert nudge_needed(MORNING, 0) and not nudge_needed(MORNING, 1)
    assert nudge_needed(EVENING, 1) and not nudge_needed(EVENING, 2)
    assert nudge_needed(MIDDAY, 5)


def test_the_midday_nudge_fits_only_a_plan_with_the_back_bend():
    with_bend = Plan(items=(PlanItem(PELVIC_LIFT, ()), PlanItem(BACK_BEND, ())))
    assert midday_fits(with_bend)
    assert not midday_fits(Plan(items=(PlanItem(PELVIC_LIFT, ()),)))
    assert not midday_fits(Plan(items=with_bend.items, lock=Lock.AWAITING_CLEARANCE))
    assert not midday_fits(None)
