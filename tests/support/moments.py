"""Fake time: instants in UTC, and walking the clock to one."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.support.harness import RunningBot

# The clock fixture's first instant: a Tuesday morning (08:30 in Amsterdam).
START = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def until(bot: RunningBot, moment: datetime) -> None:
    """Move the fake clock to `moment`, stopping at each instant something falls due on the way.

    Something is a reminder row (nudges, weekly summaries, follow-ups: every kind the sweep
    sends) or a timer job; between those instants nothing happens, so nothing is skipped.
    """
    while (now := datetime.now(UTC)) < moment:
        stop = min([moment, *await bot.due_after(now)])
        await bot.advance((stop - now).total_seconds())
