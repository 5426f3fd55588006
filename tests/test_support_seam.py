"""The support-need rounds are read by name: none before the lessons feature adds its table,
and the report and the outcomes show them once it does."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from services.outcomes import outcomes_in
from storage.support import support_rounds
from tests.support.history import three_weeks_of_easing_pain
from tests.support.moments import START
from tests.support.people import plan_then
from tests.support.reports import documents, pdf_text

# The shape the lessons feature gives its table (id, user_id, taken_at, score, group).
SUPPORT_CHECKS = """CREATE TABLE support_checks (
    id INTEGER PRIMARY KEY, user_id BIGINT NOT NULL, taken_at TIMESTAMP NOT NULL,
    score INTEGER NOT NULL, "group" VARCHAR(8) NOT NULL)"""


async def test_no_table_no_rounds_then_the_rounds_reach_report_and_outcomes(clock, bot, ann, db):
    async with db.transaction() as tx:
        assert await support_rounds(tx) == []
    await three_weeks_of_easing_pain(db)
    await plan_then(ann, city=None)
    async with db.transaction() as tx:
        await tx.execute(text(SUPPORT_CHECKS))
        for weeks_ago, score, group in ((3, 7, "higher"), (0, 4, "medium")):
            await tx.execute(
                text('INSERT INTO support_checks (user_id, taken_at, score, "group") '
                     "VALUES (:who, :at, :score, :group)"),
                {"who": 1001, "at": (START - timedelta(weeks=weeks_ago)).replace(tzinfo=None),
                 "score": score, "group": group},
            )  # fmt: skip
    await ann.say("/report")
    await ann.tap("Skip")
    report = pdf_text(documents(ann)[-1]["file"])
    assert "How much the back affects daily life" in report
    assert "The score went from 7 to 4." in report
    assert "3 Nov 2026 7 higher need" in report and "24 Nov 2026 4 medium need" in report
    figures = await outcomes_in(db)
    assert dict(figures.support_groups)["medium"] is None  # one person: fewer than five
