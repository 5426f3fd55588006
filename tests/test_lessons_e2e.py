"""The course of short lessons end to end: after the first session, with the morning nudge, in
/learn; its questions answered right and wrong; never while locked or mid-session; one a day."""

from __future__ import annotations

import logging

import pytest

from content import Content
from tests.support.harness import Person
from tests.support.learning import (
    lesson_rows,
    plan_in,
    quiz_answers,
    reminders_in,
    saw,
    short_session,
    shown,
    tap_key,
)
from tests.support.moments import until, utc

# Telegram's code -> the language we answer in.
CLIENTS = {"en": "en", "de-AT": "de", "es-MX": "es", "ru": "ru"}
LENA = 3001
# The first lessons of the course of someone who has not answered the support-need questions.
FIRST, SECOND, THIRD = "hurt_not_harm", "keep_moving", "why_exercise_works"


def offered(person: Person, w, lesson_id: str) -> list[str]:
    """The messages that offered this lesson as the day's lesson."""
    line = shown(w, "lessons-offer-line", title=w(f"lesson-{lesson_id}-title"))
    return [text for text in person.texts if line in text]


def offers(person: Person, w) -> list[str]:
    """Every day's-lesson offer in the chat (whichever lesson)."""
    head = shown(w, "lessons-offer-line", title="").strip()
    return [text for text in person.texts if head in text]


@pytest.mark.parametrize("client", list(CLIENTS))
async def test_a_lesson_after_the_first_session_and_the_next_with_the_morning_nudge(
    bot, clock, content: Content, db, fake, caplog, client: str
):
    caplog.set_level(logging.WARNING)
    w = content.words(CLIENTS[client])
    lena = Person(bot, LENA, "Lena", language_code=client)
    await plan_in(lena, w)
    await reminders_in(lena, w)  # Berlin: 08:00 and 19:00
    await tap_key(lena, w, "support-later-button")
    assert saw(lena, w, "support-later")
    await short_session(lena, w)
    # The summary stays the last word and offers the day's lesson under it.
    assert saw(lena, w, "session-summary-done") and offered(lena, w, FIRST) == [lena.last_text]
    await tap_key(lena, w, "lessons-read-button")
    picture = fake.messages(LENA)[-2]
    assert picture["kind"] == "photo" and picture["file_name"] == f"lesson.{FIRST}.png"
    assert shown(w, f"lesson-{FIRST}-title") in picture["caption"]
    assert saw(lena, w, "lessons-quiz", question=w(f"lesson-{FIRST}-question"))
    await tap_key(lena, w, f"lesson-{FIRST}-option-sensitive")  # the point of the lesson
    assert saw(lena, w, f"lesson-{FIRST}-right") and saw(lena, w, "lessons-next-tomorrow")
    assert lena.buttons_now == []

    await until(bot, utc(2026, 11, 25, 7, 1))  # 08:01 the next morning in Berlin
    nudge = offered(lena, w, SECOND)
    assert len(nudge) == 1 and nudge[0] == lena.last_text  # the morning nudge carries it
    await tap_key(lena, w, "lessons-read-button")
    assert saw(lena, w, f"lesson-{SECOND}-title")
    await tap_key(lena, w, f"lesson-{SECOND}-option-bed")  # not the point: a kind word anyway
    assert saw(lena, w, f"lesson-{SECOND}-wrong")
    assert await quiz_answers(db, LENA) == [(FIRST, "sensitive", True), (SECOND, "bed", False)]
    assert [r.getMessage() for r in caplog.records if "is missing in" in r.getMessage()] == []


async def test_an_answer_counts_once_and_a_forged_one_is_refused(bot, clock, content, db, fake):
    w = content.words("en")
    ann = Person(bot, LENA, "Ann")
    await plan_in(ann, w)
    await short_session(ann, w)
    await tap_key(ann, w, "lessons-read-button")
    quiz_id, data = fake.find_button(LENA, "My back is sensitive, not harmed")
    await ann.tap("I'm damaging my back")
    assert "Many people think so" in ann.last_text  # kind, and it explains the point
    assert "Your answer: I'm damaging my back" in ann.last_text
    await ann.tap_data(quiz_id, data)  # a second tap on the same question's old button
    assert ann.toasts()[-1] == "Already answered, thank you."
    await ann.tap_data(quiz_id, "lq:hurt_not_harm:1:maybe")  # a code we never drew
    await ann.tap_data(quiz_id, "lq:no_such_lesson:1:harm")
    await ann.tap_data(quiz_id, "lq:hurt_not_harm:7:harm")  # an opening that never happened
    assert ann.toasts()[-3:] == ["That button isn't one I can use."] * 3
    assert await quiz_answers(db, LENA) == [(FIRST, "harm", False)]


