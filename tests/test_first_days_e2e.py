"""A person's first three days, end to end on the fake clock, as one story: the plan, the first
session and lesson with its question, how the back affects them, a missed day, what got in the
way, and the three-minute session.

The clock starts on Tuesday 2026-11-24 at 07:30 UTC, 08:30 in Berlin (UTC+1).
"""

from __future__ import annotations

from tests.support.harness import Person
from tests.support.learning import (
    answer_support,
    plan_in,
    quiz_answers,
    reminders_in,
    saw,
    short_session,
    support_checks,
    tap_key,
)
from tests.support.moments import until, utc
from tests.support.sessions import run_session

MARA = 3301
# Worried and low, leg pain, walking hard: someone the programme should support more.
HIGHER_NEED = {
    "leg": "yes", "elsewhere": "no", "walking": "yes", "dressing": "no", "fear": "yes",
    "worry": "yes", "hopeless": "yes", "mood": "no", "bother": "very",
}  # fmt: skip


async def test_the_first_three_days(bot, clock, content, db):
    w = content.words("en")
    mara = Person(bot, MARA, "Mara")
    # Tuesday: the plan, reminders, how the back affects her, the first session and lesson.
    await plan_in(mara, w)
    await reminders_in(mara, w)
    await tap_key(mara, w, "support-yes-button")
    await answer_support(mara, w, HIGHER_NEED)
    assert [c.group for c in await support_checks(db, MARA)] == ["higher"]
    assert saw(mara, w, "support-physio")  # a plain suggestion to see a physiotherapist
    await short_session(mara, w)
    assert saw(mara, w, "session-summary-done")
    await tap_key(mara, w, "lessons-read-button")
    first = (await quiz_answers(db, MARA)) or None
    assert first is None  # the question waits for her answer
    question = mara.buttons_now
    await mara.tap(question[0])
    [(lesson, _, _)] = await quiz_answers(db, MARA)
    assert saw(mara, w, f"lesson-{lesson}-right") or saw(mara, w, f"lesson-{lesson}-wrong")

    # Wednesday: the nudges come, nothing is done.
    await until(bot, utc(2026, 11, 25, 22, 0))
    assert "What got in the way?" not in "".join(mara.texts)

    # Thursday morning: what got in the way? No time: three minutes, there and then.
    await until(bot, utc(2026, 11, 26, 7, 0, 10))
    assert "What got in the way?" in mara.last_text
    await mara.tap("No time")
    assert "three-minute version" in mara.last_text
    await mara.tap("Three minutes now")
    await run_session(bot, mara)
    assert "Session done" in mara.last_text
