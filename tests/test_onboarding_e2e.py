"""A person's first minutes, end to end: welcome, safety screen, symptoms, plan."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.models import Answer, Checkin
from tests.support.people import (
    SCREEN_GROUPS,
    answer_symptoms,
    checkup_clear,
    screen_clear,
    start_screen,
)


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
    assert "sitting or standing for long" in plan  # why the pelvic lift fits their trigger
    async with db.transaction() as session:
        checkin = await session.scalar(select(Checkin))
        assert checkin.completed_at is not None
        answers = {a.question_id: a.value for a in await session.scalars(select(Answer))}
    assert answers["triggers"] == "sit_stand" and answers["pain_now"] == "4"


async def test_each_answered_question_shows_the_answer_and_loses_its_buttons(ann, fake):
    await screen_clear(ann)
    where, first = fake.messages(ann.user_id)[1], fake.messages(ann.user_id)[4]
    assert "Which country" in ann.texts[1] and "→ Skip for now" in ann.texts[1]
    assert "→ None of these" in ann.texts[4]
    assert fake.buttons(where) == [] and fake.buttons(first) == []


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
    await start_screen(ann)
    await ann.tap("Yes, one or more")
    await ann.tap("A leg weaker or numb")
    await ann.tap("Done")
    assert "Call your local emergency number now" in ann.last_text  # no country known
    assert "nerves at the bottom of your spine" in ann.last_text
    assert ann.last_buttons == []
    await ann.say("/plan")
    assert "emergency care" in ann.last_text and "Pelvic lift" not in ann.last_text
    async with db.transaction() as session:
        answers = {a.question_id: a.value for a in await session.scalars(select(Answer))}
    assert answers == {"red_emergency": "yes", "em_which": "em_legs"}


async def test_not_sure_about_a_nerve_sign_gets_its_own_advice_and_a_self_check(ann):
    await start_screen(ann)
    await ann.tap("I'm not sure")
    await ann.tap("Numb or tingling: bottom, genitals")
    await ann.tap("Done")
    advice = ann.texts[-2]
    assert "reason to be checked today" in advice and "usually nothing serious" not in advice
    assert "wiping feels different" in advice and "quick check you can do now" in advice
    assert "when you wipe" in ann.last_text
    await ann.tap("Yes, numb or different")  # the self-check finds it: that is an emergency
    assert "now, or go to the emergency department" in ann.last_text


async def test_urgent_sign_locks_the_plan_until_a_clinician_examines(ann, bot, clock):
    await start_screen(ann)
    await ann.tap("None of these")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("Fever or chills")
    await ann.tap("Done")
    assert "Please see a doctor today" in ann.texts[-2]
    assert "infection in the spine" in ann.texts[-2]
    assert ann.buttons_now == ["Answer them now", "Stop here for now"]
    await ann.tap("Answer them now")
    await ann.tap("None of these")  # the "soon" group
    await answer_symptoms(ann)
    assert "locked" in ann.texts[-2] and "Please see a doctor today" in ann.last_text
    assert "A clinician examined me" not in str(ann.last_buttons)  # not in the same breath
    assert not any("Which city are you in?" in t for t in ann.texts)  # no reminders yet
    await ann.say("/checkup")  # minutes later: too soon for a clinician's OK
    assert "Please see a doctor today" in ann.last_text
    assert ann.buttons_now == ["Ask me the questions again"]
    await bot.advance(timedelta(hours=13).total_seconds())  # the next morning
    await ann.say("/checkup")
    assert "Has a clinician examined you since?" in ann.last_text
    await ann.tap("A clinician examined me: OK to exercise")
    assert "One last check before your plan opens" in ann.last_text  # the emergency signs
    await ann.tap("None of these")
    assert "Your plan" in ann.texts[-2] and "locked" not in ann.texts[-2]
    # Now the plan can be used, so reminders are offered, as after a plain first plan.
    assert "Which city are you in?" in ann.last_text
    await ann.say("/plan")
    assert "Your plan" in ann.last_text and ann.buttons_now == ["Start a session"]


async def test_checkup_says_what_changed(ann):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await checkup_clear(ann)
    await answer_symptoms(ann, stiff="Yes", leg="Yes")
    assert "Knee rotation stretch is new" in ann.last_text
    assert "Standing back bend is new" in ann.last_text


async def test_checkup_with_a_new_urgent_sign_locks_the_existing_plan(ann):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/checkup")
    await ann.tap("None of these")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("Pain between the shoulders")
    await ann.tap("Done")
    await ann.say("/plan")
    assert "doctor" in ann.last_text and "Pelvic lift" not in ann.last_text


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
    for command in ("/start", "/plan", "/checkup", "/help", "/learn"):
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
        "flare",
        "progress",
        "reminders",
        "language",
        "export",
        "delete",
        "help",
        "report",
        "learn",
    ]  # ARCHITECTURE.md's commands (and /language, /report, /learn), in the menu's order


async def test_gone_on_its_own_keeps_the_lock_and_a_clinicians_ok_opens_it_once(ann, bot, clock):
    await start_screen(ann)
    await ann.tap("None of these")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")  # urgent: the first plan is locked, no reminders asked
    await ann.tap("Recent infection")
    await ann.tap("Done")
    await ann.tap("Answer them now")
    await ann.tap("None of these")
    await answer_symptoms(ann)
    await ann.say("/checkup")
    await ann.tap("Ask me the questions again")
    for _ in range(SCREEN_GROUPS):
        await ann.tap("None of these")  # the infection has gone
    assert ann.buttons_now == ["Not yet", "No, it went away on its own"]  # too soon for an OK
    await ann.tap("No, it went away on its own")
    still = ann.texts[-2]
    assert "I'm glad it has eased" in still and "a recent bacterial infection" in still
    assert "Please see a doctor today" in still
    await ann.tap("Answer them now")
    await answer_symptoms(ann)
    assert not any("Which city are you in?" in t for t in ann.texts)
    await ann.say("/plan")
    assert "Pelvic lift" not in ann.last_text
    await bot.advance(timedelta(hours=13).total_seconds())  # the next morning
    await ann.say("/checkup")
    await ann.tap("Not yet: ask me the questions")
    for _ in range(SCREEN_GROUPS):
        await ann.tap("None of these")
    await ann.tap("A clinician examined me: OK to exercise")
    await answer_symptoms(ann)
    assert "Which city are you in?" in ann.last_text
    await checkup_clear(ann)
    await answer_symptoms(ann, stiff="Yes")
    assert "Knee rotation stretch is new" in ann.last_text  # the plan was open: no new offer
