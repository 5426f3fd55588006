"""Answering taps: each exactly once, and never later than Telegram's deadline.

A tap that can start at once is answered by its use case (so "Already noted" or "That button
is from an earlier message" reach the person as a toast), unless the use case has not answered
it within half a second (handlers/update_order.py). A tap that has to wait in line behind the
same person's earlier updates, or behind everyone's, is answered the moment it arrives, without
a toast: the wait could outlast Telegram's deadline, and a spinner that never stops is worse
than a toast that never comes. Its use case still runs in turn; only the answer is early.
"""

from __future__ import annotations

import logging

from cachetools import LRUCache
from telegram import CallbackQuery
from telegram.error import BadRequest

from delivery.refusals import too_old

log = logging.getLogger(__name__)

# Taps answered lately (a tap is answered within seconds, so a few per active person is plenty).
REMEMBERED = 20_000


class TapAnswers:
    """The taps answered lately, so that none is answered twice."""

    def __init__(self) -> None:
        self._answered: LRUCache[str, None] = LRUCache(maxsize=REMEMBERED)

    async def answer(self, query: CallbackQuery, text: str | None = None) -> None:
        """Answer a tap, unless it was answered already (on arrival, or before an error)."""
        if query.id in self._answered:
            if text:
                log.debug("tap %s was answered already; its toast %r is dropped", query.id, text)
            return
        self._answered[query.id] = None
        try:
            await query.answer(text)
        except BadRequest as error:
            if not too_old(error):
                raise
            log.warning("tap %s from user %s came too late to answer", query.id, query.from_user.id)
