"""/report end to end: a PDF for a clinician holding exactly the person's own story."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from coach.care_log import CareKind
from tests.support.harness import Person
from tests.support.history import add_session, three_weeks_of_easing_pain
from tests.support.moments import START
from tests.support.people import answer_symptoms, plan_then, screen_clear
from tests.support.reports import (
    PDF,
    add_care,
    add_function_checks,
    add_sign,
    documents,
    pdf_pages,
    pdf_text,
)

NOT_UNDERSTOOD = "I read every message, but I don't always understand typed sentences"


async def a_story(db, person: Person, activity: str, signs: dict) -> None:
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


def the_report(person: Person) -> bytes:
    """The newest PDF in the person's chat, checked to be a PDF of two pages at most."""
    document = documents(person)[-1]
    assert document["file"].startswith(PDF)
    assert document["mime_type"] == "application/pdf"
    assert len(pdf_pages(document["file"])) <= 2
    return document["file"]


async def test_three_weeks_in_the_report_tells_ann_s_story_and_nobody_else_s(clock, bot, ann, db):
    bob = Person(bot, 2002, "Bob")
    signs = {
        "ur_fever": (START - timedelta(days=10), START - timedelta(days=9)),
        "so_weight": (START - timedelta(days=3), None),
    }
    await a_story(db, ann, "putting on socks", signs)
    await a_story(db, bob, "digging the garden", {"em_chest": (START, None)})
    await ann.say("/progress")
    progress = next(t for t in ann.texts if "Your progress" in t)
    await ann.say("/report")
    assert "A report for your GP or physiotherapist" in ann.last_text
    assert "It shows the name Ann <&_> O'Neil." in ann.last_text
    assert ann.buttons_now == ["Skip: make the report", "Print another name"]
    await ann.say("Should I  have\na scan?")
    assert documents(ann)[-1]["file_name"] == "back-coach-report-2026-11-24.pdf"
    assert "Show it on your phone or print it" in documents(ann)[-1]["caption"]
    text = pdf_text(the_report(ann))
    assert "Back Coach report: Ann <&_> O'Neil" in text  # the first name Telegram gave
    assert "would like to ask: Should I have a scan?" in text
    assert "is not a medical device, and this report is not a diagnosis" in text
    # The same figures as /progress: 21 days up to yesterday and today's session.
    assert "down from 7 to 4 in three weeks" in progress
    assert "down from 7 to 4 of 10" in text
    assert "Sessions: 41 done of 44 planned (two a day) since 3 Nov 2026" in text
    assert "16 Nov 14 / 14" in text
    assert "Pelvic lift Level 2 of 3: One leg lifted" in text
    assert "putting on socks 3 6 +3 (meaningful)" in text
    assert "Fever or chills A doctor the same day 14/11/2026 15/11/2026" in text
    assert "Unexplained weight loss A doctor the same day 21/11/2026 not yet" in text
    assert "Osteoporosis: no weights" in text
    assert "flare-up advice was opened once: 12 Nov" in text
    assert "Pain was worse after 1 session" in text and "24 Nov (3 → 6)" in text
    for bobs in ("Bob", "digging the garden", "Chest pain"):
        assert bobs not in text
    assert len(PdfReader(io.BytesIO(the_report(ann))).pages[0].images) == 1  # the pain chart


async def test_a_russian_report_is_in_russian(clock, bot, db):
    masha = Person(bot, 3003, "Маша", language_code="en")  # onboarding driven in English
    await a_story(db, masha, "надевать носки", {"ur_fever": (START - timedelta(days=2), None)})
    masha.language_code = "ru"  # then her phone speaks Russian
    await masha.say("/report")
    assert "Отчёт для вашего врача или физиотерапевта" in masha.last_text
    await masha.tap("Пропустить: сделать отчёт")
    text = pdf_text(the_report(masha))
    assert "Отчёт Back Coach: Маша" in text
    assert "не является диагнозом" in text
    assert "Занятия: 41 из 44 запланированных" in text
    assert "снизилась с 7 до 4 из 10" in text
    assert "надевать носки 3 6 +3 (значимо)" in text
    assert "Температура или озноб К врачу в тот же день 22.11.2026 ещё нет" in text
    assert "Остеопороз" in text
    assert "хочет спросить" not in text  # no question was typed


