"""Away for a few days: which days the pause covers, and when the nudges come back.

Paused days are excused: they neither break the streak nor count against the plan, and the
ladders wait where they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

# The choices offered: a long weekend, a short trip, a week, a fortnight.
AWAY_CHOICES = (2, 3, 7, 14)


@dataclass(frozen=True)
class AwaySpan:
    """The local days of one pause, both ends included."""

    first: date
    last: date

    @property
    def back(self) -> date:
        """The first day the nudges come again."""
        return self.last + timedelta(days=1)

    def days(self) -> list[date]:
        """Every day the pause covers."""
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def away_span(today: date, days: int, missed: date | None = None) -> AwaySpan:
    """`days` days from today; asked after a missed day, that day is excused too."""
    first = missed if missed is not None and missed < today else today
    return AwaySpan(first, today + timedelta(days=days - 1))


def cut_short(span: AwaySpan, today: date) -> AwaySpan | None:
    """Back early: the pause ends yesterday (None when it began today: nothing to keep)."""
    if span.first >= today:
        return None
    return AwaySpan(span.first, min(span.last, today - timedelta(days=1)))


def excused_days(spans: Iterable[AwaySpan]) -> frozenset[date]:
    """Every day some pause covers."""
    return frozenset(day for span in spans for day in span.days())


def just_back(today: date, away: frozenset[date]) -> bool:
    """Yesterday was the last day away: the first nudge says welcome back."""
    return today - timedelta(days=1) in away and today not in away
