"""Help past a missed day, end to end on a fake clock: the question, each answer's change taken.

The clock starts on Tuesday 2026-11-24 at 07:30 UTC, 08:30 in Amsterdam (UTC+1): the plan is
given then, so Wednesday is the first whole day of it, and Thursday's 08:00 nudge (07:00 UTC)
is the first that can ask about a missed day.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from storage.adherence_models import BarrierAnswer
from storage.session_models import ExerciseLevel, ExerciseSession
from tests.support.history import add_session
from tests.support.moments import until, utc
from tests.support.people import TODAY, nudges, plan_then
from tests.support.sessions import run_session

QUESTION = "What got in the way?"
THURSDAY_MORNING = utc(2026, 11, 26, 7, 0, 10)


async def barrier_rows(db) -> list[BarrierAnswer]:
    async with db.transaction() as session:
        return list(await session.scalars(select(BarrierAnswer).order_by(BarrierAnswer.id)))


async def sessions_of(db) -> list[ExerciseSession]:
    async with db.transaction() as session:
        return list(await session.scalars(select(ExerciseSession).order_by(ExerciseSession.id)))


async def clean_counts(db) -> dict[str, int]:
    async with db.transaction() as session:
        rows = await session.scalars(select(ExerciseLevel))
        return {row.exercise_id: row.clean_sessions for row in rows}


async def test_a_missed_day_asks_once_and_no_time_gets_a_three_minute_session(ann, bot, db, clock):
    await plan_then(ann)
    await ann.tap("Sounds good")
    await ann.say("/session")  # Tuesday morning, the day the plan was given
    await run_session(bot, ann)
    assert "Session done" in ann.last_text
    assert await clean_counts(db) == {"pelvic_lift": 1, "back_extension": 1}

    await until(bot, utc(2026, 11, 25, 22, 0))  # all of Wednesday: nothing done
    assert QUESTION not in "".join(nudges(ann))  # Wednesday's nudges only nudge
    await until(bot, THURSDAY_MORNING)
    asked = ann.last_text
    assert TODAY in asked and QUESTION in asked
    assert ann.buttons_now == [
        "No time", "I forgot", "Pain", "Not sure it helps", "Bored of it", "Something else",
        "✈️ I'm away", "Start now",
    ]  # fmt: skip

    await ann.tap("No time")
    assert "What got in the way: No time" in ann.texts[-2]
    offer = ann.last_text
    assert "three-minute version" in offer and "Pelvic lift and Back extension" in offer
    assert "half the reps" in offer
    await ann.tap("Three minutes now")
    assert ann.fake.buttons(ann.fake.messages(1001)[-3]) == []  # the offer's button is gone
    await run_session(bot, ann)
    summary = ann.last_text
    assert "Pelvic lift: 5 holds" in summary and "Back extension: 5 reps" in summary

    quick = (await sessions_of(db))[-1]
    assert (quick.status, quick.quick) == ("done", True)
    # Logged like any session, but never a step towards the next level.
    assert await clean_counts(db) == {"pelvic_lift": 1, "back_extension": 1}
    (row,) = await barrier_rows(db)
    assert (row.barrier, row.suggestion, row.taken) == ("no_time", "quick", "quick")
    assert row.missed_day.isoformat() == "2026-11-25"

    await until(bot, utc(2026, 11, 26, 18, 0, 10))  # the evening nudge: well done this morning
    assert QUESTION not in ann.last_text and "morning" in ann.last_text.lower()
    await ann.say("/progress")
    figures = next(text for text in ann.texts if text.startswith("Your progress"))
    # Tuesday 1 of its 1 done, Wednesday 0 of 2, today 1: a dent, not zero; recent days weigh most.
    assert "1 day with a session" in figures and "Habit strength: 50%" in figures


async def test_the_question_comes_once_a_lapse_and_a_second_tap_changes_nothing(
    ann, bot, db, clock
):
    await plan_then(ann)
    await until(bot, THURSDAY_MORNING)
    assert QUESTION in ann.last_text
    question = ann.fake.last_message(1001)["message_id"]
    await until(bot, utc(2026, 11, 27, 7, 0, 10))  # Friday: still nothing done
    assert QUESTION not in ann.last_text and TODAY in ann.last_text
    assert len(await barrier_rows(db)) == 1
    await ann.tap_data(question, f"br:{(await barrier_rows(db))[0].id}:bored")
    await ann.tap_data(question, f"br:{(await barrier_rows(db))[0].id}:pain")
    assert ann.toasts()[-1] == "Already noted, thank you."
    assert (await barrier_rows(db))[0].barrier == "bored"
    await ann.tap_data(question, "br:999:pain")  # someone else's question, or a forged one
    assert ann.toasts()[-1] == "That button isn't one I can use."


async def test_no_question_about_a_day_with_a_session(ann, bot, db, clock):
    await plan_then(ann)
    async with db.transaction() as session:
        await add_session(session, 1001, utc(2026, 11, 25, 17, 0), 4, 3)  # Wednesday evening
    await until(bot, THURSDAY_MORNING)
    assert TODAY in ann.last_text and QUESTION not in ann.last_text
    assert await barrier_rows(db) == []


async def lapse(bot, db, person) -> None:
    """A session logged today (ending the lapse), none tomorrow: the morning after, the question."""
    today = datetime.now(UTC).replace(hour=11, minute=0, second=0, microsecond=0)
    async with db.transaction() as session:
        await add_session(session, person.user_id, today, 4, 3)
    await until(bot, today.replace(hour=7, second=10) + timedelta(days=2))
    assert QUESTION in person.last_text


async def forgot_then_no_time_twice(bot, db, ann) -> None:
    """I forgot: a nudge moved; no time: three minutes; no time again: a new time instead."""
    await ann.tap("I forgot")
    assert "Forgetting is normal" in ann.last_text and "Pick the nudge to move" in ann.last_text
    assert ann.buttons_now == ["Move the morning nudge (08:00)", "Move the evening nudge (19:00)"]
    await ann.tap("Move the morning nudge")
    assert "What time should your morning reminder come?" in ann.last_text
    await ann.say("7:15")
    assert "morning reminder now comes at 07:15" in ann.texts[-2]
    await lapse(bot, db, ann)  # Saturday, at the new time
    await ann.tap("No time")
    assert "three-minute version" in ann.last_text
    await lapse(bot, db, ann)  # Monday: no time again
    await ann.tap("No time")
    assert "same as last time" in ann.last_text and "Pick the nudge to move" in ann.last_text


async def pain_twice(bot, db, ann) -> None:
    """Pain: the flare plan or the questions; pain again: see someone, and the questions."""
    await ann.tap("Pain")
    assert "gentle routine" in ann.last_text
    assert ann.buttons_now == ["Gentle routine for a sore back", "Answer the questions again"]
    await ann.tap("Gentle routine for a sore back")
    assert "A flare-up" in ann.last_text and ann.buttons_now == ["Start the gentle routine"]
    await lapse(bot, db, ann)
    await ann.tap("Pain")
    assert "GP or a physiotherapist" in ann.last_text
    await ann.tap("Answer the questions again")
    assert "None of these" in ann.buttons_now  # the safety screen again


async def unsure_twice_bored_and_something_else(bot, db, ann) -> None:
    """Why it works, then the person's own figures; a new order; a kind word and three minutes."""
    await ann.tap("Not sure it helps")
    await ann.tap("Why it works")
    # The lesson on why it works, on its picture, then its one question.
    assert any("Why exercise helps" in text for text in ann.texts[-2:])
    assert "What's the best exercise for back pain?" in ann.last_text
    await lapse(bot, db, ann)
    await ann.tap("Not sure it helps")
    assert "your own figures" in ann.last_text
    await ann.tap("Show my progress")
    assert any(text.startswith("Your progress") for text in ann.texts[-3:])
    await lapse(bot, db, ann)
    await ann.tap("Bored of it")  # no exercise of this plan has another form: a new order
    assert "the other way round, starting with Back extension" in ann.last_text
    await ann.tap("Start that way")
    await run_session(bot, ann)
    assert ann.last_text.index("Back extension") < ann.last_text.index("Pelvic lift")
    await lapse(bot, db, ann)
    await ann.tap("Something else")
    assert "Some days just don't go to plan" in ann.last_text
    assert "three-minute version" in ann.last_text


