"""One active instance per bot: a PostgreSQL advisory lock, or a lease row with an expiry.

PostgreSQL holds a session-level advisory lock on a dedicated connection: it dies with the
process (kill -9 closes the socket), so a standby takes over at its next try and no clock is
involved. SQLite has no such lock; there the holder renews a row every few seconds and a
standby may take it once it has expired (one host, so one clock), or at once when the holder was
a process on this host that no longer exists.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, or_, pool, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from storage.base import utcnow
from storage.db import Database
from storage.lease_models import InstanceLease

log = logging.getLogger(__name__)

# A standby takes over at most this long after the holder last renewed (SQLite only).
LEASE_SECONDS = 10.0
# The holder renews (or, on PostgreSQL, checks its lock) this often.
RENEW_SECONDS = 2.0


class InstanceLock(Protocol):
    """What the runtime needs from either kind of lock."""

    async def acquire(self) -> bool:
        """Take the lock if nobody holds it; True when we hold it now."""
        ...

    async def renew(self) -> bool:
        """Keep the lock; False once it is no longer ours and we must stop working."""
        ...

    async def release(self) -> None:
        """Give the lock back (if held) and close our connections."""
        ...


def instance_lock(url: str, bot_id: str, holder: str | None = None) -> InstanceLock:
    """The lock that suits the database: advisory on PostgreSQL, a lease row elsewhere."""
    if make_url(url).get_backend_name() == "postgresql":
        return AdvisoryLock(url, advisory_key(bot_id))
    return LeaseRow(url, f"bot:{bot_id}", holder or this_process())


def this_process() -> str:
    """A holder name an operator can trace back to a process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def process_is_gone(holder: str) -> bool:
    """True when the holder was a process on this host that has ended (no need to wait it out)."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # it exists, under another user
    return False


def advisory_key(bot_id: str) -> int:
    """A stable signed 64-bit key per bot, so two bots can share one database."""
    digest = hashlib.blake2b(f"backcoach:{bot_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class LeaseRow:
    """A row naming the holder and its expiry; renewing it is taking it again."""

    def __init__(self, url: str, name: str, holder: str, seconds: float = LEASE_SECONDS) -> None:
        self.db = Database(url)
        self.name = name
        self.holder = holder
        self.seconds = seconds
        self.valid_until: datetime | None = None

    async def acquire(self) -> bool:
        """Take the lease when it is ours, expired or absent; extend it in the same statement."""
        now = utcnow()
        until = now + timedelta(seconds=self.seconds)
        if await self._take_over(now, until) or await self._create(until):
            self.valid_until = until
            return True
        self.valid_until = None
        return False

    async def _take_over(self, now: datetime, until: datetime) -> bool:
        """One compare-and-set UPDATE, so two contenders can never both win the lease."""
        free = [InstanceLease.holder == self.holder, InstanceLease.expires_at < now]
        async with self.db.transaction() as session:
            current = await session.scalar(
                select(InstanceLease.holder).where(InstanceLease.name == self.name)
            )
            if current is not None and process_is_gone(current):
                free.append(InstanceLease.holder == current)
            result = await session.execute(
                update(InstanceLease)
                .where(InstanceLease.name == self.name, or_(*free))
                .values(holder=self.holder, expires_at=until)
                .execution_options(synchronize_session=False)
            )
        return result.rowcount == 1  # type: ignore[attr-defined]

    async def _create(self, until: datetime) -> bool:
        """The very first holder inserts the row; the primary key settles a race."""
        try:
            async with self.db.transaction() as session:
                session.add(InstanceLease(name=self.name, holder=self.holder, expires_at=until))
        except IntegrityError:
            return False
        return True

    async def renew(self) -> bool:
        """Extend the lease; a failed write keeps us active only while the last lease lasts."""
        try:
            return await self.acquire()
        except (SQLAlchemyError, OSError) as error:
            log.warning("could not renew the instance lease: %s", error)
            # Step down before a standby may take over, not after.
            margin = timedelta(seconds=RENEW_SECONDS)
            return self.valid_until is not None and utcnow() + margin < self.valid_until

    async def release(self) -> None:
        """Delete our row so a standby takes over at once instead of after the expiry."""
        try:
            async with self.db.transaction() as session:
                await session.execute(
                    delete(InstanceLease)
                    .where(InstanceLease.name == self.name, InstanceLease.holder == self.holder)
                    .execution_options(synchronize_session=False)
                )
        except (SQLAlchemyError, OSError) as error:
            log.warning("could not release the instance lease (it expires anyway): %s", error)
        self.valid_until = None
        await self.db.close()


class AdvisoryLock:
    """pg_try_advisory_lock on a connection of its own, outside any transaction."""

    def __init__(self, url: str, key: int) -> None:
        # NullPool: the lock lives exactly as long as this one connection.
        self.engine = create_async_engine(url, poolclass=pool.NullPool)
        self.key = key
        self.connection: AsyncConnection | None = None

    async def acquire(self) -> bool:
        """Try the lock once; a broken connection is dropped and counts as not acquired."""
        try:
            if self.connection is None:
                connection = await self.engine.connect()
                # Autocommit: an idle-in-transaction session would hold back VACUUM for hours.
                self.connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            query = text("SELECT pg_try_advisory_lock(:key)")
            return bool(await self.connection.scalar(query, {"key": self.key}))
        except (SQLAlchemyError, OSError) as error:
            log.warning("could not try the instance lock: %s", error)
            await self._drop_connection()
            return False

    async def renew(self) -> bool:
        """Check that our session is alive and still holds the lock."""
        if self.connection is None:
            return False
        query = text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
            "AND pid = pg_backend_pid() AND granted"
        )
        try:
            return bool(await self.connection.scalar(query))
        except (SQLAlchemyError, OSError) as error:
            log.warning("the instance lock's connection failed: %s", error)
            return False

    async def release(self) -> None:
        """Unlock and close; closing alone would release it too, unlocking says so at once."""
        if self.connection is not None:
            try:
                await self.connection.execute(text("SELECT pg_advisory_unlock_all()"))
            except (SQLAlchemyError, OSError) as error:
                log.warning("could not unlock the instance lock (closing frees it): %s", error)
            await self._drop_connection()
        await self.engine.dispose()

    async def _drop_connection(self) -> None:
        """Close our connection, whatever state it is in."""
        if self.connection is not None:
            connection, self.connection = self.connection, None
            try:
                await connection.close()
            except (SQLAlchemyError, OSError):
                with contextlib.suppress(SQLAlchemyError, OSError):
                    await connection.invalidate()
