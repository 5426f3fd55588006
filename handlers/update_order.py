"""Update order: different people are served at the same time, one person's updates in turn."""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from delivery.answers import TapAnswers

# Updates in flight at once: within the database pool (5 + 10 overflow).
CONCURRENT_PEOPLE = 10
# PTB's own limit only decides whether updates run concurrently at all; ours applies below.
_UNLIMITED = 1_000_000


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
        self, concurrent_people: int = CONCURRENT_PEOPLE, answers: TapAnswers | None = None
    ) -> None:
        super().__init__(_UNLIMITED)
        self.concurrent_people = concurrent_people
        self.answers = answers or TapAnswers()
        self._in_flight = asyncio.BoundedSemaphore(concurrent_people)
        self._turns: dict[int | None, asyncio.Lock] = {}
        self._queued: collections.Counter[int | None] = collections.Counter()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Queue behind the same person's earlier updates (FIFO), then behind the global limit."""
        person = person_of(update)
        turn = self._turns.setdefault(person, asyncio.Lock())
        self._queued[person] += 1
        try:
            query = update.callback_query if isinstance(update, Update) else None
            if query is not None and (self._queued[person] > 1 or self._in_flight.locked()):
                # It must wait in line: answer now, within Telegram's deadline, without a toast.
                await self.answers.answer(query)
            async with turn, self._in_flight:
                await coroutine
        finally:
            self._queued[person] -= 1
            if not self._queued[person]:  # nobody else in this person's queue: forget them
                del self._queued[person], self._turns[person]

    @property
    def waiting(self) -> int:
        """Updates taken in and not yet handled to the end."""
        return sum(self._queued.values())

    @property
    def people_in_line(self) -> int:
        """People with an update in hand or waiting (each is forgotten once their line is empty)."""
        return len(self._turns)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: PTB waits for updates in flight before it shuts down."""