async def test_right_after_onboarding_a_short_report_without_a_chart(clock, bot, ann, db):
    await ann.say("/report")
    assert ann.last_text.startswith("A report needs your answers first")
    await plan_then(ann, city=None)
    await ann.say("/report")
    await ann.tap("Skip")
    report = the_report(ann)
    text = pdf_text(report)
    assert "Sessions: 0 done of 2 planned" in text
    assert "Pain: too few scores yet" in text
    assert "The pain chart starts once there are two days with a pain score" in text
    assert "Pelvic lift Level 1 of 3" in text
    assert "Function check: not done yet" in text
    assert "Warning signs: none reported" in text
    assert len(pdf_pages(report)) == 1
    async with db.transaction() as session:
        await add_session(session, ann.user_id, START, 5, 3)
    await ann.say("/report")
    await ann.tap("Skip")
    report = the_report(ann)
    assert "Sessions: 1 done of 2 planned" in pdf_text(report)
    assert "24 Nov 1 / 2 5 3" in pdf_text(report)
    assert len(PdfReader(io.BytesIO(report)).pages[0].images) == 0  # one day is no chart


async def test_another_name_and_a_question_survive_a_restart(clock, bot, ann, db):
    await plan_then(ann, city=None)
    await ann.say("/report")
    await ann.tap("Print another name")
    assert ann.last_text.startswith("Type the name to print on the report")
    await bot.kill()
    await bot.start()
    await ann.say("Ann " + "O" * 70)
    assert ann.last_text.startswith("That's 74 characters; please keep the name under 64")
    await ann.say("Ann   O'Neil-Smith")
    assert "It shows the name Ann O'Neil-Smith." in ann.last_text
    await bot.kill()
    await bot.start()
    await ann.say("Why " * 80)
    assert ann.last_text.startswith("That's 319 characters; please keep it under 300")
    assert documents(ann) == []
    await ann.say("Is it safe to go back to running?")
    text = pdf_text(the_report(ann))
    assert "Back Coach report: Ann O'Neil-Smith" in text
    assert "Ann O'Neil-Smith would like to ask: Is it safe to go back to running?" in text
    await ann.say("What next?")  # nothing is awaited any more: not a second report
    assert len(documents(ann)) == 1 and ann.last_text.startswith(NOT_UNDERSTOOD)
    await ann.say("/report")
    assert "It shows the name Ann O'Neil-Smith." in ann.last_text


async def test_old_and_foreign_report_buttons_make_nothing(clock, bot, ann, db):
    bob = Person(bot, 2002, "Bob")
    await plan_then(ann, city=None)
    await ann.say("/report")
    asked = ann.fake.last_message(1001)
    [skip, _] = [data for _, data in ann.fake.buttons(asked)]
    await ann.tap("Skip")
    await ann.tap_data(asked["message_id"], skip)  # the same tap again
    assert ann.toasts()[-1] == "That report is made already. Send /report for a new one."
    await plan_then(bob, city=None)
    await bob.say("/report")
    await bob.tap_data(bob.fake.last_message(2002)["message_id"], skip)  # Ann's request id
    assert bob.toasts()[-1] == "That button isn't one I can use."
    assert len(documents(ann)) == 1 and documents(bob) == []


async def test_making_a_report_holds_up_nobody_else(clock, bot, ann, db):
    bob = Person(bot, 2002, "Bob")
    await a_story(db, ann, "putting on socks", {})
    await ann.say("/report")
    await bot.queue(ann.fake.message_update(1001, "Can I lift my grandson?", ann.first_name))
    await bot.queue(bob.fake.message_update(2002, "/help", "Bob"))
    await bot.until_idle()
    await bot.app.bot_data.media.idle()
    sent = [(e["chat_id"], e.get("kind")) for e in ann.fake.transcript if e.get("who") == "bot"]
    assert sent.index((2002, "text")) < sent.index((1001, "document"))


async def test_report_is_offered_where_the_bot_sends_people_to_a_clinician(clock, bot, ann, db):
    await screen_clear(ann)
    await answer_symptoms(ann, triggers=("Sitting or standing long",))
    await ann.say("/checkup")
    for _ in range(3):  # nerve signs, other emergencies, same day
        await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("No better for a month")
    await ann.tap("Done")
    await answer_symptoms(ann)
    assert any("make an appointment with your GP" in t and "/report makes" in t for t in ann.texts)
