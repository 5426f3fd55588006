"""Typed words about warning signs, through the real bot: never ignored, whatever it waited for."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.support.harness import Person
from tests.support.moments import until
from tests.support.people import answer_symptoms, plan_then, screen_clear
from tests.support.programme import CONTENT

# Every sentence quoted in issue 22, in its language, with what it must do ("none": not ask).
ISSUE_SENTENCES = {
    "en": [
        ("cnt feel my legs", "em_legs"),
        ("my leg keeps giving way", "em_legs"),
        ("numb bum since yesterday", "em_saddle"),
        ("lost bladder control", "em_bladder"),
        ("havent had a wee since last night", "em_bladder"),
        ("sciatica in both legs", "em_sciatica"),
        ("feverish and shivery", "ur_fever"),
        ("slipped on ice and fell on my back", "em_accident"),
        ("tummy pain through to my back, feel faint", "em_tummy"),
        ("I want to kill myself, the pain is too much", "crisis"),
        ("hay fever is killing me", "none"),
        ("I can't walk far because of the pain", "ambiguous walk"),
        ("no fever", "not ur_fever"),
        ("I don't have numbness", "not em_legs"),
    ],
    "de": [
        ("seit gestern kann ich nicht mehr richtig pinkeln", "em_bladder"),
        ("mein linkes bein ist irgendwie taub", "em_legs"),
        ("Brustschmerzn", "em_chest"),
        ("kein Fieber", "not ur_fever"),
    ],
    "es": [
        ("se me duerme la pierna", "em_legs"),
        ("ya no aguanto la orina", "em_bladder"),
        ("no siento las pirnas", "em_legs"),
        ("se me entume la pierna", "em_legs"),
        ("no tengo fiebre", "not ur_fever"),
    ],
    "ru": [
        ("не чувствую левую ногу", "em_legs"),
        ("немеет нога", "em_legs"),
        ("мерила температуру 38.5", "ur_fever"),
        ("не чуствую ног", "em_legs"),
        ("нет температуры", "not ur_fever"),
    ],
}
CRISIS_SENTENCES = {
    "en": "I want to kill myself, the pain is too much",
    "de": "ich will nicht mehr leben, die Schmerzen hören nie auf",
    "es": "me quiero morir, ya no aguanto este dolor",
    "ru": "не хочу жить, эта боль никогда не кончится",
}


def shown(lang: str, key: str, **values: object) -> str:
    """A text as the person sees it (HTML tags gone)."""
    return re.sub(r"<[^>]+>", "", CONTENT.words(lang).plain(key, **values))


def button_labels(lang: str, *keys: str) -> list[str]:
    w = CONTENT.words(lang)
    return [w.plain(key) for key in keys]


async def typed(person: Person, text: str) -> list[str]:
    """Type a sentence; the texts of the messages it brought."""
    shown = len(person.texts)
    await person.say(text)
    return person.texts[shown:]


@pytest.mark.parametrize("lang", sorted(ISSUE_SENTENCES))
async def test_every_sentence_of_the_issue_is_answered_as_it_means(bot, clock, lang):
    person = Person(bot, 3000, "Ann", language_code=lang)
    w = CONTENT.words(lang)
    await person.say("/start")
    yes_no = button_labels(lang, "danger-yes-button", "danger-no-button")
    for text, meaning in ISSUE_SENTENCES[lang]:
        clock.shift(60)  # each sentence its own burst, as a person types them
        replies = await typed(person, text)
        kind, _, what = meaning.partition(" ")
        if kind == "none":
            assert person.buttons_now != yes_no and not any("Is it" in r for r in replies), text
            continue
        assert replies, text
        if kind == "crisis":
            assert shown(lang, "danger-crisis", crisis="none", emergency="X")[:30] in replies[0]
            assert person.buttons_now == [], text
            continue
        if kind == "ambiguous":
            assert replies[-1] == w.plain(f"danger-ask-{what}"), text
            assert person.buttons_now == button_labels(
                lang, f"danger-ask-{what}-sign-button", f"danger-ask-{what}-pain-button"
            )
            await person.tap(person.buttons_now[1])  # the pain: nothing locks
            continue
        if kind == "not":
            assert w.plain(f"safety-sign-{what}") in replies[-1], text
            no, yes = button_labels(lang, "danger-denied-no-button", "danger-denied-yes-button")
            assert person.buttons_now == [no, yes], text
            await person.tap(no)
            continue
        assert w.plain(f"safety-sign-{kind}") in replies[-1], (text, replies)
        assert person.buttons_now == yes_no, text
        await person.tap(yes_no[1])
    await person.say("/plan")
    assert "emergency" not in person.last_text.casefold()  # nothing was confirmed: no lock


@pytest.mark.parametrize("lang", sorted(CRISIS_SENTENCES))
async def test_thoughts_of_ending_life_get_a_calm_crisis_reply_and_no_coaching(bot, lang):
    person = Person(bot, 3100, "Sam", language_code=lang)
    w = CONTENT.words(lang)
    await person.say("/start")
    replies = await typed(person, CRISIS_SENTENCES[lang])
    emergency = w.plain("safety-local-emergency")  # no zone known yet
    assert replies == [shown(lang, "danger-crisis", crisis="none", emergency=emergency)]
    assert person.buttons_now == []


# Where each speaker says they are, and the crisis line and emergency number they must hear.
CRISIS_PLACES = {
    "en": ("United Kingdom", "Samaritans on 116 123", "999"),
    "de": ("Deutschland", "TelefonSeelsorge (0800 111 0 111)", "112"),
    "es": ("México", "Línea de la Vida (800 911 2000)", "911"),
    "ru": ("Россия", "112", "112"),
}


@pytest.mark.parametrize("lang", list(CRISIS_PLACES))
async def test_a_typed_crisis_names_the_crisis_line_of_the_persons_country(bot, lang):
    person = Person(bot, 3200, "Sam", language_code=lang)
    place, line, emergency = CRISIS_PLACES[lang]
    await person.say("/start")
    await person.tap(CONTENT.words(lang).plain("onboarding-begin-button"))
    await person.tap(place)  # where they are, before the safety questions
    [reply] = await typed(person, CRISIS_SENTENCES[lang])
    assert line in reply and emergency in reply
    assert person.buttons_now == []  # no coaching, no questions in the same message


async def test_crisis_with_a_sign_gets_the_crisis_reply_first_then_the_sign(ann, bot, caplog):
    await ann.say("/start")
    with caplog.at_level(logging.DEBUG, logger="services.danger"):
        replies = await typed(ann, "my legs are numb and I want to end my life")
    # The log says which way matched on which words, for a clinician's audit.
    assert "em_legs (en: numb + legs) on 'legs numb'" in caplog.text
    assert "crisis (en: kill + myself) on 'end my life'" in caplog.text
    assert "crisis line" in replies[0] and "weakness or numbness in your legs" in replies[1]
    assert ann.buttons_now == ["Yes, that's happening", "No, I meant something else"]
    await ann.tap("No, I meant something else")


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


async def test_a_no_asks_gently_with_no_first_and_locks_only_on_yes(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    replies = await typed(ann, "I don't have numbness or anything like that")
    assert "you don't have weakness or numbness in your legs" in replies[0]
    assert ann.buttons_now == ["No, I don't have this", "Yes, I do"]
    await ann.tap("No, I don't have this")
    await ann.say("/plan")
    assert "Pelvic lift" in ann.last_text
    clock.shift(60)
    await ann.say("no fever")
    await ann.tap("Yes, I do")
    assert "waits until a doctor has checked you" in ann.last_text
    await ann.say("/plan")
    assert "Pelvic lift" not in ann.last_text


async def test_an_unclear_sentence_asks_the_question_that_tells_it_apart(ann, bot, clock):
    await screen_clear(ann)
    replies = await typed(ann, "I cant walk far because of the pain")
    assert replies == ["Is a leg weak or numb, or is it the pain that stops you?"]
    assert ann.buttons_now == ["A leg is weak or numb", "It's the pain"]
    await ann.tap("It's the pain")
    assert "I'm sorry it's so hard right now" in ann.texts[-2]  # the flare plan, kindly
    assert "When does it hurt?" in ann.last_text  # the open question again, nothing locked
    clock.shift(60)
    await ann.say("it's hard to walk today")
    await ann.tap("A leg is weak or numb")
    assert "put your exercises on hold" in ann.last_text
    await ann.say("/plan")
    assert "emergency" in ann.last_text


async def test_a_cleared_sign_typed_again_asks_if_it_is_new_or_worse(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("it's worse at night")
    await ann.tap("Yes, that's happening")
    assert "waits until a doctor has checked you" in ann.last_text
    await ann.say("/checkup")
    assert "A clinician examined me: OK to exercise" not in ann.buttons_now  # not the same day
    await bot.advance(timedelta(days=1).total_seconds())
    await ann.say("/checkup")
    await ann.tap("A clinician examined me: OK to exercise")
    await ann.tap("None of these")  # nothing new since the examination
    replies = await typed(ann, "its worse at night again")
    assert "Is it new, or worse than when you were seen?" in replies[0]
    assert ann.buttons_now == ["Yes, it's new or worse", "No, it's the same as then"]
    await ann.tap("No, it's the same as then")
    assert "Thank you for checking" in ann.last_text
    await ann.say("/plan")
    assert "Pelvic lift" in ann.last_text
    clock.shift(60)
    await ann.say("worse at night again")
    await ann.tap("Yes, it's new or worse")  # the alarm: the plan waits for a doctor again
    assert "waits until a doctor has checked you" in ann.last_text
    assert not ann.seen("already checked this")


async def test_distress_without_a_sign_offers_the_flare_plan_once_a_burst(ann, bot, clock):
    await plan_then(ann)
    replies = await typed(ann, "my back is killing me today")
    assert len(replies) == 1 and "I'm sorry it's so hard right now" in replies[0]
    assert "call 112" in replies[0]  # Amsterdam's emergency number, for anything new
    assert ann.buttons_now == ["Gentle routine for a flare-up"]
    for text in ("help me please", "this is unbearable", "I cant cope"):
        assert await typed(ann, text) == []  # the same burst: one kind answer is enough
    await ann.tap("Gentle routine for a flare-up")
    assert "Today's session: 2 exercises" in ann.texts[-1]  # the gentle routine, now


async def test_a_sentence_nobody_can_place_says_where_to_turn_once_a_burst(ann, bot, clock):
    await plan_then(ann)
    replies = await typed(ann, "what do you think about yoga for this")
    assert len(replies) == 1
    for fragment in ("/flare", "/checkup", "call 112", "/help"):
        assert fragment in replies[0], fragment
    assert await typed(ann, "hello?") == []  # one calm answer a burst


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


async def test_a_same_day_word_confirmed_locks_until_seen_and_a_soon_one_only_notes(ann, bot):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("I lost weight without trying")
    assert "doctor today" in ann.last_text  # weight loss: the same day, not some days
    await ann.tap("No, I meant something else")
    await ann.say("my back has been no better at all for a month")
    assert "GP in the next few days" in ann.last_text
    await ann.tap("Yes, that's happening")
    await ann.say("/plan")
    assert "Pelvic lift" in ann.last_text and "GP" in ann.last_text
    await ann.say("it's worse at night")
    await ann.tap("Yes, that's happening")
    assert "waits until a doctor has checked you" in ann.last_text
    await ann.say("/checkup")
    assert "night pain that no position eases" in ann.last_text


@pytest.mark.parametrize(
    "data", ["dgr:zz:yes", "dgr:00:yes", "dgr:ff:yes", "dgr:0:maybe", "dgr:", "dgr:3:new"]
)
async def test_forged_answers_to_typed_words_are_refused(ann, bot, data):
    await ann.say("/start")
    await ann.say("chest pain")
    message = ann.fake.last_message(1001)["message_id"]
    await ann.tap_data(message, data)
    assert ann.toasts()[-1] == "That button isn't one I can use."
    await ann.say("/plan")
    assert "emergency" not in ann.last_text
