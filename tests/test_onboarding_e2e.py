"""A person's first minutes, end to end: welcome, safety screen, symptoms, plan."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import Answer, Checkin
from tests.harness import Person


async def answer_symptoms(
    person: Person, *, leg="No", knee="No", fear="No", stiff="No", balance="No"
):
    """Answer the symptom questions with buttons, as a person would."""
    await person.tap("Bending forward")
    await person.tap("Done")
    await person.tap(leg)
    if leg == "Yes":
        await person.tap(knee)
    await person.tap(fear)
    await person.tap(stiff)
    await person.tap(balance)
    await person.tap("Less than 6 weeks")
    await person.tap("4")


async def screen_clear(person: Person):
    await person.say("/start")
    await person.tap("Let's begin")
    await person.tap("None of these")
    await person.tap("None of these")


async def test_welcome_is_warm_says_not_a_doctor_and_escapes_the_name(ann, fake):
    await ann.say("/start")
    welcome = ann.last_text
    assert "Ann <&_> O'Neil" in welcome
    assert "not a doctor" in welcome
    assert "/export" in welcome and "/delete" in welcome
    assert ann.last_buttons == ["Let's begin"]


async def test_plain_path_gives_the_two_base_exercises_with_reasons(ann, bot, db):
    await screen_clear(ann)
    await answer_symptoms(ann)
    plan = ann.texts[-2]  # the reminder offer follows the plan
    assert "Your plan" in plan
    assert "Pelvic lift" in plan and "Back extension" in plan
    assert "Bending forward step by step" not in plan
    assert "10 reps, hold each 10 s" in plan
    assert "bending forward" in plan  # why the pelvic lift fits the trigger they picked
    async with db.transaction() as session:
        checkin = await session.scalar(select(Checkin))
        assert checkin.completed_at is not None
        answers = {a.question_id: a.value for a in await session.scalars(select(Answer))}
    assert answers["triggers"] == "bend" and answers["pain_now"] == "4"


async def test_each_answered_question_shows_the_answer_and_loses_its_buttons(ann, fake):
    await screen_clear(ann)
    first = fake.messages(ann.user_id)[1]
    assert "→ None of these" in ann.texts[1]
    assert fake.buttons(first) == []


async def test_fear_of_bending_adds_bending(ann):
    await screen_clear(ann)
    await answer_symptoms(ann, fear="A little")
    assert "Bending forward step by step" in ann.texts[-2]


async def test_leg_pain_adds_back_bend_and_holds_bending(ann):
    await screen_clear(ann)
    await answer_symptoms(ann, leg="Yes", knee="Yes", fear="Yes")
    plan = ann.texts[-2]
    assert "Standing back bend" in plan
    assert "On hold for now" in plan


async def test_leg_pain_with_balance_problems_gives_the_lying_back_bend(ann):
    await screen_clear(ann)
    await answer_symptoms(ann, leg="Yes", balance="Yes")
    assert "Lying back bend" in ann.texts[-2]
    assert "hold each 3 s" in ann.texts[-2]


async def test_stiffness_adds_the_knee_rotation_stretch(ann):
    await screen_clear(ann)
    await answer_symptoms(ann, stiff="Yes")
    assert "Knee rotation stretch" in ann.texts[-2]
    assert "each side" in ann.texts[-2]


async def test_an_emergency_sign_sends_to_emergency_care_and_offers_no_plan(ann, db):
    await ann.say("/start")
    await ann.tap("Let's begin")
    await ann.tap("Yes, one or more")
    assert "emergency care now" in ann.last_text
    assert ann.last_buttons == []
    await ann.say("/plan")
    assert "emergency care" in ann.last_text and "Pelvic lift" not in ann.last_text
    async with db.transaction() as session:
        answers = {a.question_id: a.value for a in await session.scalars(select(Answer))}
    assert answers == {"red_emergency": "yes"}


async def test_not_sure_asks_each_sign_and_one_yes_is_an_emergency(ann):
    await ann.say("/start")
    await ann.tap("Let's begin")
    await ann.tap("I'm not sure")
    assert "genitals or buttocks?" in ann.last_text
    await ann.tap("No")
    await ann.tap("Yes")
    assert "emergency care now" in ann.last_text


async def test_urgent_sign_locks_the_plan_until_a_clinician_clears(ann):
    await ann.say("/start")
    await ann.tap("Let's begin")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    assert any("see a doctor today" in t for t in ann.texts)
    await answer_symptoms(ann)
    assert "locked" in ann.texts[-2]
    assert ann.last_buttons == ["A clinician cleared me"]
    await ann.say("/plan")
    assert ann.last_buttons == ["A clinician cleared me"]
    assert not any("Which city are you in?" in t for t in ann.texts)  # no reminders yet
    await ann.tap("A clinician cleared me")
    assert "Your plan" in ann.texts[-2] and "locked" not in ann.texts[-2]
    # Now the plan can be used, so reminders are offered, as after a plain first plan.
    assert "Which city are you in?" in ann.last_text
    await ann.say("/plan")
    assert "Your plan" in ann.last_text and ann.buttons_now == ["Start a session"]
    await ann.tap("A clinician cleared me")  # an older copy of the button
    assert ann.toasts()[-1] == "Nothing to unlock, your plan is already open."


async def test_checkup_says_what_changed(ann):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/checkup")
    await ann.tap("None of these")
    await ann.tap("None of these")
    await answer_symptoms(ann, stiff="Yes", leg="Yes")
    assert "Knee rotation stretch is new" in ann.last_text
    assert "Standing back bend is new" in ann.last_text


async def test_checkup_with_a_new_urgent_sign_locks_the_existing_plan(ann):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/checkup")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.say("/plan")
    assert "clinician" in ann.last_text and "Pelvic lift" not in ann.last_text


async def test_start_again_greets_a_returning_person_with_where_they_are(ann):
    await screen_clear(ann)
    await ann.say("/start")
    assert "Welcome back" in ann.texts[-2]
    assert ann.last_buttons == ["Carry on"]
    await ann.tap("Carry on")
    assert "When does it hurt?" in ann.last_text
    await answer_symptoms(ann)
    await ann.say("/start")
    assert "Your plan is ready" in ann.last_text


async def test_help_lists_the_commands(ann):
    await ann.say("/help")
    for command in ("/start", "/plan", "/checkup", "/help"):
        assert command in ann.last_text


async def test_commands_are_registered_at_start_up(bot, fake):
    registered = [c for c in fake.calls if c[0] == "setMyCommands"]
    default = [params for _, params in registered if not params.get("language_code")]
    assert default
    names = [c["command"] for c in default[-1]["commands"]]
    assert names == [
        "start",
        "plan",
        "session",
        "checkup",
        "progress",
        "reminders",
        "language",
        "export",
        "delete",
        "help",
    ]  # ARCHITECTURE.md's commands (and /language), in the order the menu shows them


async def test_a_checkup_that_opens_a_locked_plan_offers_reminders_once(ann):
    await ann.say("/start")
    await ann.tap("Let's begin")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")  # urgent: the first plan is locked, no reminders asked
    await answer_symptoms(ann)
    await ann.say("/checkup")
    await ann.tap("None of these")
    await ann.tap("None of these")  # the urgent sign has gone
    await answer_symptoms(ann)
    assert "Which city are you in?" in ann.last_text
    await ann.say("/checkup")
    await ann.tap("None of these")
    await ann.tap("None of these")
    await answer_symptoms(ann, stiff="Yes")
    assert "Knee rotation stretch is new" in ann.last_text  # the plan was open: no new offer
