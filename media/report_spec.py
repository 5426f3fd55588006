"""What a clinician's report shows: plain words and figures, so media draws without deciding.

Views fill it in the person's language; media.report_pdf lays it out on A4 pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from media.chart_spec import Chart


@dataclass(frozen=True)
class Table:
    """A table: its header, its rows, and each column's share of the width."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class Section:
    """A titled part of the report: lines of text, then a table, then more lines."""

    title: str
    lines: tuple[str, ...] = ()
    table: Table | None = None
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportPages:
    """The whole report: the header, the summary, the pain chart beside the weeks, the rest."""

    title: str
    period: str
    about: str  # what Back Coach is, and that this is not a diagnosis
    question_label: str
    question: str | None
    glance_title: str
    glance: tuple[str, ...]
    weeks: Section
    chart: Chart | None
    chart_note: str | None  # said instead of a chart when there is too little to draw
    sections: tuple[Section, ...]
    footer: str  # "{page}" and "{pages}" are filled in on each page
    language: str
