"""What a progress chart shows: plain data, so views can describe it without drawing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ChartDay:
    """One day on the chart: sessions done and mean pain before and after."""

    day: date
    sessions: int
    pain_before: float | None
    pain_after: float | None


@dataclass(frozen=True)
class ChartLabels:
    """Every word on the chart, from the content files."""

    title: str
    pain_axis: str
    sessions_axis: str
    before: str
    after: str
    plan: str
    dates: tuple[str, ...]  # one label a calendar day, from the first to the last


@dataclass(frozen=True)
class Chart:
    """What to draw: the days from `first` to `last`, and the words to draw them with."""

    first: date
    last: date
    days: tuple[ChartDay, ...]
    labels: ChartLabels
    sessions_per_day: int = 2
