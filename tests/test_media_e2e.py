"""Pictures, "Show me" demos and voice-guided sets, end to end against the strict Bot API double."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from coach.progression import Standing
from localchat.files import FileStore
from localchat.telegram import LocalTelegram
from media.demos import render_demo
from media.library import DiskCache, MediaKind, MediaRequest
from media.pictures import render_picture
from storage.media_models import MediaFile
from storage.models import User
from storage.sessions import save_standing
from tests.support.harness import Person, RunningBot
from tests.support.people import answer_symptoms, screen_clear
from tests.support.records import events_of

# Pelvic lift, back extension, bending forward, standing back bend and knee rotation.
EVERYTHING = {"leg": "Yes", "knee": "No", "fear": "Yes", "stiff": "Yes"}
UNSTEADY = "Too unsteady standing"


def photos(person: Person) -> list[dict]:
    """The picture messages the person was sent, oldest first."""
    return [m for m in person.fake.messages(person.user_id) if m["kind"] == "photo"]


def uploads(fake, method: str) -> list[object]:
    """What each call of `method` sent as its file: an upload, or a file_id string."""
    field = {"sendPhoto": "photo", "sendAnimation": "animation", "sendVoice": "voice"}[method]
    return [params.get(field) for name, params in fake.calls if name == method]


async def levels(bot: RunningBot, person: Person, **rungs: int) -> None:
    """Put the person on these rungs of their ladders."""
    async with bot.app.bot_data.services.db.transaction() as tx:
        for exercise_id, level in rungs.items():
            await save_standing(tx, person.user_id, exercise_id, Standing(level=level))


async def cards_of_one_session(person: Person, steadier: bool) -> None:
    """Open a session and look at every card, switching standing forms to the steadier ones."""
    await person.say("/session")
    await person.tap("2")
    for _ in range(5):
        while steadier and UNSTEADY in person.buttons_now:
            await person.tap(UNSTEADY)
        await person.tap("Skip")


# (rungs of pelvic lift, back extension, knee rotation) and the pictures the cards open with.
LADDERS = [
    (
        (0, 0, 0),
        True,
        [
            "pelvic_lift.both_feet",
            "back_extension.plain",
            "bending_forward.card",
            "bending_forward.supported",
            "bending_forward.seated",
            "back_bend.standing",
            "back_bend.lying",
            "knee_rotation.knees_bent.left",
        ],
    ),
    ((1, 1, 1), False, ["pelvic_lift.one_leg", "back_extension.plain"]),
    ((2, 2, 1), False, ["pelvic_lift.on_ball", "back_extension.plain"]),
    ((2, 3, 1), False, ["pelvic_lift.on_ball", "back_extension.plain"]),
    ((2, 4, 1), False, ["pelvic_lift.on_ball", "back_extension.arms_out"]),
    ((2, 5, 1), False, ["pelvic_lift.on_ball", "back_extension.weights"]),
]


@pytest.mark.parametrize(("rungs", "steadier", "expected"), LADDERS)
async def test_every_card_opens_with_the_picture_of_its_level_and_variant(
    ann, bot, rungs, steadier, expected
):
    await screen_clear(ann)
    await answer_symptoms(ann, **EVERYTHING)
    pelvic, extension, knees = rungs
    await levels(bot, ann, pelvic_lift=pelvic, back_extension=extension, knee_rotation=knees)
    await cards_of_one_session(ann, steadier)
    shown = photos(ann)
    assert len(shown) == (8 if steadier else 5)
    for message, picture_id in zip(shown, expected, strict=False):
        assert message["file"] == render_picture(picture_id), picture_id
    if not steadier:
        assert shown[-1]["file"] == render_picture("knee_rotation.leg_stretched.left")
    first = shown[0]
    assert first["caption"].startswith("1/5 · Pelvic lift")  # the steps and dose as caption
    assert "hold each 10 s" in first["caption"] and len(first["caption"]) <= 1024
    assert "Skipped for today" in first["caption"]  # the card's note lands in its caption


async def test_a_pregnant_person_sees_the_back_bend_held_at_a_worktop(ann):
    await screen_clear(ann)
    await answer_symptoms(ann, leg="Yes", balance="Yes", cautions=("I'm pregnant",))
    await ann.say("/session")
    await ann.tap("2")
    while not any(m["file"] == render_picture("back_bend.supported") for m in photos(ann)):
        await ann.tap("Skip")


async def test_show_me_sends_the_moving_demo_at_todays_hold(ann, fake):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")
    await ann.tap("2")
    await ann.tap("Show me")
    demo = fake.last_message(ann.user_id)
    assert demo["kind"] == "animation" and demo["mime_type"] == "video/mp4"
    assert demo["file"] == render_demo("pelvic_lift.both_feet", 10)
    assert demo["animation"]["duration"] >= 10  # the 10 s hold is in it, counted
    assert "Pelvic lift" in demo["caption"]
    await ann.tap("Start")  # the card still works after the demo
    assert "Rep 1/10" in ann.last_text


async def guided_by_voice(bot: RunningBot, person: Person) -> dict:
    """Start the first card by voice; the voice note that came."""
    await person.say("/session")
    await person.tap("2")
    await person.tap("Guide me by voice")
    return bot.fake.last_message(person.user_id)


async def test_a_voice_guided_set_logged_from_all_ten(ann, bot, fake, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    note = await guided_by_voice(bot, ann)
    assert note["kind"] == "voice" and note["mime_type"] == "audio/ogg"
    # Ten reps of a 10 s hold with their rests and cues: the note runs the whole set.
    seconds = note["voice"]["duration"]
    assert 180 <= seconds <= 260
    assert "press play" in note["caption"]
    await bot.advance(seconds - 5)
    assert "How did it go?" not in ann.last_text
    await bot.advance(10)
    assert "How did it go?" in ann.last_text
    assert ann.buttons_now == ["All 10 ✓", "Fewer", "Too painful"]
    await ann.tap("All 10")
    assert "Pelvic lift: 10 of 10 ✓" in ann.texts[-2]
    assert "2/2 · Back extension" in ann.last_text
    holds = await events_of(db, "hold")
    assert len(holds) == 10 and {e.exercise_id for e in holds} == {"pelvic_lift"}


async def test_a_voice_guided_set_logged_from_fewer_seven(ann, bot, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    note = await guided_by_voice(bot, ann)
    await bot.advance(note["voice"]["duration"] + 1)
    await ann.tap("Fewer")
    assert "How many" in ann.last_text
    assert ann.buttons_now[:9] == [str(n) for n in range(1, 10)]
    await ann.tap("7")
    assert any("Pelvic lift: 7 of 10 ✓" in text for text in ann.texts)
    assert len(await events_of(db, "hold")) == 7
    assert [e.value for e in await events_of(db, "voice")] == [7]


async def test_an_early_answer_from_the_voice_note_needs_no_question(ann, bot, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await guided_by_voice(bot, ann)
    await bot.advance(30)
    await ann.tap("Too painful")  # on the voice note itself
    assert "too painful today" in ann.texts[-2]
    await bot.advance(600)
    assert not any("How did it go?" in text for text in ann.texts)  # its timer was cancelled
    assert [e.kind for e in await events_of(db, "too_painful")] == ["too_painful"]


async def test_no_answer_at_all_is_noted_without_reps_and_the_session_goes_on(ann, bot, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    note = await guided_by_voice(bot, ann)
    await bot.advance(note["voice"]["duration"] + 1)
    assert "How did it go?" in ann.last_text
    await bot.advance(299)
    assert "How did it go?" in ann.last_text
    await bot.advance(2)
    assert "I didn't hear back" in ann.texts[-2]
    assert "2/2 · Back extension" in ann.last_text
    assert await events_of(db, "hold") == []  # nothing counted nobody confirmed
    assert len(await events_of(db, "no_answer")) == 1
    await ann.tap("Start")  # the session goes on
    assert "Count: 0 of 10" in ann.last_text


async def test_voice_is_remembered_first_and_the_chat_timer_switches_back(ann, bot, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")
    await ann.tap("2")
    assert ann.buttons_now[:2] == ["▶ Start", "🔊 Guide me by voice"]
    await ann.tap("Guide me by voice")
    await ann.tap("All 10")
    assert ann.buttons_now[:2] == ["🔊 Guide me by voice", "▶ Start"]  # voice first now
    async with db.transaction() as tx:
        assert (await tx.get(User, ann.user_id)).guide == "voice"
    await ann.tap("Start")  # the chat timer for the back extension
    assert "Count: 0 of 10" in ann.last_text
    async with db.transaction() as tx:
        assert (await tx.get(User, ann.user_id)).guide == "chat"


async def test_a_second_persons_card_goes_by_file_id_without_a_new_upload(bot, fake, db):
    ann, bob = Person(bot, 1001, "Ann"), Person(bot, 1002, "Bob")
    for person in (ann, bob):
        await screen_clear(person)
        await answer_symptoms(person)
        await person.say("/session")
        await person.tap("2")
    sent = uploads(fake, "sendPhoto")
    assert len(sent) == 2
    assert not isinstance(sent[0], str)  # Ann's card uploaded the picture
    assert isinstance(sent[1], str) and sent[1].startswith("photo-")  # Bob's went by its id
    assert photos(bob)[0]["file"] == photos(ann)[0]["file"]
    async with db.transaction() as tx:
        stored = list(await tx.scalars(select(MediaFile)))
    assert [(row.kind, row.file_id) for row in stored] == [("picture", sent[1])]


async def test_a_broken_media_file_falls_back_to_the_text_card_with_a_log_line(
    fake, steady, database_url, content, tmp_path, caplog
):
    folder = tmp_path / "media"
    picture = MediaRequest(MediaKind.PICTURE, "pelvic_lift.both_feet")
    DiskCache(folder).write(picture, b"\x89PNG\r\n\x1a\n not a picture at all")
    bot = await RunningBot(
        fake, database_url, content, steady=steady, media_dir=str(folder)
    ).start()
    try:
        ann = Person(bot, 1001, "Ann")
        await screen_clear(ann)
        await answer_symptoms(ann)
        with caplog.at_level(logging.WARNING, logger="delivery.media"):
            await ann.say("/session")
            await ann.tap("2")
        card = fake.last_message(ann.user_id)
        assert card["kind"] == "text" and "1/2 · Pelvic lift" in card["text"]
        assert "Start" in ann.buttons_now[0]
        lines = [r for r in caplog.records if r.name == "delivery.media"]
        assert len(lines) == 1 and "pelvic_lift.both_feet" in lines[0].getMessage()
        assert [method for method, _ in fake.errors] == ["sendPhoto"]  # Telegram refused it
        fake.errors.clear()
        await ann.tap("Start")  # the session goes on
        assert "Rep 1/10" in ann.last_text
        assert not DiskCache(folder).path(picture).exists()  # made afresh next time
        assert bot.raised == []
    finally:
        await bot.stop()


def test_the_double_keeps_stable_file_ids_for_every_kind():
    store = FileStore()
    for kind in ("photo", "animation", "voice"):
        first = store.keep(kind, b"same bytes", "f", "application/octet-stream")
        again = store.keep(kind, b"same bytes", "f", "application/octet-stream")
        assert first.file_id == again.file_id and store.find(first.file_id) is first


async def test_a_file_id_from_another_bot_is_never_sent(database_url, content, steady, tmp_path):
    # Tried in the local chat first, then connected to Telegram on the same database.
    for token in ("111:LOCAL", "222:TELEGRAM"):
        # The bot paces its sends on the steady clock, and this Telegram counts floods on it.
        fake = LocalTelegram(token, flood_clock=steady.now)
        bot = RunningBot(fake, database_url, content, steady=steady, media_dir=str(tmp_path))
        await bot.start()
        try:
            ann = Person(bot, 1001 if token.startswith("111") else 1002, "Ann")
            await screen_clear(ann)
            await answer_symptoms(ann)
            await ann.say("/session")
            await ann.tap("2")
            sent = uploads(fake, "sendPhoto")
            assert len(sent) == 1 and not isinstance(sent[0], str)  # uploaded, not a foreign id
            assert fake.errors == []
        finally:
            await bot.stop()
