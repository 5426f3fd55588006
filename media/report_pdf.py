"""The clinician's report as an A4 PDF (fpdf2), drawn in the media worker like the charts.

The font is DejaVu Sans, which ships with matplotlib (already a dependency), so Cyrillic and
accented Latin print the same on every machine. Everything fits on two pages at most: when it
would not, the report is laid out again a little smaller.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from fpdf import FPDF, FontFace
from fpdf.enums import TableBordersLayout, TableCellFillMode, XPos, YPos

from media.charts import draw_chart
from media.report_spec import ReportPages, Section, Table

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FAMILY = "DejaVu"
# Two faces only: each costs a parse of the font; notes are grey, not italic.
STYLES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
MAX_PAGES = 2
# Laid out again at these sizes until it fits on two pages.
SCALES = (1.0, 0.92, 0.85, 0.78, 0.7, 0.64)
MARGIN = 15.0  # mm
INK = (33, 33, 33)
GREY = (100, 100, 100)
RULE = (200, 200, 200)
QUESTION_FILL = (255, 244, 214)
STRIPE = (246, 246, 246)
HEADING_FILL = (228, 233, 240)
# A section title needs this much room below it (mm), or it starts on the next page.
KEEP_WITH_TITLE = 38
# The chart beside the weeks: its share of the width, and its pixels per inch (about 300
# pixels per inch on paper at that width, and quicker to draw than the chat's 180).
CHART_SHARE = 0.5
CHART_ASPECT = 990 / 1080
CHART_DPI = 130


class _Pages(FPDF):
    """A4 pages with the report's footer."""

    def __init__(self, footer: str, scale: float) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_text = footer
        self.scale = scale

    def footer(self) -> None:
        """'Back Coach report · page 1 of 2', small and grey."""
        self.set_y(-11)
        self.set_font(FAMILY, "", 7.5 * self.scale)
        self.set_text_color(*GREY)
        text = self.footer_text.format(page=self.page_no(), pages="{nb}")
        self.cell(0, 5, text, align="C")


def _size(pdf: _Pages, points: float) -> float:
    """A font size at the layout's scale."""
    return points * pdf.scale


def _text(pdf: _Pages, text: str, points: float, style: str = "", colour: tuple = INK) -> None:
    """A paragraph across the page."""
    pdf.set_font(FAMILY, style, _size(pdf, points))
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, _size(pdf, points) * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _rule(pdf: _Pages) -> None:
    """A thin line across the page."""
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.3)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())