async def test_each_answer_gets_its_change_and_the_same_one_twice_a_different_one(
    ann, bot, db, clock
):
    await plan_then(ann)
    await until(bot, THURSDAY_MORNING)
    await forgot_then_no_time_twice(bot, db, ann)
    await lapse(bot, db, ann)
    await pain_twice(bot, db, ann)
    await lapse(bot, db, ann)
    await unsure_twice_bored_and_something_else(bot, db, ann)
    stored = [(row.barrier, row.suggestion, row.taken) for row in await barrier_rows(db)]
    assert stored == [
        ("forgot", "time", "am"),
        ("no_time", "quick", None),
        ("no_time", "time", None),
        ("pain", "flare", "flare"),
        ("pain", "clinician", "check"),
        ("unsure", "why", "why"),
        ("unsure", "progress", "prog"),
        ("bored", "order", "order"),
        ("other", "quick", None),
    ]


async def test_bored_gets_another_safe_form_of_an_exercise_for_today(ann, bot, db, clock):
    await plan_then(ann, leg="Yes")  # the standing back bend joins the plan
    await until(bot, THURSDAY_MORNING)
    await ann.tap("Bored of it")
    offer = ann.last_text
    assert "Something new today" in offer and "instead of Standing back bend" in offer
    await ann.tap("Try it today")
    varied = (await sessions_of(db))[-1]
    assert varied.exercises == "pelvic_lift,back_extension,back_bend:lying"
    assert not varied.quick  # a whole session, only one exercise in another form
    assert "3 exercises" in ann.last_text
