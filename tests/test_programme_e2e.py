"""The programme fits the person, end to end: pregnancy before and after the midwife's yes and
from week 16, caps that hold whichever old button is tapped (thin bones, balance), leg symptoms
during the back bend, pain monitoring that counts only what did not settle, starting pain that
climbs, and an honest end to a session where nothing was done."""

from __future__ import annotations

from datetime import timedelta

from coach.progression import Standing
from media.pictures import render_picture
from storage.models import User
from storage.session_models import ExerciseLevel
from storage.sessions import save_standing
from tests.support.harness import Person
from tests.support.people import answer_symptoms, checkup_clear, count_set, screen_clear

PREGNANT = ("I'm pregnant",)
THIN_BONES = ("Thin bones (osteoporosis)",)
GO_AHEAD = "My midwife or doctor said yes"
LEG_BUTTON = "Leg pain spreads / pins and needles"
NOT_FITTING = "That level doesn't fit your plan now"
DAY = timedelta(days=1).total_seconds()


def photos(person: Person) -> list[dict]:
    """The picture messages the person was sent, oldest first."""
    return [m for m in person.fake.messages(person.user_id) if m["kind"] == "photo"]


def offers(person: Person) -> dict[str, tuple[int, str]]:
    """Each next-level offer's "Yes" button, by exercise: (message id, callback data)."""
    found = {}
    for message in person.fake.messages(person.user_id):
        for _, data in person.fake.buttons(message):
            if data and data.startswith("s.lvl:") and data.endswith(":yes"):
                found[data.split(":")[2]] = (message["message_id"], data)
    return found


async def holds(bot, count: int, seconds: int = 10, rest: int = 5) -> None:
    """Let `count` holds and their breathers run out."""
    for _ in range(count):
        await bot.advance(seconds)
        await bot.advance(rest)


async def lift_session(person: Person, bot, before: str, after: str) -> None:
    """The pelvic lift's ten holds, the back extension skipped; pain before and after."""
    await person.say("/session")
    if "Has it settled since?" in person.last_text:
        return  # the caller answers it first
    await person.tap(before)
    await person.tap("Start")
    await holds(bot, 10)
    await person.tap("Skip")
    await person.tap(after)


async def standing(db, exercise_id: str) -> ExerciseLevel | None:
    async with db.transaction() as session:
        return await session.get(ExerciseLevel, (1001, exercise_id))


# ---------------------------------------------------------------- pregnancy


