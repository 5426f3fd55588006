"""A flood of hostile or clumsy input against the real bot, under Telegram's limits.

    .venv/bin/python bench/flood.py [--people 20] [--inputs 50] [--seed 15]

`python bot.py` polls the loopback Bot API fake over HTTP, which enforces Telegram's limits
(30 messages a second in all, three at once into a chat then one a second, 429 beyond that,
callback answers within 10 s, "message is not modified", unknown messages). Each person first
opens a check-in calmly, then sends every input at once, as fast as the client can: typed text,
old buttons again, real buttons with a number changed, random callback data, commands in any
order, photos, stickers, voice, locations, documents, dice, group and channel messages, edited
messages, inline queries and messages without a sender. One calm person asks for /help before
and during the flood. Printed: inputs sent, Bot API errors by kind, tracebacks in the bot's
log, callback answer latency, the calm person's reply latency with and without the flood, the
time until the bot is idle again, and updates per second:

- taken in: the updates made from the flood's start to its last input (the calm person's
  included), divided by the seconds from the flood's start until getUpdates had handed over the
  last of them. The flood is made in a few milliseconds, so this is how fast the bot reads.
- answered: the taps among them, divided by the seconds from the flood's start until the last
  of them was answered (answering a tap is free of Telegram's message limits, so this is how
  fast the bot gets through its queue; its messages are paced to Telegram's limits instead).

A thousand inputs make about 1,500 updates: each input other than typed text or a tap is built
from a typed "placeholder" message, which the bot gets as well.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from botprocess import OUT, launch_bot, scratch_database, seed_people
from flood_inputs import CHANNEL, GROUP, inputs
from flood_report import Flooded, WatchedTelegram, report

from localchat.server import serve
from localchat.telegram import LocalTelegram

FIRST_PERSON = 700_000
CALM = 699_999
CALM_ASKS = 10
QUIET_SECONDS = 3.0
REPLY_TIMEOUT = 60.0


async def until(condition: Callable[[], bool], what: str) -> None:
    """Poll a condition on the fake's loop."""
    deadline = time.monotonic() + REPLY_TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.005)


async def ask(fake: LocalTelegram, chat: int, text: str) -> float:
    """Send `text` and wait for the bot's next message in the chat; seconds it took."""
    shown = len(fake.transcript)  # a position in the whole transcript
    started = time.perf_counter()
    fake.message_update(chat, text)
    await until(
        lambda: any(e["who"] == "bot" for e in fake.chat_transcript(chat, shown)),
        f"no reply to {text!r} in chat {chat}",
    )
    return time.perf_counter() - started


async def calm_latencies(fake: LocalTelegram) -> list[float]:
    """The calm person's /help, one after another."""
    latencies = []
    for _ in range(CALM_ASKS):
        latencies.append(await ask(fake, CALM, "/help"))
        await asyncio.sleep(0.2)
    return latencies


async def warm_up(fake: LocalTelegram, people: list[int]) -> None:
    """Everyone opens a check-in calmly, so there are real and old buttons to tap."""
    for chat in people:
        await ask(fake, chat, "/start")
        await until(lambda c=chat: bool(fake.buttons(fake.last_message(c))), "no welcome buttons")
        shown = len(fake.transcript)
        fake.tap(chat, "Let's begin")
        await until(lambda c=chat, s=shown: len(fake.chat_transcript(c, s)) > 1, "no question")


async def flood(fake: LocalTelegram, people: list[int], per_person: int, seed: int) -> int:
    """Every person sends all their inputs at once, interleaved; the number sent."""
    rng = random.Random(seed)
    kinds = {chat: inputs(fake, rng, chat) for chat in people}
    sent = 0
    for n in range(per_person):
        for chat in people:
            kinds[chat][(n + rng.randrange(len(kinds[chat]))) % len(kinds[chat])]()
            sent += 1
        await asyncio.sleep(0)  # as fast as the client can, while the fake keeps serving
    return sent


async def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, while the fake keeps answering the bot's last calls."""
    process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 30
    while process.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    if process.poll() is None:
        process.kill()


async def main_async(args: argparse.Namespace) -> None:
    """Seed, start the bot, measure calm, flood, measure again, report."""
    fake = WatchedTelegram(global_rate=30, per_chat_rate=1.0, per_chat_burst=3)
    people = [FIRST_PERSON + i for i in range(args.people)]
    for chat in (CALM, GROUP, CHANNEL, *people):
        fake.add_user(chat, f"P{chat}")
    server = await serve(fake)
    log = OUT / "flood.log"
    async with scratch_database("sqlite", "backcoach_bench_flood") as url:
        await seed_people(url, 0)
        process = launch_bot(server, url, log)
        try:
            await until(lambda: "getUpdates" in fake.stats, "the bot never polled")
            await warm_up(fake, [CALM, *people])
            flooded = await measure(fake, log, people, args)
        finally:
            await stop(process)
            await server.stop()
    report(args, flooded)


async def measure(
    fake: WatchedTelegram, log: Path, people: list[int], args: argparse.Namespace
) -> Flooded:
    """The calm person alone, then the flood with the calm person asking through it."""
    quiet = await calm_latencies(fake)
    taps_before = set(fake.callbacks)
    errors_before = len(fake.errors)
    started = time.monotonic()
    first_update = len(fake.updates.history)
    calm = asyncio.create_task(calm_latencies(fake))
    sent = await flood(fake, people, args.inputs, args.seed)
    flooded_at = time.monotonic()
    flood_ids = [u["update_id"] for u in fake.updates.history[first_update:]]
    during = await calm
    while time.monotonic() - fake.last_call < QUIET_SECONDS:
        await asyncio.sleep(0.1)
    idle = fake.last_call - flooded_at
    return Flooded(
        fake,
        log,
        sent,
        started,
        flooded_at,
        idle,
        quiet,
        during,
        taps_before,
        errors_before,
        flood_ids,
    )


def main() -> int:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--inputs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=15)
    asyncio.run(main_async(parser.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
