"""Update order: different people are served at the same time, one person's updates in turn.

Taps are answered first: one that has to wait in line is answered the moment it arrives, and
one that starts at once is answered by its use case (toast and all), or without a toast should
the use case not have answered it within `ANSWER_WITHIN_SECONDS` (that answer goes out beside
the work). Each update takes its place in its person's line on arrival, before any wait.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import CallbackQuery, Update
from telegram.error import TelegramError
from telegram.ext import BaseUpdateProcessor

from delivery.answers import TapAnswers

log = logging.getLogger(__name__)

# Updates in flight at once: within the database pool (5 + 10 overflow).
CONCURRENT_PEOPLE = 10
# PTB's own limit only decides whether updates run concurrently at all; ours applies below.
_UNLIMITED = 1_000_000
# A tap's use case answers it, with its toast, within this; a crowded moment gets no toast.
ANSWER_WITHIN_SECONDS = 0.5


def person_of(update: object) -> int | None:
    """Whose update this is (None for updates that belong to nobody in particular)."""
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return None


class OnePersonAtATime(BaseUpdateProcessor):
    """While one person's reply waits on Telegram or the database, others are answered."""

    def __init__(
        self,
        concurrent_people: int = CONCURRENT_PEOPLE,
        answers: TapAnswers | None = None,
        answer_within: float = ANSWER_WITHIN_SECONDS,
    ) -> None:
        super().__init__(_UNLIMITED)
        self.concurrent_people = concurrent_people
        self.answers = answers or TapAnswers()
        self.answer_within = answer_within
        self._in_flight = asyncio.BoundedSemaphore(concurrent_people)
        # Per person, the end of their latest update: each new one waits for the one before.
        self._last: dict[int | None, asyncio.Future[None]] = {}
        self._queued: collections.Counter[int | None] = collections.Counter()
        self._answering: set[asyncio.Task[None]] = set()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Queue behind the same person's earlier updates (FIFO), then behind the global limit."""
        person = person_of(update)
        # The place in line is taken here, before any wait, so arrival order is kept.
        before, done = self._last.get(person), asyncio.get_running_loop().create_future()
        self._last[person] = done
        self._queued[person] += 1
        late: asyncio.TimerHandle | None = None
        try:
            query = update.callback_query if isinstance(update, Update) else None
            if query is not None and (before is not None or self._in_flight.locked()):
                # It must wait in line: answer now, within Telegram's deadline, without a toast.
                await self._answer(query)
            elif query is not None:
                loop = asyncio.get_running_loop()
                late = loop.call_later(self.answer_within, self._answer_now, query)
            if before is not None:
                await asyncio.shield(before)
            async with self._in_flight:
                await coroutine
        finally:
            if late is not None:
                late.cancel()
            done.set_result(None)
            self._queued[person] -= 1
            if not self._queued[person]:
                del self._queued[person]
            if self._last.get(person) is done:  # nobody behind in this person's line: forget them
                del self._last[person]

    def _answer_now(self, query: CallbackQuery) -> None:
        """Answer a tap beside its update's work (a no-op if its use case answered it)."""
        task = asyncio.create_task(self._answer(query))
        self._answering.add(task)
        task.add_done_callback(self._answering.discard)

    async def _answer(self, query: CallbackQuery) -> None:
        """The early answer; should Telegram refuse it, the tap's own use case still runs."""
        try:
            await self.answers.answer(query)
        except TelegramError as error:
            log.warning("tap %s from user %s: %s", query.id, query.from_user.id, error)

    @property
    def waiting(self) -> int:
        """Updates taken in and not yet handled to the end, and early answers on their way."""
        return sum(self._queued.values()) + len(self._answering)

    @property
    def people_in_line(self) -> int:
        """People with an update in hand or waiting (each is forgotten once their line is empty)."""
        return len(self._last)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Let early answers finish; PTB itself waits for updates in flight."""
        if self._answering:
            await asyncio.gather(*self._answering, return_exceptions=True)
