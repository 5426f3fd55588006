"""A guided session end to end on a fake clock: what the person sees, when, and what is stored."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from coach.progression import CLEAN_SESSIONS_TO_OFFER, Standing
from storage.models import User
from storage.session_models import ExerciseLevel
from storage.sessions import finished_sessions_between, save_standing
from tests.support.harness import Person, RunningBot
from tests.support.people import (
    answer_symptoms,
    checkup_clear,
    count_set,
    plan_with_everything,
    screen_clear,
    start_screen,
)
from tests.support.records import events_of, the_session


async def do_holds(
    bot: RunningBot, person: Person, total: int, hold: int, rest: int, cue: str, release: str
) -> list[dict]:
    """Live through every rep; each hold's start and end arrive as messages (they notify)."""
    fake, chat = bot.fake, person.user_id
    timings = []
    for rep in range(1, total + 1):
        message = fake.last_message(chat)
        assert f"Rep {rep}/{total}: {cue}" in person.last_text
        shown = len(person.texts)
        posted = time.time()
        await bot.advance(hold - 1)
        assert len(person.texts) == shown, "nothing before the hold's end"
        await bot.advance(1)
        ended = person.texts[shown]
        assert release in ended if rep < total else "last one" in ended
        assert not [e for e in fake.edits(chat) if e["message_id"] == message["message_id"]]
        timings.append({"posted": posted, "edited": time.time()})
        if rep < total:
            await bot.advance(rest)
    return timings


def latest(person: Person, fragment: str) -> str:
    """The newest message that contains `fragment` (other features may post after it)."""
    return next(text for text in reversed(person.texts) if fragment in text)


def timer_edits_in_any_minute(fake, chat_id: int) -> int:
    """The most hold messages and edits (the pace the bot sets itself) within any 60 seconds."""
    times = sorted(
        entry["time"]
        for entry in fake.chat_transcript(chat_id)
        if entry["who"] == "bot" and (entry.get("text") or "").startswith("Rep ")
    )
    return max((sum(1 for t in times if s <= t < s + 60) for s in times), default=0)


