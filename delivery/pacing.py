"""Keeping outgoing traffic under Telegram's flood limits, on a clock tests can replace.

Telegram allows about 30 messages a second overall and about one a second into one chat
(short bursts pass), and answers more with 429 and `retry_after` (facts.md). `FloodControl` is
the bot's one rate limiter: it keeps messages under both limits and, should a 429 come all the
same, holds back only the chat it concerned for as long as Telegram asked, then tries again.
`Pacer` spaces the reminder sweep's sends below that, so replies to people keep a share.
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
# Into one chat: a reply of a few messages goes at once, a longer run one a second.
CHAT_BURST = 3
CHAT_INTERVAL_SECONDS = 1.0
# Chats idle long enough to have their whole burst back are forgotten past this many.
CHATS_REMEMBERED = 10_000
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


class ChatPace:
    """Per chat: `burst` messages at once, then one each `interval`, first come first served.

    The generic cell rate algorithm: each chat keeps the time its next message is due as if
    sent evenly; a message may go up to `burst - 1` intervals before that.
    """

    def __init__(self, burst: int, interval: float, clock: Clock) -> None:
        self.interval, self.clock = interval, clock
        self.tolerance = (burst - 1) * interval
        self._due: dict[object, float] = {}

    async def enter(self, chat: object) -> None:
        """Wait for this chat's next free moment and take it."""
        now = self.clock.now()
        due = max(self._due.get(chat, now), now)
        self._due[chat] = due + self.interval
        if len(self._due) > CHATS_REMEMBERED:
            self._forget_idle(now)
        wait = due - self.tolerance - now
        if wait > 0:
            await self.clock.sleep(wait)

    def hold(self, chat: object, seconds: float) -> None:
        """Telegram said wait: nothing to this chat for `seconds`, then one a second."""
        resume = self.clock.now() + seconds + self.tolerance
        self._due[chat] = max(resume, self._due.get(chat, resume))

    def _forget_idle(self, now: float) -> None:
        """Drop chats whose next message would be due already (they are as good as new)."""
        for chat in [chat for chat, due in self._due.items() if due <= now]:
            del self._due[chat]


class Pacer:
    """Spaces sends evenly at `rate` a second; bursts would cross Telegram's window with jitter."""

    def __init__(self, rate: float, clock: Clock | None = None) -> None:
        self._pace = ChatPace(1, 1.0 / rate, clock or LoopClock())

    async def wait(self) -> None:
        """Return at this send's slot (each caller gets the next free one)."""
        await self._pace.enter(None)


class FloodControl(BaseRateLimiter[int]):
    """The bot's rate limiter: paces messages overall and per chat, waits out any 429."""

    def __init__(self, *, max_retries: int = MAX_RETRIES, clock: Clock | None = None) -> None:
        # PTB 23 gives a 429's retry_after as a timedelta; opting in now spares the log a
        # deprecation warning on every 429.
        os.environ.setdefault("PTB_TIMEDELTA", "true")
        self.clock = clock or LoopClock()
        self.max_retries = max_retries
        self._messages = Window(MESSAGES_PER_SECOND, WINDOW_SECONDS, self.clock)
        self._chats = ChatPace(CHAT_BURST, CHAT_INTERVAL_SECONDS, self.clock)

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
        message = endpoint.startswith(MESSAGE_METHODS)
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        attempt = 0
        while True:
            if message:
                await self._chats.enter(chat)
                await self._messages.enter()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                seconds = retry_seconds(error)
                if message:
                    self._chats.hold(chat, seconds)
                if attempt >= retries:
                    # The caller decides what a lost message means; no traceback for a 429.
                    log.warning(
                        "Telegram still asks to wait %.0f s in chat %s after %d tries (%s)",
                        seconds, chat, attempt + 1, endpoint,
                    )  # fmt: skip
                    raise
                attempt += 1
                if not message:
                    await self.clock.sleep(seconds)
