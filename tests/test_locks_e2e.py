"""Locks only a clinician lifts: "it went away" keeps a same-day or emergency lock, the
clearance waits two hours after emergency advice and until the next morning after same-day
advice, "did you get help?" follows emergency advice, the emergency signs are asked once more
before the plan opens, and a cleared sign that comes back is news."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from content import Content
from storage.models import Answer, Checkin, WarningSign
from tests.support.harness import Person
from tests.support.moments import until
from tests.support.people import SCREEN_GROUPS, answer_symptoms, start_screen
from tests.support.speakers import CLIENTS, Speaker, visible

SEEN = "A clinician examined me: OK to exercise"


async def bladder_emergency(person: Person, place: str | None = None) -> None:
    """The screen's first group: yes, peeing has changed (emergency advice)."""
    await start_screen(person, place)
    await person.tap("Yes, one or more")
    await person.tap("Peeing has changed")
    await person.tap("Done")


async def open_signs(db, user_id: int) -> set[str]:
    """The person's signs no clinician has cleared."""
    async with db.transaction() as tx:
        rows = await tx.scalars(select(WarningSign).where(WarningSign.user_id == user_id))
        return {row.sign for row in rows if row.cleared_at is None}


async def test_went_away_on_its_own_after_a_bladder_sign_keeps_the_lock(ann, bot, db, clock):
    await bladder_emergency(ann, "London")
    assert "Call 999 now, or go to the emergency department" in ann.last_text
    await ann.say("/checkup")
    assert SEEN not in ann.buttons_now  # minutes after the advice: no clearance
    await ann.tap("Ask me the questions again")
    for _ in range(SCREEN_GROUPS):
        await ann.tap("None of these")  # the bladder feels normal again
    assert ann.buttons_now == ["Not yet", "No, it went away on its own"]
    await ann.tap("No, it went away on its own")
    gone, advice = ann.texts[-2], ann.last_text
    assert "I'm glad it has eased" in gone and "a change in peeing" in gone
    assert "Call 999 now" in gone and "Call 999 now" in advice  # the number, now
    await ann.say("/plan")
    assert "Pelvic lift" not in ann.last_text and "999" in ann.last_text
    assert await open_signs(db, ann.user_id) == {"em_bladder"}


@pytest.mark.parametrize("client", list(CLIENTS))
async def test_went_away_keeps_a_same_day_lock_in_every_language(bot, content: Content, client):
    s = Speaker(Person(bot, 3400, "Lena", language_code=client), content.words(CLIENTS[client]))
    await s.begin()
    for group in ("red_emergency", "red_other"):
        await s.tap(f"question-{group}-option-none")
    await s.report("red_urgent", "ur_fever")
    await s.tap("question-urgent_next-option-stop")
    await s.person.say("/checkup")
    await s.tap("safety-questions-again-button")
    for group in ("red_emergency", "red_other", "red_urgent", "red_soon"):
        await s.tap(f"question-{group}-option-none")
    assert s.w.plain("question-was_checked-option-checked") not in s.person.buttons_now
    await s.tap("question-was_checked-option-gone")
    fever = s.w("safety-sign-ur_fever")
    line = s.w("safety-same-day-no-line", place="gp")
    assert s.saw("safety-gone-same-day", signs=fever, line=line)
    await s.person.say("/plan")
    assert visible(s.w, "exercise-pelvic_lift-name") not in s.person.last_text


@pytest.mark.parametrize("client", list(CLIENTS))
async def test_a_clearance_in_the_first_minute_fails(bot, content: Content, client):
    s = Speaker(Person(bot, 3500, "Lena", language_code=client), content.words(CLIENTS[client]))
    await s.begin()
    await s.report("red_emergency", "em_saddle")
    await s.person.say("/checkup")
    assert s.w.plain("safety-seen-button") not in s.person.buttons_now
    local = s.w("safety-local-emergency")
    signs = s.w("safety-sign-em_saddle")
    assert s.saw("safety-too-soon-emergency", signs=signs, emergency=local)
    latest = s.person.fake.messages(3500)[-1]["message_id"]
    checkin = int(s.person.fake.buttons(s.person.fake.messages(3500)[-1])[0][1].split(":")[1])
    await s.person.tap_data(latest, f"clr:{checkin}")  # an old or forged clearance button
    assert visible(s.w, "safety-too-soon-emergency", signs=signs, emergency=local) in (
        s.person.last_text
    )
    await s.person.say("/plan")
    assert visible(s.w, "safety-emergency-locked", emergency=local) in s.person.last_text


async def test_did_you_get_help_comes_two_hours_after_emergency_advice_even_after_a_restart(
    ann, bot, clock
):
    await bladder_emergency(ann, "Berlin")
    assert "In two hours I'll ask whether you got help" in ann.last_text
    shown = len(ann.texts)
    await bot.kill()  # the question is a row in the database, not a timer in memory
    await bot.start()
    await bot.advance(timedelta(minutes=90).total_seconds())
    assert len(ann.texts) == shown  # not yet
    await until(bot, datetime.now(UTC) + timedelta(minutes=31))
    assert "Two hours ago you told me about: a change in peeing" in ann.last_text
    assert "call 112 now" in ann.last_text
    assert ann.buttons_now == [SEEN, "Not yet"]
    await ann.tap("Not yet")
    assert "Please call 112 now, or go to the emergency department" in ann.last_text
    await until(bot, datetime.now(UTC) + timedelta(days=2))
    mornings = [t for t in ann.texts if t.startswith("Hello again. You told me about")]
    assert len(mornings) == 1 and "call 112 now" in mornings[0]  # once, not every morning


