"""The support-need rounds reach the clinician's report and the operator's figures."""

from __future__ import annotations

from datetime import timedelta

from services.outcomes import outcomes_in
from storage.lesson_models import SupportCheck
from storage.support import support_rounds
from tests.support.history import three_weeks_of_easing_pain
from tests.support.moments import START
from tests.support.people import plan_then
from tests.support.reports import documents, pdf_text


async def test_the_rounds_reach_the_report_and_the_outcomes(clock, bot, ann, db):
    async with db.transaction() as tx:
        assert await support_rounds(tx) == []
    await three_weeks_of_easing_pain(db)
    await plan_then(ann, city=None)
    async with db.transaction() as tx:
        for weeks_ago, score, group in ((3, 7, "higher"), (0, 4, "medium")):
            at = START - timedelta(weeks=weeks_ago)
            tx.add(SupportCheck(user_id=1001, taken_at=at, score=score, group=group, answers=""))
    await ann.say("/report")
    await ann.tap("Skip")
    report = pdf_text(documents(ann)[-1]["file"])
    assert "How much the back affects daily life" in report
    assert "The score went from 7 to 4." in report
    assert "3 Nov 2026 7 higher need" in report and "24 Nov 2026 4 medium need" in report
    figures = await outcomes_in(db)
    assert dict(figures.support_groups)["medium"] is None  # one person: fewer than five
