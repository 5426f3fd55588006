"""Reminders end to end on a fake clock: zone and times, /reminders, nudges and their buttons.

The clock starts on Tuesday 2026-11-24 at 07:30 UTC, which is 08:30 in Amsterdam (UTC+1).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from storage.models import User
from storage.session_models import ExerciseSession
from tests.support.moments import until, utc
from tests.support.people import TODAY, nudges, plan_then
from tests.support.records import rows


async def test_after_the_plan_the_bot_asks_for_a_city_and_proposes_times(ann, bot, db, clock):
    await plan_then(ann, city=None)
    assert "Which city are you in?" in ann.last_text
    assert ann.buttons_now == ["Tell you my local time instead", "Not now"]
    await ann.say("amsterdam")
    proposal = ann.last_text
    assert "Europe/Amsterdam" in proposal and "08:30 there now" in proposal
    assert "08:00" in proposal and "19:00" in proposal
    assert ann.buttons_now == ["Sounds good", "Change morning", "Change evening"]
    await ann.tap("Sounds good")
    assert "All set" in ann.last_text
    stored = await rows(db)
    assert stored["morning"].next_due_at == utc(2026, 11, 25, 7, 0)
    assert stored["evening"].next_due_at == utc(2026, 11, 24, 18, 0)
    async with db.transaction() as session:
        user = await session.get(User, 1001)
        assert (user.time_zone, user.awaiting) == ("Europe/Amsterdam", None)


async def test_an_unknown_place_gets_a_clear_answer_and_the_question_again(ann, bot, clock):
    await plan_then(ann, city="Mordor")
    assert "I don't know “Mordor” as a place" in ann.last_text
    assert "Tell you my local time instead" in ann.buttons_now
    await ann.say("New York")
    assert "America/New_York" in ann.last_text and "02:30 there now" in ann.last_text


async def test_the_local_time_fallback_gives_a_fixed_offset(ann, bot, db, clock):
    await plan_then(ann, city=None)
    await ann.tap("Tell you my local time instead")
    assert "What time is it for you right now?" in ann.last_text
    await ann.say("soon")
    assert "doesn't look like a time" in ann.last_text
    await ann.say("10:31")
    assert "UTC+03:00" in ann.last_text and "daylight saving" in ann.last_text
    stored = await rows(db)
    assert stored["evening"].next_due_at == utc(2026, 11, 24, 16, 0)


async def test_not_now_stops_waiting_for_a_city(ann, bot, db, clock):
    await plan_then(ann, city=None)
    await ann.tap("Not now")
    assert "/reminders" in ann.last_text
    await ann.say("Amsterdam")
    assert "understand typed sentences" in ann.last_text  # no longer read as a city
    assert await rows(db) == {}


async def test_reminders_before_any_setup_asks_for_the_city(ann, bot, clock):
    await plan_then(ann, city=None)
    await ann.tap("Not now")
    await ann.say("/reminders")
    assert "no reminders yet" in ann.texts[-2]  # the location button's message follows
    await ann.say("Boston")
    assert "America/New_York" in ann.last_text


async def test_reminders_shows_times_and_zone_and_changes_the_morning(ann, bot, db, clock):
    await plan_then(ann)
    await ann.say("/reminders")
    shown = ann.last_text
    assert "Morning: 08:00" in shown and "Evening: 19:00" in shown
    assert "Europe/Amsterdam (your time now: 08:30)" in shown
    assert ann.buttons_now == [
        "Change morning",
        "Change evening",
        "Change time zone",
        "Stop the weekly summary",
        "Pause",
        "✈️ I'm away",
    ]
    await ann.tap("Change morning")
    assert "What time should your morning reminder come?" in ann.last_text
    await ann.say("25:99")
    assert "doesn't look like a time" in ann.last_text and ann.buttons_now == ["Cancel"]
    await ann.say("7:30")
    assert "morning reminder now comes at 07:30" in ann.texts[-2]
    assert "Morning: 07:30" in ann.last_text
    assert (await rows(db))["morning"].next_due_at == utc(2026, 11, 25, 6, 30)


async def test_change_the_evening_and_the_zone(ann, bot, db, clock):
    await plan_then(ann)
    await ann.say("/reminders")
    await ann.tap("Change evening")
    await ann.say("19:05")
    assert "Evening: 19:05" in ann.last_text
    await ann.tap("Change time zone")
    await ann.say("Mumbai")
    assert "Time zone set to Asia/Kolkata" in ann.texts[-2]
    assert "Asia/Kolkata (your time now: 13:00)" in ann.last_text
    assert (await rows(db))["evening"].next_due_at == utc(2026, 11, 24, 13, 35)


async def test_cancel_leaves_everything_as_it_was(ann, bot, db, clock):
    await plan_then(ann)
    await ann.say("/reminders")
    await ann.tap("Change morning")
    await ann.tap("Cancel")
    assert "nothing changed" in ann.last_text
    await ann.say("6:00")
    assert "understand typed sentences" in ann.last_text
    assert (await rows(db))["morning"].local_minute == 8 * 60


async def test_the_evening_nudge_comes_at_local_time_and_says_what_today_holds(ann, bot, clock):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 24, 17, 59, 50))
    assert nudges(ann) == []
    await bot.advance(30)
    assert len(nudges(ann)) == 1
    assert "Today: Pelvic lift · Back extension" in ann.last_text
    assert ann.buttons_now == ["Start now", "Snooze 30 min", "Skip today"]
    await until(bot, utc(2026, 11, 25, 6, 59, 50))
    assert len(nudges(ann)) == 1  # one an evening, nothing in the night
    await bot.advance(30)
    assert len(nudges(ann)) == 2  # the next morning


async def test_nudges_vary_their_words(ann, bot, clock, content):
    await plan_then(ann)
    await until(bot, utc(2026, 12, 6, 7, 0))
    openings = {text.split("\n")[0] for text in nudges(ann)}
    assert len(nudges(ann)) == 24
    assert len(openings) >= 3
    w = content.words()
    known = w.numbered("reminders-morning") + w.numbered("reminders-evening")
    assert openings <= set(known)


async def test_snooze_brings_the_nudge_back_half_an_hour_later_once(ann, bot, clock):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 24, 18, 0, 10))
    await ann.tap("Snooze 30 min")
    assert ann.toasts()[-1] == "⏰ Snoozed until 19:30."
    assert "Snoozed until 19:30" in ann.last_text and ann.buttons_now == []
    await until(bot, utc(2026, 11, 24, 18, 29, 50))
    assert len(nudges(ann)) == 1
    await bot.advance(30)
    assert len(nudges(ann)) == 2
    await until(bot, utc(2026, 11, 24, 23, 0))
    assert len(nudges(ann)) == 2


async def test_skip_today_silences_the_rest_of_the_day(ann, bot, clock):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 25, 7, 0, 10))  # Wednesday morning
    await ann.tap("Skip today")
    assert "no more nudges today" in ann.last_text and ann.buttons_now == []
    await until(bot, utc(2026, 11, 25, 22, 0))
    assert len(nudges(ann)) == 2  # Tuesday evening, Wednesday morning; no Wednesday evening
    await until(bot, utc(2026, 11, 26, 7, 0, 10))
    assert len(nudges(ann)) == 3


async def finish_a_session(db, at: datetime, user_id: int = 1001) -> None:
    """A guided session done at `at` (as the session feature records it)."""
    async with db.transaction() as session:
        session.add(
            ExerciseSession(
                user_id=user_id, started_at=at - timedelta(minutes=10), finished_at=at,
                status="done",
            )
        )  # fmt: skip


async def test_no_nudge_for_a_slot_already_done_and_the_evening_says_well_done(
    ann, bot, db, clock, content
):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 25, 6, 0))
    await finish_a_session(db, utc(2026, 11, 25, 6, 0))  # 07:00 in Amsterdam
    await until(bot, utc(2026, 11, 25, 12, 0))
    assert len(nudges(ann)) == 1  # Tuesday evening only: Wednesday morning was done
    await until(bot, utc(2026, 11, 25, 18, 0, 10))
    assert len(nudges(ann)) == 2
    after_morning = content.words().numbered("reminders-evening-after-morning")
    assert ann.last_text.split("\n")[0] in after_morning
    await finish_a_session(db, utc(2026, 11, 26, 6, 0))
    await finish_a_session(db, utc(2026, 11, 26, 16, 0))
    await until(bot, utc(2026, 11, 26, 20, 0))
    assert len(nudges(ann)) == 2  # both done on Thursday: no nudge at all


async def test_pause_and_resume(ann, bot, db, clock):
    await plan_then(ann)
    await ann.say("/reminders")
    await ann.tap("Pause")
    assert ann.toasts()[-1] == "Reminders paused."
    assert "Paused" in ann.last_text and "Resume" in ann.buttons_now
    await until(bot, utc(2026, 11, 25, 20, 0))
    assert nudges(ann) == []
    await ann.tap("Resume")
    assert ann.toasts()[-1] == "Reminders are back on."
    assert "Paused" not in ann.last_text
    await ann.tap_data(ann.fake.last_message(1001)["message_id"], "rs:pause:-")
    await ann.tap_data(ann.fake.last_message(1001)["message_id"], "rs:pause:-")
    assert ann.toasts()[-1] == "Already done."
    await ann.tap("Resume")
    await until(bot, utc(2026, 11, 26, 7, 0, 10))
    assert len(nudges(ann)) == 1


async def test_a_midday_back_bend_nudge_for_people_with_leg_pain(ann, bot, db, clock):
    await plan_then(ann, leg="Yes")
    await ann.tap("Sounds good")
    assert "standing back bend" in ann.last_text
    await ann.tap("Add a midday back-bend nudge")
    assert ann.toasts()[-1] == "Midday nudge on."
    assert "Midday back bend: 13:00" in ann.last_text
    await until(bot, utc(2026, 11, 25, 12, 0, 10))
    assert "back bend" in ann.last_text and TODAY not in ann.last_text
    assert ann.buttons_now == ["Snooze 30 min", "Skip today"]
    await ann.tap("Skip today")  # skips the midday nudge, not the evening session
    await until(bot, utc(2026, 11, 25, 18, 0, 10))
    assert TODAY in ann.last_text
    await ann.say("/reminders")
    await ann.tap("Stop the midday nudge")
    assert "Midday" not in ann.last_text


async def test_no_midday_nudge_without_the_back_bend(ann, bot, clock):
    await plan_then(ann)
    await ann.say("/reminders")
    assert "Add a midday back-bend nudge" not in ann.buttons_now
    await ann.tap_data(ann.fake.last_message(1001)["message_id"], "rs:mid:on")
    assert "isn't in your plan" in ann.toasts()[-1]


async def test_start_now_begins_the_guided_session(ann, bot, clock, content):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 24, 18, 0, 10))
    await ann.tap("Start now")
    assert any("Started" in text for text in ann.texts)
    assert "how is your back right now?" in ann.last_text