async def test_a_clearance_the_next_morning_asks_the_emergency_signs_again_first(ann, bot, clock):
    await start_screen(ann, "Berlin")
    await ann.tap("None of these")
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("Weight loss without trying")  # same day now, not a GP visit in some days
    await ann.tap("Done")
    assert "Please see a doctor today: call 116 117 or your GP" in ann.texts[-2]
    await ann.tap("Answer them now")
    await ann.tap("None of these")
    await answer_symptoms(ann)
    assert "locked" in ann.texts[-2]
    await until(bot, datetime(2026, 11, 25, 8, 1, tzinfo=UTC))  # 09:01 in Berlin
    morning = ann.last_text
    assert morning.startswith("Hello again. Yesterday you told me about: weight loss")
    assert "116 117" in morning and ann.buttons_now == [SEEN, "Not yet"]
    await ann.tap(SEEN)
    assert "One last check before your plan opens" in ann.last_text
    assert "wiping feels different" in ann.last_text and "chest pain" in ann.last_text
    await ann.tap("None of these")
    assert any("Thank you for getting checked" in t for t in ann.texts[-3:])
    assert "Your time zone: Europe/Berlin" in ann.last_text  # reminders: the zone confirmed
    await ann.say("/plan")
    assert "Pelvic lift" in ann.last_text and "locked" not in ann.last_text


async def test_something_new_at_the_last_check_goes_through_the_questions(ann, bot, clock):
    await bladder_emergency(ann)
    await bot.advance(timedelta(hours=2, minutes=1).total_seconds())
    await ann.tap(SEEN)
    await ann.tap("Yes, or I'm not sure")
    assert "Let's go through the questions" in ann.texts[-2]
    assert "Since your back pain began" in ann.last_text
    await ann.say("/plan")
    assert "Pelvic lift" not in ann.last_text  # still locked while it is told


@pytest.mark.parametrize("client", list(CLIENTS))
async def test_a_cleared_sign_ticked_again_asks_new_or_worse_and_raises_the_alarm(
    bot, content: Content, clock, client
):
    s = Speaker(Person(bot, 3600, "Lena", language_code=client), content.words(CLIENTS[client]))
    await s.begin()
    await s.report("red_emergency", "em_bladder")
    await bot.advance(timedelta(hours=2, minutes=1).total_seconds())
    await s.tap("safety-seen-button")  # under "did you get help?"
    await s.tap("safety-recheck-none-button")
    assert s.saw("safety-cleared-questions")  # no plan yet: the questions first
    await s.report("red_emergency", "em_bladder")  # the same sign, ticked again
    signs = s.w("safety-sign-em_bladder")
    assert s.saw("question-em_seen", signs=signs)
    worse, same, unsure = (
        s.w.plain(f"question-em_seen-option-{v}") for v in ("worse", "same", "unsure")
    )
    assert s.person.buttons_now == [worse, same, unsure]  # the alarm first
    await s.person.tap(worse)
    local = s.w("safety-local-emergency")
    why = s.w("safety-why-nerve")
    assert s.person.last_text == visible(s.w, "safety-emergency", emergency=local, why=why)


async def test_the_same_as_when_seen_goes_on_without_a_new_lock(ann, bot, clock):
    await bladder_emergency(ann)
    await bot.advance(timedelta(hours=2, minutes=1).total_seconds())
    await ann.tap(SEEN)
    await ann.tap("None of these")
    await ann.tap("Yes, one or more")
    await ann.tap("Peeing has changed")
    await ann.tap("Done")
    await ann.tap("The same as when I was seen")
    assert "Is any of these happening?" in ann.last_text  # the screen goes on, no alarm


async def test_a_check_in_begun_on_the_old_screen_carries_on_calmly(ann, db):
    await ann.say("/start")
    async with db.transaction() as tx:  # answers stored by the old three-group screen
        checkin = Checkin(user_id=ann.user_id)
        tx.add(checkin)
        await tx.flush()
        for question, value in (("red_emergency", "none"), ("red_urgent", "none")):
            tx.add(Answer(checkin_id=checkin.id, question_id=question, value=value))
        tx.add(
            Answer(checkin_id=checkin.id, question_id="so_which", value="so_cancer", final=False)
        )
    await ann.say("/start")
    await ann.tap("Carry on")
    assert "Is any of these happening?" in ann.last_text  # the group the old screen lacked
    await ann.tap("None of these")
    assert "Nearly done with the safety part" in ann.last_text
    await ann.tap("Yes, one or more")
    await ann.tap("No better for a month")
    await ann.tap("Done")
    assert "When does it hurt?" in ann.last_text


async def test_an_old_answer_naming_chest_pain_among_the_nerve_signs_is_still_an_emergency(ann, db):
    await ann.say("/start")
    async with db.transaction() as tx:
        checkin = Checkin(user_id=ann.user_id)
        tx.add(checkin)
        await tx.flush()
        tx.add(Answer(checkin_id=checkin.id, question_id="red_emergency", value="yes"))
        tx.add(Answer(checkin_id=checkin.id, question_id="em_which", value="em_chest,em_gone"))
    await ann.say("/plan")
    assert "Pelvic lift" not in ann.last_text
    await ann.say("/start")
    await ann.tap("Carry on")  # nothing left to ask: the old answers end the round now
    assert ann.last_text.startswith("Call your local emergency number now")
    assert "heart, the lungs" in ann.last_text  # chest pain's own reason
