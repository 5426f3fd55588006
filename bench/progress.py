"""How long /progress takes with a year of data: the text and the chart, timed separately.

    .venv/bin/python bench/progress.py [--people 10000] [--days 365] [--others-days 7]
                                       [--runs 7] [--database-url URL] [--fresh]

One person has `--days` days of two sessions a day (with every rep and hold logged); the other
`--people` - 1 have `--others-days` days each, so the indexes have real neighbours to skip.
The scratch SQLite file lives in bench/out/ (git-ignored) and is reused while the parameters
match. /progress goes through the real Application against the in-process Bot API fake:
"text" is from the update until the figures message is sent, "chart" from then until the
photo is sent. Medians of --runs (the first chart, which starts the chart process, is shown
apart). It also renders bench/out/chart.png from a realistic month, to look at.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))  # the benchmark reuses the test fake (tests/ is not installed)

from sqlalchemy import insert  # noqa: E402

from coach.progress import History, SessionPoint, report  # noqa: E402
from content import load_content  # noqa: E402
from localchat.telegram import LocalTelegram  # noqa: E402
from media.charts import draw_chart  # noqa: E402
from storage import Database  # noqa: E402
from storage.migrate import upgrade_to_head  # noqa: E402
from storage.models import Answer, Checkin, User  # noqa: E402
from storage.session_models import ExerciseLevel, ExerciseSession, SessionEvent  # noqa: E402
from tests.support.clock import SteadyClock  # noqa: E402
from tests.support.harness import Person, RunningBot  # noqa: E402
from views.progress import chart_of  # noqa: E402

MAIN_ID = 1
BATCH = 20_000
ZONE = ZoneInfo("Europe/Amsterdam")
NOW = datetime.now(UTC)
# A finished first check-in: safety clear, stiffness (adds the knee rotation).
ANSWERS = {
    "red_emergency": "none", "red_urgent": "none", "triggers": "bend,sit_stand",
    "leg_pain": "no", "fear_bending": "yes", "stiffness": "yes", "balance": "no",
    "duration": "weeks", "pain_now": "6",
}  # fmt: skip


def session_events(session_id: int, user_id: int, start: datetime, reach: int) -> list[dict]:
    """A session's log as the guided session writes it: holds, reps, sets, a reach, done."""
    events: list[tuple[str, str, int]] = [("pelvic_lift", "hold", 10)] * 10
    events += [("back_extension", "rep", 5)] * 3 + [("back_extension", "set", 15)]
    events += [("bending_forward", "reach", reach), ("knee_rotation", "hold", 10)]
    events += [("knee_rotation", "hold", 10), ("pelvic_lift", "done", 1)]
    return [
        {
            "session_id": session_id,
            "user_id": user_id,
            "exercise_id": exercise,
            "kind": kind,
            "value": value,
            "step": f"s{n}",
            "created_at": start + timedelta(seconds=20 * n),
        }
        for n, (exercise, kind, value) in enumerate(events)
    ]


class Filler:
    """Writes people, sessions and events in large batches."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.next_session = 1
        self.sessions: list[dict] = []
        self.events: list[dict] = []
        self.rng = random.Random(5)

    def person_days(self, user_id: int, days: int) -> None:
        """`days` days of morning and evening sessions up to yesterday, pain easing."""
        today = NOW.astimezone(ZONE).date()
        for number in range(days):
            day = today - timedelta(days=days - number)
            pain = round(7 - 3 * number / max(days, 1) + self.rng.uniform(-1, 1))
            for at in (clock(8, self.rng.randrange(60)), clock(19, self.rng.randrange(60))):
                start = datetime.combine(day, at, ZONE).astimezone(UTC)
                self.sessions.append(
                    {
                        "id": self.next_session, "user_id": user_id, "started_at": start,
                        "finished_at": start + timedelta(minutes=12), "status": "done",
                        "exercises": "pelvic_lift,back_extension", "pain_before": max(pain, 0),
                        "pain_after": max(pain - 1, 0),
                    }
                )  # fmt: skip
                reach = min(3, number * 4 // max(days, 1))
                self.events += session_events(self.next_session, user_id, start, reach)
                self.next_session += 1

    async def flush(self, force: bool = False) -> None:
        """Write what has piled up (sessions before their events)."""
        if not force and len(self.events) < BATCH:
            return
        async with self.db.transaction() as session:
            if self.sessions:
                await session.execute(insert(ExerciseSession), self.sessions)
            if self.events:
                await session.execute(insert(SessionEvent), self.events)
        self.sessions, self.events = [], []


async def fill(db: Database, people: int, days: int, others_days: int) -> None:
    """The main person with a year, everyone else with a few days."""
    now = NOW
    users = [
        {"id": uid, "chat_id": uid, "first_name": f"P{uid}", "created_at": now,
         "last_seen_at": now, "active": True, "time_zone": "Europe/Amsterdam"}
        for uid in range(1, people + 1)
    ]  # fmt: skip
    async with db.transaction() as session:
        for start in range(0, len(users), BATCH):
            await session.execute(insert(User), users[start : start + BATCH])
        checkin = Checkin(user_id=MAIN_ID, completed_at=now)
        session.add(checkin)
        await session.flush()
        for question, value in ANSWERS.items():
            session.add(Answer(checkin_id=checkin.id, question_id=question, value=value))
        for exercise, level in (("pelvic_lift", 2), ("back_extension", 4)):
            session.add(ExerciseLevel(user_id=MAIN_ID, exercise_id=exercise, level=level))
    filler = Filler(db)
    # Interleave the main person among the others, as the rows would arrive in real life.
    for uid in range(1, people + 1):
        filler.person_days(uid, days if uid == MAIN_ID else others_days)
        await filler.flush()
    await filler.flush(force=True)


async def scratch(url: str | None, params: dict[str, int], fresh: bool) -> str:
    """The benchmark database: reused while its parameters match."""
    if url is not None:
        await asyncio.to_thread(upgrade_to_head, url)
        db = Database(url)
        await fill(db, **params)
        await db.close()
        return url
    OUT.mkdir(parents=True, exist_ok=True)
    path, stamp = OUT / "progress.db", OUT / "progress.json"
    if not fresh and path.exists() and stamp.exists() and json.loads(stamp.read_text()) == params:
        return f"sqlite+aiosqlite:///{path}"
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), stamp):
        leftover.unlink(missing_ok=True)
    url = f"sqlite+aiosqlite:///{path}"
    await asyncio.to_thread(upgrade_to_head, url)
    db = Database(url)
    began = time.perf_counter()
    await fill(db, **params)
    await db.close()
    print(f"filled {path.name} in {time.perf_counter() - began:.1f} s")
    stamp.write_text(json.dumps(params))
    return url


class Stopwatch(LocalTelegram):
    """The fake Bot API, noting when the bot sent each kind of message."""

    def __init__(self) -> None:
        super().__init__()
        self.sent_at: dict[str, float] = {}

    async def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Answer like the fake, then note the time."""
        answer = await super().handle(method, params)
        self.sent_at.setdefault(method, time.perf_counter())
        return answer


