"""Applies the Alembic migrations; called at start-up before the bot takes updates."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from storage.db import ensure_sqlite_folder, use_write_ahead_log

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    """An Alembic configuration pointing at our migrations and this database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_to_head(url: str) -> None:
    """Bring the database schema up to date (runs its own event loop: call outside one)."""
    ensure_sqlite_folder(url)
    command.upgrade(alembic_config(url), "head")
    use_write_ahead_log(url)


def new_revision(url: str, message: str, rev_id: str, parent: str = "head") -> None:
    """Autogenerate a migration from the models' difference to an up-to-date database."""
    upgrade_to_head(url)
    command.revision(
        alembic_config(url), message=message, autogenerate=True, rev_id=rev_id, head=parent
    )


if __name__ == "__main__":
    # Developer tool: python -m storage.migrate "what changed" 0003 [parent revision]
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        new_revision(f"sqlite+aiosqlite:///{scratch}/draft.db", *sys.argv[1:4])
