"""Reminders under bad luck: restarts, kills mid-send, daylight saving, blocks, flood limits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from services.nudges import claim_due
from storage.base import utcnow
from storage.db import is_sqlite
from storage.models import User
from tests.support.harness import Person
from tests.support.moments import until, utc
from tests.support.people import TODAY, nudges, plan_then
from tests.support.records import rows


class ProcessKilled(BaseException):
    """Stands for kill -9: nothing after it runs, nothing uncommitted survives."""


def sends_to(fake, chat_id: int) -> list[dict]:
    """Every sendMessage the bot attempted to this chat, delivered or not."""
    return [params for method, params in fake.calls if method == "sendMessage"
            and params.get("chat_id") == chat_id]  # fmt: skip


def kill_on_nudge(fake, *, before_delivery: bool) -> None:
    """Make the process die at the first nudge it sends: just before or just after delivery."""
    deliver = fake.handle

    async def handle(method: str, params: dict) -> tuple[int, dict]:
        if method == "sendMessage" and TODAY in str(params.get("text")):
            fake.handle = deliver  # only the first one
            if before_delivery:
                raise ProcessKilled
            answer = await deliver(method, params)
            raise ProcessKilled(answer)
        return await deliver(method, params)

    fake.handle = handle


# ---------------------------------------------------------------------------- restarts


async def test_a_restart_before_the_due_time_changes_nothing(ann, bot, clock):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 24, 17, 0))
    await bot.kill()
    await bot.start()
    await until(bot, utc(2026, 11, 24, 18, 0, 40))
    assert len(nudges(ann)) == 1


async def test_a_nudge_missed_by_a_short_downtime_is_sent_once_late(ann, bot, clock):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 24, 17, 50))
    await bot.kill()
    clock.move_to(utc(2026, 11, 24, 18, 40))  # down for 50 minutes over the evening slot
    await bot.start()
    await bot.advance(10)
    assert len(nudges(ann)) == 1
    await until(bot, utc(2026, 11, 24, 23, 0))
    assert len(nudges(ann)) == 1


async def test_a_nudge_missed_by_hours_is_skipped_and_the_next_one_comes(ann, bot, db, clock):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 24, 17, 50))
    await bot.kill()
    clock.move_to(utc(2026, 11, 24, 19, 30))  # back 90 minutes after the evening slot
    await bot.start()
    await until(bot, utc(2026, 11, 25, 6, 59))
    assert nudges(ann) == []
    assert (await rows(db))["evening"].next_due_at == utc(2026, 11, 25, 18, 0)
    await until(bot, utc(2026, 11, 25, 7, 0, 30))
    assert len(nudges(ann)) == 1


async def test_after_a_day_down_todays_slot_just_missed_is_still_sent(ann, bot, clock):
    await plan_then(ann)
    await bot.kill()
    clock.move_to(utc(2026, 11, 25, 18, 20))  # down since Tuesday morning
    await bot.start()
    await bot.advance(10)
    assert len(nudges(ann)) == 1  # Wednesday evening, 20 minutes late; nothing for Tuesday


async def test_a_kill_right_after_the_send_never_sends_it_twice(ann, bot, fake, clock):
    # At-most-once: the slot is advanced and committed before the send.
    await plan_then(ann)
    kill_on_nudge(fake, before_delivery=False)
    await until(bot, utc(2026, 11, 24, 18, 0, 10))
    assert len(nudges(ann)) == 1
    await bot.kill()
    await bot.start()
    await until(bot, utc(2026, 11, 24, 23, 0))
    assert len(nudges(ann)) == 1


async def test_a_kill_between_claim_and_send_loses_only_that_nudge(ann, bot, fake, clock):
    await plan_then(ann)
    kill_on_nudge(fake, before_delivery=True)
    await until(bot, utc(2026, 11, 24, 18, 0, 10))
    await bot.kill()
    await bot.start()
    await until(bot, utc(2026, 11, 24, 23, 0))
    assert nudges(ann) == []  # the price of never sending twice
    await until(bot, utc(2026, 11, 25, 7, 0, 30))
    assert len(nudges(ann)) == 1


async def test_buttons_of_a_nudge_from_before_a_restart_still_work(ann, bot, clock):
    await plan_then(ann)
    await until(bot, utc(2026, 11, 24, 18, 0, 10))
    await bot.kill()
    await bot.start()
    await ann.tap("Snooze 30 min")
    await until(bot, utc(2026, 11, 24, 18, 30, 30))
    assert len(nudges(ann)) == 2


# ---------------------------------------------------------------------------- daylight saving


@pytest.mark.parametrize(
    ("city", "start", "typed", "fires"),
    [
        # Spring forward: 02:30 does not exist that night; the nudge comes once at 03:00.
        ("Amsterdam", utc(2027, 3, 27, 22, 0), "2:30", utc(2027, 3, 28, 1, 0)),
        ("New York", utc(2027, 3, 14, 3, 0), "2:30", utc(2027, 3, 14, 7, 0)),
        # Fall back: the hour repeats; the nudge comes once, at the first 02:30 (01:30).
        ("Amsterdam", utc(2027, 10, 30, 22, 0), "2:30", utc(2027, 10, 31, 0, 30)),
        ("New York", utc(2027, 11, 7, 3, 0), "1:30", utc(2027, 11, 7, 5, 30)),
    ],
)
async def test_transition_days_give_exactly_one_nudge(ann, bot, clock, city, start, typed, fires):
    await bot.kill()
    clock.move_to(start)
    await bot.start()
    await plan_then(ann, city)
    await ann.tap("Change morning")
    await ann.say(typed)
    await until(bot, fires - timedelta(seconds=5))
    assert nudges(ann) == []
    await bot.advance(35)
    assert len(nudges(ann)) == 1
    await until(bot, fires + timedelta(hours=4))
    assert len(nudges(ann)) == 1  # the repeated hour passed without a second one


# ------------------------------------------------------------------------ blocked, flood control


async def test_a_person_who_blocked_the_bot_is_tried_once_then_left_alone(
    ann, bot, db, fake, clock
):
    await plan_then(ann)
    fake.block(1001)
    await until(bot, utc(2026, 11, 26, 20, 0))
    assert len([p for p in sends_to(fake, 1001) if TODAY in p["text"]]) == 1
    assert fake.errors == [("sendMessage", "Forbidden: bot was blocked by the user")]
    fake.errors.clear()
    async with db.transaction() as session:
        assert (await session.get(User, 1001)).active is False
    fake.unblock(1001)
    await ann.say("/start")  # writing again makes them reachable
    await until(bot, utc(2026, 11, 27, 7, 0, 30))
    assert len(nudges(ann)) == 1


async def test_blocking_through_telegram_stops_attempts_at_once(ann, bot, fake, clock):
    await plan_then(ann)
    await bot.feed(fake.my_chat_member_update(1001, "kicked"))
    await until(bot, utc(2026, 11, 25, 20, 0))
    assert [p for p in sends_to(fake, 1001) if TODAY in p["text"]] == []


async def test_a_429_is_retried_after_retry_after_and_others_keep_flowing(bot, fake, clock):
    people = [Person(bot, 2000 + n, f"P{n}") for n in range(6)]
    for person in people:
        await plan_then(person)
    fake.floods.global_rate = 3  # Telegram's limit, shrunk: six nudges due at once overflow it
    await until(bot, utc(2026, 11, 24, 18, 0, 10))
    assert [len(nudges(person)) for person in people] == [1] * 6
    assert fake.stats["429"] > 0
    await until(bot, utc(2026, 11, 24, 20, 0))
    assert [len(nudges(person)) for person in people] == [1] * 6


async def test_a_429_that_outlasts_the_retries_is_sent_at_the_next_tick(bot, fake, db, clock):
    ann, bob = Person(bot, 1001, "Ann"), Person(bot, 1002, "Bob")
    await plan_then(ann)
    await plan_then(bob)
    fake.flood(1002, times=4)  # the rate limiter tries four times, then gives up
    await until(bot, utc(2026, 11, 24, 18, 0))
    assert (len(nudges(ann)), len(nudges(bob))) == (1, 0)
    # Telegram said "retry after 1": Bob's nudge waits a second, not a day.
    assert (await rows(db, 1002))["evening"].next_due_at == utc(2026, 11, 24, 18, 0, 1)
    await bot.advance(30)
    assert (len(nudges(ann)), len(nudges(bob))) == (1, 1)
    await until(bot, utc(2026, 11, 24, 20, 0))
    assert (len(nudges(ann)), len(nudges(bob))) == (1, 1)


# ---------------------------------------------------------------------------- bad buttons, locks


async def test_forged_foreign_and_old_nudge_buttons_change_nothing(bot, db, clock):
    ann, bob = Person(bot, 1001, "Ann"), Person(bot, 1002, "Bob")
    await plan_then(ann)
    await plan_then(bob)
    await until(bot, utc(2026, 11, 24, 18, 0, 10))
    ann_nudge = ann.fake.last_message(1001)
    _, data = ann.fake.buttons(ann_nudge)[1]  # Ann's snooze
    bob_nudge = bob.fake.last_message(1002)["message_id"]
    await bob.tap_data(bob_nudge, data)
    assert bob.toasts()[-1] == "That button isn't one I can use."
    await bob.tap_data(bob_nudge, "rn:snz:abc:20261124")
    await bob.tap_data(bob_nudge, "rn:zap:1:20261124")
    assert bob.toasts()[-2:] == ["That button isn't one I can use."] * 2
    await until(bot, utc(2026, 11, 25, 9, 0))
    await ann.tap_data(ann_nudge["message_id"], data)  # yesterday's snooze
    assert ann.toasts()[-1] == "That reminder is from an earlier day."
    assert (await rows(db))["evening"].snoozed is False


async def test_a_locked_plan_gets_no_exercise_nudges(ann, bot, clock):
    await plan_then(ann)
    await ann.say("/checkup")
    await ann.tap("None of these")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")  # an urgent sign: see a doctor before exercising
    await ann.tap("Recent infection")
    await ann.tap("Done")
    await until(bot, utc(2026, 11, 25, 20, 0))
    assert nudges(ann) == []


async def test_two_sweepers_never_claim_the_same_reminder(ann, bot, db, clock):
    await plan_then(ann)
    clock.move_to(utc(2026, 11, 24, 18, 0, 5))
    async with db.transaction() as first:
        claimed = await claim_due(first, utcnow(), 10)
        assert [due.kind for due in claimed.due] == ["evening"]
        if not is_sqlite(db.url):
            # PostgreSQL: the row is locked by the first sweeper and skipped, not waited for.
            async with db.transaction() as second:
                assert (await claim_due(second, utcnow(), 10)).taken == 0
    async with db.transaction() as later:
        assert (await claim_due(later, utcnow(), 10)).taken == 0
        stored = await later.scalars(select(User.id))
        assert list(stored) == [1001]
