"""Days away and habit strength, end to end on a fake clock.

The clock starts on Tuesday 2026-11-24 at 07:30 UTC, 08:30 in Amsterdam (UTC+1).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from storage.adherence_models import AwayPeriod
from storage.models import Checkin
from storage.session_models import ExerciseLevel
from tests.support.history import AMSTERDAM, YESTERDAY, Month, add_month, add_session, set_level
from tests.support.moments import START, until, utc
from tests.support.people import TODAY, nudges, plan_then
from tests.support.records import rows

QUESTION = "What got in the way?"


def figures(person) -> str:
    """The newest /progress figures."""
    return next(text for text in reversed(person.texts) if text.startswith("Your progress"))


async def away_rows(db) -> list[tuple[str, str]]:
    async with db.transaction() as session:
        found = await session.scalars(select(AwayPeriod).order_by(AwayPeriod.id))
        return [(row.first_day.isoformat(), row.last_day.isoformat()) for row in found]


async def test_away_from_reminders_pauses_the_nudges_and_keeps_the_streak(ann, bot, db, clock):
    await plan_then(ann)
    async with db.transaction() as session:
        await add_session(session, 1001, START - timedelta(days=1), 4, 3)  # Monday
        await add_session(session, 1001, START + timedelta(minutes=5), 4, 3)  # this morning
        await set_level(session, 1001, "pelvic_lift", 1)
    await ann.say("/reminders")
    await ann.tap("I'm away")
    assert "How long will you be away?" in ann.last_text
    assert ann.buttons_now == ["2 days", "3 days", "A week", "Two weeks"]
    await ann.tap("3 days")
    told = ann.last_text
    assert "paused until Thu, 26 Nov" in told and "start again on Fri, 27 Nov at 08:00" in told
    assert await away_rows(db) == [("2026-11-24", "2026-11-26")]

    await ann.say("/reminders")
    assert "Away until Thu, 26 Nov" in ann.last_text and "I'm back" in ann.buttons_now
    await until(bot, utc(2026, 11, 27, 6, 59, 0))
    assert nudges(ann) == []  # Tuesday evening to Thursday: nothing
    await ann.say("/progress")
    # Monday and Tuesday practised; Wednesday and Thursday away: the streak holds.
    assert "2 days in a row" in figures(ann)
    assert "This week: 2 of 8 sessions" in figures(ann)  # Monday, Friday to Sunday: 2 a day
    await until(bot, utc(2026, 11, 27, 7, 0, 10))
    back = ann.last_text
    assert back.startswith("Welcome back!") and TODAY in back and QUESTION not in back
    async with db.transaction() as session:
        level = await session.get(ExerciseLevel, (1001, "pelvic_lift"))
        assert level.level == 1  # the ladder waited where it was


async def test_away_after_a_missed_day_excuses_that_day_and_i_am_back_ends_it(ann, bot, db, clock):
    await plan_then(ann)
    async with db.transaction() as session:
        await add_session(session, 1001, START + timedelta(minutes=5), 4, 3)  # Tuesday
    await until(bot, utc(2026, 11, 26, 7, 0, 10))  # Thursday: Wednesday was missed
    assert QUESTION in ann.last_text
    await ann.tap("I'm away")
    await ann.tap("A week")
    told = ann.last_text
    assert "Yesterday counts as a day away too" in told and "until Wed, 2 Dec" in told
    assert await away_rows(db) == [("2026-11-25", "2026-12-02")]
    await ann.say("/progress")
    assert "1 day with a session" in figures(ann)  # Tuesday's streak is not broken

    await until(bot, utc(2026, 11, 28, 12, 0))  # Saturday: home early
    await ann.say("/reminders")
    await ann.tap("I'm back")
    assert ann.toasts()[-1] == "Welcome back! Reminders are on again."
    assert "Away until" not in ann.last_text and "✈️ I'm away" in ann.buttons_now
    assert await away_rows(db) == [("2026-11-25", "2026-11-27")]
    await until(bot, utc(2026, 11, 28, 18, 0, 10))
    assert TODAY in ann.last_text and QUESTION not in ann.last_text  # Friday was away
    await ann.tap_data(ann.fake.last_message(1001)["message_id"], "aw.back:back")
    assert ann.toasts()[-1] == "You're not away right now."


async def test_habit_strength_dips_after_a_missed_day_but_does_not_zero(ann, bot, db, clock):
    await plan_then(ann)
    async with db.transaction() as session:
        await session.execute(update(Checkin).values(completed_at=START - timedelta(days=28)))
        month = Month(days=27, missed_days=(26,))  # every day for four weeks but yesterday
        await add_month(session, 1001, YESTERDAY, AMSTERDAM, month)
    await ann.say("/progress")
    shown = figures(ann)
    # The streak is gone; habit strength only dips: yesterday is one day of four weeks.
    assert "No session today or yesterday" in shown and "Habit strength: 90%" in shown
    async with db.transaction() as session:
        for minutes in (5, 35):  # both of today's sessions done this morning
            await add_session(session, 1001, START + timedelta(minutes=minutes), 4, 3)
    await ann.say("/progress")
    shown = figures(ann)
    assert "1 day with a session" in shown and "Habit strength: 91%" in shown


async def three_strong_weeks(db, last_day=YESTERDAY) -> None:
    """The plan given four weeks ago; two sessions every day from 2 November to `last_day`."""
    days = (last_day - utc(2026, 11, 2, 12)).days + 1
    async with db.transaction() as session:
        await session.execute(update(Checkin).values(completed_at=START - timedelta(days=28)))
        await add_month(session, 1001, last_day, AMSTERDAM, Month(days=days))


async def test_after_three_strong_weeks_fewer_nudges_are_offered_once(ann, bot, db, clock):
    await plan_then(ann)
    await ann.tap("Sounds good")
    await three_strong_weeks(db)
    await ann.say("/progress")
    assert "Three strong weeks in a row" in ann.texts[-2]
    assert ann.fake.buttons(ann.fake.messages(1001)[-2]) != []
    await ann.tap("Yes, one a day")
    assert "one nudge a day now, in the morning" in ann.last_text
    assert (await rows(db))["evening"].enabled is False
    await ann.say("/progress")
    assert not any("Three strong weeks" in text for text in ann.texts[-3:])  # asked once
    await until(bot, utc(2026, 11, 25, 7, 0, 10))
    assert len(nudges(ann)) == 1  # Wednesday morning only: no evening nudge on Tuesday
    await ann.say("/reminders")
    assert "Evening" not in ann.last_text and "Morning: 08:00" in ann.last_text


async def test_the_weekly_summary_carries_the_offer_and_keep_both_keeps_both(ann, bot, db, clock):
    await plan_then(ann)
    await three_strong_weeks(db, last_day=utc(2026, 11, 28, 12))  # practising on to Saturday
    await until(bot, utc(2026, 11, 29, 19, 0, 10))  # Sunday 20:00 in Amsterdam
    summary = next(text for text in reversed(ann.texts) if "Three strong weeks" in text)
    assert "Habit strength" in summary and "days in a row" in summary
    await ann.tap("Keep both")
    assert ann.last_text == "Okay, both nudges stay."
    assert (await rows(db))["evening"].enabled is True
    await ann.tap_data(ann.fake.last_message(1001)["message_id"], "ease:yes")
    assert ann.toasts()[-1] == "Already answered, thank you."
