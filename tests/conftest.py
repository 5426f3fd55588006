"""Shared fixtures: a real database (SQLite file, or PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import time_machine

from content import Content
from localchat.telegram import LocalTelegram
from localchat.transcript import render_transcript
from storage import Database
from tests.support.clock import SteadyClock
from tests.support.databases import Databases, databases_for
from tests.support.harness import Person, RunningBot
from tests.support.moments import START
from tests.support.programme import CONTENT


@pytest.fixture(scope="session")
def content() -> Content:
    """The real content files, loaded once."""
    return CONTENT


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    """This process's databases, with a template migrated from nothing once."""
    found = databases_for(tmp_path_factory.mktemp("databases"), os.environ.get("TEST_DATABASE_URL"))
    found.migrate_template()
    yield found
    found.drop_template()


@pytest.fixture
async def database_url(databases: Databases) -> AsyncIterator[str]:
    """A migrated database only this test uses (a copy of the template)."""
    url = await databases.copy()
    yield url
    await databases.drop(url)


@pytest.fixture
async def empty_database_url(databases: Databases) -> AsyncIterator[str]:
    """A database with nothing in it, for the tests that run the migrations themselves."""
    url = await databases.empty()
    yield url
    await databases.drop(url)


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
