"""Update order: people are served side by side, each person's updates in turn, writes in turn."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select
from telegram import Update

from handlers.update_order import OnePersonAtATime
from localchat.telegram import LocalTelegram
from storage.checkins import save_answer, start_checkin
from storage.models import Answer
from storage.users import get_user, touch_user


def message_from(fake: LocalTelegram, user_id: int, text: str) -> Update:
    """An update as PTB hands it to the processor."""
    return Update.de_json(fake.message_update(user_id, text), None)


async def test_one_persons_slow_update_does_not_hold_up_another(fake):
    order = OnePersonAtATime(concurrent_people=2)
    ann_may_finish, handled = asyncio.Event(), []

    async def slow_for_ann() -> None:
        await ann_may_finish.wait()  # e.g. Telegram is slow to answer Ann's message
        handled.append("Ann")

    async def quick_for_bob() -> None:
        handled.append("Bob")

    ann = asyncio.create_task(order.process_update(message_from(fake, 1, "hi"), slow_for_ann()))
    await order.process_update(message_from(fake, 2, "hi"), quick_for_bob())
    assert handled == ["Bob"]
    ann_may_finish.set()
    await ann
    assert handled == ["Bob", "Ann"]


async def test_one_persons_updates_are_handled_one_after_another_in_order(fake):
    order = OnePersonAtATime(concurrent_people=5)
    running, handled = [], []

    async def handle(text: str) -> None:
        running.append(text)
        assert len(running) == 1, "two of Ann's updates ran at once"
        await asyncio.sleep(0)  # yield, as a database call would
        handled.append(text)
        running.remove(text)

    texts = [f"message {n}" for n in range(20)]
    await asyncio.gather(
        *(order.process_update(message_from(fake, 1, text), handle(text)) for text in texts)
    )
    assert handled == texts
    assert order.people_in_line == 0  # nobody is remembered once their queue is empty


async def test_with_one_slot_another_person_waits_for_the_first(fake):
    order = OnePersonAtATime(concurrent_people=1)
    ann_may_finish, handled = asyncio.Event(), []

    async def slow_for_ann() -> None:
        await ann_may_finish.wait()
        handled.append("Ann")

    async def quick_for_bob() -> None:
        handled.append("Bob")

    ann = asyncio.create_task(order.process_update(message_from(fake, 1, "hi"), slow_for_ann()))
    bob = asyncio.create_task(order.process_update(message_from(fake, 2, "hi"), quick_for_bob()))
    await asyncio.sleep(0.01)
    assert handled == []
    ann_may_finish.set()
    await asyncio.gather(ann, bob)
    assert handled == ["Ann", "Bob"]


async def test_people_writing_at_the_same_time_all_get_their_answers_stored(db):
    async def answer(user_id: int) -> None:
        async with db.transaction() as session:
            await touch_user(session, user_id, user_id, "Ann")
            checkin = await start_checkin(session, user_id)
            await asyncio.sleep(0.005)  # mid-transaction, as while waiting on the database
            await save_answer(session, checkin.id, "pain_now", "4")

    await asyncio.gather(*(answer(user_id) for user_id in range(1, 31)))
    async with db.transaction() as session:
        stored = await session.scalar(select(func.count()).select_from(Answer))
    assert stored == 30


async def test_a_transaction_opened_inside_another_does_not_wait_for_itself(db):
    async with db.transaction() as outer:
        await touch_user(outer, 7, 7, "Ann")
        async with db.transaction() as inner:
            assert await get_user(inner, 8) is None


async def test_a_tap_in_line_is_answered_at_once_and_keeps_its_place(bot, fake, ann):
    await ann.say("/start")
    welcome = fake.last_message(ann.user_id)["message_id"]
    order = OnePersonAtATime(concurrent_people=5)
    first_may_finish, handled = asyncio.Event(), []

    async def handle(name: str, wait: asyncio.Event | None = None) -> None:
        if wait is not None:
            await wait.wait()
        handled.append(name)

    tap = fake.callback_update(ann.user_id, welcome, "ob:begin")
    first = asyncio.create_task(
        order.process_update(message_from(fake, ann.user_id, "hi"), handle("hi", first_may_finish))
    )
    in_line = asyncio.create_task(
        order.process_update(Update.de_json(tap, bot.app.bot), handle("tap"))
    )
    after = asyncio.create_task(
        order.process_update(message_from(fake, ann.user_id, "later"), handle("later"))
    )
    while not fake.callbacks[tap["callback_query"]["id"]]["answered"]:
        await asyncio.sleep(0.001)  # the answer goes out while "hi" still holds the line
    assert handled == [] and ann.toasts() == [None]
    first_may_finish.set()
    await asyncio.gather(first, in_line, after)
    assert handled == ["hi", "tap", "later"]  # arrival order, whatever the answer's own wait
    assert order.people_in_line == 0 and order.waiting == 0


async def test_a_tap_whose_use_case_is_slow_is_answered_without_its_toast(bot, fake, ann):
    await ann.say("/start")
    welcome = fake.last_message(ann.user_id)["message_id"]
    order = OnePersonAtATime(concurrent_people=5, answer_within=0.0)
    may_finish = asyncio.Event()
    tap = fake.callback_update(ann.user_id, welcome, "ob:begin")
    slow = asyncio.create_task(
        order.process_update(Update.de_json(tap, bot.app.bot), may_finish.wait())
    )
    while not fake.callbacks[tap["callback_query"]["id"]]["answered"]:
        await asyncio.sleep(0.001)  # the use case has not answered it: the deadline did
    assert not slow.done() and ann.toasts() == [None]
    may_finish.set()
    await slow
    assert order.waiting == 0
