"""Counts, dates and plural forms written each language's way (Fluent selectors, Babel/CLDR)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from content import Content
from tests.support.catalogues import messages, variables

SUNDAY = date(2024, 12, 8)
# A count of one next to a plural noun: what "1 sessions" looks like.
ONE_PLURAL = re.compile(
    r"\b1 (sessions|exercises|reps|holds|sets|weeks|days|times|activities|characters|seconds"
    r"|minutes|lifts)\b"
)


@pytest.mark.parametrize(
    ("lang", "weekday", "day"),
    [
        ("en", "Sun, 8 Dec", "8 Dec"),
        ("de", "So., 8. Dez.", "8. Dez."),
        ("es", "dom, 8 dic", "8 dic"),
        ("ru", "вс, 8 дек.", "8 дек."),
    ],
)
def test_dates_follow_the_language(content: Content, lang: str, weekday: str, day: str):
    w = content.words(lang)
    assert w.weekday(SUNDAY) == weekday
    assert w.day(SUNDAY) == day


def test_no_english_text_puts_one_next_to_a_plural(content: Content):
    w = content.words("en")
    for key, message in messages().items():
        text = w.plain(key, **dict.fromkeys(variables(message), 1))
        assert not ONE_PLURAL.search(text), (key, text)


@pytest.mark.parametrize(
    ("key", "values", "one", "many"),
    [
        ("session-intro", {"count": 2}, "1 exercise.", "2 exercises."),
        ("progress-total", {"total": 2}, "1 session in total", "2 sessions in total"),
        ("progress-week", {"done": 0, "asked": 2}, "of 1 session", "of 2 sessions"),
        ("session-summary-reps", {"name": "Lift", "reps": 2}, ": 1 rep", ": 2 reps"),
        (
            "session-level-offer",
            {"name": "A", "level": "B", "how": "C", "count": 2},
            " once ",
            " 2 times ",
        ),
        ("progress-chart-title", {"weeks": 2}, "Your last week", "Your last 2 weeks"),
    ],
)
def test_english_counts_of_one_are_singular(content, key, values, one, many):
    w = content.words("en")
    number = next(name for name, value in values.items() if value == 2)
    assert one in w.plain(key, **{**values, number: 1})
    assert many in w.plain(key, **values)


def test_holds_are_told_once(content: Content):
    w = content.words("en")
    line = w.plain(
        "progress-tally-holds", reps_week=20, holds_week=20, reps_total=400, holds_total=400
    )
    assert line == "this week 20 holds, in total 400"
