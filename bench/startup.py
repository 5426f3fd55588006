"""Start-up time and resident memory of a real `python bot.py`, by database and population.

    .venv/bin/python bench/startup.py [--people 0 100000] [--runs 3] [--sqlite-only]

Against the loopback Bot API fake. "ready" = process start until migrations are done and getMe
is asked (the fake answers at once); "polling" = until the first getUpdates arrives; RSS
(psutil) one second after that, "+helpers" that of its child processes (the chart worker);
"stop" = SIGTERM until the process has exited. Medians of --runs. The "fresh" row starts on an
empty database, so it includes running every migration.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from subprocess import Popen

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from botprocess import (
    OUT,
    StopwatchTelegram,
    launch_bot,
    postgres_answers,
    scratch_database,
    seed_people,
)

from localchat.server import serve

SETTLE_SECONDS = 1.0
DEADLINE_SECONDS = 60.0


async def wait_for(condition: Callable[[], bool], what: str, bot: Popen | None = None) -> None:
    """Poll until `condition()` holds; give up if the bot died or the deadline passed."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + DEADLINE_SECONDS
    while not condition():
        if bot is not None and bot.poll() is not None:
            sys.exit(f"bot.py exited while waiting for {what}; see {OUT / 'startup.log'}")
        if loop.time() > deadline:
            sys.exit(f"bot.py did not reach {what} within {DEADLINE_SECONDS} s")
        await asyncio.sleep(0.005)


async def start_once(url: str) -> dict[str, float]:
    """One start, measure, SIGTERM."""
    fake = StopwatchTelegram()
    server = await serve(fake)
    bot = None
    try:
        started = time.perf_counter()
        bot = launch_bot(server, url, OUT / "startup.log")
        await wait_for(lambda: "getUpdates" in fake.first_called, "polling", bot)
        await asyncio.sleep(SETTLE_SECONDS)
        main = psutil.Process(bot.pid)
        rss = main.memory_info().rss
        helpers = sum(child.memory_info().rss for child in main.children(recursive=True))
        stopping = time.perf_counter()
        bot.send_signal(signal.SIGTERM)
        await wait_for(lambda: bot.poll() is not None, "exit")
        if bot.returncode != 0:
            sys.exit(f"bot.py exited with {bot.returncode}; see {OUT / 'startup.log'}")
        return {
            "ready": fake.first_called["getMe"] - started,
            "polling": fake.first_called["getUpdates"] - started,
            "rss": rss / 2**20,
            "helpers": helpers / 2**20,
            "stop": time.perf_counter() - stopping,
        }
    finally:
        if bot is not None and bot.poll() is None:
            os.killpg(bot.pid, signal.SIGKILL)  # a failed run: the helpers go too
            bot.wait()
        await server.stop()


async def measure(backend: str, people: int | None, runs: int) -> dict[str, float]:
    """Medians over `runs` starts; people=None starts each run on an empty database."""
    samples = []
    if people is None:
        for run in range(runs):
            async with scratch_database(backend, f"backcoach_bench_fresh{run}") as url:
                samples.append(await start_once(url))
    else:
        async with scratch_database(backend, f"backcoach_bench_{people}") as url:
            seeding = time.perf_counter()
            await seed_people(url, people)
            print(f"  ({backend}: seeded {people} people in {time.perf_counter() - seeding:.1f} s)")
            samples = [await start_once(url) for _ in range(runs)]
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> int:
    """Run every combination and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, nargs="+", default=[0, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    backends = ["sqlite"]
    if not args.sqlite_only and postgres_answers():
        backends.append("postgresql")
    rows = []
    for backend in backends:
        for people in [None, *args.people]:
            figures = asyncio.run(measure(backend, people, args.runs))
            rows.append((backend, "fresh" if people is None else f"{people:,}", figures))
    print(f"\nstart-up of python bot.py (median of {args.runs} runs)")
    print(
        f"{'database':<11}{'people':>9}{'ready s':>10}{'polling s':>11}{'RSS MiB':>10}"
        f"{'+helpers MiB':>14}{'stop s':>9}"
    )
    for backend, people, f in rows:
        print(
            f"{backend:<11}{people:>9}{f['ready']:>10.2f}{f['polling']:>11.2f}"
            f"{f['rss']:>10.1f}{f['helpers']:>14.1f}{f['stop']:>9.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
