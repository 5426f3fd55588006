"""Reminder fan-out: N people due in the same minute, through the real sweep, to a loopback fake.

    .venv/bin/python bench/reminders.py                    # 10 000 people, then 100 000 idle
    .venv/bin/python bench/reminders.py --people 2000 --rate 30

The fake Telegram enforces a global limit (30 messages/s by default) and answers 429 beyond
it, like Telegram. While the nudges go out, one person keeps sending /help so we also see how
long an interactive reply waits. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text
from telegram import Update

from bot import build_application
from coach.reminders import EVENING, MORNING, minute_of_day
from content import Content, load_content
from localchat.server import serve
from localchat.telegram import LocalTelegram
from scheduler.sweep import SENDS_PER_SECOND, SWEEP_JOB, schedule_sweep
from settings import Settings
from storage.base import utcnow
from storage.db import Database
from storage.migrate import upgrade_to_head
from storage.models import Answer, Checkin, User
from storage.reminder_models import Reminder

OUT = Path(__file__).resolve().parent / "out"
ZONE = "Europe/Amsterdam"
# A plain, unlocked plan: no danger signs, pain when bending, no leg pain.
ANSWERS = {
    "red_emergency": "none", "red_urgent": "none", "triggers": "bend", "leg_pain": "no",
    "fear_bending": "no", "stiffness": "no", "balance": "no", "duration": "under_6w",
    "pain_now": "4",
}  # fmt: skip
CHUNK = 5000
TALKER = 1  # the person who keeps chatting during the fan-out
FIRST_PERSON = 1000


async def fresh_database(name: str) -> str:
    """A new, migrated scratch SQLite file under bench/out/."""
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    for leftover in OUT.glob(f"{name}*"):
        leftover.unlink()
    url = f"sqlite+aiosqlite:///{path}"
    # Alembic runs its own event loop, so it gets a thread of its own.
    await asyncio.to_thread(upgrade_to_head, url)
    return url


async def add_people(db: Database, count: int, due_at: datetime, *, with_plans: bool) -> None:
    """`count` people in Amsterdam, each with a morning and an evening reminder."""
    local = due_at.astimezone(ZoneInfo(ZONE))
    now = utcnow()
    for start in range(0, count, CHUNK):
        ids = range(FIRST_PERSON + start, FIRST_PERSON + min(start + CHUNK, count))
        async with db.transaction() as session:
            await session.execute(
                insert(User),
                [{"id": i, "chat_id": i, "first_name": f"P{i}", "time_zone": ZONE} for i in ids],
            )
            reminders = [
                {"user_id": i, "kind": kind, "local_minute": minute, "enabled": True,
                 "paused": False, "snoozed": False, "next_due_at": at}
                for i in ids
                for kind, minute, at in (
                    (EVENING, minute_of_day(local.time()), due_at),
                    (MORNING, 8 * 60, due_at + timedelta(hours=12)),
                )
            ]  # fmt: skip
            await session.execute(insert(Reminder), reminders)
            if with_plans:
                await session.execute(
                    insert(Checkin),
                    [{"id": i, "user_id": i, "started_at": now, "completed_at": now} for i in ids],
                )
                await session.execute(
                    insert(Answer),
                    [{"checkin_id": i, "question_id": q, "value": v, "final": True}
                     for i in ids for q, v in ANSWERS.items()],
                )  # fmt: skip


def nudges_by_chat(fake: LocalTelegram) -> dict[int, list[float]]:
    """When each person's nudges arrived (seconds on the fake's clock)."""
    arrived: dict[int, list[float]] = {}
    for entry in fake.transcript:
        if entry["who"] == "bot" and entry["kind"] == "text" and "Today:" in (entry["text"] or ""):
            arrived.setdefault(entry["chat_id"], []).append(entry["monotonic"])
    return arrived


def busiest_second(times: list[float]) -> int:
    """The most messages delivered in any one-second window."""
    times, best, left = sorted(times), 0, 0
    for right, moment in enumerate(times):
        while moment - times[left] >= 1.0:
            left += 1
        best = max(best, right - left + 1)
    return best


async def keep_asking_for_help(
    app: object, fake: LocalTelegram, stop: asyncio.Event
) -> list[float]:
    """One person sends /help every second; how long each reply took."""
    waits: list[float] = []
    while not stop.is_set():
        update = Update.de_json(fake.message_update(TALKER, "/help"), app.bot)  # type: ignore[attr-defined]
        started = time.monotonic()
        await app.process_update(update)  # type: ignore[attr-defined]
        waits.append(time.monotonic() - started)
        await asyncio.sleep(1.0)
    return waits


async def fan_out(content: Content, people: int, rate: float, limit: int) -> None:
    """Deliver one nudge to each of `people`, all due in the same minute."""
    url = await fresh_database("fanout.db")
    due_at = utcnow().replace(second=0, microsecond=0)
    db = Database(url)
    started = time.monotonic()
    await add_people(db, people, due_at, with_plans=True)
    await db.close()
    print(f"set up {people} people with plans in {time.monotonic() - started:.1f} s")

    fake = LocalTelegram(global_rate=limit, known_chats_only=False)
    fake.on_event = lambda entry: entry.__setitem__("monotonic", time.monotonic())
    server = await serve(fake)
    settings = Settings(
        telegram_bot_token=fake.token,
        telegram_base_url=server.base_url,
        database_url=url,
        _env_file=None,
    )
    app = build_application(settings, content=content)
    assert app.job_queue is not None
    for job in app.job_queue.get_jobs_by_name(SWEEP_JOB):
        job.schedule_removal()
    schedule_sweep(app, rate=rate, first=1)
    await app.initialize()
    await app.start()
    stop = asyncio.Event()
    talker = asyncio.create_task(keep_asking_for_help(app, fake, stop))
    began = time.monotonic()
    deadline = began + people / min(rate, limit) * 3 + 120
    reported = began
    while len(nudges_by_chat(fake)) < people and time.monotonic() < deadline:
        await asyncio.sleep(1.0)
        if time.monotonic() - reported >= 60:
            reported = time.monotonic()
            print(f"  {len(nudges_by_chat(fake))} delivered after {reported - began:.0f} s")
    await asyncio.sleep(35)  # one more tick: anything sent twice would show now
    stop.set()
    waits = await talker
    await app.stop()
    await app.shutdown()
    await server.stop()

    print_fan_out(fake, people, rate, limit, began, waits)


def print_fan_out(
    fake: LocalTelegram, people: int, rate: float, limit: int, began: float, waits: list[float]
) -> None:
    """When the nudges arrived, how fast, twice or never, and how the talker fared."""
    arrived = nudges_by_chat(fake)
    times = [t for chat in arrived.values() for t in chat]
    first, last = min(times), max(times)
    duplicates = sum(len(chat) - 1 for chat in arrived.values() if len(chat) > 1)
    misses = people - len(arrived)
    print(f"people due in the same minute: {people}")
    print(f"time to deliver all:           {last - began:.1f} s (first at {first - began:.1f} s)")
    print(f"achieved rate:                 {len(times) / max(last - first, 1e-9):.1f} msg/s "
          f"(limit {limit}/s, sweep paced at {rate:g}/s)")  # fmt: skip
    print(f"busiest second:                {busiest_second(times)} messages")
    print(f"429s received:                 {fake.stats['429']}")
    print(f"duplicates:                    {duplicates}")
    print(f"misses:                        {misses}")
    print(f"/help replies during fan-out:  {len(waits)}, median "
          f"{statistics.median(waits) * 1000:.0f} ms, max {max(waits) * 1000:.0f} ms")  # fmt: skip


async def idle_tick(content: Content, people: int, repeats: int = 20) -> None:
    """The cost of one sweep tick when `people` have reminders and none is due."""
    url = await fresh_database("idle.db")
    db = Database(url)
    started = time.monotonic()
    await add_people(db, people, utcnow() + timedelta(hours=6), with_plans=False)
    print(f"set up {people} idle people in {time.monotonic() - started:.1f} s")
    async with db.engine.connect() as connection:
        plan = await connection.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM reminders WHERE next_due_at <= :now "
                 "ORDER BY next_due_at LIMIT 20"),
            {"now": utcnow().replace(tzinfo=None)},
        )  # fmt: skip
        print("claim query plan:              " + "; ".join(row[-1] for row in plan))
    await db.close()

    fake = LocalTelegram(known_chats_only=False)
    server = await serve(fake)
    settings = Settings(
        telegram_bot_token=fake.token,
        telegram_base_url=server.base_url,
        database_url=url,
        _env_file=None,
    )
    app = build_application(settings, content=content)
    await app.initialize()
    assert app.job_queue is not None
    (job,) = app.job_queue.get_jobs_by_name(SWEEP_JOB)
    await job.run(app)  # warm up the connection pool
    costs = []
    for _ in range(repeats):
        began = time.perf_counter()
        await job.run(app)
        costs.append(time.perf_counter() - began)
    await app.shutdown()
    await server.stop()
    sends = fake.stats["sendMessage"]
    print(f"one sweep tick, {people} people, none due: median "
          f"{statistics.median(costs) * 1000:.2f} ms, max {max(costs) * 1000:.2f} ms "
          f"over {repeats} ticks ({sends} messages sent)")  # fmt: skip


def main() -> None:
    """Run both measurements."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--idle-people", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=SENDS_PER_SECOND, help="sweep pace, msg/s")
    parser.add_argument("--limit", type=int, default=30, help="the fake's global limit, msg/s")
    parser.add_argument("--skip-fan-out", action="store_true")
    args = parser.parse_args()
    content = load_content()
    if not args.skip_fan_out:
        asyncio.run(fan_out(content, args.people, args.rate, args.limit))
    asyncio.run(idle_tick(content, args.idle_people))


if __name__ == "__main__":
    main()
