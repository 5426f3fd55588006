"""Safety a physiotherapist would sign, end to end: every sign in its tier with its own reason,
the self-checks, the exercise cautions, signs that come back, re-checks, pain that rises,
flare-ups and every tip (the locks themselves: test_locks_e2e.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from coach.progression import Standing
from coach.safety import ASKED, GROUPS, SIGNS, Tier
from storage.models import WarningSign
from storage.session_models import ExerciseLevel
from storage.sessions import save_standing
from tests.support.harness import Person
from tests.support.people import answer_symptoms, checkup_clear, screen_clear, start_screen
from tests.support.programme import CONTENT
from tests.support.speakers import CLIENTS, Speaker

W = CONTENT.words("en")
GROUP_OF = {sign: (group, which) for group, which, listed in GROUPS for sign in listed}
SEEN = "A clinician examined me: OK to exercise"


def label(question_id: str, value: str) -> str:
    """The button a person taps for this answer."""
    return W.plain(f"question-{question_id}-option-{value}")


async def report_sign(person: Person, sign: str, level: str = "yes") -> None:
    """Tap through the screen from its first group, reporting one sign in its own group."""
    group, which = GROUP_OF[sign]
    for current, _, _ in GROUPS:
        if current != group:
            await person.tap("None of these")
            continue
        await person.tap(label(group, level))
        await person.tap(label(which, sign))
        await person.tap("Done")
        return


async def cleared_the_next_morning(person: Person, bot) -> None:
    """A day on, /checkup: a clinician examined them; nothing new since; the plan opens."""
    await bot.advance(timedelta(days=1).total_seconds())
    await person.say("/checkup")
    await person.tap(SEEN)
    await person.tap("None of these")  # the emergency signs, once more


@pytest.mark.parametrize("sign", ASKED)
async def test_each_sign_gets_the_advice_of_its_tier_and_says_what_it_may_mean(bot, sign):
    person = Person(bot, 4000, "Kim")
    await start_screen(person)
    await report_sign(person, sign)
    tier, why = SIGNS[sign].tier, W.plain(f"safety-why-{SIGNS[sign].why}")
    if tier is Tier.EMERGENCY:
        advice = person.last_text
        assert advice.startswith("Call your local emergency number now") and why in advice
        assert person.last_buttons == []  # nothing else is asked
        return
    if tier is Tier.SAME_DAY:
        advice = person.texts[-2]
        assert advice.startswith("Please see a doctor today") and why in advice
        assert "if you can" not in advice  # no softening
        assert person.buttons_now == ["Answer them now", "Stop here for now"]
        await person.tap("Stop here for now")
        assert "Please see a doctor today" in person.last_text
        await person.say("/plan")
        assert "Pelvic lift" not in person.last_text
        return
    assert "When does it hurt?" in person.last_text  # a GP soon: the questions go on
    await answer_symptoms(person)
    plan = person.texts[-2]
    assert "Pelvic lift" in plan and "appointment with your GP in the next few days" in plan
    assert why in plan


async def test_not_sure_about_bladder_control_and_still_not_sure_after_the_self_check(ann):
    await start_screen(ann)
    await ann.tap("I'm not sure")
    await ann.tap("Peeing has changed")
    await ann.tap("Done")
    nerve = ann.texts[-2]
    assert "Not being sure is a reason to be checked today" in nerve
    assert "wiping feels different" in nerve and "not feeling it pass" in nerve  # early signs
    assert "quick check you can do now" in nerve and "nothing serious" not in nerve
    assert "has peeing changed at all" in ann.last_text  # "yes" means the problem
    assert ann.buttons_now == ["Yes, something has changed", "No, it's as usual", "I can't tell"]
    await ann.tap("I can't tell")
    assert "Please see a doctor today" in ann.texts[-2]
    assert ann.buttons_now == ["Answer them now", "Stop here for now"]


async def test_a_self_check_that_finds_a_change_in_peeing_is_an_emergency(ann):
    await start_screen(ann)
    await ann.tap("I'm not sure")
    await ann.tap("Peeing has changed")
    await ann.tap("Done")
    await ann.tap("Yes, something has changed")
    assert ann.last_text.startswith("Call your local emergency number now")


async def test_a_self_check_that_is_normal_still_means_a_check_today(ann):
    await start_screen(ann)
    await ann.tap("I'm not sure")
    await ann.tap("A leg weaker or numb")
    await ann.tap("Done")
    assert "walk a few steps on your heels" in ann.last_text
    await ann.tap("Yes, both are fine")
    assert "Please see a doctor today" in ann.texts[-2]
    assert "wiping feels different" in ann.texts[-2]  # what means the emergency number


async def test_not_sure_about_chest_pain_is_an_emergency_with_its_own_reason(ann):
    await start_screen(ann)
    await ann.tap("None of these")
    await ann.tap("I'm not sure")
    await ann.tap("Chest pain")
    await ann.tap("Done")
    advice = ann.last_text
    assert advice.startswith("Call your local emergency number now")
    assert "heart, the lungs or a large blood vessel" in advice
    assert "nerve" not in advice  # chest pain is not a squeezed nerve


async def test_a_fever_with_a_leg_that_may_be_weaker_is_an_emergency(ann):
    await start_screen(ann)
    await ann.tap("I'm not sure")
    await ann.tap("A leg weaker or numb")
    await ann.tap("Done")
    await ann.tap("I can't tell")
    await ann.tap("Answer them now")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("Fever or chills")
    await ann.tap("Done")
    advice = ann.last_text
    assert advice.startswith("Call your local emergency number now")
    assert "infection near the spine pressing on a nerve" in advice


async def test_a_new_pain_over_fifty_no_better_in_a_month_means_a_doctor_today(ann):
    await start_screen(ann)
    for _ in range(3):
        await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("New pain, over 50 or under 20")
    await ann.tap("No better for a month")
    await ann.tap("Done")
    assert "Please see a doctor today" in ann.texts[-2]
    assert "hasn't improved at all in a month should be checked" in ann.texts[-2]


async def test_inflammatory_back_pain_is_a_gp_visit_that_says_what_to_ask_about(ann):
    await start_screen(ann)
    for _ in range(3):
        await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("No better for a month")
    await ann.tap("Morning stiffness, eases moving")
    await ann.tap("Done")
    await answer_symptoms(ann)
    plan = ann.texts[-2]
    assert "appointment with your GP" in plan and "Pelvic lift" in plan  # not a lock
    assert "Ask your GP about inflammatory back pain" in plan


async def test_pregnancy_leaves_out_lying_on_the_stomach_and_says_why(ann):
    await screen_clear(ann)
    await answer_symptoms(ann, leg="Yes", cautions=("I'm pregnant",))
    plan = ann.texts[-2]
    assert "Back extension" not in plan
    assert "Pregnancy: I've left out everything done lying on your stomach" in plan
    assert "call your midwife or doctor if you notice bleeding" in plan


async def test_recent_surgery_waits_for_the_go_ahead_then_opens(ann):
    await screen_clear(ann)
    await ann.tap("Sitting or standing long")
    await ann.tap("Done")
    for answer in ("No", "No", "No"):
        await ann.tap(answer)
    await ann.tap("Back surgery in recent months")
    await ann.tap("Done")
    await ann.tap("Not yet")  # no go-ahead from the surgeon yet
    await ann.tap("No")
    await ann.tap("Less than 6 weeks")
    await ann.tap("4")
    assert "waits for your surgeon's or physiotherapist's go-ahead" in ann.last_text
    await ann.say("/session")
    assert "go-ahead" in ann.last_text and "Pelvic lift" not in ann.last_text
    await checkup_clear(ann)
    await answer_symptoms(ann, cautions=("Back surgery in recent months",))
    assert any("Recent back surgery" in t and "Pelvic lift" in t for t in ann.texts[-3:])


async def test_thin_bones_keep_weights_out_and_bring_a_weighted_level_down(ann, db):
    await screen_clear(ann)
    await answer_symptoms(ann)
    async with db.transaction() as session:
        await save_standing(session, 1001, "back_extension", Standing(level=5))  # with weights
    await checkup_clear(ann)
    await answer_symptoms(ann, cautions=("Thin bones (osteoporosis)",))
    assert any("Thin bones: no weights" in t for t in ann.texts[-3:])
    async with db.transaction() as session:
        level = await session.get(ExerciseLevel, (1001, "back_extension"))
    assert level.level == 4


async def test_balance_problems_give_steadier_forms_and_a_switch_mid_session(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann, leg="Yes", fear="Yes", balance="Yes")
    plan = ann.texts[-2]
    assert "Lying back bend" in plan and "holding a worktop" in plan
    await ann.say("/session")
    await ann.tap("3")
    for _ in range(2):
        await ann.tap("Skip")
    assert "Hold on to the back of a sturdy chair" in ann.last_text  # bending, held on


async def test_a_sign_a_clinician_saw_is_asked_about_when_ticked_again_a_week_later(
    ann, bot, clock
):
    await start_screen(ann)
    await report_sign(ann, "ur_night")
    await ann.tap("Answer them now")
    await ann.tap("None of these")
    await answer_symptoms(ann)
    await cleared_the_next_morning(ann, bot)
    assert "Here is your plan" in ann.texts[-3] or "Here is your plan" in ann.texts[-2]
    await bot.advance(timedelta(days=7).total_seconds())
    await ann.say("/checkup")
    assert "Has a clinician examined you" not in ann.last_text  # nothing open: the questions
    await report_sign(ann, "ur_night")  # the same sign, examined before
    assert "a clinician examined you. Is it new, or worse" in ann.last_text
    await ann.tap("The same as when I was seen")  # no new lock
    assert "Nearly done with the safety part" in ann.last_text
    await ann.tap("None of these")
    await answer_symptoms(ann)
    await ann.say("/plan")
    assert "Pelvic lift" in ann.last_text and "locked" not in ann.last_text
    await ann.say("/checkup")
    await report_sign(ann, "ur_fever")  # a new sign: locked until seen again
    await ann.tap("Stop here for now")
    await ann.say("/plan")
    assert "doctor" in ann.last_text and "Pelvic lift" not in ann.last_text


async def test_a_past_cancer_is_same_day_and_once_examined_not_asked_as_if_new(ann, bot, db, clock):
    await start_screen(ann)
    await report_sign(ann, "so_cancer")
    assert "Please see a doctor today" in ann.texts[-2]
    assert "make sure it is not related" in ann.texts[-2]
    await ann.tap("Answer them now")
    await ann.tap("None of these")
    await answer_symptoms(ann)
    await ann.say("/checkup")
    assert "having had cancer" in ann.last_text and SEEN not in ann.buttons_now  # too soon
    await cleared_the_next_morning(ann, bot)
    await ann.say("/checkup")
    for _ in range(2):
        await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    assert "I have had cancer" not in ann.buttons_now
    async with db.transaction() as session:
        row = await session.scalar(select(WarningSign).where(WarningSign.sign == "so_cancer"))
    assert row.cleared_at is not None


async def test_the_first_session_of_a_week_asks_whether_anything_is_new(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await bot.advance(timedelta(days=8).total_seconds())
    await ann.say("/session")
    assert "A new week: a quick safety check" in ann.last_text
    assert ann.buttons_now == ["None of these", "Yes, something new"]
    await ann.tap("None of these")
    assert "how is your back right now?" in ann.last_text
    await ann.tap("3")
    await ann.tap("Stop session")
    await ann.tap("3")
    await ann.say("/session")
    assert "how is your back right now?" in ann.last_text  # once a week, not every session


async def test_something_new_in_the_weekly_check_goes_through_the_questions(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await bot.advance(timedelta(days=8).total_seconds())
    await ann.say("/session")
    await ann.tap("Yes, something new")
    assert "safety check" in ann.last_text and "Since your back pain began" in ann.last_text
    await report_sign(ann, "ur_fever")
    assert "Please see a doctor today" in ann.texts[-2]


async def hold_session(person: Person, bot, before: str, after: str) -> None:
    """A session of the pelvic lift's ten holds and the back extension skipped."""
    await person.say("/session")
    await person.tap(before)
    await person.tap("Start")
    for _ in range(10):
        await bot.advance(10)  # the hold
        await bot.advance(5)  # the rest after it
    await person.tap("Skip")
    await person.tap(after)


