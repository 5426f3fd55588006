"""The one way use cases time holds and breathers: the scheduler implements it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Protocol


class TimerKind(StrEnum):
    """The timers a guided session runs."""

    HOLD = "hold"
    REST = "rest"
    VOICE = "voice"  # a voice-guided set's note ends, or its question has waited long enough


class Timers(Protocol):
    """Durable timers: the end is stored on the session row, this only wakes us at it."""

    def arm(self, session_id: int, kind: TimerKind, at: datetime, chat_id: int) -> None:
        """Wake at `at` (replacing the session's timer of that kind)."""
        ...

    def cancel(self, session_id: int) -> None:
        """Forget the session's pending timers."""
        ...

    def cancel_chat(self, chat_id: int) -> None:
        """Forget every pending timer of one person's chat (their data is being erased)."""
        ...
