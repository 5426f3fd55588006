"""Keeping outgoing traffic under Telegram's flood limits, on a clock tests can replace.

Telegram allows about 30 messages a second overall and answers a burst into one chat with
429 and `retry_after` (facts.md). `FloodControl` is the bot's one rate limiter: it spaces
messages under the overall limit and, on a 429, holds back only the chat it concerned for
as long as Telegram asked, then tries again. `Pacer` spaces the reminder sweep's sends
below that, so replies to people keep a share of the limit.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any, Protocol

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

# Telegram counts messages (sends and edits); answering a button or reading updates is free.
MESSAGE_METHODS = ("send", "edit", "copy", "forward")
# Under Telegram's 30 a second, so jitter on the way never puts 31 into its window.
MESSAGES_PER_SECOND = 28
WINDOW_SECONDS = 1.0
# A reply that still meets a 429 after this many waits is given up (and logged, briefly).
MAX_RETRIES = 3


class Clock(Protocol):
    """Seconds on a steady clock, and a way to wait on it."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class LoopClock:
    """The event loop's own clock: the real one."""

    def now(self) -> float:
        return asyncio.get_running_loop().time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def retry_seconds(error: RetryAfter) -> float:
    """How long Telegram asked us to wait (a timedelta once PTB_TIMEDELTA is on, as in v23)."""
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


class Pacer:
    """Spaces sends evenly at `rate` a second; bursts would cross Telegram's window with jitter."""

    def __init__(self, rate: float, clock: Clock | None = None) -> None:
        self.rate = rate
        self.clock = clock or LoopClock()
        self._next_slot = 0.0

    async def wait(self) -> None:
        """Return at this send's slot (each caller gets the next free one)."""
        now = self.clock.now()
        slot = max(now, self._next_slot)
        self._next_slot = slot + 1.0 / self.rate
        if slot > now:
            await self.clock.sleep(slot - now)


class Window:
    """At most `limit` events in any `seconds`-long stretch of time."""

    def __init__(self, limit: int, seconds: float, clock: Clock) -> None:
        self.limit, self.seconds, self.clock = limit, seconds, clock
        self._recent: collections.deque[float] = collections.deque()

    async def enter(self) -> None:
        """Wait until one more event fits, then count it."""
        while True:
            now = self.clock.now()
            while self._recent and self._recent[0] <= now - self.seconds:
                self._recent.popleft()
            if len(self._recent) < self.limit:
                self._recent.append(now)
                return
            await self.clock.sleep(self._recent[0] + self.seconds - now)


class FloodControl(BaseRateLimiter[int]):
    """The bot's rate limiter: paces messages overall, waits out a 429 in the chat it hit."""

    def __init__(
        self,
        *,
        per_second: int = MESSAGES_PER_SECOND,
        max_retries: int = MAX_RETRIES,
        clock: Clock | None = None,
    ) -> None:
        # PTB 23 gives a 429's retry_after as a timedelta; opting in now spares the log a
        # deprecation warning on every 429.
        os.environ.setdefault("PTB_TIMEDELTA", "true")
        self.clock = clock or LoopClock()
        self.max_retries = max_retries
        self._messages = Window(per_second, WINDOW_SECONDS, self.clock)
        self._held_until: dict[object, float] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Make one Bot API call within the limits, retrying after each 429 as asked."""
        chat = data.get("chat_id")
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        attempt = 0
        while True:
            await self._wait_for(chat)
            if endpoint.startswith(MESSAGE_METHODS):
                await self._messages.enter()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                seconds = retry_seconds(error)
                self._hold(chat, seconds)
                if attempt >= retries:
                    # The caller decides what a lost message means; no traceback for a 429.
                    log.warning(
                        "Telegram still asks to wait %.0f s in chat %s after %d tries (%s)",
                        seconds, chat, attempt + 1, endpoint,
                    )  # fmt: skip
                    raise
                attempt += 1

    def _hold(self, chat: object, seconds: float) -> None:
        """Send nothing more to this chat for `seconds`."""
        until = self.clock.now() + seconds
        self._held_until[chat] = max(until, self._held_until.get(chat, until))

    async def _wait_for(self, chat: object) -> None:
        """Wait while Telegram's last 429 for this chat still holds."""
        until = self._held_until.get(chat)
        if until is None:
            return
        now = self.clock.now()
        if until <= now:
            del self._held_until[chat]
            return
        await self.clock.sleep(until - now)