async def test_a_whole_session_with_every_exercise(ann, bot, fake, db, clock):
    await plan_with_everything(ann)
    await ann.say("/session")
    assert "4 exercises" in ann.last_text
    assert "how is your back right now?" in ann.last_text
    await ann.tap("3")
    assert "Back pain before: 3/10" in ann.texts[-2]

    card = ann.last_text
    assert "1/4 · Pelvic lift" in card and "10 reps, hold each 10 s" in card
    assert "Cramp in the back of your thighs" in card  # the article's reassurance
    assert ann.buttons_now == [
        "▶ Start",
        "🔊 Guide me by voice",
        "Skip",
        "Too painful today",
        "▶ Show me",
        "⏹ Stop session",
    ]
    await ann.tap("Start")
    started = time.time()
    row = await the_session(db)
    assert row.hold_ends_at == datetime.fromtimestamp(started, UTC) + timedelta(seconds=10)
    pelvic = await do_holds(bot, ann, 10, 10, 5, "lift and hold (10 s)", "release, rest")
    assert pelvic[-1]["posted"] - started == 9 * 15  # nine holds and rests before the last

    assert "2/4 · Back extension" in ann.last_text
    await ann.tap("Start")
    assert "Count: 0 of 10" in ann.last_text
    await ann.tap("+5")
    await ann.tap("+1")
    assert "Count: 6 of 10" in ann.last_text
    await count_set(ann, fives=0, ones=4)
    assert "set 1 of 1: 10 ✓" in ann.texts[-2]

    assert "3/4 · Bending forward step by step" in ann.last_text
    assert "stretch or mild discomfort in your low back" in ann.last_text
    await ann.tap("Start")
    stages = []
    for _ in range(5):
        stages.append(ann.last_text)
        await ann.tap("Next")
    assert [s.splitlines()[0] for s in stages] == [f"Bend, step {n} of 5" for n in range(1, 6)]
    assert "chin" in stages[0] and "without pushing on your legs" in stages[4]
    assert "How far did you reach?" in ann.last_text
    assert "more pain down a leg is not" in ann.last_text
    await ann.tap("Mid-shin")
    assert "did the pain down your leg get worse" in ann.last_text
    await ann.tap("No")
    assert "you're doing it right" in ann.texts[-2]

    assert "4/4 · Knee rotation stretch" in ann.last_text
    await ann.tap("Start")
    knees = await do_holds(bot, ann, 10, 10, 5, "knees to the", "knees back to the middle")
    posted = [e["text"] for e in fake.chat_transcript(1001) if e["kind"] == "text"]
    sides = [t for t in posted if "knees to the" in t]
    assert ["left" in s for s in sides] == [True, False] * 5

    assert "how is your back now?" in ann.last_text
    await ann.tap("2")
    summary = latest(ann, "Session done")
    for line in (
        "Session done",
        "Pelvic lift: 10 holds",
        "Back extension: 10 reps",
        "Bending forward step by step: reach Mid-shin",
        "Knee rotation stretch: 10 holds",
        "Back pain: 3 → 2",
    ):
        assert line in summary

    assert timer_edits_in_any_minute(fake, ann.user_id) <= 20
    assert len(pelvic) == len(knees) == 10
    row = await the_session(db)
    assert (row.status, row.pain_before, row.pain_after) == ("done", 3, 2)
    assert row.finished_at is not None and row.hold_ends_at is None and row.rest_ends_at is None
    holds = await events_of(db, "hold")
    assert [(e.exercise_id, e.value) for e in holds] == [("pelvic_lift", 10)] * 10 + [
        ("knee_rotation", 10)
    ] * 10
    reps = await events_of(db, "rep")
    assert [e.value for e in reps] == [5, 1, 1, 1, 1, 1]
    assert [(e.exercise_id, e.value) for e in await events_of(db, "set")] == [
        ("back_extension", 10)
    ]
    assert [e.value for e in await events_of(db, "reach")] == [1]
    assert [e.value for e in await events_of(db, "leg_worse")] == [0]
    assert [e.exercise_id for e in await events_of(db, "done")] == [
        "pelvic_lift",
        "back_extension",
        "bending_forward",
        "knee_rotation",
    ]
    async with db.transaction() as session:
        day = datetime.fromtimestamp(started, UTC).replace(hour=0, minute=0)
        assert await finished_sessions_between(session, 1001, day, day + timedelta(days=1)) == 1
        assert await finished_sessions_between(session, 1001, day - timedelta(days=1), day) == 0


async def test_leg_pain_while_bending_switches_to_the_back_bend_and_pauses_bending(
    ann, bot, fake, db, clock
):
    await plan_with_everything(ann)
    await ann.say("/session")
    await ann.tap("2")
    await ann.tap("Skip")  # pelvic lift
    await ann.tap("Skip")  # back extension
    await ann.tap("Start")  # bending
    for _ in range(5):
        await ann.tap("Next")
    await ann.tap("Knees")
    await ann.tap("Yes, it got worse")
    assert "We stop bending for today" in ann.texts[-2]
    assert "standing back bend" in ann.texts[-2]
    assert "4/5 · Standing back bend" in ann.last_text
    await ann.tap("Start")
    await count_set(ann, fives=2)
    assert "5/5 · Knee rotation stretch" in ann.last_text
    await ann.tap("Too painful today")
    await ann.tap("3")
    summary = latest(ann, "Session done")
    assert "reach Knees, then stopped because the leg pain got worse" in summary
    assert "Standing back bend: 10 reps" in summary
    assert "Knee rotation stretch: left out, too painful today" in summary
    async with db.transaction() as session:
        assert (await session.get(User, 1001)).bending_paused_at is not None
    assert [e.value for e in await events_of(db, "leg_worse")] == [1]

    await ann.say("/plan")
    assert "On hold for now" in ann.last_text and "Paused after bending" in ann.last_text
    assert "Stands in for bending while your leg settles" in ann.last_text
    await ann.say("/session")
    assert "4 exercises" in ann.last_text  # bending is on hold, the back bend stands in for it
    await ann.tap("1")
    assert "1/4 · Pelvic lift" in ann.last_text
    await ann.tap("Stop session")
    await checkup_clear(ann)
    await answer_symptoms(ann, fear="Yes", stiff="Yes")
    assert "Bending forward step by step is back on" in ann.last_text


