"""Each person's languages, remembered once read (the database stays the truth)."""

from __future__ import annotations

from cachetools import LRUCache

# People whose languages we keep in memory (beyond this, the least recent are read again).
REMEMBERED = 100_000


class LanguageBook:
    """(chosen, Telegram's) language of recently seen people."""

    def __init__(self) -> None:
        self._known: LRUCache[int, tuple[str | None, str | None]] = LRUCache(maxsize=REMEMBERED)

    def get(self, user_id: int) -> tuple[str | None, str | None] | None:
        """What we know of a person, if anything."""
        return self._known.get(user_id)

    def put(self, user_id: int, chosen: str | None, telegram: str | None) -> None:
        """Remember a person's languages."""
        self._known[user_id] = (chosen, telegram)

    def forget(self, user_id: int) -> None:
        """The person's data are erased."""
        self._known.pop(user_id, None)
