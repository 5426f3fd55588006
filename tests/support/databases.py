"""Databases for tests: migrated once per test process, then copied for every test.

Each test gets a database only it uses: a copy of the SQLite file, or on PostgreSQL a database
made from a template (`CREATE DATABASE ... TEMPLATE`). Migrating from nothing happens once per
process (and in the migration tests themselves), not once per test. On PostgreSQL the next
test's database is made, and the last one dropped, in a thread of their own while a test runs.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from storage.db import is_sqlite
from storage.migrate import upgrade_to_head


async def run_on_server(url: str, statement: str) -> None:
    """CREATE/DROP DATABASE cannot run inside a transaction."""
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(statement))
    await engine.dispose()


def _sqlite_file(url: str) -> Path:
    database = make_url(url).database
    assert database, url
    return Path(database)


@dataclass
class Databases:
    """Where this test process keeps its databases: a SQLite folder, or a PostgreSQL server."""

    folder: Path
    server_url: str | None = None  # TEST_DATABASE_URL when it names PostgreSQL
    # Unique per process, so parallel workers (and parallel runs) never share a database.
    prefix: str = field(default_factory=lambda: f"bc{os.getpid()}")
    template_url: str = ""
    _numbers: itertools.count = field(default_factory=itertools.count)
    # One thread, so the server's databases are made and dropped one after another.
    _server_work: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="test-databases")
    )
    _next: Future[str] | None = None

    def _url(self, name: str) -> str:
        if self.server_url is None:
            return f"sqlite+aiosqlite:///{self.folder}/{name}.db"
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def migrate_template(self) -> None:
        """Migrate the template from nothing (once per process; runs its own event loop)."""
        self.template_url = self._url(f"{self.prefix}_template")
        if self.server_url is not None:
            asyncio.run(self._recreate(self.template_url))
        upgrade_to_head(self.template_url)

    async def copy(self) -> str:
        """A new database holding the migrated schema, for one test."""
        if self.server_url is None:
            url = self._url(f"{self.prefix}_{next(self._numbers)}")
            shutil.copyfile(_sqlite_file(self.template_url), _sqlite_file(url))
            return url
        ready = self._next or self._server_work.submit(self._server_copy)
        self._next = self._server_work.submit(self._server_copy)  # made while this test runs
        return await asyncio.wrap_future(ready)

    def _server_copy(self) -> str:
        """A database made from the template (in the databases' own thread)."""
        url = self._url(f"{self.prefix}_{next(self._numbers)}")
        template = make_url(self.template_url).database
        asyncio.run(self._recreate(url, f' TEMPLATE "{template}"'))
        # A test's database is thrown away after it: a commit need not wait for the disk.
        off = f'ALTER DATABASE "{make_url(url).database}" SET synchronous_commit TO off'
        asyncio.run(run_on_server(self.server_url, off))
        return url

    async def empty(self) -> str:
        """A new database with nothing in it (for the tests of the migrations themselves)."""
        url = self._url(f"{self.prefix}_{next(self._numbers)}_empty")
        if self.server_url is not None:
            await self._recreate(url)
        return url

    async def drop(self, url: str) -> None:
        """Remove a test's database once the test is over (on a server: in the background)."""
        if self.server_url is None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{_sqlite_file(url)}{suffix}").unlink(missing_ok=True)
            return
        self.drop_later(url)

    async def _server_drop(self, url: str) -> None:
        assert self.server_url is not None
        name = make_url(url).database
        await run_on_server(self.server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_template(self) -> None:
        """At the end of the process: the spare database and the template go."""
        if self.server_url is None or not self.template_url:
            return
        if self._next is not None:
            self.drop_later(self._next.result())
        self._server_work.shutdown(wait=True)
        asyncio.run(self._server_drop(self.template_url))

    def drop_later(self, url: str) -> None:
        """Queue a database for dropping."""
        self._server_work.submit(asyncio.run, self._server_drop(url))

    async def _recreate(self, url: str, template: str = "") -> None:
        assert self.server_url is not None
        name = make_url(url).database
        await run_on_server(self.server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await run_on_server(self.server_url, f'CREATE DATABASE "{name}"{template}')


def databases_for(folder: Path, given: str | None) -> Databases:
    """SQLite files in `folder`, or PostgreSQL when TEST_DATABASE_URL names a server."""
    return Databases(folder, None if not given or is_sqlite(given) else given)
