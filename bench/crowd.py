"""A crowd of simulated people for bench/throughput.py, each as fast as the bot answers.

Each walks a script of messages and taps and waits for the whole reply before the next step; a
calibration with one person first counts what each step makes the bot show. The fake Bot API
can add a network round trip to every call but the long poll.
"""

from __future__ import annotations

import asyncio
import collections
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from localchat.telegram import LocalTelegram
from localchat.transcript import render_transcript

# ("say", text) or ("tap", label of the newest button containing it)
Step = tuple[str, str]
FIRST_PERSON = 500_000
STEP_TIMEOUT = 120.0
# Calibration: a reply is complete after this long without news (longer than the one second
# the bot leaves between messages into one chat once a burst of three is spent).
QUIET_SECONDS = 1.5


class DistantTelegram(LocalTelegram):
    """The fake Bot API, answering every call but getUpdates after a network round trip."""

    def __init__(self, round_trip: float) -> None:
        super().__init__()
        self.round_trip = round_trip

    async def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Wait like a request to api.telegram.org would, then answer like the fake."""
        if self.round_trip and method != "getUpdates":
            await asyncio.sleep(self.round_trip)
        return await super().handle(method, params)


@dataclass
class Chats:
    """Counts what the bot shows in each chat and wakes whoever waits for it."""

    fake: LocalTelegram
    shown: collections.Counter[int] = field(default_factory=collections.Counter)
    news: dict[int, asyncio.Event] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.fake.on_event = self._on_event

    def _on_event(self, entry: dict[str, Any]) -> None:
        """Every message, edit or toast from the bot counts as something shown."""
        if entry["who"] == "bot":
            self.shown[entry["chat_id"]] += 1
            self.news.setdefault(entry["chat_id"], asyncio.Event()).set()

    async def wait(self, chat: int, shown: int, query_id: str | None) -> None:
        """Until the chat shows `shown` things and the tapped button (if any) is answered."""
        event = self.news.setdefault(chat, asyncio.Event())
        deadline = asyncio.get_running_loop().time() + STEP_TIMEOUT
        while self.shown[chat] < shown or (
            query_id is not None and not self.fake.callbacks[query_id]["answered"]
        ):
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"chat {chat}: the bot did not answer within {STEP_TIMEOUT} s")
            event.clear()
            # Answers to button taps make no transcript entry without a toast: poll for them.
            await asyncio.wait([asyncio.ensure_future(event.wait())], timeout=0.05)

    async def quiet(self, chat: int) -> None:
        """Until nothing new has appeared in the chat for QUIET_SECONDS."""
        while True:
            before = self.shown[chat]
            await asyncio.sleep(QUIET_SECONDS)
            if self.shown[chat] == before:
                return


def act(fake: LocalTelegram, chat: int, step: Step) -> str | None:
    """Send one update; the callback query id for a tap."""
    kind, value = step
    if kind == "say":
        fake.message_update(chat, value, f"P{chat}")
        return None
    return fake.tap(chat, value)["callback_query"]["id"]


async def calibrate(fake: LocalTelegram, chats: Chats, script: Sequence[Step]) -> list[int]:
    """One person, slowly: how many things the bot shows after each step."""
    chat = FIRST_PERSON - 1
    counts = []
    for step in script:
        before = chats.shown[chat]
        query_id = act(fake, chat, step)
        await chats.wait(chat, before + 1, query_id)
        await chats.quiet(chat)
        counts.append(chats.shown[chat] - before)
    return counts


async def person(
    fake: LocalTelegram, chats: Chats, chat: int, script: Sequence[Step], expected: list[int]
) -> list[float]:
    """Go through the script as fast as the bot answers; the latency of each reply."""
    latencies = []
    for step, count in zip(script, expected, strict=True):
        target = chats.shown[chat] + count
        sent = time.perf_counter()
        try:
            query_id = act(fake, chat, step)
            await chats.wait(chat, target, query_id)
        except (LookupError, TimeoutError) as error:
            transcript = render_transcript(fake.chat_transcript(chat)[-12:])
            raise RuntimeError(f"{error}\nthe chat ended with:\n{transcript}") from error
        latencies.append(time.perf_counter() - sent)
    return latencies


@dataclass
class Figures:
    """What one run measured."""

    updates: int
    seconds: float
    latencies: list[float]
    api_calls: int = 0
    cpu_seconds: float = 0.0
    fake_cpu_seconds: float = 0.0

    @property
    def per_second(self) -> float:
        """Updates handled per second, over the whole run."""
        return self.updates / self.seconds

    def percentile(self, p: int) -> float:
        """Reply latency percentile, in milliseconds."""
        return statistics.quantiles(self.latencies, n=100)[p - 1] * 1000


async def crowd(
    fake: LocalTelegram, chats: Chats, people: int, script: Sequence[Step], expected: list[int]
) -> Figures:
    """Everyone at once."""
    started = time.perf_counter()
    runs = [person(fake, chats, FIRST_PERSON + i, script, expected) for i in range(people)]
    latencies = [latency for run in await asyncio.gather(*runs) for latency in run]
    return Figures(len(latencies), time.perf_counter() - started, latencies)
