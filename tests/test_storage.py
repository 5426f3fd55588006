"""Storage on a real database: migrations match the models, answers are stored once."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.checkins import answers_of, draft_of, save_answer, start_checkin
from storage.schema import metadata
from storage.users import get_user, touch_user


async def test_migrations_produce_exactly_the_models(db):
    def diff(connection):
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, metadata)

    async with db.engine.connect() as connection:
        differences = await connection.run_sync(diff)
    assert differences == []


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
