"""The function check (PSFS) end to end: naming, rating, re-rating two weeks later, the change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from storage.function_models import FunctionActivity, FunctionCheck, FunctionRating
from tests.support.harness import Person
from tests.support.history import add_person, add_session
from tests.support.people import answer_symptoms, screen_clear

NOW = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
TWO_WEEKS = timedelta(days=14).total_seconds()


async def someone_who_practised(db, user_id: int = 1001, name: str = "Ann") -> None:
    """A person with one finished session yesterday (the check is offered after sessions)."""
    async with db.transaction() as session:
        await add_person(session, user_id, name, "Europe/London")
        await add_session(session, user_id, NOW - timedelta(days=1), 6, 5)


async def first_check(ann: Person) -> None:
    """Name two activities and rate them 3 and 5."""
    await ann.say("/progress")
    await ann.tap("Do the function check")
    await ann.say("putting on socks")
    await ann.tap("3")
    await ann.tap("Add another")
    await ann.say("  carrying   shopping ")
    await ann.tap("5")
    await ann.tap("That's all")


def progress_text(person: Person) -> str:
    """The newest /progress message (the chart follows it)."""
    return next(t for t in reversed(person.texts) if "Your progress" in t)


async def count(db, model) -> int:
    async with db.transaction() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def test_the_first_check_names_activities_and_rates_them(clock, bot, ann, db):
    await someone_who_practised(db)
    await ann.say("/progress")
    assert "name up to three things your back makes hard" in progress_text(ann)
    await ann.tap("Do the function check")
    assert "Name one everyday activity" in ann.last_text
    await ann.say("putting on socks")
    assert "putting on socks: how well can you do this now?" in ann.last_text
    assert ann.buttons_now == [str(n) for n in range(11)]
    await ann.tap("3")
    assert ann.texts[-2].endswith("→ 3")  # the answer stays under its question
    assert ann.buttons_now == ["Add another", "That's all"]
    await ann.tap("Add another")
    await ann.say("carrying shopping")
    await ann.tap("5")
    await ann.tap("That's all")
    done = ann.last_text
    assert "putting on socks: 3 of 10" in done and "carrying shopping: 5 of 10" in done
    assert "in two weeks (8 Dec)" in done
    async with db.transaction() as session:
        names = list(await session.scalars(select(FunctionActivity.name)))
        check = await session.scalar(select(FunctionCheck))
    assert names == ["putting on socks", "carrying shopping"]
    assert check.completed_at is not None


async def test_a_third_activity_ends_the_first_check_by_itself(clock, bot, ann, db):
    await someone_who_practised(db)
    await ann.say("/progress")
    await ann.tap("Do the function check")
    for name, score in (("socks", "2"), ("shopping", "4"), ("sitting through a film", "6")):
        await ann.say(name)
        await ann.tap(score)
        if name != "sitting through a film":
            await ann.tap("Add another")
    assert "that's your starting point" in ann.last_text
    assert await count(db, FunctionRating) == 3


async def test_two_weeks_later_the_same_activities_are_re_rated_and_the_change_judged(
    clock, bot, ann, db
):
    await someone_who_practised(db)
    await first_check(ann)
    await bot.advance(TWO_WEEKS)
    await ann.say("/progress")
    assert "Your function check is due" in progress_text(ann)
    await ann.tap("Do the function check")
    assert "putting on socks: how well can you do this now?" in ann.last_text
    await ann.tap("6")
    assert "carrying shopping: how well can you do this now?" in ann.last_text
    await ann.tap("6")
    result = ann.last_text
    assert "putting on socks: 3 → 6 (+3), a real improvement" in result
    assert "carrying shopping: 5 → 6 (+1), within the usual ups and downs" in result
    assert "A change of 2 points or more is meaningful, so this is real progress" in result
    assert "Next check: 22 Dec" in result
    assert await count(db, FunctionActivity) == 2  # the same activities, not new ones
    await ann.say("/progress")
    progress = progress_text(ann)
    assert "putting on socks: 3 → 6 (+3), a real improvement" in progress
    assert "Next function check: 22 Dec" in progress


async def test_a_small_change_is_not_called_progress(clock, bot, ann, db):
    await someone_who_practised(db)
    await first_check(ann)
    await bot.advance(TWO_WEEKS)
    await ann.say("/progress")
    await ann.tap("Do the function check")
    await ann.tap("4")
    await ann.tap("5")
    assert "No change of 2 points or more yet" in ann.last_text


async def test_a_meaningful_drop_says_to_ease_off_and_check(clock, bot, ann, db):
    await someone_who_practised(db)
    await first_check(ann)
    await bot.advance(TWO_WEEKS)
    await ann.say("/progress")
    await ann.tap("Do the function check")
    await ann.tap("1")
    await ann.tap("5")
    assert "putting on socks: 3 → 1 (-2), a real drop" in ann.last_text
    assert "/checkup" in ann.last_text


async def test_the_check_is_not_offered_again_before_two_weeks(clock, bot, ann, db):
    await someone_who_practised(db)
    await first_check(ann)
    await ann.say("/progress")
    assert "Next function check: 8 Dec" in progress_text(ann)
    assert ann.fake.buttons(ann.fake.messages(1001)[-2]) == []  # no offer on the figures
    first_progress = ann.fake.messages(1001)[0]
    await ann.tap_data(first_progress["message_id"], "fcg:go")  # the old offer, replayed
    assert ann.toasts()[-1] == "Your next function check is on 8 Dec."
    assert await count(db, FunctionCheck) == 1


async def test_a_double_tap_rates_once(clock, bot, ann, db):
    await someone_who_practised(db)
    await ann.say("/progress")
    await ann.tap("Do the function check")
    await ann.say("socks")
    message_id, data = ann.fake.find_button(1001, "7")
    await ann.tap_data(message_id, data)
    await ann.tap_data(message_id, data)
    assert ann.toasts()[-1] == "Already noted, thanks."
    assert await count(db, FunctionRating) == 1


async def test_someone_elses_rating_button_changes_nothing(clock, bot, ann, db):
    await someone_who_practised(db)
    await ann.say("/progress")
    await ann.tap("Do the function check")
    await ann.say("socks")
    _, data = ann.fake.find_button(1001, "7")
    bob = Person(bot, 2002, "Bob")
    await bob.say("/start")
    await bob.tap_data(bob.fake.last_message(2002)["message_id"], data)  # Ann's data, forged
    assert bob.toasts()[-1] == "That button isn't one I can use."
    assert await count(db, FunctionRating) == 0


async def test_a_long_or_empty_name_is_asked_again(clock, bot, ann, db):
    await someone_who_practised(db)
    await ann.say("/progress")
    await ann.tap("Do the function check")
    await ann.say("x" * 61)
    assert "under 60 characters" in ann.last_text
    await ann.say("<b>socks</b> & shoes")
    assert "<b>socks</b> & shoes: how well can you do this now?" in ann.last_text  # shown as typed


async def test_a_restart_while_we_wait_for_a_name_forgets_nothing(clock, bot, ann, db):
    await someone_who_practised(db)
    await ann.say("/progress")
    await ann.tap("Do the function check")
    await bot.kill()
    await bot.start()
    await ann.say("getting out of the car")
    assert "getting out of the car: how well can you do this now?" in ann.last_text
    await bot.kill()
    await bot.start()
    await ann.tap("8")
    assert ann.buttons_now == ["Add another", "That's all"]


async def a_short_session(person: Person) -> None:
    """/session with pain 2 before and after: skip the pelvic lift, one set of 10 extensions."""
    await person.say("/session")
    await person.tap("2")
    await person.tap("Skip")
    await person.tap("Start")
    await person.tap("+5")
    await person.tap("+5")
    await person.tap("Set done")
    await person.tap("2")


async def test_a_finished_session_offers_the_first_check_once_a_day(clock, bot, ann, db):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await a_short_session(ann)
    assert "Session done" in ann.last_text  # the summary stays the last word
    # The day's lesson and the support-need questions are offered under it too.
    assert ann.buttons_now == [
        "📋 Rate what your back makes hard (2 min)",
        "📖 Read today's lesson",
        "🧭 Answer the nine questions",
    ]
    await bot.advance(6 * 3600)
    await a_short_session(ann)  # the evening session: no second offer the same day
    assert ann.buttons_now == []
    await bot.advance(18 * 3600)
    await a_short_session(ann)
    await ann.tap("Rate what your back makes hard")
    assert "Name one everyday activity" in ann.last_text
