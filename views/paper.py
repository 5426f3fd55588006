"""Words for paper (the PDF report): no HTML, the year in dates, scores the language's way."""

from __future__ import annotations

import html
import re
from datetime import date

from babel.dates import format_skeleton
from babel.numbers import format_decimal

from content import Words

TAG = re.compile(r"<[^>]+>")
NONE = "–"


def plain(text: str) -> str:
    """Text for the page: no HTML tags, entities read."""
    return html.unescape(TAG.sub("", text))


def long_day(w: Words, day: date) -> str:
    """'8 Dec 2026', '8 дек. 2026 г.': the year matters on paper."""
    return format_skeleton("yMMMd", day, locale=w.locale)


def numeric_day(w: Words, day: date) -> str:
    """'02.09.2026', '9/2/2026': short enough for a table column, the language's order."""
    return format_skeleton("yMd", day, locale=w.locale)


def score_text(w: Words, value: float | None) -> str:
    """A pain score as the language writes it ('4.5', '4,5'), or a dash."""
    return NONE if value is None else format_decimal(round(value, 1), "0.#", locale=w.locale)


def days_listed(w: Words, days: list[date], most: int = 6) -> str:
    """'3 Dec, 9 Dec and 12 Dec': the latest few."""
    return w.listing([w.day(day) for day in days[-most:]])
