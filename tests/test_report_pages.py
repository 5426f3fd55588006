"""The report's pages: the fullest report still fits on two A4 pages, in every language."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coach.care_log import CareKind
from coach.function_check import ActivityChange, FunctionSummary
from coach.plan import Symptoms, build_plan
from coach.progress import DayPoint, Report, WeekTally
from coach.report import (
    QUESTION_LIMIT,
    CareMoment,
    PainRise,
    ReportFacts,
    SignEntry,
    SupportRound,
    period_start,
    tier_of_sign,
    week_rows,
)
from coach.safety import SIGNS, Level
from content import load_content
from media.report_pdf import draw_report
from tests.support.reports import pdf_pages, pdf_text
from views.report_pages import report_pages
from views.report_sections import sign_name

CONTENT = load_content()
MOMENTS = [*[CareKind.FLARE] * 9, CareKind.PAUSED, CareKind.RESUMED_SEEN]
TODAY = date(2026, 11, 24)
FIRST = period_start(date(2026, 1, 1), TODAY)  # twelve weeks back: the longest report


def the_fullest_facts() -> ReportFacts:
    """Twelve weeks, every warning sign, three long activities, a long question, every event."""
    days = tuple(
        DayPoint(FIRST + timedelta(days=n), 2, 7 - n / 20, 6 - n / 20)
        for n in range((TODAY - FIRST).days + 1)
    )
    symptoms = Symptoms(
        triggers=frozenset({"bend", "sit_stand", "bed", "walk", "get_up"}),
        leg_pain=True,
        fear_bending=True,
        stiffness=True,
        cautions=frozenset({"surgery", "osteoporosis", "balance"}),
        coping_hard=True,
    )
    progress = Report(
        streak=84, week=WeekTally(4, 14, 4), done_total=168, exercises=(), levels={},
        pain=None, reach=None, days=days[-56:], chart_from=TODAY - timedelta(days=55),
        today=TODAY, not_improving=True,
    )  # fmt: skip
    activities = tuple(
        ActivityChange(f"{name} " * 8, 2, 8) for name in ("gardening", "socks", "driving")
    )
    return ReportFacts(
        name="Aleksandra-Marie Wolkonskaja-Smith-Ferreira-Ngcobo",
        question="Why? " * (QUESTION_LIMIT // 5),
        made_at=datetime(2026, 11, 24, 9, tzinfo=UTC),
        first=FIRST,
        today=TODAY,
        progress=progress,
        function=FunctionSummary(activities, due=False, next_due=None, in_progress=False),
        plan=build_plan(symptoms),
        days=days,
        weeks=week_rows(days, FIRST, TODAY),
        rises=tuple(PainRise(FIRST + timedelta(days=n), 3, 6) for n in range(0, 80, 4)),
        function_days=tuple(FIRST + timedelta(days=14 * n) for n in range(6)),
        support=tuple(
            SupportRound(FIRST + timedelta(days=14 * n), 7 - n, "higher") for n in range(6)
        ),
        signs=tuple(
            SignEntry(s, tier_of_sign(s), Level.UNSURE, FIRST, TODAY if n % 2 else None)
            for n, s in enumerate(s for s in SIGNS if not s.endswith("_other"))  # not with old ones
        ),
        cautions=symptoms.cautions,
        surgery_ok=False,
        care=tuple(CareMoment(kind, FIRST + timedelta(days=n)) for n, kind in enumerate(MOMENTS)),
        paused_since=TODAY - timedelta(days=2),
        gentle=False,
    )


@pytest.mark.parametrize("lang", CONTENT.library.languages)
def test_the_fullest_report_fits_on_two_pages(lang):
    pdf = draw_report(report_pages(CONTENT.words(lang), the_fullest_facts()))
    assert len(pdf_pages(pdf)) == 2
    text = pdf_text(pdf)
    assert "Aleksandra-Marie" in text
    assert text.count("Why?") >= QUESTION_LIMIT // 5 - 2  # the whole question, wrapped


def test_a_sign_added_later_is_named_as_the_chat_names_it_or_by_its_code():
    w = CONTENT.words("en")
    assert sign_name(w, "ur_fever") == "Fever or chills"
    assert sign_name(w, "zz_new_sign") == "zz_new_sign"
    assert tier_of_sign("zz_new_sign") is None