async def test_pain_got_worse_eases_the_level_rechecks_warning_signs_then_advises_a_clinician(
    ann, bot, fake, db, clock
):
    await screen_clear(ann)
    await answer_symptoms(ann)
    async with db.transaction() as session:
        await save_standing(session, 1001, "back_extension", Standing(level=2, clean_sessions=3))
    await ann.say("/session")
    await ann.tap("2")
    await ann.tap("Skip")
    assert "Today: 20 reps" in ann.last_text and "Level 3 of 6" in ann.last_text
    await ann.tap("Start")
    await count_set(ann, fives=4)
    shown = len(ann.texts)
    await ann.tap("5")  # pain up by three
    assert "Back pain: 2 → 5" in ann.texts[-2]
    assert "Thank you for doing it on a sore day" in ann.texts[-2]  # no cheering
    worse = ann.last_text
    assert len(ann.texts) == shown + 1  # the summary (in place of the question) and one message
    assert "Your pain went up during this session (2 → 5)" in worse
    assert "Back extension: one level easier" in worse
    assert worse.count("?") == 1 and "clinician" not in worse  # one short question
    async with db.transaction() as session:
        level = await session.get(ExerciseLevel, (1001, "back_extension"))
        assert (level.level, level.clean_sessions) == (1, 0)
    assert ann.last_buttons == ["No, just the pain", "Yes, or I'm not sure"]
    await ann.tap("Yes, or I'm not sure")  # the warning signs, one tap away
    assert "→ Yes, or I'm not sure" in ann.texts[-2]
    assert "Because your pain went up, a quick safety check" in ann.last_text
    assert ann.last_buttons == ["None of these", "Yes, something new"]
    await ann.tap("Yes, something new")
    assert "Let's go through the questions" in ann.texts[-3]
    assert "safety check" in ann.last_text
    for _ in range(4):
        await ann.tap("None of these")
    await answer_symptoms(ann)

    await bot.advance(3600)
    await ann.say("/session")
    await ann.tap("1")
    await ann.tap("Skip")
    await ann.tap("Start")
    assert "of 15" in ann.last_text  # the eased level
    await count_set(ann, fives=3)
    await ann.tap("8")
    paused = ann.last_text
    assert "second time in two weeks" in paused and "paused your plan and your reminders" in paused
    assert "GP or a physiotherapist" in paused
    assert ann.last_buttons == ["I've seen a clinician", "Try the gentle plan"]
    await ann.say("/session")
    assert "paused" in ann.last_text  # no full session until seen, or the gentle plan chosen
    await ann.tap("Try the gentle plan")
    assert "The gentle plan it is. Your reminders are back on" in ann.texts[-2]
    assert "Standing back bend" in ann.last_text and "Pelvic lift" not in ann.last_text