async def test_a_small_rise_that_settles_by_the_morning_counts_as_a_good_session(
    ann, bot, db, clock
):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await hold_session(ann, bot, "3", "4")
    assert "usually settles by the next morning" in ann.last_text
    async with db.transaction() as session:
        assert await session.get(ExerciseLevel, (1001, "pelvic_lift")) is None  # waits
    await bot.advance(timedelta(hours=24).total_seconds())  # the next morning
    await ann.say("/session")
    assert "Has it settled since?" in ann.last_text
    await ann.tap("Yes, it settled")
    assert "counts as a good session" in ann.texts[-2]
    assert "how is your back right now?" in ann.last_text
    async with db.transaction() as session:
        level = await session.get(ExerciseLevel, (1001, "pelvic_lift"))
    assert (level.level, level.clean_sessions) == (0, 1)


async def test_a_rise_of_three_that_settles_is_expected_but_still_waits_for_the_next_level(
    ann, bot, db, clock
):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await hold_session(ann, bot, "3", "6")
    await ann.tap("No, just the pain")  # the one question after a worse session
    await bot.advance(timedelta(hours=24).total_seconds())  # the next morning
    await ann.say("/session")
    assert "Has it settled since?" in ann.last_text
    await ann.tap("Yes, it settled")
    assert "stay at the easier dose" in ann.texts[-2]
    assert "counts as a good session" not in ann.texts[-2]
    assert "how is your back right now?" in ann.last_text
    async with db.transaction() as session:
        level = await session.get(ExerciseLevel, (1001, "pelvic_lift"))
    assert level is None or level.clean_sessions == 0  # three points up: not a clean session


