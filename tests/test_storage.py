"""Storage on a real database: migrations match the models, answers are stored once."""

from __future__ import annotations

import asyncio

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.checkins import answers_of, draft_of, save_answer, start_checkin
from storage.db import Database
from storage.migrate import alembic_config, upgrade_to_head
from storage.schema import metadata
from storage.users import get_user, touch_user


async def _differences_from_the_models(url: str) -> list:
    """What autogenerate would change to make the database match the models (nothing: [])."""

    def diff(connection):
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, metadata)

    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            return await connection.run_sync(diff)
    finally:
        await database.close()


async def test_migrations_from_nothing_produce_exactly_the_models(empty_database_url):
    await asyncio.to_thread(upgrade_to_head, empty_database_url)
    assert await _differences_from_the_models(empty_database_url) == []


async def test_every_migration_goes_down_to_nothing_and_up_again(empty_database_url):
    config = alembic_config(empty_database_url)
    await asyncio.to_thread(upgrade_to_head, empty_database_url)
    await asyncio.to_thread(command.downgrade, config, "base")
    await asyncio.to_thread(upgrade_to_head, empty_database_url)
    assert await _differences_from_the_models(empty_database_url) == []


async def test_an_answer_given_for_good_is_never_overwritten(db):
    async with db.transaction() as session:
        await touch_user(session, 7, 7, "Ann")
        checkin = await start_checkin(session, 7)
        assert await save_answer(session, checkin.id, "leg_pain", "yes")
    async with db.transaction() as session:
        assert not await save_answer(session, checkin.id, "leg_pain", "no")
        assert await answers_of(session, checkin.id) == {"leg_pain": "yes"}


async def test_a_multiple_choice_draft_stays_open_until_done(db):
    async with db.transaction() as session:
        await touch_user(session, 7, 7, "Ann")
        checkin = await start_checkin(session, 7)
        await save_answer(session, checkin.id, "triggers", "bend", final=False)
    async with db.transaction() as session:
        assert await answers_of(session, checkin.id) == {}
        assert await draft_of(session, checkin.id, "triggers") == "bend"
        await save_answer(session, checkin.id, "triggers", "bend,walk", final=True)
    async with db.transaction() as session:
        assert await answers_of(session, checkin.id) == {"triggers": "bend,walk"}


async def test_a_failed_transaction_leaves_no_half_written_record(db):
    try:
        async with db.transaction() as session:
            await touch_user(session, 8, 8, "Bo")
            await start_checkin(session, 8)
            raise RuntimeError("crash in the middle")
    except RuntimeError:
        pass
    async with db.transaction() as session:
        assert await get_user(session, 8) is None


def test_the_migrations_have_one_head():
    from alembic.script import ScriptDirectory

    from storage.migrate import alembic_config

    heads = ScriptDirectory.from_config(alembic_config("sqlite+aiosqlite://")).get_heads()
    assert len(heads) == 1, f"merge the migration branches: {heads}"


async def test_an_old_screen_carries_over_its_signs_and_keeps_the_plan_locked(database_url):
    """A person part-way through care when the fuller screen arrived keeps their lock."""
    import asyncio
    from datetime import UTC, datetime

    from alembic import command
    from sqlalchemy import column, insert, table

    from coach.plan import Lock
    from services.plan import current_plan, warnings_of
    from storage.base import UTCDateTime
    from storage.db import Database
    from storage.migrate import alembic_config, upgrade_to_head
    from storage.models import Answer, Checkin, User

    await asyncio.to_thread(command.downgrade, alembic_config(database_url), "0008")
    old = Database(database_url)
    old_users = table(
        "users", column("id"), column("chat_id"), column("first_name"),
        column("created_at", UTCDateTime()), column("last_seen_at", UTCDateTime()),
        column("active"),
    )  # fmt: skip
    done = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    given = {
        "red_emergency": "none", "red_urgent": "unsure", "ur_fever": "no", "ur_weight": "yes",
        "ur_swelling": "no", "ur_night": "unsure", "ur_fall": "no", "triggers": "walk",
        "leg_pain": "no", "fear_bending": "no", "stiffness": "no", "balance": "yes",
        "duration": "under_6w", "pain_now": "4",
    }  # fmt: skip
    async with old.transaction() as session:
        for user_id, cleared in ((1, None), (2, done)):
            await session.execute(
                insert(old_users).values(
                    id=user_id, chat_id=user_id, first_name="A", created_at=done,
                    last_seen_at=done, active=True,
                )
            )  # fmt: skip
            await session.execute(
                insert(Checkin.__table__).values(
                    id=user_id, user_id=user_id, completed_at=done, cleared_at=cleared
                )
            )
            await session.execute(
                insert(Answer.__table__),
                [{"checkin_id": user_id, "question_id": q, "value": v} for q, v in given.items()],
            )
    await old.close()
    await asyncio.to_thread(upgrade_to_head, database_url)
    db = Database(database_url)
    async with db.transaction() as session:
        waiting, cleared = await session.get(User, 1), await session.get(User, 2)
        assert waiting.screened_at == done
        assert (await warnings_of(session, 1)).open == {"so_weight": "yes", "ur_night": "unsure"}
        assert (await warnings_of(session, 2)).open == {}
        locked = await current_plan(session, waiting)
        assert locked.lock is Lock.AWAITING_CLEARANCE
        opened = await current_plan(session, cleared)
        assert opened.lock is None and "caution_balance" in opened.notes
    await db.close()
