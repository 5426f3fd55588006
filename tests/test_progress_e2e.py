"""/progress and the weekly summary end to end, from a known history written into the database."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from coach.timezones import zone_named
from localchat.media import image_size
from tests.support.harness import Person
from tests.support.history import (
    YESTERDAY,
    Month,
    Practice,
    add_month,
    add_person,
    add_session,
    three_weeks_of_easing_pain,
)
from tests.support.moments import START
from tests.support.people import answer_symptoms, screen_clear

PNG = b"\x89PNG\r\n\x1a\n"
NOW = START


def photos(person: Person) -> list[dict]:
    return [m for m in person.fake.messages(person.user_id) if m["kind"] == "photo"]


async def test_progress_tells_the_figures_of_a_known_history(clock, bot, ann, db):
    await three_weeks_of_easing_pain(db)
    await ann.say("/progress")
    text = next(t for t in ann.texts if "Your progress" in t)
    # Days 4..20 in a row (day 3 was missed), up to yesterday; today is still open.
    assert "17 days in a row" in text
    # Monday (yesterday) had two sessions; this week asks for 14.
    assert "This week: 2 of 14 sessions" in text
    assert "40 sessions in total" in text
    assert "down from 7 to 4 in three weeks" in text
    assert "Bending reach: knees at first" in text
    assert "lately knees → mid-shin → ankles" in text
    # Reps and holds: 10 holds of the pelvic lift a session, 10 back extensions.
    assert "Pelvic lift · One leg lifted (level 2 of 3)" in text
    # Each hold is a rep: the count is told once, as holds.
    assert "this week 20 holds, in total 400\n" in text
    assert "Back extension · 20 lifts (level 3 of 6)" in text
    assert "this week 20 reps, in total 400" in text


async def test_progress_sends_a_readable_chart_as_a_png(clock, bot, ann, db):
    await three_weeks_of_easing_pain(db)
    await ann.say("/progress")
    [photo] = photos(ann)
    assert photo["file"].startswith(PNG)
    width, height = image_size(photo["file"])
    assert 900 <= width <= 1400 and 700 <= height <= 1400  # full width on a phone, not a poster
    assert photo["photo"]["width"] == width
    assert "last 4 weeks" in photo["caption"]
    assert "Pain before and after" in photo["caption"]


async def test_someone_without_sessions_gets_a_sentence_not_an_empty_chart(clock, bot, ann, db):
    async with db.transaction() as session:
        await add_person(session, 1001)
        # A session stopped half-way is not a session done.
        await add_session(session, 1001, YESTERDAY, 6, None, status="stopped")
    await ann.say("/progress")
    assert "No sessions yet" in ann.last_text
    assert photos(ann) == []


async def test_the_streak_counts_the_persons_own_days_not_utc_days(clock, bot, db):
    # Auckland is 13 hours ahead: an evening session at 22:00 local is 09:00 UTC the same day.
    auckland = ZoneInfo("Pacific/Auckland")
    async with db.transaction() as session:
        await add_person(session, 2002, "Kiri", "Pacific/Auckland")
        for days_ago in (1, 2, 3):
            local = datetime(2026, 11, 24, 22, 0, tzinfo=auckland) - timedelta(days=days_ago)
            await add_session(session, 2002, local, 5, 4)
    kiri = Person(bot, 2002, "Kiri")
    await kiri.say("/progress")
    # It is 20:30 on Tuesday in Auckland: Monday, Sunday and Saturday evenings are 3 days in a row.
    assert "3 days</b> in a row" in kiri.fake.messages(2002)[0]["raw"]


async def test_a_chart_being_drawn_never_holds_up_another_persons_reply(clock, bot, ann, db):
    await three_weeks_of_easing_pain(db)
    bob = Person(bot, 3003, "Bob")
    progress = asyncio.create_task(ann.say("/progress"))
    # Let Ann's update reach the chart process, then Bob asks for help.
    while not ann.fake.messages(1001):
        await asyncio.sleep(0.001)
    await bob.say("/help")
    assert bob.seen("What I can do")
    assert photos(ann) == [], "Bob was answered while Ann's chart was still being drawn"
    await progress
    assert len(photos(ann)) == 1


async def test_the_weekly_summary_tells_the_week_on_the_chart(clock, bot, ann, db):
    await three_weeks_of_easing_pain(db, name=ann.first_name)
    await reminders_set_up(ann)
    await bot.advance((SUNDAY_EVENING - NOW).total_seconds())
    [chart] = photos(ann)
    assert chart["file"].startswith(PNG)
    summary = ann.texts[-2]  # the text went at once; the chart followed it
    assert "Your week, Ann <&_> O'Neil" in summary
    assert "This week: 2 of 14 sessions" in summary
    assert "down from 7 to 4" in summary


async def test_a_week_without_sessions_gets_a_kind_word_and_no_chart(clock, bot, ann, db):
    async with db.transaction() as session:
        await add_person(session, 1001, "Ann")
        await add_session(session, 1001, NOW - timedelta(days=20), 6, 5)
    await reminders_set_up(ann)
    await bot.advance((SUNDAY_EVENING - NOW).total_seconds())
    assert "No sessions this week" in ann.last_text
    assert photos(ann) == []


SUNDAY_EVENING = datetime(2026, 11, 29, 19, 0, 30, tzinfo=UTC)  # 20:00 in Amsterdam


async def reminders_set_up(person: Person) -> None:
    """The person tells /reminders their city, which sets up their reminders."""
    await person.say("/reminders")
    if "Change time zone" in person.last_buttons:  # the test data gave them a zone already
        await person.tap("Change time zone")
    await person.say("Amsterdam")
    assert person.seen("Europe/Amsterdam")


async def test_the_sweep_sends_the_weekly_summary_on_sunday_evening(clock, bot, ann, db):
    await three_weeks_of_easing_pain(db)
    await reminders_set_up(ann)
    await bot.advance((SUNDAY_EVENING - NOW - timedelta(minutes=2)).total_seconds())
    assert photos(ann) == []  # not before its time
    await bot.advance(timedelta(minutes=2).total_seconds())
    [_chart] = photos(ann)
    assert "Your week, Ann" in ann.texts[-2]
    await bot.advance(timedelta(hours=1).total_seconds())
    assert len(photos(ann)) == 1  # once a week, not once a tick


async def test_the_weekly_summary_can_be_switched_off_in_reminders(clock, bot, ann, db):
    await three_weeks_of_easing_pain(db)
    await reminders_set_up(ann)
    await ann.say("/reminders")
    assert "Weekly summary: Sunday 20:00" in ann.last_text
    await ann.tap("Stop the weekly summary")
    assert ann.toasts()[-1] == "Weekly summary off."
    assert "Weekly summary: off" in ann.last_text
    await bot.advance((SUNDAY_EVENING - NOW).total_seconds())
    assert photos(ann) == []
    await ann.tap("Send me a weekly summary")
    assert ann.toasts()[-1] == "Weekly summary on: Sunday evenings."


async def test_a_year_of_practice_still_reads_right(clock, bot, ann, db):
    async with db.transaction() as session:
        user = await add_person(session, 1001, "Ann", "Europe/Amsterdam")
        year = Month(days=365, pain_from=8, pain_to=3, practice=Practice(2, 2))
        await add_month(session, 1001, YESTERDAY, zone_named(user.time_zone), year)
    await ann.say("/progress")
    text = ann.fake.messages(1001)[0]["raw"]
    assert "365 days</b> in a row" in text
    assert "730 sessions in total" in text
    assert "last 8 weeks" in photos(ann)[0]["caption"]


async def test_one_session_reads_in_the_singular_and_bending_is_told_by_its_reach(
    clock, bot, ann, db
):
    await screen_clear(ann)
    await answer_symptoms(ann, fear="Yes")  # the plan has bending forward step by step
    async with db.transaction() as session:
        await add_session(session, 1001, YESTERDAY, 6, 5)  # bending skipped
    await ann.say("/progress")
    text = progress_of(ann)
    assert "✅ 1 session in total" in text
    assert bending_line(text) == "no bends logged yet"
    async with db.transaction() as session:
        await add_session(session, 1001, YESTERDAY + timedelta(hours=9), 5, 4, Practice(reach=1))
    await ann.say("/progress")
    text = progress_of(ann)
    assert "✅ 2 sessions in total" in text
    assert bending_line(text) == "measured by how far you reach (above)"
    assert "Bending reach: mid-shin" in text


def progress_of(person: Person) -> str:
    """The newest /progress message."""
    return next(t for t in reversed(person.texts) if "Your progress" in t)


def bending_line(progress: str) -> str:
    """The line under bending's name in the reps and holds."""
    return progress.split("Bending forward step by step")[1].splitlines()[1]
