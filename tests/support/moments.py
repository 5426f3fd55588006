"""Fake time: instants in UTC, and walking the clock to one."""

from __future__ import annotations

from datetime import UTC, datetime

# The clock fixture's first instant: a Tuesday morning (08:30 in Amsterdam).
START = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def until(bot, moment: datetime, step: float = 1800) -> None:
    """Move the fake clock to `moment`, running the sweep at least every `step` seconds."""
    while (left := (moment - datetime.now(UTC)).total_seconds()) > 0:
        await bot.advance(min(step, left))
