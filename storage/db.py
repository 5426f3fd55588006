"""The database connection: one async engine and a transaction per piece of work."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, closing
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine


def is_sqlite(url: str) -> bool:
    """True for SQLite URLs (they need a folder and a few pragmas)."""
    return make_url(url).get_backend_name() == "sqlite"


def ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite file on demand (data/ is not in git)."""
    parsed = make_url(url)
    if is_sqlite(url) and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def use_write_ahead_log(url: str) -> None:
    """Switch a SQLite file to WAL once (it persists), so readers and one writer share it."""
    parsed = make_url(url)
    if not is_sqlite(url) or not parsed.database or parsed.database == ":memory:":
        return
    # Done once before the bot opens its pool: changing the journal mode needs the file alone.
    with closing(sqlite3.connect(parsed.database, timeout=30)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Per connection: wait for the writer instead of failing, and enforce cascading deletes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Turns:
    """Tasks take turns, first come first served; a task already in its turn passes (nesting)."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task[Any] | None = None

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Wait (FIFO) until no other task is inside."""
        task = asyncio.current_task()
        if task is not None and task is self._holder:
            yield
            return
        async with self._lock:
            self._holder = task
            try:
                yield
            finally:
                self._holder = None


class Database:
    """The engine and session factory the rest of the bot shares."""

    def __init__(self, url: str) -> None:
        ensure_sqlite_folder(url)
        self.url = url
        self.engine = create_async_engine(url, pool_pre_ping=not is_sqlite(url))
        # SQLite has one writer and fails a writer that waited past the busy timeout; people
        # served side by side therefore take turns here, PostgreSQL locks only the rows.
        self._turns = Turns() if is_sqlite(url) else None
        if is_sqlite(url):
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session whose work is committed together on exit, or not at all."""
        turn = self._turns.turn() if self._turns is not None else contextlib.nullcontext()
        async with turn, self._sessions() as session, session.begin():
            yield session

    async def close(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()
