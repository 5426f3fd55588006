"""The bot's rate limiter against a fake Telegram that answers floods with 429, in fake time."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

import pytest
import time_machine
from telegram.error import RetryAfter
from telegram.ext import ExtBot

from delivery.pacing import MESSAGES_PER_SECOND, FloodControl, Pacer
from localchat.request import LocalRequest
from localchat.telegram import LocalTelegram
from tests.support.clock import SteadyClock

ANN, BOB = 1001, 1002
CROWD = range(2001, 2101)


@pytest.fixture
def fake(clock: time_machine.Coordinates, steady: SteadyClock) -> LocalTelegram:
    """Telegram's limits: 30 messages a second overall, short bursts into one chat; time frozen."""
    fake = LocalTelegram(clock=time.time, flood_clock=steady.now, global_rate=30)
    for chat_id in (ANN, BOB, *CROWD):
        fake.add_user(chat_id)
    return fake


@pytest.fixture
async def bot(fake: LocalTelegram, steady: SteadyClock) -> AsyncIterator[ExtBot[int]]:
    """A real PTB bot whose every call goes through our FloodControl."""
    limiter = FloodControl(clock=steady)
    async with ExtBot(fake.token, request=LocalRequest(fake), rate_limiter=limiter) as bot:
        yield bot


async def test_a_crowd_is_spread_under_telegrams_overall_limit_without_a_429(bot, fake, steady):
    started = steady.now()
    await asyncio.gather(*(bot.send_message(chat_id, "Time to move") for chat_id in CROWD))
    assert fake.stats["429"] == 0 and fake.errors == []
    assert all(fake.texts(chat_id) == ["Time to move"] for chat_id in CROWD)
    # 100 messages at 28 a second: the last one leaves after three full windows.
    assert steady.now() - started == pytest.approx(3.0, abs=0.01)


async def test_one_chat_gets_a_short_burst_then_one_a_second_in_order(bot, fake, steady):
    fake.floods.per_chat_rate, fake.floods.per_chat_burst = 1.0, 3  # what Telegram lets through
    started = steady.now()
    for n in range(10):  # one after the other, as a handler sends them
        await bot.send_message(ANN, f"{n}")
    assert fake.stats["429"] == 0 and fake.errors == []
    assert fake.texts(ANN) == [f"{n}" for n in range(10)]
    assert steady.now() - started == pytest.approx(7.0, abs=0.01)  # three at once, then 1/s


async def test_answering_buttons_does_not_use_up_the_message_limit(bot, fake, steady):
    started = steady.now()
    await asyncio.gather(*(bot.send_message(c, "m") for c in CROWD[:MESSAGES_PER_SECOND]))
    await bot.get_me()
    await bot.set_my_commands([("help", "What I can do")])
    assert steady.now() == started  # free calls passed while the message window was full


async def test_a_429_holds_back_only_its_chat_and_is_retried_when_telegram_said(bot, fake, steady):
    # One message a second into each chat.
    fake.floods.per_chat_rate, fake.floods.per_chat_burst = 1.0, 1
    started = steady.now()
    await bot.send_message(ANN, "one")
    await asyncio.gather(bot.send_message(ANN, "two"), bot.send_message(BOB, "hello"))
    assert fake.texts(ANN) == ["one", "two"] and fake.texts(BOB) == ["hello"]
    tried = [p["text"] for method, p in fake.calls if method == "sendMessage"]
    assert tried == ["one", "two", "hello", "two"]  # Bob's message did not wait for Ann's
    assert fake.stats["429"] == 1
    assert steady.now() - started == pytest.approx(1.0, abs=0.01)  # retry_after was 1 s


async def test_a_flood_that_outlasts_the_retries_is_given_up_with_one_calm_log_line(
    bot, fake, steady, caplog
):
    fake.flood(ANN, times=10)  # Telegram keeps saying "wait"
    with caplog.at_level(logging.WARNING), pytest.raises(RetryAfter):
        await bot.send_message(ANN, "lost")
    assert fake.stats["429"] == 4  # the first try and three retries
    (record,) = [r for r in caplog.records if r.name == "delivery.pacing"]
    assert "after 4 tries" in record.getMessage() and record.exc_info is None
    await bot.send_message(BOB, "others are not held back")
    assert fake.texts(BOB) == ["others are not held back"]


async def test_the_pacer_spaces_sends_evenly(clock, steady):
    pacer = Pacer(rate=20, clock=steady)
    started = steady.now()
    await asyncio.gather(*(pacer.wait() for _ in range(41)))
    assert steady.now() - started == pytest.approx(2.0, abs=0.001)
