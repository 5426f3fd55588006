"""How the back is affecting the person, end to end: asked after the first plan, it shapes the
lessons' order, the pace of the ladders and (for the higher need) suggests a physiotherapist;
asked again four weeks later, /progress shows the change; /export and /delete include it."""

from __future__ import annotations

import json
from datetime import timedelta

from coach.progression import Standing
from storage.sessions import save_standing
from tests.support.harness import Person
from tests.support.learning import (
    answer_support,
    plan_in,
    reminders_in,
    short_session,
    shown,
    support_checks,
    tap_key,
)
from tests.support.moments import until, utc
from tests.support.people import count_set

ANN = 3101
# Much of life touched, and the feelings that slow recovery: the higher need (7 of 9).
HEAVY = {
    "leg": "yes", "elsewhere": "no", "walking": "yes", "dressing": "no", "fear": "yes",
    "worry": "yes", "hopeless": "yes", "mood": "yes", "bother": "very",
}  # fmt: skip
LIGHT = dict.fromkeys(HEAVY, "no") | {"bother": "slightly"}


def progress_of(person: Person) -> str:
    """The newest /progress message (its chart follows it)."""
    return next(text for text in reversed(person.texts) if "Your progress" in text)


async def test_the_questions_after_the_first_plan_shape_the_lessons_and_suggest_a_physio(
    bot, clock, content, db, fake
):
    w = content.words("en")
    ann = Person(bot, ANN, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)  # Berlin
    assert "All set!" in ann.last_text and "Nine quick questions" in ann.last_text
    await tap_key(ann, w, "support-yes-button")
    assert "1 of 9" in ann.last_text and ann.buttons_now == ["Yes", "No"]
    question = fake.last_message(ANN)["message_id"]
    await ann.tap("Yes")  # the leg: one message moves on to the next question
    assert fake.last_message(ANN)["message_id"] == question and "2 of 9" in ann.last_text
    await ann.tap_data(question, "sq:1:leg:no")  # the leg again, after it was answered
    assert ann.toasts()[-1] == "Already noted, thank you."
    rest = dict(list(HEAVY.items())[1:])
    await answer_support(ann, w, {k: v for k, v in rest.items() if k != "bother"})
    # A yes to low mood: the GP, and calmly where to turn, in a message of its own.
    help_text = next(t for t in ann.texts if "Thank you for telling me" in t)
    assert "GP" in help_text and "call 112 now" in help_text  # Berlin's emergency number
    asked = [e.get("text") or "" for e in fake.chat_transcript(ANN)]
    mood = next(t for t in asked if "stopped enjoying things" in t)
    assert "thoughts of harming yourself, call 112 now" in mood  # the question itself says it
    assert ann.buttons_now == ["Not at all", "A little", "Moderately", "A lot", "Extremely"]
    await ann.tap("A lot")
    result, physio = ann.texts[-2:]
    assert "a lot of your life right now" in result and "7 of 9" in result
    assert "after 6 good sessions at a level instead of 4" in result
    assert "physiotherapist" in physio and "fear of moving" in physio
    (check,) = await support_checks(db, ANN)
    assert (check.score, check.group) == (7, "higher")
    assert check.answers == (
        "leg=yes,elsewhere=no,walking=yes,dressing=no,fear=yes,worry=yes,hopeless=yes,"
        "mood=yes,bother=very"
    )
    # Reassurance first: how pain works, then that most backs get better.
    await short_session(ann, w)
    assert "Today's two-minute lesson: Hurt is not harm" in ann.last_text
    assert "nine" not in ann.last_text  # asked already: not offered again under the summary
    await ann.say("/learn")
    assert ann.buttons_now[:4] == [
        "Hurt is not harm",
        "Most back pain gets better",
        "Why pain can outlast healing",
        "Flare-ups: common, and they settle",
    ]
    await tap_key(ann, w, "lessons-read-button")
    await until(bot, utc(2026, 11, 25, 7, 1))
    assert "Today's two-minute lesson: Most back pain gets better" in ann.last_text


async def test_a_lower_need_gets_the_shorter_course_and_no_physio(bot, clock, content, db):
    w = content.words("en")
    ann = Person(bot, ANN, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)
    await tap_key(ann, w, "support-yes-button")
    await answer_support(ann, w, LIGHT)
    assert "affecting your life a little" in ann.last_text and "0 of 9" in ann.last_text
    assert not any("physiotherapist" in t for t in ann.texts)
    await short_session(ann, w)
    assert "Today's two-minute lesson: Keep moving: rest slows recovery" in ann.last_text
    await ann.say("/learn")
    course = content.course.courses["lower"]
    titles = [w.plain(f"lesson-{lesson}-title") for lesson in course]
    assert ann.buttons_now[: len(course)] == titles and len(ann.buttons_now) == 15