async def test_clean_sessions_bring_an_offer_of_the_next_level(ann, bot, fake, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    for number in range(1, CLEAN_SESSIONS_TO_OFFER + 1):
        await ann.say("/session")
        await ann.tap("2")
        await ann.tap("Skip")
        await ann.tap("Start")
        await count_set(ann, fives=2)
        await ann.tap("2")
        offers = [t for t in ann.texts if "Ready for the next step?" in t]
        assert len(offers) == (1 if number == CLEAN_SESSIONS_TO_OFFER else 0)
        await bot.advance(6 * 3600)
    offer = latest(ann, "Ready for the next step?")
    assert "Back extension</b>" not in offer  # HTML is rendered, not shown
    assert f"Back extension {CLEAN_SESSIONS_TO_OFFER} times" in offer
    assert "15 lifts" in offer
    offer_id, _ = fake.find_button(1001, "Yes, let's try it")
    await ann.tap("Yes, let's try it")
    assert "moves up to 15 lifts" in latest(ann, "moves up")
    await ann.tap_data(offer_id, "s.lvl:4:back_extension:1:yes")
    assert ann.toasts()[-1] == "Already noted, thanks."
    await ann.say("/plan")
    assert "15 reps" in ann.last_text
    await ann.say("/session")
    await ann.tap("2")
    await ann.tap("Skip")
    assert "Level 2 of 6: 15 lifts" in ann.last_text
    await ann.tap("Start")
    assert "Count: 0 of 15" in ann.last_text


async def test_declining_the_next_level_keeps_the_dose(ann, bot, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    async with db.transaction() as session:
        await save_standing(session, 1001, "back_extension", Standing(clean_sessions=3))
    await ann.say("/session")
    await ann.tap("2")
    await ann.tap("Skip")
    await ann.tap("Start")
    await count_set(ann, fives=2)
    await ann.tap("1")
    await ann.tap("Not yet")
    assert ann.seen("Back extension stays as it is")
    async with db.transaction() as session:
        level = await session.get(ExerciseLevel, (1001, "back_extension"))
        assert (level.level, level.declined_at_count) == (0, CLEAN_SESSIONS_TO_OFFER)


async def test_the_lying_back_bend_holds_three_seconds(ann, bot, fake, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann, leg="Yes", knee="No", balance="Yes")
    await ann.say("/session")
    await ann.tap("4")
    await ann.tap("Skip")
    await ann.tap("Skip")
    assert "3/3 · Lying back bend on a firm bed" in ann.last_text  # no getting down to the floor
    assert "Hold for 3 seconds" in ann.last_text
    await ann.tap("Start")
    await do_holds(bot, ann, 10, 3, 4, "press up and hold (3 s)", "lower down, rest")
    await ann.tap("3")
    assert "Lying back bend on a firm bed: 10 holds" in latest(ann, "Session done")
    assert timer_edits_in_any_minute(fake, ann.user_id) <= 20


async def test_the_plan_offers_a_session_and_the_commands_list_it(ann, bot, fake):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/plan")
    assert ann.buttons_now == ["Start a session"]
    await ann.tap("Start a session")
    assert "how is your back right now?" in ann.last_text
    await ann.say("/help")
    assert "/session" in ann.last_text
    commands = next(iter(fake.commands.values()))
    names = [c["command"] for c in commands]
    assert names.index("session") == names.index("plan") + 1


async def test_no_session_without_an_open_plan(ann, bot):
    await ann.say("/session")
    assert "don't have a plan yet" in ann.last_text
    await start_screen(ann)
    await ann.tap("None of these")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")  # an urgent sign to be checked: the plan stays locked
    await ann.tap("Recent infection")
    await ann.tap("Done")
    await ann.tap("Answer them now")
    await ann.tap("None of these")
    await answer_symptoms(ann)
    await ann.say("/session")
    assert "waiting until a clinician has examined you" in ann.last_text


async def test_pause_and_resume_during_a_hold(ann, bot, fake, db, clock):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Start")
    await bot.advance(10)
    await bot.advance(5)
    hold = fake.last_message(1001)
    await bot.advance(4)
    await ann.tap("Pause")
    assert "Rep 2/10: paused. This one didn't count" in ann.texts[-2]
    assert "Paused" in ann.last_text and ann.buttons_now == ["▶ Resume", "⏹ Stop"]
    edits_before = len(fake.edits(1001))
    await bot.advance(60)  # the old hold's end passes: no ghost edit
    assert len(fake.edits(1001)) == edits_before
    assert [e for e in fake.edits(1001) if e["message_id"] == hold["message_id"]][-1]["t"] == (
        time.time() - 60
    )
    await ann.tap("Resume")
    assert "Carrying on" in ann.texts[-2]
    assert "Rep 2/10: lift and hold" in ann.last_text
    await bot.advance(10)
    assert "Rep 2/10: release, rest" in ann.last_text
    assert len(await events_of(db, "hold")) == 2
