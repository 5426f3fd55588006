"""The operator's outcomes chart (matplotlib, Agg), drawn in the media worker.

Withheld figures (fewer than five people) are drawn as a "<5" label, never as a bar.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, MaxNLocator

STARTS_COLOUR = "#0072B2"
ACTIVE_COLOUR = "#009E73"
PAIN_COLOUR = "#D55E00"
FUNCTION_COLOUR = "#CC79A7"
WITHHELD_COLOUR = "#777777"
SIZE_INCHES = (6.0, 8.0)  # 1080 x 1440 px
DPI = 180
FONT_SIZE = 13
# Empty or small axes still show a sensible scale: 5 people, 2 points either way.
STARTS_REACH = 5
CHANGE_REACH = 2


@dataclass(frozen=True)
class OutcomesChart:
    """What the chart shows, every word from the content files; None is withheld."""

    title: str
    starts_title: str
    starts: tuple[tuple[str, int | None], ...]
    retention_title: str
    retention: tuple[tuple[str, int | None], ...]  # percent active
    change_title: str
    change_weeks: tuple[str, ...]
    pain_label: str
    pain: tuple[float | None, ...]
    function_label: str
    function: tuple[float | None, ...]
    withheld: str  # "<5"


def _bars(
    axes: Axes, labels: list[str], values: list[float | None], colour: str, mark: str
) -> None:
    """Bars labelled with their value; a grey mark, and no bar, where a value is withheld."""
    shown = [0.0 if v is None else v for v in values]
    axes.bar(range(len(values)), shown, color=colour, width=0.7)
    for x, value in enumerate(values):
        text = mark if value is None else f"{value:g}"
        colour = WITHHELD_COLOUR if value is None else "#222222"
        axes.text(x, shown[x], text, ha="center", va="bottom", fontsize=FONT_SIZE - 4, color=colour)
    axes.set_xticks(range(len(labels)), labels)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))


def _tidy(axes: Axes, title: str) -> None:
    """A title, light grid lines and no box."""
    axes.set_title(title, fontsize=FONT_SIZE, loc="left", fontweight="bold")
    axes.tick_params(labelsize=FONT_SIZE - 3)
    axes.grid(axis="y", color="#DDDDDD", linewidth=1)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _changes(axes: Axes, chart: OutcomesChart) -> None:
    """Median change of pain and of the function check, side by side per week."""
    width = 0.38
    for offset, values, colour, label in (
        (-width / 2, chart.pain, PAIN_COLOUR, chart.pain_label),
        (width / 2, chart.function, FUNCTION_COLOUR, chart.function_label),
    ):
        xs = [x + offset for x in range(len(values))]
        axes.bar(xs, [0.0 if v is None else v for v in values], width, color=colour, label=label)
        for x, value in zip(xs, values, strict=True):
            if value is None:
                axes.text(x, 0, chart.withheld, ha="center", va="bottom",
                          fontsize=FONT_SIZE - 4, color=WITHHELD_COLOUR)  # fmt: skip
    axes.axhline(0, color="#555555", linewidth=1)
    known = [abs(v) for v in (*chart.pain, *chart.function) if v is not None]
    reach = max([CHANGE_REACH, *known]) * 1.25
    axes.set_ylim(-reach, reach)
    axes.set_xticks(range(len(chart.change_weeks)), chart.change_weeks)
    axes.legend(fontsize=FONT_SIZE - 4, frameon=False, loc="upper left")


def draw_outcomes_chart(chart: OutcomesChart) -> bytes:
    """Render the chart to PNG bytes (runs in the media worker)."""
    figure = Figure(figsize=SIZE_INCHES, dpi=DPI)
    FigureCanvasAgg(figure)
    starts, active, change = figure.subplots(
        3, 1, gridspec_kw={"left": 0.1, "right": 0.97, "top": 0.91, "bottom": 0.05, "hspace": 0.55}
    )
    figure.suptitle(chart.title, fontsize=FONT_SIZE + 3, fontweight="bold", y=0.985)
    labels = [label for label, _ in chart.starts]
    _bars(starts, labels, [v for _, v in chart.starts], STARTS_COLOUR, chart.withheld)
    starts.tick_params(axis="x", labelrotation=45)
    counts = [v for _, v in chart.starts if v is not None]
    starts.set_ylim(0, max([STARTS_REACH, *counts]) * 1.2)
    _tidy(starts, chart.starts_title)
    _bars(active, [k for k, _ in chart.retention], [v for _, v in chart.retention],
          ACTIVE_COLOUR, chart.withheld)  # fmt: skip
    active.set_ylim(0, 118)  # room for the label over a full bar, under the title
    active.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
    _tidy(active, chart.retention_title)
    _changes(change, chart)
    _tidy(change, chart.change_title)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()
