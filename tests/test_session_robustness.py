"""Bad luck and bad input in a session: kills, restarts, double taps, forged and foreign taps."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from localchat.telegram import LocalTelegram
from storage.models import User
from storage.session_models import ExerciseSession, SessionEvent
from tests.support.harness import Person, RunningBot
from tests.support.people import answer_symptoms, count_set, screen_clear

FORGED = "That button isn't one I can use."


async def into_pelvic_lift(person: Person, pain: str = "3") -> None:
    """A plain plan, a new session, the pelvic lift started: rep 1 is being held."""
    await screen_clear(person)
    await answer_symptoms(person)
    await person.say("/session")
    await person.tap(pain)
    await person.tap("Start")


async def into_back_extension(person: Person) -> None:
    """A plain plan, a new session, the pelvic lift skipped and the count started."""
    await screen_clear(person)
    await answer_symptoms(person)
    await person.say("/session")
    await person.tap("3")
    await person.tap("Skip")
    await person.tap("Start")


async def count_rows(db, kind: str, user_id: int = 1001) -> int:
    async with db.transaction() as session:
        return await session.scalar(
            select(func.count())
            .select_from(SessionEvent)
            .where(SessionEvent.kind == kind, SessionEvent.user_id == user_id)
        )


async def rep_total(db, user_id: int = 1001) -> int:
    async with db.transaction() as session:
        return await session.scalar(
            select(func.coalesce(func.sum(SessionEvent.value), 0)).where(
                SessionEvent.kind == "rep", SessionEvent.user_id == user_id
            )
        )


def edits_of(fake: LocalTelegram, chat: int, message_id: int) -> list[dict]:
    return [e for e in fake.edits(chat) if e["message_id"] == message_id]


async def double_tap(bot: RunningBot, person: Person, label: str) -> None:
    """Two taps on the same button arrive before the bot has answered the first."""
    message_id, data = bot.fake.find_button(person.user_id, label)
    first = bot.fake.callback_update(person.user_id, message_id, data)
    second = bot.fake.callback_update(person.user_id, message_id, data)
    await bot.feed(first)
    await bot.feed(second)


# ---------------------------------------------------------------- kill -9 and restart


async def test_a_hold_running_at_a_quick_restart_still_ends_on_time_once(ann, bot, fake, db, clock):
    await into_pelvic_lift(ann)
    hold = fake.last_message(1001)["message_id"]
    posted = time.time()
    await bot.advance(4)
    await bot.kill()
    await bot.start()
    await bot.advance(0)  # the start-up recovery re-arms the hold
    await bot.advance(5)
    assert "Rep 1/10: lift and hold" in ann.last_text
    await bot.advance(1)
    released = fake.last_message(1001)
    assert released["message_id"] != hold and released["date"] == int(posted + 10)  # it pings
    assert "Rep 1/10: release, rest" in released["text"]
    await bot.advance(5)
    assert "Rep 2/10: lift and hold" in ann.last_text
    assert await count_rows(db, "hold") == 1


async def test_a_hold_that_ended_while_down_counts_once_and_waits_for_resume(
    ann, bot, fake, db, clock
):
    await into_pelvic_lift(ann)
    for _ in range(2):
        await bot.advance(10)
        await bot.advance(5)
    third = fake.last_message(1001)["message_id"]
    assert "Rep 3/10: lift and hold" in ann.last_text
    await bot.advance(3)
    await bot.kill()
    clock.shift(90)  # the bot is down while the hold runs out
    await bot.start()
    await bot.advance(0)
    assert len(edits_of(fake, 1001, third)) == 1
    assert "Rep 3/10: release, rest" in edits_of(fake, 1001, third)[0]["text"]
    assert "I was away for a moment" in ann.last_text
    assert ann.buttons_now == ["▶ Resume", "⏹ Stop"]
    assert await count_rows(db, "hold") == 3
    await bot.advance(60)
    assert "I was away for a moment" in ann.last_text  # nothing moves until the person says so
    await ann.tap("Resume")
    assert "Rep 4/10: lift and hold" in ann.last_text
    await bot.advance(10)
    assert await count_rows(db, "hold") == 4
    for message in fake.messages(1001):
        if (message["text"] or "").startswith("Rep "):
            assert len(edits_of(fake, 1001, message["message_id"])) <= 1, "no ghost edits"


async def test_a_last_hold_that_ended_while_down_moves_on_to_the_next_exercise(
    ann, bot, fake, db, clock
):
    await into_pelvic_lift(ann)
    for _ in range(9):
        await bot.advance(10)
        await bot.advance(5)
    assert "Rep 10/10: lift and hold" in ann.last_text
    await bot.kill()
    clock.shift(30)
    await bot.start()
    await bot.advance(0)
    assert "That was the last one" in ann.texts[-3]
    assert "here's what comes next" in ann.texts[-2]
    assert "2/2 · Back extension" in ann.last_text
    await ann.tap("Start")
    assert "Count: 0 of 10" in ann.last_text
    assert await count_rows(db, "hold") == 10
    assert await count_rows(db, "done") == 1


async def test_a_rest_that_ran_out_while_down_waits_for_resume(ann, bot, fake, db, clock):
    await into_pelvic_lift(ann)
    await bot.advance(10)
    await bot.advance(2)  # resting after rep 1
    await bot.kill()
    clock.shift(20)
    await bot.start()
    await bot.advance(0)
    assert "I was away for a moment" in ann.last_text
    await ann.tap("Resume")
    assert "Rep 2/10: lift and hold" in ann.last_text
    assert await count_rows(db, "hold") == 1


async def test_a_long_downtime_finishes_the_hold_quietly(ann, bot, fake, db, clock):
    await into_pelvic_lift(ann)
    shown = len(fake.messages(1001))
    await bot.kill()
    clock.shift(7 * 3600)
    await bot.start()
    await bot.advance(0)
    assert len(fake.messages(1001)) == shown  # no "tap Resume" hours later
    assert await count_rows(db, "hold") == 1
    await ann.say("/session")
    assert "isn't finished" not in ann.texts[-2]  # a session from hours ago is left behind
    assert "how is your back right now?" in ann.last_text


async def test_a_kill_while_counting_loses_no_rep_and_resumes_at_the_count(ann, bot, fake, db):
    await into_back_extension(ann)
    await ann.tap("+5")
    await ann.tap("+1")
    await bot.kill()
    await bot.start()
    await ann.tap("+1")  # the counter shown before the restart still works
    assert "Count: 7 of 10" in ann.last_text
    await ann.say("/session")
    assert "isn't finished (1 of 2 exercises through)" in ann.texts[-2]
    assert "Paused" in ann.last_text
    await ann.tap("Resume")
    assert "Count: 7 of 10" in ann.last_text
    await count_set(ann, fives=0, ones=3)
    assert "how is your back now?" in ann.last_text
    assert await rep_total(db) == 10


async def test_session_mid_hold_says_it_is_running(ann, bot, fake, clock):
    await into_pelvic_lift(ann)
    await ann.say("/session")
    assert "isn't finished" in ann.texts[-2]
    assert "Your session is running" in ann.last_text
    await bot.advance(10)
    assert "Rep 1/10: release, rest" in ann.last_text


# ---------------------------------------------------------------- double taps


async def test_double_taps_count_once_and_never_edit_twice(ann, bot, fake, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann, fear="Yes")
    await ann.say("/session")
    await double_tap(bot, ann, "3")
    await double_tap(bot, ann, "Skip")
    await double_tap(bot, ann, "Start")
    await double_tap(bot, ann, "+5")
    await double_tap(bot, ann, "+1")
    assert "Count: 6 of 10" in ann.last_text
    await ann.tap("+1")
    await ann.tap("+1")
    await ann.tap("+1")
    await ann.tap("+1")
    await double_tap(bot, ann, "Set done")
    await double_tap(bot, ann, "Start")
    for _ in range(5):
        await double_tap(bot, ann, "Next")
    await double_tap(bot, ann, "Ankles")
    await double_tap(bot, ann, "No")
    await double_tap(bot, ann, "2")
    assert await rep_total(db) == 10
    assert await count_rows(db, "set") == 1
    assert await count_rows(db, "reach") == 1
    assert await count_rows(db, "leg_worse") == 1
    async with db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(ExerciseSession)) == 1
        row = await session.scalar(select(ExerciseSession))
    assert (row.pain_before, row.pain_after, row.status) == (3, 2, "done")
    toasts = [t for t in ann.toasts() if t]
    assert set(toasts) <= {
        "Already noted, thanks.",
        "Already counted.",
        "That button is from an earlier step. Carry on from the newest message.",
        "This session has ended. Send /session to start a new one.",
    }
    assert len(toasts) == 15  # one for each second tap


async def test_a_replayed_count_tap_is_ignored(ann, bot, fake, db):
    await into_back_extension(ann)
    counter = fake.last_message(1001)["message_id"]
    _, plus_one = fake.find_button(1001, "+1")
    await ann.tap("+1")
    await ann.tap_data(counter, plus_one)
    await ann.tap_data(counter, plus_one)
    assert ann.toasts()[-2:] == ["Already counted.", "Already counted."]
    assert "Count: 1 of 10" in ann.last_text
    assert await rep_total(db) == 1


async def test_pause_and_stop_twice(ann, bot, fake, db, clock):
    await into_pelvic_lift(ann)
    await double_tap(bot, ann, "Pause")
    assert ann.toasts()[-1] == "Already paused."
    await double_tap(bot, ann, "Resume")
    assert ann.toasts()[-1] == "Already going. I'll guide you from here."
    assert "Rep 1/10: lift and hold" in ann.last_text
    await double_tap(bot, ann, "Stop")
    assert ann.toasts()[-1] == "This session has ended. Send /session to start a new one."
    assert "Rep 1/10: stopped. This one didn't count." in ann.texts[-3]
    assert "Session stopped" in ann.texts[-2]
    await bot.advance(30)
    assert "how is your back now?" in ann.last_text  # no timer fired after the stop
    await ann.tap("4")
    assert "Session ended early" in ann.texts[-2]
    assert "Pelvic lift: 0 of 10 holds" in ann.texts[-2]
    assert "usually settles by the next morning" in ann.last_text  # pain rose 3 → 4
    assert await count_rows(db, "hold") == 0
    async with db.transaction() as session:
        row = await session.scalar(select(ExerciseSession))
    assert (row.status, row.pain_after) == ("stopped", 4)


# ---------------------------------------------------------------- forged, foreign and old taps


@pytest.mark.parametrize(
    "data",
    [
        "s.pain:1:before:11",
        "s.pain:1:during:3",
        "s.pain:x:before:3",
        "s.card:1:0:fly",
        "s.add:1:1:1:0:7",
        "s.add:1:1:1:0",
        "s.set:1:1:1",
        "s.ctl:1:explode",
        "s.bend:1:2:5",
        "s.reach:1:2:4",
        "s.leg:1:2:maybe",
        "s.lvl:1:no_such_thing:1:yes",
        "s.chk:1",
        "s.fresh:1:2",
        "s.new:go:now",
        "s.card:999:0:go",
        "s.pain:1:before:" + "9" * 40,
    ],
)
async def test_forged_session_buttons_change_nothing(ann, bot, fake, db, data):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")
    await ann.tap_data(fake.last_message(1001)["message_id"], data)
    assert ann.toasts()[-1] == FORGED
    async with db.transaction() as session:
        row = await session.scalar(select(ExerciseSession))
    assert row.pain_before is None and row.position == 0


async def test_someone_elses_session_buttons_are_refused(bot, fake, db, clock):
    ann, bo = Person(bot, 1001, "Ann"), Person(bot, 1002, "Bo")
    await into_pelvic_lift(ann)
    await screen_clear(bo)
    await answer_symptoms(bo)
    await bo.say("/session")
    mine = fake.last_message(1002)["message_id"]
    for data in ("s.ctl:1:pause", "s.ctl:1:stop", "s.pain:1:after:9", "s.fresh:1", "s.chk:1:1"):
        await bo.tap_data(mine, data)
        assert bo.toasts()[-1] == FORGED
    async with db.transaction() as session:
        row = await session.get(ExerciseSession, 1)
    assert (row.user_id, row.status, row.phase) == (1001, "active", "doing")
    await bot.advance(10)
    assert "Rep 1/10: release, rest" in ann.last_text


async def test_buttons_of_an_old_session_answer_with_a_toast(ann, bot, fake, db, clock):
    await into_pelvic_lift(ann)
    old_hold = fake.last_message(1001)["message_id"]
    await ann.say("/session")
    await ann.tap("Start fresh")
    assert ann.seen("Starting a fresh session")
    assert "how is your back right now?" in ann.last_text
    await bot.advance(30)
    assert edits_of(fake, 1001, old_hold) == []  # the abandoned hold's timer was cancelled
    await ann.tap_data(old_hold, "s.ctl:1:pause")
    assert ann.toasts()[-1] == "This session has ended. Send /session to start a new one."
    await ann.tap_data(old_hold, "s.pain:1:before:4")
    assert ann.toasts()[-1] == "Already noted, thanks."
    async with db.transaction() as session:
        query = select(ExerciseSession.status).order_by(ExerciseSession.id)
        statuses = list(await session.scalars(query))
    assert statuses == ["abandoned", "active"]


async def test_a_stale_card_or_counter_from_an_earlier_step_is_refused(ann, bot, fake, db):
    await into_back_extension(ann)
    await ann.tap_data(fake.messages(1001)[-2]["message_id"], "s.card:1:0:go")
    assert (
        ann.toasts()[-1] == "That button is from an earlier step. Carry on from the newest message."
    )
    await ann.tap_data(fake.last_message(1001)["message_id"], "s.add:1:1:2:0:1")
    assert (
        ann.toasts()[-1] == "That button is from an earlier step. Carry on from the newest message."
    )
    await ann.tap("Set done")
    assert ann.toasts()[-1] == "Tap +1 for each lift first."
    assert await rep_total(db) == 0


# ---------------------------------------------------------------- several people at once


async def test_people_in_sessions_at_once_never_see_each_others_timers_or_counts(
    bot, fake, db, clock
):
    ann, bo, cy = Person(bot, 1001, "Ann"), Person(bot, 1002, "Bo"), Person(bot, 1003, "Cy")
    await into_pelvic_lift(ann)
    ann_started = time.time()
    await bot.advance(3)
    await into_pelvic_lift(bo, pain="5")
    bo_started = time.time()
    await into_back_extension(cy)
    for _ in range(40):
        await bot.advance(1)
        await cy.tap("+1")
    for person, started in ((ann, ann_started), (bo, bo_started)):
        shown = [m for m in fake.messages(person.user_id) if (m["text"] or "").startswith("Rep ")]
        holds = [m["date"] - int(started) for m in shown if "lift and hold" in m["text"]]
        ends = [m["date"] - int(started) for m in shown if "release" in m["text"]]
        assert holds == [0, 15, 30], "reps at 0, 15 and 30 s after each start"
        assert ends == [10, 25, 40], "each person's holds end on their own clock"
    assert "Count: 40 of 10" in cy.last_text
    assert not [t for t in cy.texts if t.startswith("Rep ")]
    async with db.transaction() as session:
        rows = await session.execute(
            select(SessionEvent.user_id, func.count())
            .where(SessionEvent.kind == "hold")
            .group_by(SessionEvent.user_id)
            .order_by(SessionEvent.user_id)
        )
        assert list(rows) == [(1001, 3), (1002, 3)]
    assert await rep_total(db, 1003) == 40


async def test_a_deleted_rep_message_does_not_stop_the_session(ann, bot, fake, db, clock):
    await into_pelvic_lift(ann)
    del fake.chats[1001].messages[fake.last_message(1001)["message_id"]]  # the person deleted it
    await bot.advance(10)
    await bot.advance(5)
    assert "Rep 2/10: lift and hold" in ann.last_text
    assert await count_rows(db, "hold") == 1
    assert "Rep 1/10: release, rest" in ann.texts[-2]  # the end is a message of its own
    assert fake.errors == []


async def test_a_person_who_blocks_the_bot_mid_hold_stops_the_timers(ann, bot, fake, db, clock):
    await into_pelvic_lift(ann)
    fake.block(1001)
    await bot.advance(10)
    await bot.advance(30)
    async with db.transaction() as session:
        row = await session.scalar(select(ExerciseSession))
        user = await session.get(User, 1001)
    assert (row.hold_ends_at, row.rest_ends_at, row.phase) == (None, None, "paused")
    assert user.active is False
    assert [method for method, _ in fake.errors] == ["sendMessage"]
    fake.errors.clear()  # the one refused message is what blocking looks like
