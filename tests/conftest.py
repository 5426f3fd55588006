"""Shared fixtures: a real database (SQLite file, or PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from content import Content, load_content
from localchat.telegram import LocalTelegram
from localchat.transcript import render_transcript
from storage import Database
from storage.db import is_sqlite
from storage.migrate import upgrade_to_head
from tests.support.clock import SteadyClock
from tests.support.harness import Person, RunningBot
from tests.support.moments import START


@pytest.fixture(scope="session")
def content() -> Content:
    """The real content files, loaded once."""
    return load_content()


async def _empty_postgres(url: str) -> None:
    """Start each test from an empty schema so tests never see each other's rows."""
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


async def _run_on_server(url: str, statement: str) -> None:
    """CREATE/DROP DATABASE cannot run inside a transaction."""
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(statement))
    await engine.dispose()


@pytest.fixture(scope="session")
def server_database_url() -> Iterator[str | None]:
    """TEST_DATABASE_URL, but a database of this run's own: parallel runs never collide."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url or is_sqlite(url):
        yield url
        return
    given = make_url(url)
    scratch = f"{given.database}_run{os.getpid()}"
    asyncio.run(_run_on_server(url, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
    asyncio.run(_run_on_server(url, f'CREATE DATABASE "{scratch}"'))
    yield given.set(database=scratch).render_as_string(hide_password=False)
    asyncio.run(_run_on_server(url, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))


@pytest.fixture
async def database_url(tmp_path, server_database_url: str | None) -> str:
    """A fresh, migrated database for one test."""
    url = server_database_url or f"sqlite+aiosqlite:///{tmp_path}/test.db"
    if not is_sqlite(url):
        await _empty_postgres(url)
    # Alembic runs its own event loop, so it gets a thread of its own.
    await asyncio.to_thread(upgrade_to_head, url)
    return url


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """The database the bot would use."""
    database = Database(database_url)
    yield database
    await database.close()


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    """Frozen fake time (a Tuesday morning, UTC); move it with `bot.advance(seconds)`."""
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def steady() -> SteadyClock:
    """The steady clock the bot paces its sends on and Telegram counts floods on."""
    return SteadyClock()


@pytest.fixture
def fake(request: pytest.FixtureRequest, steady: SteadyClock) -> LocalTelegram:
    """A strict, offline Telegram; with fake time it stamps edits in it."""
    stamps = time.time if "clock" in request.fixturenames else time.monotonic
    return LocalTelegram(clock=stamps, flood_clock=steady.now)


@pytest.fixture
async def bot(
    request: pytest.FixtureRequest, fake: LocalTelegram, database_url: str, content: Content
) -> AsyncIterator[RunningBot]:
    """The real bot on a real database; fails the test on any error it raised or caused."""
    traveller = request.getfixturevalue("clock") if "clock" in request.fixturenames else None
    steady = request.getfixturevalue("steady")
    running = await RunningBot(fake, database_url, content, traveller, steady=steady).start()
    yield running
    await running.stop()
    _write_transcripts(fake, request.node.name)
    assert running.raised == [], f"handlers raised: {running.raised!r}"
    assert fake.errors == [], f"the bot caused Bot API errors: {fake.errors!r}"
    assert fake.unanswered_callbacks() == [], "a button tap was never answered"


def _write_transcripts(fake: LocalTelegram, test_name: str) -> None:
    """With BACKCOACH_TRANSCRIPTS=<folder>, keep each chat of the test as a readable file."""
    folder = os.environ.get("BACKCOACH_TRANSCRIPTS")
    if not folder:
        return
    chats = sorted({entry["chat_id"] for entry in fake.transcript if entry.get("chat_id")})
    for chat_id in chats:
        path = Path(folder) / f"{test_name}-{chat_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_transcript(fake.chat_transcript(chat_id)) + "\n", encoding="utf-8")


@pytest.fixture
def ann(bot: RunningBot) -> Person:
    """A person with a first name that would break careless HTML."""
    return Person(bot, 1001, "Ann <&_> O'Neil")
