"""One active instance: two contenders for the same bot on the real database."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text

from runtime import Leadership
from storage.lease import (
    LEASE_SECONDS,
    RENEW_SECONDS,
    AdvisoryLock,
    InstanceLock,
    LeaseRow,
    instance_lock,
    this_process,
)

BOT = "123"


@pytest.fixture
async def contenders(database_url: str) -> AsyncIterator[tuple[InstanceLock, InstanceLock]]:
    """Two processes of the same bot on the same database."""
    first = instance_lock(database_url, BOT, "host:101")
    second = instance_lock(database_url, BOT, "host:102")
    yield first, second
    await first.release()
    await second.release()


async def die(lock: InstanceLock) -> None:
    """What kill -9 leaves behind: nothing released; an open connection just drops."""
    if isinstance(lock, AdvisoryLock) and lock.connection is not None:
        await lock.connection.invalidate()


async def acquired_soon(lock: InstanceLock, tries: int = 100) -> bool:
    """Try like a standby does, but quickly: the server needs a moment to notice a dead socket."""
    for _ in range(tries):
        if await lock.acquire():
            return True
        await asyncio.sleep(0.02)
    return False


async def test_only_one_contender_becomes_active(contenders):
    first, second = contenders
    assert await first.acquire()
    assert not await second.acquire()
    assert await first.renew()
    assert not await second.acquire()


async def test_the_standby_never_takes_over_while_the_active_one_renews(contenders, clock):
    first, second = contenders
    assert await first.acquire()
    for _ in range(int(10 * LEASE_SECONDS / RENEW_SECONDS)):
        clock.shift(RENEW_SECONDS)
        assert await first.renew()
        assert not await second.acquire()


async def test_a_clean_step_down_hands_over_at_once(contenders):
    first, second = contenders
    assert await first.acquire()
    await first.release()
    assert await second.acquire()


async def test_the_standby_takes_over_within_seconds_when_the_active_one_dies(contenders, clock):
    first, second = contenders
    assert await first.acquire()
    await die(first)
    clock.shift(LEASE_SECONDS + 1)
    assert await acquired_soon(second)
    # Were the first one merely frozen, its next renewal tells it to stop working.
    assert not await first.renew()


async def test_two_bots_can_share_one_database(database_url):
    coach, other_bot = instance_lock(database_url, "123"), instance_lock(database_url, "456")
    try:
        assert await coach.acquire()
        assert await other_bot.acquire()
    finally:
        await coach.release()
        await other_bot.release()


async def test_a_lease_the_database_cannot_renew_is_kept_only_while_it_lasts(db, clock):
    lease = LeaseRow(db.url, "bot:123", "host:101")
    try:
        assert await lease.acquire()
        async with db.transaction() as session:
            await session.execute(text("DROP TABLE instance_leases"))
        assert await lease.renew()  # a hiccup: the lease we hold is still good
        clock.shift(LEASE_SECONDS - RENEW_SECONDS)
        assert not await lease.renew()  # stop before a standby could take over
    finally:
        await lease.release()


async def test_a_lease_left_by_an_ended_process_on_this_host_is_taken_at_once(db):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    orphaned = LeaseRow(db.url, "bot:123", f"{socket.gethostname()}:{ended.pid}")
    living = LeaseRow(db.url, "bot:123", this_process())
    elsewhere = LeaseRow(db.url, "bot:123", "other-host:1")
    try:
        assert await orphaned.acquire()
        assert await living.acquire()  # no waiting for the expiry: its holder is gone
        assert not await elsewhere.acquire()  # while the holder lives, it keeps the lease
    finally:
        for lease in (orphaned, living, elsewhere):
            await lease.release()


async def test_a_waiting_instance_starts_when_the_active_one_steps_down(contenders):
    first, second = contenders
    assert await first.acquire()
    standby = Leadership(second, retry_seconds=0.01)
    waiting = asyncio.create_task(standby.wait_until_active(asyncio.Event()))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    await first.release()
    assert await asyncio.wait_for(waiting, 5)


async def test_a_standby_asked_to_stop_stops_waiting(contenders):
    first, second = contenders
    assert await first.acquire()
    stop = asyncio.Event()
    waiting = asyncio.create_task(Leadership(second, retry_seconds=60).wait_until_active(stop))
    await asyncio.sleep(0.05)
    stop.set()
    assert await asyncio.wait_for(waiting, 5) is False


async def test_the_active_instance_steps_down_when_its_lock_is_taken(contenders, clock):
    first, second = contenders
    assert await first.acquire()
    await die(first)
    clock.shift(LEASE_SECONDS + 1)
    assert await acquired_soon(second)
    stepped_down = asyncio.Event()
    keeper = Leadership(first, renew_seconds=0.01)
    await asyncio.wait_for(keeper.keep(stepped_down.set), 5)
    assert stepped_down.is_set()