async def test_the_higher_need_steps_up_more_gently(bot, clock, content, db):
    w = content.words("en")
    ann = Person(bot, ANN, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)
    await tap_key(ann, w, "support-yes-button")
    await answer_support(ann, w, HEAVY)
    async with db.transaction() as tx:  # four clean sessions of the back extension behind her
        await save_standing(tx, ANN, "back_extension", Standing(clean_sessions=3))
    for number in (4, 5, 6):
        await ann.say("/session")
        await ann.tap("2")
        await tap_key(ann, w, "session-skip-button")
        await ann.tap("Start")
        await count_set(ann, fives=2)
        await ann.tap("2")
        asked = [t for t in ann.texts if "Ready for the next step?" in t]
        assert len(asked) == (1 if number == 6 else 0), number  # 6 clean sessions, not 4
        await bot.advance(6 * 3600)


async def test_four_weeks_on_the_questions_return_and_progress_shows_the_change(
    bot, clock, content, db
):
    w = content.words("en")
    ann = Person(bot, ANN, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)
    await tap_key(ann, w, "support-yes-button")
    await answer_support(ann, w, HEAVY)
    await short_session(ann, w)
    await ann.say("/progress")
    assert "🧭 How your back affects you\n7 of 9 (higher need), on 24 Nov" in progress_of(ann)
    await bot.advance(timedelta(days=29).total_seconds())
    await short_session(ann, w)
    summary = ann.last_text
    assert "Four weeks on: nine one-tap questions show what has changed." in summary
    await tap_key(ann, w, "support-start-button")
    await answer_support(ann, w, LIGHT)
    assert "Last time: 7 of 9 (higher need). Now: 0 of 9." in ann.last_text
    await ann.say("/progress")
    progress = progress_of(ann)
    assert "7 → 0 of 9 (higher need → lower need) since 24 Nov" in progress
    assert [c.group for c in await support_checks(db, ANN)] == ["higher", "lower"]


async def test_maybe_later_asks_again_in_four_weeks_and_progress_offers_it_meanwhile(
    bot, clock, content, db
):
    w = content.words("en")
    ann = Person(bot, ANN, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)
    await tap_key(ann, w, "support-later-button")
    assert "I'll ask again in four weeks" in ann.last_text and ann.buttons_now == []
    await short_session(ann, w)
    assert "nine" not in ann.last_text  # not again the same day, nor for four weeks
    await ann.say("/progress")
    assert "Nine one-tap questions tell me how your back is affecting you" in progress_of(ann)
    await tap_key(ann, w, "support-start-button")
    assert "1 of 9" in ann.last_text
    await bot.advance(timedelta(days=28, hours=1).total_seconds())
    await short_session(ann, w)  # a round left half-way is carried on, not started again
    assert "Nine one-tap questions on how your back is affecting you" in ann.last_text
    await tap_key(ann, w, "support-start-button")
    assert "1 of 9" in ann.last_text


async def test_export_holds_the_lessons_answers_and_rounds_and_delete_erases_them(
    bot, clock, content, db, fake
):
    w = content.words("en")
    ann = Person(bot, ANN, "Ann")
    await plan_in(ann, w)
    await reminders_in(ann, w)
    await tap_key(ann, w, "support-yes-button")
    await answer_support(ann, w, LIGHT)
    await short_session(ann, w)
    await tap_key(ann, w, "lessons-read-button")
    await ann.tap("Staying as active as I can")
    await ann.say("/export")
    tables = json.loads(fake.last_message(ANN)["file"])["tables"]
    assert [(r["lesson_id"], r["openings"]) for r in tables["lesson_progress"]] == [
        ("keep_moving", 1)
    ]
    assert [(r["answer"], r["correct"]) for r in tables["lesson_answers"]] == [("active", True)]
    (check,) = tables["support_checks"]
    assert (check["score"], check["group"]) == (0, "lower")
    assert check["answers"].startswith("leg=no,elsewhere=no") and tables["support_offers"]
    await ann.say("/delete")
    await ann.tap("Yes, erase everything")
    assert await support_checks(db, ANN) == []
    await ann.say("/start")
    await ann.say("/learn")
    assert shown(w, "lessons-learn-no-plan") == ann.last_text
