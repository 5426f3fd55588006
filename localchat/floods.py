"""Telegram's flood control: a global sending rate, a pace per chat, and 429 with retry_after."""

from __future__ import annotations

import collections
import math
from collections.abc import Callable
from dataclasses import dataclass

from localchat.wire import ApiError


def too_many_requests(retry_after: int) -> ApiError:
    """Telegram's 429 answer, which tells the client how many seconds to wait."""
    return ApiError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


@dataclass
class _Bucket:
    """The sends a chat still has before it must wait (a token bucket)."""

    tokens: float
    refilled_at: float | None = None


class FloodGate:
    """Admits a send or refuses it with 429, like Telegram's limits (each limit optional)."""

    def __init__(
        self,
        clock: Callable[[], float],
        global_rate: int | None = None,
        per_chat_rate: float | None = None,
        per_chat_burst: int = 3,
    ) -> None:
        self.clock = clock
        self.global_rate = global_rate
        self.per_chat_rate = per_chat_rate
        self.per_chat_burst = per_chat_burst
        self._sent_at: collections.deque[float] = collections.deque()
        self._buckets: dict[int, _Bucket] = {}
        self._forced: dict[int, tuple[int, int]] = {}

    def flood(self, chat_id: int, times: int, retry_after: int = 1) -> None:
        """The next `times` sends to this chat answer 429, however long the bot waited."""
        self._forced[chat_id] = (times, retry_after)

    def admit(self, chat_id: int) -> None:
        """Count one send to the chat, or raise 429 when a limit is reached."""
        self._forced_flood(chat_id)
        now = self.clock()
        waits = [wait for wait in (self._global_wait(now), self._chat_wait(chat_id, now)) if wait]
        if waits:
            raise too_many_requests(max(1, math.ceil(max(waits))))
        if self.global_rate is not None:
            self._sent_at.append(now)
        if self.per_chat_rate is not None:
            self._buckets[chat_id].tokens -= 1

    def _forced_flood(self, chat_id: int) -> None:
        """Answer 429 while a flood set with `flood` lasts."""
        times, retry_after = self._forced.pop(chat_id, (0, 0))
        if times > 1:
            self._forced[chat_id] = (times - 1, retry_after)
        if times > 0:
            raise too_many_requests(retry_after)

    def _global_wait(self, now: float) -> float:
        """Seconds until the bot may send again within its messages-per-second budget."""
        if self.global_rate is None:
            return 0.0
        while self._sent_at and self._sent_at[0] <= now - 1.0:
            self._sent_at.popleft()
        if len(self._sent_at) >= self.global_rate:
            return self._sent_at[0] + 1.0 - now
        return 0.0

    def _chat_wait(self, chat_id: int, now: float) -> float:
        """Seconds until the chat's bucket holds one send again (a burst, then a steady pace)."""
        if self.per_chat_rate is None:
            return 0.0
        bucket = self._buckets.setdefault(chat_id, _Bucket(float(self.per_chat_burst)))
        elapsed = now - (bucket.refilled_at if bucket.refilled_at is not None else now)
        bucket.tokens = min(self.per_chat_burst, bucket.tokens + elapsed * self.per_chat_rate)
        bucket.refilled_at = now
        if bucket.tokens < 1:
            return (1 - bucket.tokens) / self.per_chat_rate
        return 0.0