async def test_learn_lists_the_lessons_marks_those_read_and_reopens_one(
    bot, clock, content, db, fake
):
    w = content.words("en")
    ann = Person(bot, LENA, "Ann")
    await plan_in(ann, w)
    await short_session(ann, w)
    await tap_key(ann, w, "lessons-read-button")
    await ann.tap("My back is sensitive, not harmed")
    await ann.say("/learn")
    assert "✓ marks the 1 you've read" in ann.last_text
    assert "Next in your course: Keep moving: rest slows recovery" in ann.last_text
    labels = ann.buttons_now
    assert labels[:2] == ["✓ Hurt is not harm", "Keep moving: rest slows recovery"]
    assert len(labels) == 15 and sum(label.startswith("✓") for label in labels) == 1
    await bot.advance(30)
    await ann.tap("✓ Hurt is not harm")  # asked for: read again
    assert "Think of pain as an alarm" in fake.messages(LENA)[-2]["caption"]
    await ann.tap("✓ Hurt is not harm")  # the same tap arriving twice
    assert ann.toasts()[-1] == "That lesson has just been opened, see above."
    await ann.tap("I should stop moving for good")
    rows = await lesson_rows(db, LENA)
    assert rows[FIRST].openings == 2
    assert await quiz_answers(db, LENA) == [(FIRST, "sensitive", True), (FIRST, "stop", False)]
    # Any lesson opens from the list, the last one too; the course moves past what was read.
    await ann.say("/learn")
    await ann.tap("Medicines, in outline")
    assert "ask a pharmacist" in fake.messages(LENA)[-2]["text"]  # no picture for this one
    assert "Your next lesson comes tomorrow" not in ann.last_text


async def test_no_lesson_mid_session_or_while_a_warning_sign_locks_the_plan(
    bot, clock, content, db, fake
):
    w = content.words("en")
    ann = Person(bot, LENA, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)
    await ann.say("/learn")
    list_id, keep_moving = fake.find_button(LENA, "Keep moving")
    await ann.say("/session")
    await ann.tap("3")  # a session under way
    await ann.tap_data(list_id, keep_moving)
    assert ann.toasts()[-1] == (
        "Your session is under way: finish it (or stop it), then open the lesson."
    )
    await ann.tap("Stop")
    await ann.tap("3")
    await ann.say("I can't feel my legs")
    await ann.tap("Yes, that's happening")  # an emergency sign: the plan locks
    shown_now = len(ann.texts)
    await ann.tap_data(list_id, keep_moving)
    assert ann.toasts()[-1] == (
        "Lessons wait while your plan is on hold. Please follow the advice above first."
    )
    await ann.say("/learn")
    assert "Lessons wait while your plan is on hold" in ann.last_text
    assert ann.buttons_now == []
    await until(bot, utc(2026, 11, 26, 7, 1))  # two mornings pass
    later = ann.texts[shown_now:]
    assert offers(ann, w) == [] and not any("Today:" in text for text in later)  # no nudges
    assert await lesson_rows(db, LENA) == {}


async def test_one_lesson_a_day_and_a_restart_keeps_the_place(bot, clock, content, db, fake):
    w = content.words("en")
    ann = Person(bot, LENA, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)
    await tap_key(ann, w, "support-later-button")
    await short_session(ann, w)
    await tap_key(ann, w, "lessons-read-button")
    await ann.say("/learn")
    await ann.tap("Why exercise helps")  # asked for: read out of turn
    await bot.advance(4 * 3600)
    await short_session(ann, w)  # the day's second session: no second lesson
    assert not offered(ann, w, SECOND) and "Session done" in ann.last_text
    assert ann.buttons_now == []
    await bot.kill()
    await bot.start()
    await until(bot, utc(2026, 11, 25, 7, 1))  # the next morning, after a restart
    assert len(offered(ann, w, SECOND)) == 1
    await ann.tap("Start now")  # the nudge's buttons go: its lesson is not lost
    await ann.tap("3")
    await tap_key(ann, w, "session-skip-button")
    await tap_key(ann, w, "session-start-button")
    for _ in range(2):
        await tap_key(ann, w, "session-add-five-button")
    await tap_key(ann, w, "session-set-done-button")
    await ann.tap("2")
    assert len(offered(ann, w, SECOND)) == 2  # the same lesson again, not a second one
    await tap_key(ann, w, "lessons-read-button")
    await until(bot, utc(2026, 11, 26, 7, 1))
    # The one read out of turn is not offered again: the course moves on past it.
    assert offered(ann, w, THIRD) == [] and len(offered(ann, w, "pacing")) == 1
    assert len(offers(ann, w)) == 4  # one a day: lesson 1, lesson 2 twice (one day), lesson 4