async def test_pregnancy_waits_for_the_midwife_then_opens_for_a_first_session(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(
        ann, stiff="Yes", cautions=PREGNANT, midwife="Not yet", weeks="Under 12 weeks"
    )
    plan, waiting = ann.texts[-2], ann.last_text
    assert "Your plan (waiting)" in plan and "midwife or doctor has said yes" in plan
    assert "Back extension" not in plan  # nothing on the stomach
    assert "bleeding, fluid leaking, dizziness, or pain in your pelvis or a calf" in plan
    assert "waits for a yes from your midwife or doctor" in waiting
    assert ann.buttons_now == [GO_AHEAD]
    await ann.say("/session")
    assert "waiting for your midwife's or doctor's yes" in ann.last_text
    assert ann.buttons_now == [GO_AHEAD]  # the button comes with it, not only after the check-in

    await ann.tap(GO_AHEAD)
    assert "Thank you for checking with them" in ann.texts[-3]
    opened = ann.texts[-2]
    assert "Your plan" in opened and "Pelvic lift" in opened and "Knee rotation" in opened
    assert "In four weeks, before week 16 can come" in opened  # the later forms, in good time
    assert "Which city are you in?" in ann.last_text  # reminders, with the first open plan
    await ann.say("Amsterdam")
    async with bot.app.bot_data.services.db.transaction() as session:
        user = await session.get(User, 1001)
        assert user.pregnancy_go_ahead_at is not None

    await ann.say("/session")
    await ann.tap("3")
    card = photos(ann)[-1]
    assert card["caption"].startswith("1/2 · Pelvic lift")  # before week 16: on the back
    assert "Stop and call your midwife or doctor if you notice bleeding" in card["caption"]
    await ann.tap("Start")
    await holds(bot, 10)
    await ann.tap("Skip")
    await ann.tap("2")
    assert "Session done" in ann.last_text
    assert ann.toasts().count("Your plan isn't waiting for a yes now.") == 0
    await ann.tap(GO_AHEAD)  # the old button again: calm, nothing changes
    assert ann.toasts()[-1] == "Your plan isn't waiting for a yes now."


async def test_from_week_16_nothing_lies_on_the_back_and_old_offers_stay_closed(
    ann, bot, db, clock
):
    await screen_clear(ann)
    await answer_symptoms(ann, stiff="Yes")
    async with db.transaction() as session:
        await save_standing(session, 1001, "pelvic_lift", Standing(clean_sessions=3))
        await save_standing(session, 1001, "knee_rotation", Standing(clean_sessions=3))
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Start")
    await holds(bot, 10)
    await ann.tap("Skip")  # the back extension
    await ann.tap("Start")
    await holds(bot, 10)  # the knee rotation, five each side
    await ann.tap("3")
    old = offers(ann)
    assert set(old) == {"pelvic_lift", "knee_rotation"}  # one leg; the leg stretched

    await checkup_clear(ann)
    await answer_symptoms(ann, stiff="Yes", cautions=PREGNANT, weeks="12 weeks or more")
    plan = next(t for t in reversed(ann.texts) if "Your plan" in t)
    assert "Pelvic tilt against a wall" in plan and "Seated turn" in plan
    assert "lying flat on your back for long isn't advised" in plan
    for message_id, data in old.values():
        await ann.tap_data(message_id, data)
        assert ann.toasts()[-1].startswith(NOT_FITTING)
    assert (await standing(db, "pelvic_lift")).level == 0
    assert (await standing(db, "knee_rotation")).level == 0

    await ann.say("/session")
    await ann.tap("3")
    card = photos(ann)[-1]
    assert card["caption"].startswith("1/2 · Pelvic tilt against a wall")
    assert card["file"] == render_picture("pelvic_lift.wall")
    assert "Guide me by voice" not in " ".join(ann.buttons_now)  # no phrases for this form
    await ann.tap("Start")
    assert "tilt and hold (10 s)" in ann.last_text
    await holds(bot, 10)
    card = photos(ann)[-1]
    assert card["caption"].startswith("2/2 · Seated turn")
    assert card["file"] == render_picture("knee_rotation.seated.left")


async def test_under_12_weeks_the_later_forms_come_by_themselves_before_week_16(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann, stiff="Yes", cautions=PREGNANT, weeks="Under 12 weeks")
    await ann.say("/plan")
    assert "1. Pelvic lift" in ann.last_text and "Seated turn" not in ann.last_text
    await bot.advance(timedelta(days=27).total_seconds())
    await ann.say("/plan")
    assert "1. Pelvic lift" in ann.last_text  # still before week 16
    await bot.advance(timedelta(days=2).total_seconds())
    await ann.say("/plan")
    assert "Pelvic tilt against a wall" in ann.last_text and "Seated turn" in ann.last_text


# ---------------------------------------------------------------- thin bones and balance


async def test_thin_bones_plan_and_bending_card_have_no_floor_goal(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann, fear="Yes", stiff="Yes", cautions=THIN_BONES)
    plan = ann.texts[-2]
    assert "With thin bones we keep it gentle" in plan and "bending is safe" not in plan
    assert "no weights, no deeper twist" in plan
    shown = []
    for _ in range(2):  # a tip a session: the two a person with thin bones may read
        await ann.say("/session")
        await ann.tap("3")
        await ann.tap("Skip")
        await ann.tap("Skip")
        card = photos(ann)[-1]["caption"]
        assert card.startswith("3/4 · Bending forward step by step")
        assert "bend only part way" in card
        assert "touch the floor" not in card and "Bending is safe" not in card
        shown.append(card)
        if len(shown) == 1:
            await ann.tap("Start")
            for _ in range(5):
                await ann.tap("Next")
            assert "no need to go lower" in ann.last_text
            assert ann.buttons_now[:3] == ["Knees or higher", "Mid-shin", "Ankles"]
            assert "The floor" not in ann.buttons_now
            await ann.tap("Mid-shin")
            await ann.tap("No")
            knees = photos(ann)[-1]["caption"]
            assert knees.startswith("4/4 · Knee rotation") and "Level" not in knees  # capped
        await ann.tap("Stop session")
        await ann.tap("3")
    assert shown[0] != shown[1]  # each session its own tip


async def test_caps_hold_whichever_old_button_is_tapped(ann, bot, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    async with db.transaction() as session:
        await save_standing(session, 1001, "pelvic_lift", Standing(clean_sessions=3))
        await save_standing(session, 1001, "back_extension", Standing(level=4, clean_sessions=3))
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Start")
    await holds(bot, 10)
    await ann.tap("Start")  # arms stretched out, three sets of 15
    for _ in range(3):
        await count_set(ann, fives=3)
    await ann.tap("3")
    old = offers(ann)
    assert set(old) == {"pelvic_lift", "back_extension"}  # one leg; light weights
    assert any("Light weights" in t for t in ann.texts[-2:])

    await checkup_clear(ann)
    await answer_symptoms(ann, cautions=THIN_BONES, balance="Yes")
    for message_id, data in old.values():
        await ann.tap_data(message_id, data)
        assert ann.toasts()[-1].startswith(NOT_FITTING)
    assert (await standing(db, "pelvic_lift")).level == 0  # no lift on one leg
    assert (await standing(db, "back_extension")).level == 4  # no weights
    async with db.transaction() as session:  # a rung climbed by some older path still
        await save_standing(session, 1001, "back_extension", Standing(level=5))

    await ann.say("/session")
    await ann.tap("3")
    card = photos(ann)[-1]
    assert card["caption"].startswith("1/2 · Pelvic lift on a firm bed")
    assert card["file"] == render_picture("pelvic_lift.bed")
    await ann.tap("Skip")
    card = photos(ann)[-1]
    assert card["caption"].startswith("2/2 · Back extension on a firm bed")
    assert "Level 5 of 5: Arms stretched out" in card["caption"]  # never the weights
    assert card["file"] == render_picture("back_extension.bed")


# ---------------------------------------------------------------- leg symptoms


async def test_leg_symptoms_spreading_during_the_back_bend_stop_it_and_offer_the_signs(
    ann, bot, db, clock
):
    await screen_clear(ann)
    await answer_symptoms(ann, leg="Yes", knee="No")
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Skip")
    assert "pins and needles" in photos(ann)[-1]["caption"]  # the stop rule on the card
    await ann.tap("Start")
    assert LEG_BUTTON in ann.buttons_now  # the back extension carries it too
    await count_set(ann, fives=2)
    bend = photos(ann)[-1]["caption"]
    assert bend.startswith("3/3 · Standing back bend")
    assert "Pain moving back towards your spine is a good sign" in bend
    await ann.tap("Start")
    await ann.tap("+5")
    await ann.tap(LEG_BUTTON)
    stopped = ann.texts[-2]
    assert "We stop Standing back bend here" in stopped and "paused it in your plan" in stopped
    assert "how is your back now?" in ann.last_text  # the session goes on to its end
    await ann.tap("Check the warning signs")
    assert "Leg symptoms that spread can come with other changes" in ann.last_text
    await ann.tap("None of these")
    assert "Safety check: nothing new" in ann.last_text
    await ann.tap("3")  # the pain question, further up, becomes the summary
    assert "Standing back bend: stopped when the leg symptoms spread" in ann.texts[-2]
    async with db.transaction() as session:
        assert (await session.get(User, 1001)).leg_paused == "back_bend"

    await ann.say("/plan")
    assert "On hold for now. Paused after the leg symptoms spread" in ann.last_text
    await ann.say("/flare")
    await ann.tap("Start the gentle routine")
    await ann.tap("4")
    assert photos(ann)[-1]["caption"].startswith("1/1 · Knee rotation")  # not the back bend
    await checkup_clear(ann)
    await answer_symptoms(ann, leg="Yes", knee="No")
    await ann.say("/plan")
    assert "Standing back bend" in ann.last_text and "On hold" not in ann.last_text


# ---------------------------------------------------------------- pain monitoring


async def test_only_rises_that_did_not_settle_or_of_three_count_towards_the_pause(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await lift_session(ann, bot, "3", "5")  # up by two
    await ann.tap("No, just the pain")
    for _ in range(2):  # two more rises of two, each settled by the next morning
        await bot.advance(DAY)
        await lift_session(ann, bot, "3", "5")
        await ann.tap("Yes, it settled")
        await ann.tap("3")
        await ann.tap("Start")
        await holds(bot, 10)
        await ann.tap("Skip")
        await ann.tap("5")
        assert not ann.seen("paused your plan")  # settled rises count as good sessions
        await ann.tap("No, just the pain")
    await bot.advance(DAY)
    await lift_session(ann, bot, "3", "5")
    await ann.tap("No, it's still worse")  # this one counts; the settled ones do not
    assert not ann.seen("paused your plan")
    assert "how is your back right now?" in ann.last_text
    await ann.tap("2")
    await ann.tap("Start")
    await holds(bot, 10)
    await ann.tap("Skip")
    await ann.tap("6")  # up by four: the second bad session in two weeks
    assert "paused your plan and your reminders" in ann.last_text


async def test_a_second_rise_of_two_that_does_not_settle_pauses_the_plan_that_morning(
    ann, bot, clock
):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await lift_session(ann, bot, "3", "5")  # up by two: the morning decides
    await ann.tap("No, just the pain")
    await bot.advance(DAY)
    await lift_session(ann, bot, "3", "5")
    await ann.tap("No, it's still worse")  # the first bad session: easier, and on with today
    assert not ann.seen("paused your plan")
    await ann.tap("3")
    await ann.tap("Stop session")
    await ann.tap("5")  # up by two again
    await ann.tap("No, just the pain")
    await bot.advance(DAY)
    await ann.say("/session")
    await ann.tap("No, it's still worse")  # the second bad session in two weeks
    assert "Thanks for telling me" in ann.texts[-2]
    assert "paused your plan and your reminders" in ann.last_text
    assert all("how is your back right now?" not in text for text in ann.texts[-2:])
    await ann.say("/session")  # no exercises until a clinician has seen them
    assert "paused your plan and your reminders" in ann.last_text


async def test_starting_pain_that_climbs_three_sessions_in_a_row_asks_again(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    for start in ("2", "3", "4"):
        await ann.say("/session")
        await ann.tap(start)
        assert "Pelvic lift" in ann.last_text  # nothing to ask yet
        await ann.tap("Stop session")
        await ann.tap(start)
    await ann.say("/session")
    await ann.tap("5")
    check = ann.last_text
    assert "Your pain at the start has gone up three sessions in a row" in check
    assert ann.buttons_now == [
        "None of these",
        "Yes, something new",
        "Gentle routine for a flare-up",
    ]
    await ann.tap("Gentle routine for a flare-up")
    await ann.tap("5")
    assert photos(ann)[-1]["caption"].startswith("1/2 · Standing back bend")


async def test_after_a_rise_one_short_message_asks_one_question(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await lift_session(ann, bot, "3", "6")
    shown = len(ann.texts)
    rise = ann.last_text
    assert rise.count("?") == 1 and len(rise) < 400
    assert ann.buttons_now == ["No, just the pain", "Yes, or I'm not sure"]
    await ann.tap("No, just the pain")
    assert "→ No, just the pain" in ann.texts[-2]
    assert "gentle routine is below" in ann.last_text
    assert len(ann.texts) == shown + 1
    assert ann.buttons_now == ["Gentle routine for a flare-up"]


# ---------------------------------------------------------------- honest endings


async def test_a_session_of_skips_ends_honestly_and_offers_a_smaller_start(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Skip")
    await ann.tap("Skip")
    await ann.tap("3")
    summary = ann.last_text
    assert "Session closed: nothing done this time" in summary
    assert "Session done" not in summary and "proud" not in summary and "✓" not in summary
    assert "Some days are like that, and that's okay" in summary
    assert ann.buttons_now == ["Gentle routine for a flare-up", "Just the first exercise"]
    await ann.tap("Just the first exercise")
    assert "Today's session: 1 exercise" in ann.last_text
    await ann.tap("3")
    assert photos(ann)[-1]["caption"].startswith("1/1 · Pelvic lift")
