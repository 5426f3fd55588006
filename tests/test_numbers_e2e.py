"""The right numbers from the first minute, and a net under every input.

Before the screen one question finds where the person is (a country button, a typed city or
country, a shared location, or skip); the first advice then names that country's emergency and
same-day numbers, and reminders confirm the zone rather than ask for a city. A voice note,
picture or file gets one calm answer a burst, with the person's numbers and where to turn.
"""

from __future__ import annotations

import pytest

from content import Content
from storage.models import User
from tests.support.harness import Person
from tests.support.inputs import UNREADABLE
from tests.support.people import answer_symptoms, start_screen
from tests.support.speakers import CLIENTS, Speaker, visible

# (Telegram's language, a typed place, what the first advice must name).
FIRST_ADVICE = [
    ("en", "London", ("999", "111")),
    ("de-AT", "Berlin", ("112", "116 117")),
    ("es-MX", "Ciudad de México", ("911",)),
    ("ru", "Москва", ("112", "103")),
]


@pytest.mark.parametrize(
    ("client", "place", "numbers"), FIRST_ADVICE, ids=[p for _, p, _ in FIRST_ADVICE]
)
async def test_the_first_advice_names_the_numbers_of_the_persons_country(
    bot, content: Content, client, place, numbers
):
    s = Speaker(Person(bot, 3100, "Lena", language_code=client), content.words(CLIENTS[client]))
    await s.begin(place)
    noted = s.person.texts[-2]
    assert all(number in noted for number in numbers)  # said at once, with the country's name
    await s.report("red_emergency", "em_bowel", "unsure")  # the first advice: not sure
    advice = s.person.texts[-2]
    assert visible(s.w, "question-urgent_next") in s.person.last_text
    assert all(number in advice for number in numbers), advice
    assert visible(s.w, "safety-local-emergency") not in advice


async def test_a_country_button_gives_its_numbers_and_reminders_confirm_its_zone(
    ann, bot, db, clock
):
    await start_screen(ann, "United Kingdom")
    assert "Thank you: United Kingdom" in ann.texts[-2] and "999" in ann.texts[-2]
    assert "111" in ann.texts[-2]
    assert ann.typing_keyboard == []  # the share-location button went with the answer
    for _ in range(4):
        await ann.tap("None of these")
    await answer_symptoms(ann)
    assert "Your time zone: Europe/London" in ann.last_text  # confirmed, not asked again
    assert "Which city" not in ann.last_text
    await ann.tap("Sounds good")
    assert "All set!" in ann.texts[-1] or "All set!" in ann.texts[-2]
    await ann.say("/reminders")
    assert "Morning: 08:00" in ann.last_text
    async with db.transaction() as tx:
        user = await tx.get(User, ann.user_id)
    assert (user.country, user.time_zone) == ("GB", "Europe/London")


async def test_a_place_we_do_not_know_asks_again_and_a_city_then_sets_both(ann, db):
    await ann.say("/start")
    await ann.tap("Let's begin")
    assert ann.last_buttons[-1] == "Skip for now"
    assert "Share my location" in ann.typing_keyboard[0]
    await ann.say("Narnia")
    assert "I don't know “Narnia” as a place" in ann.last_text
    assert ann.buttons_now == ["United Kingdom", "United States", "Canada", "Skip for now"]
    await ann.say("Wien")
    noted = ann.texts[-2]
    assert "Austria" in noted and "112" in noted and "ambulance: 144" in noted and "1450" in noted
    assert "Since your back pain began" in ann.last_text
    async with db.transaction() as tx:
        user = await tx.get(User, ann.user_id)
    assert (user.country, user.time_zone) == ("AT", "Europe/Vienna")


async def test_a_shared_location_keeps_only_country_and_zone(ann, db):
    await ann.say("/start")
    await ann.tap("Let's begin")
    await ann.share_location(40.4168, -3.7038)  # Madrid
    assert "Spain" in ann.texts[-2] and "112" in ann.texts[-2]
    async with db.transaction() as tx:
        user = await tx.get(User, ann.user_id)
    assert (user.country, user.time_zone) == ("ES", "Europe/Madrid")


async def test_the_place_buttons_read_the_language_and_a_replay_is_calm(bot, content: Content):
    s = Speaker(Person(bot, 3200, "Lena", language_code="es-MX"), content.words("es"))
    await s.person.say("/start")
    await s.tap("onboarding-begin-button")
    assert s.person.last_buttons[:2] == ["México", "España"]
    await s.person.tap("México")
    await s.person.tap_data(s.person.fake.messages(3200)[1]["message_id"], "pl:ES")
    assert s.person.toasts()[-1] == s.w.plain("place-already-noted")
    await s.person.tap_data(s.person.fake.messages(3200)[1]["message_id"], "pl:XX")
    assert s.person.toasts()[-1] == s.w.plain("common-forged-tap")


async def test_a_voice_note_gets_one_calm_answer_with_the_numbers_and_where_to_turn(ann, clock):
    await start_screen(ann, "London")
    shown = len(ann.texts)
    await ann.send_media("voice", UNREADABLE["voice"])
    answer = ann.last_text
    assert "can't listen to voice messages" in answer
    assert "999" in answer and "111" in answer and "/flare" in answer and "/checkup" in answer
    for kind in ("photo", "sticker", "video_note"):  # the same burst: no more answers
        await ann.send_media(kind, UNREADABLE[kind])
    assert len(ann.texts) == shown + 1
    clock.shift(10)  # a new burst, some time later
    await ann.send_media("document", UNREADABLE["document"])
    assert len(ann.texts) == shown + 2
    await ann.tap("None of these")  # the question it interrupted still works
    assert "Is any of these happening?" in ann.last_text


@pytest.mark.parametrize("client", list(CLIENTS))
async def test_everything_the_bot_cannot_read_is_answered_in_the_persons_language(
    bot, content: Content, clock, client
):
    s = Speaker(Person(bot, 3300, "Lena", language_code=client), content.words(CLIENTS[client]))
    w = s.w
    unknown = {
        "emergency": w("safety-local-emergency"),
        "line": w("safety-same-day-no-line", place="gp"),
    }
    for kind, fields in UNREADABLE.items():
        clock.shift(10)  # each its own burst
        await s.person.send_media(kind, fields)
        assert s.person.last_text == visible(w, "safety-cannot-read", **unknown), kind
    assert len(s.person.texts) == len(UNREADABLE)
