"""The progress chart, drawn with matplotlib (Agg); it runs in the media worker (media.worker).

This module imports only matplotlib and the standard library, so the worker starts light.
"""

from __future__ import annotations

import io
import math
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, MultipleLocator

from media.chart_spec import Chart

# Okabe-Ito colours: told apart with every common colour-vision deficiency.
BEFORE_COLOUR = "#D55E00"
AFTER_COLOUR = "#0072B2"
SESSIONS_COLOUR = "#009E73"
GRID_COLOUR = "#DDDDDD"
# 1080 x 990 px: sharp at full width on a phone; few inches at a high dpi means large type.
SIZE_INCHES = (6.0, 5.5)
DPI = 180
FONT_SIZE = 17


def _series(chart: Chart) -> tuple[list[date], list[float], list[float], list[int]]:
    """One value per calendar day; days without a session are gaps (NaN), not zeros."""
    known = {d.day: d for d in chart.days}
    days, before, after, sessions = [], [], [], []
    day = chart.first
    while day <= chart.last:
        point = known.get(day)
        days.append(day)
        before.append(math.nan if point is None or point.pain_before is None else point.pain_before)
        after.append(math.nan if point is None or point.pain_after is None else point.pain_after)
        sessions.append(point.sessions if point else 0)
        day += timedelta(days=1)
    return days, before, after, sessions


def draw_chart(chart: Chart, dpi: int = DPI) -> bytes:
    """Render the chart to PNG bytes (runs in the chart process); a printed report asks less."""
    days, before, after, sessions = _series(chart)
    x = list(range(len(days)))
    figure = Figure(figsize=SIZE_INCHES, dpi=dpi)
    FigureCanvasAgg(figure)
    # Fixed margins: an automatic layout engine doubles the drawing time for the same picture.
    pain, done = figure.subplots(
        2, 1, sharex=True, height_ratios=(2.2, 1),
        gridspec_kw={"left": 0.13, "right": 0.97, "top": 0.83, "bottom": 0.08, "hspace": 0.12},
    )  # fmt: skip
    figure.suptitle(chart.labels.title, fontsize=FONT_SIZE + 4, fontweight="bold", y=0.985)
    # Eight weeks of daily points need smaller markers than four to stay readable.
    line = {"linewidth": 3 if len(days) <= 31 else 2.5, "markersize": 8 if len(days) <= 31 else 4}
    pain.plot(x, before, marker="o", color=BEFORE_COLOUR, label=chart.labels.before, **line)
    pain.plot(x, after, marker="s", color=AFTER_COLOUR, label=chart.labels.after, **line)
    pain.set_ylim(-0.3, 10.3)
    pain.yaxis.set_major_locator(MultipleLocator(2))
    pain.set_ylabel(chart.labels.pain_axis, fontsize=FONT_SIZE)
    # The legend sits above the plot, so it never hides a high pain score.
    pain.legend(
        loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=FONT_SIZE, frameon=False, ncol=2
    )
    done.bar(x, sessions, width=0.75, color=SESSIONS_COLOUR)
    done.axhline(chart.sessions_per_day, color="#555555", linewidth=1.5, linestyle="--")
    # The plan's line is labelled at the left, above the bars, where nothing else is drawn.
    done.text(
        -0.4, chart.sessions_per_day + 0.08, chart.labels.plan, va="bottom", ha="left",
        fontsize=FONT_SIZE - 4, color="#555555",
    )  # fmt: skip
    done.set_ylim(0, max(chart.sessions_per_day, *sessions) + 0.8)
    done.yaxis.set_major_locator(MultipleLocator(1))
    done.set_ylabel(chart.labels.sessions_axis, fontsize=FONT_SIZE)
    # A tick on each Monday, labelled with its date: few enough to read on a phone.
    mondays = [i for i, day in enumerate(days) if day.weekday() == 0] or [0]
    step = 1 if len(mondays) <= 5 else 2 if len(mondays) <= 9 else 3  # a report's 12 weeks: 3
    ticks = mondays[::step]
    done.xaxis.set_major_locator(FixedLocator(ticks))
    done.set_xticklabels([chart.labels.dates[i] for i in ticks])
    done.set_xlim(-0.7, len(days) - 0.3)
    for axes in (pain, done):
        axes.tick_params(labelsize=FONT_SIZE - 2, length=5)
        axes.grid(axis="y", color=GRID_COLOUR, linewidth=1)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def warm_up() -> None:
    """Load matplotlib's fonts now, not on the first person's chart."""
    figure = Figure()
    figure.text(0.5, 0.5, "0")
    FigureCanvasAgg(figure).draw()
