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
import collections
import random
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from botprocess import OUT, launch_bot, scratch_database, seed_people

from localchat.server import serve
from localchat.telegram import LocalTelegram

FIRST_PERSON = 700_000
CALM = 699_999
GROUP, CHANNEL = -100_777, -100_778
CALM_ASKS = 10
QUIET_SECONDS = 3.0
REPLY_TIMEOUT = 60.0
COMMANDS = ("/start", "/help", "/plan", "/progress", "/session", "/checkup", "/reminders",
            "/nonsense", "/delete", "/language", "/flare")  # fmt: skip
TEXTS = ("hello?", "my back hurts", "Berlin", "07:30", "x" * 4096, "🙂🙂🙂", "<b>&amp;</b>")


class WatchedTelegram(LocalTelegram):
    """The fake, noting when the bot last called anything but the long poll."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.last_call = time.monotonic()
        self.polls: list[tuple[float, int]] = []
        self.handed: dict[int, float] = {}  # update_id -> when getUpdates handed it over

    async def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method != "getUpdates":
            self.last_call = time.monotonic()
        status, body = await super().handle(method, params)
        if method == "getUpdates" and body.get("result"):
            self.polls.append((time.monotonic(), len(body["result"])))
        for update in body.get("result") or [] if method == "getUpdates" else []:
            self.handed.setdefault(update["update_id"], time.monotonic())
            query = self.callbacks.get(str(update.get("callback_query", {}).get("id")))
            if query is not None:
                query.setdefault("fetched_at", time.monotonic())
        return status, body


def _message(fake: LocalTelegram, chat: int, **content: Any) -> dict[str, Any]:
    """A private message of any kind from the person."""
    update = fake.message_update(chat, "placeholder")
    update["message"].pop("text")
    update["message"].update(content)
    return {k: v for k, v in update.items() if k != "update_id"}


def _random_data(rng: random.Random) -> str:
    """Random callback data: any characters, at most 64 bytes."""
    alphabet = "abc:.;-_~+0123456789 ÄЖ🙂\x00\x7f"
    while True:
        data = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        if len(data.encode()) <= 64:
            return data


def _changed_number(rng: random.Random, data: str) -> str:
    """A real button's data with one of its numbers changed."""
    fields = data.split(":")
    numbered = [i for i, f in enumerate(fields) if f.isdigit()] or [len(fields) - 1]
    fields[rng.choice(numbered)] = str(rng.choice((0, 7, 11, 79, 999_999, 10**17)))
    return ":".join(fields)


