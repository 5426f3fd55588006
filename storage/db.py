"""The database connection: one async engine and a transaction per piece of work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Cascading deletes need foreign keys on; WAL lets readers and one writer share the file."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    """The engine and session factory the rest of the bot shares."""

    def __init__(self, url: str) -> None:
        ensure_sqlite_folder(url)
        self.url = url
        self.engine = create_async_engine(url, pool_pre_ping=not is_sqlite(url))
        if is_sqlite(url):
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session whose work is committed together on exit, or not at all."""
        async with self._sessions() as session, session.begin():
            yield session

    async def close(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()
