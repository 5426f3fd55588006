"""Bursts: many messages in quick succession get one reply of a kind, not one each.

A burst is a run of a person's messages each sent within `BURST_SECONDS` of the one before, by
Telegram's own timestamps (so the bot falling behind does not cut a burst in two). The first
message of a burst gets its nudge; the rest are still handled, in order, but say nothing more.
"""

from __future__ import annotations

from cachetools import LRUCache

# Messages closer together than this belong to one burst.
BURST_SECONDS = 3.0
# Recent (chat, kind) pairs remembered; an older one is as good as a new burst.
REMEMBERED = 50_000


class Bursts:
    """When each chat last sent something that earns a reply of each kind."""

    def __init__(self) -> None:
        self._last: LRUCache[tuple[int, str], float] = LRUCache(maxsize=REMEMBERED)

    def first_of_burst(self, chat_id: int, kind: str, sent_at: float) -> bool:
        """Note a message sent at `sent_at` (unix seconds); True when it starts a new burst."""
        key = (chat_id, kind)
        last = self._last.get(key)
        self._last[key] = sent_at if last is None else max(last, sent_at)
        return last is None or sent_at - last >= BURST_SECONDS
