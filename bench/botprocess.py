"""What the benchmarks share: the loopback Bot API fake, real bot processes, scratch databases."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))  # the benchmarks reuse the test fake (tests/ is not installed)

from sqlalchemy import insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from localchat.server import LocalChat  # noqa: E402
from localchat.telegram import LocalTelegram  # noqa: E402
from storage.migrate import upgrade_to_head  # noqa: E402
from storage.models import Answer, Checkin, User  # noqa: E402

POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
# A typical finished first check-in: safety screens clear, a few symptoms.
TYPICAL_ANSWERS = {
    "red_emergency": "none", "red_urgent": "none", "triggers": "bend,sit", "leg_pain": "no",
    "fear_bending": "no", "stiffness": "yes", "balance": "no", "duration": "weeks",
    "pain_now": "4",
}  # fmt: skip
SEED_BATCH = 5_000


class StopwatchTelegram(LocalTelegram):
    """The fake Bot API, noting when each method was first called (perf_counter seconds)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.first_called: dict[str, float] = {}

    async def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Note the time, then answer like the fake (a long poll answers only much later)."""
        self.first_called.setdefault(method, time.perf_counter())
        return await super().handle(method, params)


def launch_bot(server: LocalChat, database_url: str, log_path: Path) -> subprocess.Popen[bytes]:
    """`python bot.py` against the fake, polling, logging to a file."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("WEBHOOK_")},
        "TELEGRAM_BOT_TOKEN": server.telegram.token,
        "TELEGRAM_BASE_URL": server.base_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
    }
    with log_path.open("wb") as log_file:
        return subprocess.Popen(
            [sys.executable, str(ROOT / "bot.py")],
            cwd=OUT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_file,
            start_new_session=True,  # so a failed run can stop its helper processes too
        )


def postgres_answers() -> bool:
    """Whether the benchmark's PostgreSQL server accepts a connection."""
    import asyncio

    async def probe() -> None:
        engine = create_async_engine(POSTGRES_URL, connect_args={"timeout": 1})
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        await engine.dispose()

    try:
        asyncio.run(probe())
    except (OSError, Exception):
        return False
    return True


async def _on_server(statement: str) -> None:
    """CREATE/DROP DATABASE outside a transaction."""
    engine = create_async_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(statement))
    await engine.dispose()


@contextlib.asynccontextmanager
async def scratch_database(backend: str, name: str) -> AsyncIterator[str]:
    """An empty database (SQLite file under bench/out/, or a PostgreSQL database) dropped after."""
    OUT.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        path = OUT / f"{name}.db"
        for leftover in OUT.glob(f"{name}.db*"):
            leftover.unlink()
        try:
            yield f"sqlite+aiosqlite:///{path}"
        finally:
            for leftover in OUT.glob(f"{name}.db*"):
                leftover.unlink()
        return
    await _on_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await _on_server(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        await _on_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def seed_people(url: str, count: int, first_id: int = 10_000_000) -> None:
    """`count` people, each with a finished check-in and its answers (migrates first)."""
    import asyncio

    await asyncio.to_thread(upgrade_to_head, url)
    engine = create_async_engine(url)
    now = datetime.now(UTC)
    async with engine.begin() as connection:
        for start in range(0, count, SEED_BATCH):
            ids = range(first_id + start, first_id + min(start + SEED_BATCH, count))
            people = [{"id": i, "chat_id": i, "first_name": f"P{i}"} for i in ids]
            await connection.execute(insert(User), people)
            checkins = [{"id": i, "user_id": i, "completed_at": now} for i in ids]
            await connection.execute(insert(Checkin), checkins)
            answers = [
                {"checkin_id": i, "question_id": question, "value": value}
                for i in ids
                for question, value in TYPICAL_ANSWERS.items()
            ]
            await connection.execute(insert(Answer), answers)
        if connection.dialect.name == "postgresql":
            # Explicit ids leave the sequence behind; the bot's next check-in must not collide.
            await connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('checkins', 'id'), max(id)) FROM checkins"
                )
            )
    await engine.dispose()