async def test_a_small_rise_that_does_not_settle_makes_the_first_rung_lighter(ann, bot, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await hold_session(ann, bot, "3", "5")  # up by two: pain got worse, but it may settle
    assert "If it hasn't settled by tomorrow morning" in ann.last_text
    await ann.tap("No, just the pain")  # the one question after a worse session
    await bot.advance(timedelta(hours=24).total_seconds())  # the next morning
    await ann.say("/session")
    await ann.tap("No, it's still worse")
    assert "Pelvic lift: a lighter dose" in ann.texts[-2]
    await ann.tap("3")
    assert "Pelvic lift" in ann.last_text and "10 reps" not in ann.last_text


async def test_severe_pain_at_the_start_gives_a_gentle_day(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann, stiff="Yes")
    await ann.say("/session")
    await ann.tap("8")
    gentle = ann.texts[-2]
    assert "today is a gentle day" in gentle and "heat pack" in gentle and "GP" in gentle
    assert "doctor today" not in gentle  # 8 is not the worst ever
    assert "With pain this high, a quick safety check" in ann.last_text  # the signs, again
    await ann.tap("None of these")
    assert "Standing back bend" in ann.last_text


async def test_the_worst_pain_ever_at_the_start_also_says_see_a_doctor_today(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann, pain="9")
    plan = ann.texts[-2]
    assert "worst you have ever had, please see a doctor today" in plan
    await ann.say("/session")
    await ann.tap("10")
    assert "checked by a doctor today" in ann.texts[-2]


async def test_flare_gives_the_gentle_routine_what_helps_and_when_to_see_someone(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/help")
    assert "/flare" in ann.last_text
    await ann.say("/flare")
    flare = ann.last_text
    assert "usually settles within a few days" in flare and "heat or cold pack" in flare
    assert "See your GP if it isn't easing" in flare and "your local emergency number" in flare
    await ann.tap("Start the gentle routine")
    await ann.tap("6")
    assert "Standing back bend" in ann.last_text
    assert "Pelvic lift" not in ann.last_text


async def test_a_second_bad_session_in_two_weeks_pauses_plan_and_reminders(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("Berlin")  # reminders set up
    await hold_session(ann, bot, "2", "6")  # up by four: stepped back at once
    await ann.tap("No, just the pain")
    await bot.advance(timedelta(days=2).total_seconds())
    await hold_session(ann, bot, "2", "6")
    assert "paused your plan and your reminders" in ann.last_text
    shown = len(ann.texts)
    await bot.advance(timedelta(days=1).total_seconds())
    assert not any("Today:" in t for t in ann.texts[shown:])  # no exercise nudges meanwhile
    await ann.tap("I've seen a clinician")
    assert "Your plan and reminders are back on" in ann.texts[-2]


async def test_every_tip_of_an_exercise_is_shown_within_as_many_sessions(ann, bot, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    tips = W.numbered("exercise-pelvic_lift-tip")
    shown = set()
    for _ in range(len(tips)):
        await ann.say("/session")
        await ann.tap("3")
        card = ann.last_text
        shown |= {tip for tip in tips if str(tip) in card}
        await ann.tap("Stop session")
        await ann.tap("3")
    assert shown == set(tips)


# Signs new to the screen or moved to another tier: (group, level, sign, advice, reason).
RETIERED = [
    ("red_emergency", "yes", "em_sexual", "safety-emergency", "nerve"),
    ("red_other", "yes", "em_tummy", "safety-emergency", "tummy"),
    ("red_other", "unsure", "em_chest", "safety-emergency", "chest"),
    ("red_urgent", "yes", "ur_fracture", "safety-same-day", "fracture"),
    ("red_urgent", "yes", "so_cancer", "safety-same-day", "cancer"),
    ("red_urgent", "yes", "so_weight", "safety-same-day", "weight"),
]


@pytest.mark.parametrize("client", list(CLIENTS))
async def test_each_new_or_re_tiered_sign_gets_its_tier_and_reason_in_every_language(
    bot, content, client
):
    w = content.words(CLIENTS[client])
    unknown = {
        "emergency": w("safety-local-emergency"),
        "line": w("safety-same-day-no-line", place="gp"),
    }
    for number, (group, level, sign, advice, reason) in enumerate(RETIERED):
        s = Speaker(Person(bot, 5000 + number, "Lena", language_code=client), w)
        await s.begin()
        for earlier, _, _ in GROUPS[: [g for g, _, _ in GROUPS].index(group)]:
            await s.tap(f"question-{earlier}-option-none")
        await s.report(group, sign, level)
        assert s.saw(advice, why=w(f"safety-why-{reason}"), **unknown), (client, sign)