def _header(pdf: _Pages, pages: ReportPages) -> None:
    """Title, period, what Back Coach is; then the person's question, if there is one."""
    _text(pdf, pages.title, 16, "B")
    _text(pdf, pages.period, 10, "", GREY)
    pdf.ln(1)
    _text(pdf, pages.about, 8.5, "", GREY)
    pdf.ln(2)
    _rule(pdf)
    pdf.ln(3)
    if pages.question:
        pdf.set_fill_color(*QUESTION_FILL)
        pdf.set_font(FAMILY, "B", _size(pdf, 10.5))
        pdf.set_text_color(*INK)
        height = _size(pdf, 10.5) * 0.5
        pdf.multi_cell(0, height, pages.question_label, fill=True, padding=(1.5, 2, 0, 2),
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
        pdf.set_font(FAMILY, "", _size(pdf, 10.5))
        pdf.multi_cell(0, height, pages.question, fill=True, padding=(0.5, 2, 1.5, 2),
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
        pdf.ln(3)


def _bullets(pdf: _Pages, lines: tuple[str, ...], points: float = 10) -> None:
    """Short lines, each after a bullet, wrapped lines indented under the text."""
    indent = 5 * pdf.scale
    for line in lines:
        pdf.set_font(FAMILY, "", _size(pdf, points))
        pdf.set_text_color(*INK)
        pdf.cell(indent, _size(pdf, points) * 0.5, "•")
        pdf.multi_cell(0, _size(pdf, points) * 0.5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6)


def _table(pdf: _Pages, table: Table, width: float | None = None) -> None:
    """A table with bold headings and light stripes, wrapping long cells."""
    pdf.set_font(FAMILY, "", _size(pdf, 9))
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*RULE)
    pdf.set_fill_color(255, 255, 255)  # the question's fill must not leak into the rows
    with pdf.table(
        width=width or pdf.epw,
        col_widths=table.widths,
        align="LEFT",
        text_align="LEFT",
        borders_layout=TableBordersLayout.HORIZONTAL_LINES,
        cell_fill_color=STRIPE,
        cell_fill_mode=TableCellFillMode.ROWS,
        headings_style=FontFace(emphasis="BOLD", fill_color=HEADING_FILL),
        v_align="TOP",
        line_height=_size(pdf, 9) * 0.5,
        padding=(0.8, 1.2),
    ) as drawn:
        for cells in (table.header, *table.rows):
            row = drawn.row()
            for cell in cells:
                row.cell(cell)


def _section(pdf: _Pages, section: Section) -> None:
    """A titled part: its lines, its table, the lines after."""
    if pdf.get_y() > pdf.h - pdf.b_margin - KEEP_WITH_TITLE * pdf.scale:
        pdf.add_page()  # a title alone at the foot of a page helps nobody
    pdf.ln(2.5)
    _text(pdf, section.title, 12, "B")
    _rule(pdf)
    pdf.ln(1.5)
    for line in section.lines:
        _text(pdf, line, 10)
        pdf.ln(0.6)
    if section.table is not None:
        pdf.ln(0.5)
        _table(pdf, section.table)
    for line in section.after:
        pdf.ln(0.6)
        _text(pdf, line, 9, "", GREY)


def _chart_and_weeks(pdf: _Pages, pages: ReportPages, chart_png: bytes | None) -> None:
    """The pain chart on the left and the weeks on the right; or the weeks alone."""
    weeks = pages.weeks
    pdf.ln(2.5)
    _text(pdf, weeks.title, 12, "B")
    _rule(pdf)
    pdf.ln(2)
    for line in weeks.lines:
        _text(pdf, line, 10)
    if chart_png is None:
        if pages.chart_note:
            _text(pdf, pages.chart_note, 9, "", GREY)
        if weeks.table is not None:
            pdf.ln(1)
            _table(pdf, weeks.table)
        return
    top = pdf.get_y() + 1
    chart_width = pdf.epw * CHART_SHARE * pdf.scale**0.5
    pdf.image(io.BytesIO(chart_png), x=pdf.l_margin, y=top, w=chart_width)
    chart_bottom = top + chart_width * CHART_ASPECT
    if weeks.table is not None:
        left = pdf.l_margin + chart_width + 4
        pdf.set_left_margin(left)
        pdf.set_xy(left, top)
        _table(pdf, weeks.table, width=pdf.w - pdf.r_margin - left)
        pdf.set_left_margin(MARGIN)
    pdf.set_y(max(pdf.get_y(), chart_bottom) + 1)
    for line in weeks.after:
        _text(pdf, line, 9, "", GREY)


def _layout(pages: ReportPages, chart_png: bytes | None, scale: float) -> _Pages:
    """The report laid out at one scale."""
    pdf = _Pages(pages.footer, scale)
    for style, file in STYLES.items():
        pdf.add_font(FAMILY, style, str(FONTS / file))
    pdf.set_margins(MARGIN, 13, MARGIN)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(pages.title)
    pdf.set_author("Back Coach")
    pdf.set_creator("Back Coach")
    pdf.set_lang(pages.language)
    pdf.add_page()
    _header(pdf, pages)
    _text(pdf, pages.glance_title, 12, "B")
    pdf.ln(1)
    _bullets(pdf, pages.glance)
    _chart_and_weeks(pdf, pages, chart_png)
    for section in pages.sections:
        _section(pdf, section)
    return pdf


def draw_report(pages: ReportPages) -> bytes:
    """The report as PDF bytes, on two A4 pages at most (runs in the media worker)."""
    chart_png = draw_chart(pages.chart, CHART_DPI) if pages.chart is not None else None
    for scale in SCALES:
        pdf = _layout(pages, chart_png, scale)
        if pdf.pages_count <= MAX_PAGES:
            break
    return bytes(pdf.output())


def warm_up() -> None:
    """Load the PDF library (and its font subsetter) now, not on the first person's report."""
    pdf = _Pages("", 1.0)
    for style, file in STYLES.items():
        pdf.add_font(FAMILY, style, str(FONTS / file))
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 10)
    pdf.cell(text="Back Coach · Отчёт")
    pdf.output()
