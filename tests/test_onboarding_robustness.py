"""Bad input and bad luck during the check-in: restarts, stray text, forged and replayed taps."""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from storage.models import Answer, User
from tests.support.harness import Person
from tests.support.people import SCREEN_GROUPS, answer_symptoms, screen_clear


async def test_a_kill_in_the_middle_continues_at_the_next_unanswered_question(ann, bot, db):
    await screen_clear(ann)
    await ann.tap("Walking")
    await ann.tap("Done")
    await ann.tap("Yes")  # leg pain
    await bot.kill()
    await bot.start()
    await ann.say("/start")
    assert "part-way" in ann.last_text
    await ann.tap("Carry on")
    assert "below the knee" in ann.last_text
    await ann.tap("No")  # below the knee
    await ann.tap("No")  # wary of bending
    await ann.tap("No")  # stiffness
    await ann.tap("Done")  # no cautions
    await ann.tap("No")  # everyday life not stopped
    await ann.tap("Less than 6 weeks")
    await ann.tap("4")
    assert "Standing back bend" in ann.texts[-2]  # the reminder offer follows the plan
    async with db.transaction() as session:
        counted = await session.scalar(select(func.count()).select_from(Answer))
    assert counted == SCREEN_GROUPS + 9  # the safety groups, nine symptom answers: nothing twice


async def test_a_button_from_before_the_restart_still_works(ann, bot, fake):
    await screen_clear(ann)
    await bot.kill()
    await bot.start()
    await ann.tap("Sitting or standing long")  # on the question shown before the restart
    assert "✅ Sitting or standing long" in [b for b, _ in fake.buttons(fake.last_message(1001))]
    await ann.tap("Done")
    assert "spread from your back into a leg" in ann.last_text


async def test_a_multiple_choice_draft_survives_a_restart(ann, bot):
    await screen_clear(ann)
    await ann.tap("Walking")
    await bot.kill()
    await bot.start()
    await ann.say("/start")
    await ann.tap("Carry on")
    assert "✅ Walking" in ann.buttons_now


async def test_text_where_a_button_is_expected_nudges_and_asks_again(ann):
    await screen_clear(ann)
    await ann.say("it hurts when I sit")
    assert "tap one of the buttons" in ann.texts[-2]
    assert "When does it hurt?" in ann.last_text


async def test_a_huge_message_gets_a_calm_answer(ann):
    await ann.say("/start")
    await ann.say("x" * 4096)
    assert "/help" in ann.last_text


async def test_a_double_tap_counts_once(ann, fake, db):
    await screen_clear(ann)
    await answer_symptoms(ann)
    # Replay the very first answer's button after it was answered.
    first_question = fake.messages(1001)[1]["message_id"]
    await ann.tap_data(first_question, "ck:1:red_emergency:none")
    assert ann.toasts()[-1] == "Already noted, thanks."
    async with db.transaction() as session:
        rows = await session.scalar(
            select(func.count()).select_from(Answer).where(Answer.question_id == "red_emergency")
        )
    assert rows == 1


async def test_forged_malformed_and_oversized_callback_data_change_nothing(ann, fake, db):
    await screen_clear(ann)
    question = fake.last_message(1001)["message_id"]
    for data in (
        "ck:1:triggers:+nonsense",
        "ck:abc:triggers:+bend",
        "ck:1:no_such_question:yes",
        "ck:1:triggers",
        "totally unknown",
        "ck:1:triggers:+bend:extra",
        "clr:999",
        "ob:begin:x",
        "ck:1:" + "x" * 60,
    ):
        await ann.tap_data(question, data)
    assert set(ann.toasts()[-9:]) == {"That button isn't one I can use."}
    async with db.transaction() as session:
        drafts = await session.scalar(
            select(func.count()).select_from(Answer).where(Answer.question_id == "triggers")
        )
    assert drafts == 0


async def test_someone_elses_check_in_button_is_refused(bot, fake, db):
    ann, bo = Person(bot, 1001, "Ann"), Person(bot, 1002, "Bo")
    await screen_clear(ann)
    await bo.say("/start")
    await bo.tap_data(fake.last_message(1002)["message_id"], "ck:1:triggers:+bend")
    assert bo.toasts()[-1] == "That button isn't one I can use."
    async with db.transaction() as session:
        assert (
            await session.scalar(
                select(func.count()).select_from(Answer).where(Answer.question_id == "triggers")
            )
            == 0
        )


async def test_an_answer_to_an_old_question_points_to_the_current_one(ann, fake):
    await screen_clear(ann)
    await ann.tap("Done")
    # The triggers question lost its buttons; replaying a leg-pain answer from a later question
    # before it was asked is stale.
    await ann.tap_data(fake.last_message(1001)["message_id"], "ck:1:stiffness:yes")
    assert ann.toasts()[-1] == "That button is from an earlier message. I've moved on, see below."


async def test_a_person_who_blocked_the_bot_is_marked_inactive_and_back_when_they_write(
    ann, bot, fake, db
):
    await ann.say("/start")
    await bot.feed(fake.my_chat_member_update(1001, "kicked"))
    async with db.transaction() as session:
        assert (await session.get(User, 1001)).active is False
    await bot.feed(fake.my_chat_member_update(1001, "member"))
    await ann.say("/start")
    async with db.transaction() as session:
        assert (await session.get(User, 1001)).active is True


async def test_a_reply_to_a_blocked_chat_is_logged_not_crashed(ann, bot, fake, db, caplog):
    caplog.set_level(logging.INFO)
    await ann.say("/start")
    fake.block(1001)
    await ann.say("/help")
    assert any("blocked the bot" in r.getMessage() for r in caplog.records)
    assert not any(r.exc_info for r in caplog.records if "blocked" in r.getMessage())
    async with db.transaction() as session:
        assert (await session.get(User, 1001)).active is False
    # The 403 was expected here; nothing else may have gone wrong.
    assert all(type(e).__name__ == "Forbidden" for e in bot.raised)
    bot.raised.clear()
    fake.errors.clear()


async def test_a_command_in_a_group_points_to_the_private_chat_and_stores_nothing(bot, fake, db):
    group = -100_555
    fake.add_user(group)  # the fake only needs the chat to exist to take the bot's reply
    for text in ("/start", "/checkup@back_coach_test_bot"):
        message = {
            "message_id": 7,
            "from": {"id": 1001, "is_bot": False, "first_name": "Ann"},
            "chat": {"id": group, "type": "supergroup", "title": "Family"},
            "date": 1795505400,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        }
        await bot.feed(fake.inject_update({"message": message}))
    assert (
        fake.texts(group)
        == [
            "I only talk one to one, because what you tell me is about your health. "
            "Open a private chat with me (@back_coach_test_bot) and send /start there."
        ]
        * 2
    )
    async with db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 0
