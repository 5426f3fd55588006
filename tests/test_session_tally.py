"""A long session stays as fast as a short one: each tap reads the session's tally, not its log.

The tally on the session row must always be what the event log adds up to; sessions under way
when the tally arrived are tallied from their events by the migration.
"""

from __future__ import annotations

import asyncio

from alembic import command
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from coach.session import Done, EventKind, Logged, done_of
from coach.tally import tally_from, tally_record
from storage.migrate import alembic_config, upgrade_to_head
from storage.session_models import SessionEvent
from tests.support.harness import Person, RunningBot
from tests.support.people import answer_symptoms, count_set, plan_with_everything, screen_clear
from tests.support.records import the_session
from tests.support.statements import statements_sent


async def to_a_counter(person: Person) -> None:
    """A plan with the back extension, a session, and its rep counter on screen."""
    await screen_clear(person)
    await answer_symptoms(person)
    await person.say("/session")
    await person.tap("3")
    await person.tap("Skip")  # the pelvic lift's holds would time the clock, not the taps
    await person.tap("Start")
    assert "Count: 0 of 10" in person.last_text


async def sent_by(bot: RunningBot, person: Person, label: str) -> list[str]:
    """The statements one tap sends, from its update to its answer and edit."""
    assert bot.app is not None
    with statements_sent(bot.app.bot_data.services.db.engine) as sent:
        await person.tap(label)
        await bot.app.bot_data.media.idle()
    return sent


def reads_the_log(statement: str) -> bool:
    return statement.startswith("SELECT") and "FROM session_events" in statement


async def test_a_tap_after_sixty_reps_sends_what_a_tap_after_one_does(bot):
    short, long = Person(bot, 2001, "Ann"), Person(bot, 2002, "Bea")
    for person, reps in ((short, 1), (long, 60)):
        await to_a_counter(person)
        for _ in range(reps):
            await person.tap("+1")
        assert f"Count: {reps} of 10" in person.last_text
    for label in ("+1", "Set done"):
        after_one, after_sixty = [await sent_by(bot, p, label) for p in (short, long)]
        assert after_one == after_sixty, label
        # Lock, one read (session, person, sore session, ladders), the row, the event.
        assert len(after_one) == 4, after_one
        assert not any(reads_the_log(s) for s in after_one)
    assert "set 1 of 1: 61 ✓" in long.texts[-2]


async def logged_so_far(db) -> dict[str, Done]:
    """What the newest session's event log adds up to, read the long way."""
    row = await the_session(db)
    async with db.transaction() as tx:
        found = await tx.scalars(
            select(SessionEvent).where(SessionEvent.session_id == row.id).order_by(SessionEvent.id)
        )
        log = [Logged(e.exercise_id, EventKind(e.kind), e.value, e.step) for e in found]
    return {e: done_of(e, log) for e in sorted({event.exercise_id for event in log})}


async def tally_now(db) -> dict[str, Done]:
    return tally_from((await the_session(db)).tally)


async def test_the_tally_is_always_what_the_log_adds_up_to(ann, bot, db, clock):
    await plan_with_everything(ann)
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Start")
    for _ in range(9):  # three lifts, each held and rested
        await bot.advance(5)
    assert await tally_now(db) == await logged_so_far(db)
    for _ in range(3 * 7):  # the other seven
        await bot.advance(5)
    assert "2/4 · Back extension" in ann.last_text, ann.texts[-3:]
    await ann.tap("Start")
    await count_set(ann, fives=1, ones=2)
    assert await tally_now(db) == await logged_so_far(db)
    await ann.tap("Start")
    for _ in range(5):
        await ann.tap("Next")
    await ann.tap("Ankles")
    await ann.tap("No")
    await ann.tap("Too painful today")
    assert "how is your back now?" in ann.last_text
    await ann.tap("2")
    tally = await tally_now(db)
    assert tally == await logged_so_far(db)
    assert tally["pelvic_lift"].holds == 10 and tally["pelvic_lift"].finished
    assert tally["back_extension"].set_reps == (7,) and tally["back_extension"].finished
    assert (tally["bending_forward"].reach, tally["bending_forward"].leg_worse) == (2, False)
    assert tally["knee_rotation"].too_painful


async def test_a_session_under_way_when_the_tally_arrived_carries_on_with_its_count(
    ann, bot, db, database_url
):
    await to_a_counter(ann)
    await ann.tap("+5")
    await ann.tap("+1")
    before = await tally_now(db)
    await bot.kill()
    await asyncio.to_thread(command.downgrade, alembic_config(database_url), "0015")
    await asyncio.to_thread(upgrade_to_head, database_url)
    assert await tally_now(db) == before == await logged_so_far(db)
    assert before["back_extension"].reps_in_set == 6 and before["pelvic_lift"].skipped
    await bot.start()
    await ann.tap("+1")
    assert "Count: 7 of 10" in ann.last_text
    await count_set(ann, fives=0, ones=3)
    assert "set 1 of 1: 10 ✓" in ann.texts[-2]


KINDS = st.sampled_from(list(EventKind))
EVENTS = st.lists(
    st.builds(
        lambda exercise, kind, value, n: Logged(exercise, kind, value, f"{kind.value}:{n}"),
        st.sampled_from(["pelvic_lift", "back_extension", "bending_forward"]),
        KINDS,
        st.integers(0, 20),
        st.integers(0, 99),
    ),
    max_size=40,
)


@given(EVENTS, st.integers(0, 40))
def test_a_tally_carried_over_any_cut_is_the_whole_log_folded(log, cut):
    earlier, later = log[:cut], log[cut:]
    kept = tally_from(tally_record({e: done_of(e, earlier) for e in {x.exercise_id for x in log}}))
    for exercise_id, done in kept.items():
        assert done_of(exercise_id, later, done) == done_of(exercise_id, log)