async def time_progress(url: str, runs: int) -> dict[str, Any]:
    """Ask /progress `runs` times; text and chart latencies, and someone else's reply meanwhile."""
    fake = Stopwatch()
    # The steady test clock makes Telegram's pace into one chat (three at once, then one a
    # second) free here: seven /progress in a row would otherwise time the pace, not the work.
    bot = await RunningBot(fake, url, load_content(), steady=SteadyClock()).start()
    ann, bob = Person(bot, MAIN_ID, "Ann"), Person(bot, 2, "Bob")
    texts, charts, others = [], [], []
    try:
        for _ in range(runs + 1):
            fake.sent_at.clear()
            began = time.perf_counter()
            await ann.say("/progress")
            texts.append(fake.sent_at["sendMessage"] - began)
            charts.append(fake.sent_at["sendPhoto"] - fake.sent_at["sendMessage"])
        # Bob's /help while Ann's chart is being drawn.
        for _ in range(runs):
            fake.sent_at.clear()
            progress = asyncio.create_task(ann.say("/progress"))
            while "sendMessage" not in fake.sent_at:
                await asyncio.sleep(0.0005)
            began = time.perf_counter()
            await bob.say("/help")
            others.append(time.perf_counter() - began)
            await progress
    finally:
        await bot.stop()
    report_text = next(t for t in fake.texts(MAIN_ID) if "Your progress" in t)
    return {
        "first_chart": charts[0],
        "text": statistics.median(texts[1:]),
        "chart": statistics.median(charts[1:]),
        "other": statistics.median(others),
        "sample": report_text,
    }


def month_chart() -> Path:
    """A realistic month: two sessions most days, a few missed, pain easing with ups and downs."""
    rng = random.Random(11)
    today = date(2026, 11, 29)
    points = []
    for number in range(28):
        if number in (5, 12, 13, 20):
            continue  # a busy day, a weekend away, a cold
        base = 7 - 3 * number / 27
        for hour in (8, 19) if rng.random() > 0.2 else (8,):
            before = max(0, min(10, round(base + rng.uniform(-1, 1))))
            start = datetime.combine(today - timedelta(days=27 - number), clock(hour), ZONE)
            points.append(
                SessionPoint(start.astimezone(UTC), before, max(0, before - rng.choice((1, 1, 2))))
            )
    now = datetime.combine(today, clock(20), ZONE).astimezone(UTC)
    figures = report(History(sessions=points, done_total=len(points)), now, ZONE)
    path = OUT / "chart.png"
    path.write_bytes(draw_chart(chart_of(load_content(), figures)))
    return path


async def main() -> None:
    """Fill (or reuse) the database, time /progress, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--others-days", type=int, default=7)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database-url", help="e.g. postgresql+asyncpg://... (filled afresh)")
    parser.add_argument("--fresh", action="store_true", help="rebuild the SQLite file")
    args = parser.parse_args()
    params = {"people": args.people, "days": args.days, "others_days": args.others_days}
    url = await scratch(args.database_url, params, args.fresh)
    sessions = args.days * 2 + (args.people - 1) * args.others_days * 2
    print(
        f"{args.people} people, {sessions} sessions, about {sessions * 17} events; "
        f"one person with {args.days} days of two sessions a day ({url.split(':')[0]})"
    )
    figures = await time_progress(url, args.runs)
    print(f"/progress text : {figures['text'] * 1000:7.1f} ms  (median of {args.runs})")
    print(f"/progress chart: {figures['chart'] * 1000:7.1f} ms  (median of {args.runs})")
    print(f"first chart    : {figures['first_chart'] * 1000:7.1f} ms  (starts the chart process)")
    print(f"another person's /help while a chart is drawn: {figures['other'] * 1000:.1f} ms")
    print(f"chart from a realistic month: {month_chart()}")


if __name__ == "__main__":
    asyncio.run(main())
