"""Sharing a location instead of typing a city: one tap, and only the time zone is kept."""

from __future__ import annotations

import json

from storage.models import User
from tests.support.harness import Person
from tests.support.moments import utc
from tests.support.people import plan_then
from tests.support.records import rows

SHARE = "📍 Share my location"
MUNICH = (48.137, 11.575)
MID_ATLANTIC = (30.0, -40.0)


async def asked_in_reminders(person: Person) -> None:
    """The plan, 'Not now' to the first city question, then /reminders asks again."""
    await plan_then(person, city=None)
    await person.tap("Not now")
    await person.say("/reminders")


async def test_the_city_question_offers_a_location_button(ann: Person, bot, clock):
    await asked_in_reminders(ann)
    assert "no reminders yet" in ann.texts[-2]
    assert ann.buttons_now == []  # the button sits under the typing field, not in the chat
    assert "Share my location" in ann.last_text
    assert ann.typing_keyboard == [SHARE]
    keyboard = ann.fake.reply_keyboard(ann.user_id)
    assert keyboard is not None and keyboard["keyboard"][0][0]["request_location"] is True


async def test_a_shared_location_sets_the_zone_and_proposes_times(ann: Person, bot, db, clock):
    await asked_in_reminders(ann)
    await ann.share_location(*MUNICH)
    assert "I took only your time zone" in ann.texts[-2]
    proposal = ann.last_text
    assert "Europe/Berlin" in proposal and "08:00" in proposal and "19:00" in proposal
    assert ann.buttons_now == ["Sounds good", "Change morning", "Change evening"]
    assert ann.typing_keyboard == []  # taken away once answered
    stored = await rows(db)
    assert stored["morning"].next_due_at == utc(2026, 11, 25, 7, 0)
    async with db.transaction() as session:
        user = await session.get(User, 1001)
        assert (user.time_zone, user.awaiting) == ("Europe/Berlin", None)


async def test_the_coordinates_are_not_stored_anywhere(ann: Person, bot, fake, clock):
    await asked_in_reminders(ann)
    await ann.share_location(*MUNICH)
    await ann.tap("Sounds good")
    await ann.say("/export")
    exported = fake.last_message(ann.user_id)
    text = json.dumps(json.loads(exported["file"]))
    assert "Europe/Berlin" in text
    assert "48.137" not in text and "11.575" not in text


async def test_typing_a_city_also_takes_the_button_away(ann: Person, bot, clock):
    await asked_in_reminders(ann)
    await ann.say("Amsterdam")
    assert ann.typing_keyboard == []
    assert "Europe/Amsterdam" in ann.last_text


async def test_changing_the_zone_by_location_confirms_the_new_zone(ann: Person, bot, clock):
    await plan_then(ann, city="Amsterdam")
    await ann.tap("Sounds good")
    await ann.say("/reminders")
    await ann.tap("Change time zone")
    assert ann.typing_keyboard == [SHARE]
    await ann.share_location(*MUNICH)
    assert ann.seen("Time zone set to Europe/Berlin")
    assert "Your reminders" in ann.last_text
    assert ann.typing_keyboard == []


async def test_a_location_at_sea_asks_for_a_city_and_keeps_the_button(ann: Person, bot, clock):
    await asked_in_reminders(ann)
    await ann.share_location(*MID_ATLANTIC)
    assert "couldn't find a time zone at that spot" in ann.last_text
    assert ann.typing_keyboard == [SHARE]
    await ann.say("Lisbon")
    assert "Europe/Lisbon" in ann.last_text


async def test_a_location_nobody_asked_for_gets_a_short_answer(ann: Person, bot, db, clock):
    await ann.say("/start")
    await ann.send_location(*MUNICH)
    assert "I don't need your location" in ann.last_text
    async with db.transaction() as session:
        user = await session.get(User, 1001)
        assert user is not None and user.time_zone is None


async def test_cancel_takes_the_button_away(ann: Person, bot, clock):
    await asked_in_reminders(ann)
    assert ann.typing_keyboard == [SHARE]
    await ann.tap("Cancel")
    assert ann.typing_keyboard == []
