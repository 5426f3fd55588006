"""/report end to end: a PDF for a clinician holding exactly the person's own story."""

from __future__ import annotations

from datetime import timedelta

from coach.care_log import CareKind
from tests.support.harness import Person
from tests.support.history import add_session, three_weeks_of_easing_pain
from tests.support.moments import START
from tests.support.people import answer_symptoms, screen_clear
from tests.support.reports import (
    PDF,
    add_care,
    add_function_checks,
    add_sign,
    documents,
    pdf_pages,
    pdf_text,
)


async def a_story(bot, db, person: Person, activity: str, signs: dict) -> None:
    """Three weeks of easing pain, a plan, two function checks, signs, a flare-up, a pain rise."""
    user_id = person.user_id
    await three_weeks_of_easing_pain(db, user_id, person.first_name)
    await screen_clear(person)
    await answer_symptoms(person, cautions=("Thin bones (osteoporosis)",))
    async with db.transaction() as session:
        await add_function_checks(session, user_id, activity, (3, 6), START - timedelta(days=15))
        for sign, (reported, cleared) in signs.items():
            add_sign(session, user_id, sign, reported, cleared)
        add_care(session, user_id, CareKind.FLARE, START - timedelta(days=12))
        await add_session(session, user_id, START - timedelta(hours=2), 3, 6)


async def test_a_report_after_three_weeks_tells_the_story_and_only_this_persons(clock, bot, ann, db):
    bob = Person(bot, 2002, "Bob")
    await a_story(
        bot, db, ann, "putting on socks",
        {"ur_fever": (START - timedelta(days=10), START - timedelta(days=9)),
         "so_weight": (START - timedelta(days=3), None)},
    )  # fmt: skip
    await a_story(bot, db, bob, "digging the garden", {"em_chest": (START, None)})
    await ann.say("/progress")
    progress = next(t for t in ann.texts if "Your progress" in t)
    await ann.say("/report")
    assert "A report for your GP or physiotherapist" in ann.last_text
    assert ann.buttons_now == ["Skip: make the report", "Print another name"]
    await ann.say("Should I  have a scan?")
    [document] = documents(ann)
    assert document["file"].startswith(PDF)
    assert document["mime_type"] == "application/pdf"
    assert document["file_name"] == "back-coach-report-2026-11-24.pdf"
    pages = pdf_pages(document["file"])
    assert len(pages) <= 2
    text = pdf_text(document["file"])
    open('/tmp/report_en.pdf','wb').write(document['file'])
    assert "Back Coach report: Ann" in text
    assert "Should I have a scan?" in text
    assert "not a diagnosis" in text
    assert "down from 7 to 4" in progress and "down from 7 to 4 of 10" in text
    assert "putting on socks" in text
    assert "Fever or chills" in text and "Unexplained weight loss" in text
    assert "Osteoporosis" in text
    for bobs in ("Bob", "digging the garden", "Chest pain"):
        assert bobs not in text
