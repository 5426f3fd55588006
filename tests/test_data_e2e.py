"""/export and /delete end to end: exactly this person's rows out, every row of theirs gone."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import Table, func, select
from sqlalchemy.sql import Select

from storage.function_models import FunctionActivity, FunctionCheck, FunctionRating
from storage.models import User
from storage.schema import metadata
from tests.support.harness import Person
from tests.support.history import Month, add_keeping_going, add_month, add_session, set_level
from tests.support.learning import add_learning
from tests.support.people import answer_symptoms, screen_clear

NOW = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)


def owner_of(table: Table) -> Select | None:
    """`SELECT <owning user id>` for each row of `table`, joining up its foreign keys to a person.

    Written independently of the bot's own discovery, so the two check each other.
    """
    if table.name == "users":
        return select(table.c.id.label("owner")).select_from(table)
    if "user_id" in table.c:
        return select(table.c.user_id.label("owner")).select_from(table)
    for key in table.foreign_keys:
        parent = owner_of(key.column.table)
        if parent is not None:
            inner = parent.add_columns(key.column.label("parent_key")).subquery()
            return select(inner.c.owner).select_from(
                table.join(inner, key.parent == inner.c.parent_key)
            )
    return None


PERSONAL = {t.name: owner_of(t) for t in metadata.sorted_tables if owner_of(t) is not None}


async def rows_by_owner(db) -> dict[str, dict[int, int]]:
    """For every table about people: how many rows each person owns."""
    counts: dict[str, dict[int, int]] = {}
    async with db.transaction() as session:
        for name, owners in PERSONAL.items():
            owned = owners.subquery()
            query = select(owned.c.owner, func.count()).group_by(owned.c.owner)
            counts[name] = {owner: n for owner, n in await session.execute(query)}
    return counts


async def orphans(db) -> list[str]:
    """Rows whose foreign key points at a row that is gone (a child the erasure missed)."""
    found = []
    async with db.transaction() as session:
        for table in metadata.sorted_tables:
            for key in table.foreign_keys:
                parent = key.column.table
                missing = (
                    select(func.count())
                    .select_from(table)
                    .where(key.parent.not_in(select(key.column).select_from(parent)))
                )
                if await session.scalar(missing):
                    found.append(f"{table.name}.{key.parent.name}")
    return found


async def a_full_life(bot, db, person: Person) -> None:
    """Onboarding through the bot, then sessions, levels, a function check and reminders."""
    await screen_clear(person)
    await answer_symptoms(person)
    await person.say("/checkup")  # a sign for a GP soon: remembered, the plan stays open
    for _ in range(3):
        await person.tap("None of these")
    await person.tap("Yes, one or more")
    await person.tap("No better for a month")
    await person.tap("Done")
    await answer_symptoms(person)
    await person.say("/flare")  # a moment of care, noted
    await person.say("/report")  # a report asked for (its question not typed yet)
    uid = person.user_id
    async with db.transaction() as session:
        await add_month(session, uid, NOW - timedelta(days=1), UTC, Month(days=7))
        await add_session(session, uid, NOW - timedelta(hours=1), 5, None, status="stopped")
        await set_level(session, uid, "pelvic_lift", 1)
        activity = FunctionActivity(user_id=uid, position=1, name=f"socks of {uid}")
        check = FunctionCheck(user_id=uid, completed_at=NOW)
        session.add_all([activity, check])
        await session.flush()
        session.add(FunctionRating(check_id=check.id, activity_id=activity.id, score=4))
        await add_reminders(session, uid)
        await add_keeping_going(session, uid)
        await add_learning(session, uid, NOW)


async def add_reminders(session, user_id: int) -> None:
    """Morning and evening reminders, as /reminders stores them."""
    from storage.reminder_models import Reminder

    for kind, minute in (("morning", 8 * 60), ("evening", 19 * 60)):
        session.add(Reminder(user_id=user_id, kind=kind, local_minute=minute, next_due_at=NOW))


async def test_every_table_about_people_is_covered_by_the_test_data(clock, bot, ann, db):
    await a_full_life(bot, db, ann)
    counts = await rows_by_owner(db)
    empty = [name for name, owners in counts.items() if not owners.get(ann.user_id)]
    assert empty == [], f"add rows for these tables to a_full_life: {empty}"


async def test_the_export_holds_exactly_this_persons_rows(clock, bot, ann, db):
    bob = Person(bot, 2002, "Bob")
    await a_full_life(bot, db, ann)
    await a_full_life(bot, db, bob)
    await ann.say("/export")
    document = ann.fake.last_message(ann.user_id)
    assert document["kind"] == "document"
    assert document["file_name"] == "back-coach-data-2026-11-24.json"
    assert "Everything I store about you" in document["caption"]
    exported = json.loads(document["file"])["tables"]
    counts = await rows_by_owner(db)
    assert set(exported) == set(PERSONAL)
    for name, rows in exported.items():
        assert len(rows) == counts[name][ann.user_id], name
    assert [u["id"] for u in exported["users"]] == [ann.user_id]
    assert {r["user_id"] for r in exported["session_events"]} == {ann.user_id}
    assert exported["function_activities"][0]["name"] == "socks of 1001"
    assert "2002" not in json.dumps(exported["answers"] + exported["function_ratings"])
    assert exported["answers"][0]["value"]  # the answers themselves, not only their ids
    barrier = exported["barrier_answers"][0]
    assert (barrier["missed_day"], barrier["barrier"], barrier["taken"]) == (
        "2026-11-14", "no_time", "quick",
    )  # fmt: skip
    assert exported["away_periods"][0]["last_day"] == "2026-11-20"


async def test_delete_asks_first_and_no_keeps_everything(clock, bot, ann, db):
    await a_full_life(bot, db, ann)
    before = await rows_by_owner(db)
    await ann.say("/delete")
    assert "Erase everything?" in ann.last_text
    assert ann.buttons_now == ["Yes, erase everything", "No, keep it"]
    await ann.tap("No, keep it")
    assert ann.last_text == "Nothing erased. Your data stays as it was."
    assert await rows_by_owner(db) == before


async def test_delete_erases_every_row_of_theirs_and_nobody_elses(clock, bot, ann, db):
    bob = Person(bot, 2002, "Bob")
    await a_full_life(bot, db, ann)
    await a_full_life(bot, db, bob)
    before = await rows_by_owner(db)
    await ann.say("/delete")
    await ann.tap("Yes, erase everything")
    assert "everything I stored about you is erased and reminders are off" in ann.last_text
    after = await rows_by_owner(db)
    for name in PERSONAL:
        assert ann.user_id not in after[name], f"{name} still holds a row of Ann's"
        assert after[name][bob.user_id] == before[name][bob.user_id], f"{name} lost Bob's rows"
    assert await orphans(db) == []


async def test_after_delete_reminders_stop_and_start_is_a_fresh_start(clock, bot, ann, db):
    await a_full_life(bot, db, ann)
    await ann.say("/delete")
    await ann.tap("Yes, erase everything")
    shown = len(ann.texts)
    await bot.advance(timedelta(days=1).total_seconds())  # morning and evening come and go
    assert len(ann.texts) == shown, "a reminder reached someone who erased their data"
    await ann.say("/start")
    assert "I'm Back Coach" in ann.last_text
    assert ann.last_buttons == ["Let's begin"]
    async with db.transaction() as session:
        user = await session.get(User, ann.user_id)
    assert (
        user is not None and user.time_zone is None and user.created_at == NOW + timedelta(days=1)
    )


async def test_a_second_yes_or_an_old_confirmation_erases_nothing_more(clock, bot, ann, db):
    await a_full_life(bot, db, ann)
    await ann.say("/delete")
    message_id, yes = ann.fake.find_button(ann.user_id, "Yes, erase everything")
    await ann.tap_data(message_id, yes)
    await ann.say("/start")  # a fresh start...
    await ann.tap_data(message_id, yes)  # ...then the old confirmation again
    assert ann.toasts()[-1] is not None
    counts = await rows_by_owner(db)
    assert counts["users"] == {ann.user_id: 1}


async def test_a_confirmation_left_for_an_hour_has_expired(clock, bot, ann, db):
    await a_full_life(bot, db, ann)
    before = await rows_by_owner(db)
    await ann.say("/delete")
    await bot.advance(timedelta(hours=1).total_seconds())
    await ann.tap("Yes, erase everything")
    assert ann.toasts()[-1] == (
        "That button has expired. Send /delete again if you still want to erase your data."
    )
    assert await rows_by_owner(db) == before


async def test_a_forged_erase_button_is_refused(clock, bot, ann, db):
    await a_full_life(bot, db, ann)
    await ann.say("/delete")
    message_id = ann.fake.last_message(ann.user_id)["message_id"]
    await ann.tap_data(message_id, "del:yes:tomorrow")
    assert ann.toasts()[-1] == "That button isn't one I can use."


def test_every_key_to_a_person_cascades_on_delete():
    # The erasure deletes explicitly, but the cascade is the safety net: tell the lead if not.
    missing = [
        f"{table.name}.{key.parent.name}"
        for table in metadata.sorted_tables
        for key in table.foreign_keys
        if key.column.table.name in PERSONAL and key.ondelete != "CASCADE"
    ]
    assert missing == []