def inputs(fake: LocalTelegram, rng: random.Random, chat: int) -> list[Callable[[], None]]:
    """Every kind of input a flooding client sends, one callable a kind."""
    user = {"id": chat, "is_bot": False, "first_name": f"P{chat}"}
    now = int(time.time())

    def latest_buttons() -> list[tuple[int, str]]:
        shown = [m for m in fake.messages(chat) if fake.buttons(m)]
        return [(m["message_id"], d) for m in shown[-3:] for _, d in fake.buttons(m) if d]

    def tap(data: Callable[[str], str]) -> None:
        found = latest_buttons()
        if found:
            message_id, real = rng.choice(found)
            fake.callback_update(chat, message_id, data(real), check_buttons=False)

    def inject(payload: dict[str, Any]) -> None:
        fake.inject_update(payload)

    def orphan() -> None:
        update = _message(fake, chat, text="hello")
        del update["message"]["from"]
        inject(update)

    def edited() -> None:
        update = _message(fake, chat, text="I meant Berlin")
        inject({"edited_message": {**update["message"], "edit_date": now}})

    group = {"message_id": 1, "from": user, "date": now, "text": "/start",
             "chat": {"id": GROUP, "type": "supergroup", "title": "Backs"},
             "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}  # fmt: skip
    channel = {"message_id": 1, "date": now, "text": "news",
               "chat": {"id": CHANNEL, "type": "channel", "title": "News"}}  # fmt: skip
    file = {"file_id": "f", "file_unique_id": "fu"}
    return [
        lambda: fake.message_update(chat, rng.choice(TEXTS)),
        lambda: fake.message_update(chat, rng.choice(COMMANDS)),
        lambda: tap(lambda real: real),  # a real button, maybe one already tapped
        lambda: tap(lambda real: _changed_number(rng, real)),
        lambda: tap(lambda real: _random_data(rng)),
        lambda: inject(_message(fake, chat, photo=[{**file, "width": 90, "height": 90}])),
        lambda: inject(
            _message(
                fake,
                chat,
                sticker={
                    **file,
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                },
            )
        ),
        lambda: inject(_message(fake, chat, voice={**file, "duration": 2})),
        lambda: inject(_message(fake, chat, location={"latitude": 52.5, "longitude": 13.4})),
        lambda: inject(_message(fake, chat, document=file)),
        lambda: inject(_message(fake, chat, dice={"emoji": "🎲", "value": 3})),
        lambda: inject({"message": {**group, "message_id": rng.randint(1, 10**6)}}),
        lambda: inject({"channel_post": {**channel, "message_id": rng.randint(1, 10**6)}}),
        edited,
        lambda: inject(
            {"inline_query": {"id": str(rng.random()), "from": user, "query": "x", "offset": ""}}
        ),
        orphan,
    ]


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


def percentile(values: list[float], p: int) -> float:
    """The p-th percentile, in milliseconds."""
    if len(values) < 2:
        return 1000 * (values[0] if values else 0.0)
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[p - 1]


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
        finally:
            await stop(process)
            await server.stop()
    taps = [q for qid, q in fake.callbacks.items() if qid not in taps_before]
    answered = [q["answered_at"] - q["issued_at"] for q in taps if q["answered"]]
    fetched = [q["fetched_at"] - q["issued_at"] for q in taps if "fetched_at" in q]
    on_arrival = [
        q["answered_at"] - q["fetched_at"] for q in taps if q["answered"] and "fetched_at" in q
    ]
    errors = collections.Counter(
        f"{method}: {text[:60]}" for method, text in fake.errors[errors_before:]
    )
    lines = log.read_text(errors="replace")
    tracebacks = lines.count("Traceback")
    levels = collections.Counter(
        word for line in lines.splitlines() for word in line.split()[2:3] if word.isupper()
    )
    print(f"\n{args.people} people x {args.inputs} inputs, Telegram's limits, SQLite")
    print(f"inputs sent                {sent} in {1000 * (flooded_at - started):.0f} ms")
    print(f"Bot API errors             {sum(errors.values())}")
    for kind, count in errors.most_common():
        print(f"  {count:>5}  {kind}")
    print(f"429 answers (retried)      {fake.stats['429']}")
    print(f"tracebacks in the bot log  {tracebacks}")
    print(f"log lines by level         {dict(levels) or 'none'}")
    print(f"taps                       {len(taps)}, unanswered {len(taps) - len(answered)}")
    print(
        f"tap to answer ms           p50 {percentile(answered, 50):.0f}  "
        f"p99 {percentile(answered, 99):.0f}  max {1000 * max(answered, default=0):.0f}"
    )
    print(
        f"taps reached the bot ms   p50 {percentile(fetched, 50):.0f}  "
        f"p99 {percentile(fetched, 99):.0f}  (getUpdates handed them over)"
    )
    print(
        f"arrival to answer ms      p50 {percentile(on_arrival, 50):.0f}  "
        f"p99 {percentile(on_arrival, 99):.0f}  max {1000 * max(on_arrival, default=0):.0f}"
    )
    print(
        f"calm person's reply ms     no flood p50 {percentile(quiet, 50):.0f} "
        f"p99 {percentile(quiet, 99):.0f}; during the flood p50 {percentile(during, 50):.0f} "
        f"p99 {percentile(during, 99):.0f}"
    )
    print(f"idle again after           {idle:.1f} s (last Bot API call after the last input)")
    read = max((fake.handed.get(i, float("inf")) for i in flood_ids), default=started) - started
    done = max((q["answered_at"] for q in taps if q["answered"]), default=started) - started
    print(
        f"updates per second         taken in {len(flood_ids) / read:.0f} "
        f"({len(flood_ids)} in {read:.2f} s); taps answered {len(answered) / done:.0f} "
        f"({len(answered)} in {done:.2f} s)"
    )
    batches = [(round(t - started, 1), n) for t, n in fake.polls if t >= started][:12]
    print(f"getUpdates batches (s after the flood began, updates): {batches}")
    print(f"bot log: {log}")


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
