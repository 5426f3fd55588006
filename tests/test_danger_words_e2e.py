"""Typed words that sound like a warning sign: never ignored, whatever the bot was waiting for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coach.danger import signs_in
from coach.safety import ASKED, SIGNS, Tier
from content import load_content
from tests.support.harness import Person
from tests.support.moments import until
from tests.support.people import answer_symptoms, screen_clear

CONTENT = load_content()
ADVICE = {Tier.EMERGENCY: "emergency department", Tier.SAME_DAY: "doctor today", Tier.SOON: "GP"}


def phrases_of(lang: str) -> list[tuple[str, str]]:
    """(sign, phrase) for every phrase in one language's list."""
    book = CONTENT.danger[lang]
    return [(sign, phrase) for sign, phrases in book.items() for phrase in phrases]


def test_every_list_names_only_signs_the_screen_asks_and_each_phrase_finds_its_sign():
    assert set(CONTENT.danger) == set(CONTENT.library.catalogues)  # a list for every language
    for lang, book in CONTENT.danger.items():
        assert set(book) <= set(ASKED), lang
        for sign, phrase in phrases_of(lang):
            assert sign in signs_in(f"Hm. {phrase.upper()}!", [book]), (lang, phrase)


def test_ordinary_words_are_not_taken_for_a_warning_sign():
    books = list(CONTENT.danger.values())
    for text in ("Berlin", "08:30", "walking upstairs", "putting on socks", "Done", "hello"):
        assert signs_in(text, books) == (), text


@pytest.mark.parametrize("lang", sorted(CONTENT.danger))
async def test_each_phrase_typed_gets_its_advice_at_once(bot, lang):
    person = Person(bot, 3000, "Ann", language_code=lang)
    await person.say("/start")
    w = CONTENT.words(lang)
    for sign, phrase in phrases_of(lang):
        await person.say(f"{phrase[:1].upper()}{phrase[1:]} since yesterday")
        advice = person.last_text
        assert w.plain(f"safety-sign-{sign}") in advice, phrase
        assert person.buttons_now == [w.plain("danger-yes-button"), w.plain("danger-no-button")]
        await person.tap(w.plain("danger-no-button"))
        assert person.buttons_now == [] or person.last_text != advice


async def test_i_cant_feel_my_legs_mid_check_in_locks_the_plan_and_asks_again_tomorrow(
    ann, bot, clock
):
    await screen_clear(ann)
    assert "When does it hurt?" in ann.last_text
    await ann.say("I can't feel my legs")
    advice = ann.last_text
    assert "weakness or numbness in your legs" in advice
    assert "call <b>" not in advice and "your local emergency number" in advice
    assert ann.buttons_now == ["Yes, that's happening", "No, I meant something else"]
    await ann.tap("Yes, that's happening")
    assert "put your exercises on hold" in ann.last_text
    assert "emergency department now" in ann.last_text
    await ann.say("/plan")
    assert "emergency care" in ann.last_text and "Pelvic lift" not in ann.last_text
    await ann.say("/session")
    assert "Pelvic lift" not in ann.last_text
    shown = len(ann.texts)
    await until(bot, datetime.now(UTC) + timedelta(hours=21))  # no zone known: about a day on
    assert len(ann.texts) == shown + 2  # "did you get help?" two hours on, then the morning
    assert "Two hours ago you told me about" in ann.texts[-2]
    assert "Has a clinician examined you?" in ann.last_text
    assert ann.buttons_now == ["A clinician examined me: OK to exercise", "Not yet"]
    await ann.tap("Not yet")
    assert "emergency department" in ann.last_text  # legs: not "see a doctor today"
    await until(bot, datetime.now(UTC) + timedelta(days=2))
    assert len(ann.texts) == shown + 3  # asked once, not every morning


async def test_no_i_meant_something_else_changes_nothing_and_asks_the_question_again(ann, bot):
    await screen_clear(ann)
    await ann.say("chest pain? no, just stiff")
    await ann.tap("No, I meant something else")
    assert "glad to hear it" in ann.texts[-2]
    assert "When does it hurt?" in ann.last_text
    await answer_symptoms(ann)
    assert "Your plan" in ann.texts[-2] and "locked" not in ann.texts[-2]


async def test_words_typed_for_the_city_are_not_taken_as_a_place(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    assert "Which city are you in?" in ann.last_text
    await ann.say("I have a fever")
    assert "a fever or chills" in ann.last_text and "doctor today" in ann.last_text
    await ann.tap("No, I meant something else")
    await ann.say("Berlin")
    assert "Europe/Berlin" in ann.last_text


async def test_yes_during_a_session_ends_it_and_its_timer(ann, bot, fake, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Start")
    assert "Rep 1/10" in ann.last_text
    await ann.say("I wet myself")
    await ann.tap("Yes, that's happening")
    assert "Today's session ends here" in ann.last_text
    shown = len(fake.chat_transcript(1001))
    await bot.advance(30)  # the hold's timer was cancelled: nothing more arrives
    assert len(fake.chat_transcript(1001)) == shown
    await ann.say("/session")
    assert "emergency care" in ann.last_text


async def test_a_same_day_word_locks_until_a_clinician_and_a_cleared_one_back_is_news(
    ann, bot, clock
):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("I lost weight without trying")
    assert "doctor today" in ann.last_text  # weight loss: the same day, not some days
    await ann.say("it's worse at night")
    await ann.tap("Yes, that's happening")
    assert "waits until a doctor has checked you" in ann.last_text
    await ann.say("/checkup")
    assert "night pain that no position eases" in ann.last_text
    assert "A clinician examined me: OK to exercise" not in ann.buttons_now  # too soon
    await bot.advance(timedelta(days=1).total_seconds())
    await ann.say("/checkup")
    await ann.tap("A clinician examined me: OK to exercise")
    await ann.tap("None of these")  # nothing new since the examination
    assert "Your plan" in ann.texts[-2] and "locked" not in ann.texts[-2]
    await ann.say("pain at night again")
    await ann.tap("Yes, that's happening")
    assert "already checked this" not in ann.last_text  # back after it was seen: news
    assert "waits until a doctor has checked you" in ann.last_text


@pytest.mark.parametrize("data", ["dgr:zz:yes", "dgr:00:yes", "dgr:ff:yes", "dgr:0:maybe", "dgr:"])
async def test_forged_answers_to_typed_words_are_refused(ann, bot, data):
    await ann.say("/start")
    await ann.say("chest pain")
    message = ann.fake.last_message(1001)["message_id"]
    await ann.tap_data(message, data)
    assert ann.toasts()[-1] == "That button isn't one I can use."
    await ann.say("/plan")
    assert "emergency" not in ann.last_text


def test_every_typed_advice_tier_has_its_words():
    w = CONTENT.words("en")
    for tier in {SIGNS[s].tier for s in ASKED}:
        assert ADVICE[tier] in w.plain(
            {Tier.EMERGENCY: "danger-emergency", Tier.SAME_DAY: "danger-same-day"}.get(
                tier, "danger-soon"
            ),
            signs="x",
            emergency="112",
            line="your GP",
        )
