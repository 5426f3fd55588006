"""lessons, their answers and the support-need check

Revision ID: 0014
Revises: 0013

Each person's place in the course of short lessons (offered, read, how often) and each answer to
a lesson's closing question (as a code); the support-need check: finished rounds (score, group,
answers as codes), rounds under way, and when the questions were last offered.
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _person(table: str) -> sa.ForeignKeyConstraint:
    """The foreign key to the person, erased with them."""
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
    )


def upgrade() -> None:
    _create_lesson_answers()
    _create_lesson_progress()
    _create_support_checks()
    _create_support_offers()
    _create_support_rounds()


def _create_lesson_answers() -> None:
    """The lesson_answers table."""
    op.create_table(
        "lesson_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("lesson_id", sa.String(length=24), nullable=False),
        sa.Column("opening", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", storage.base.UTCDateTime(), nullable=False),
        _person("lesson_answers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_answers")),
        sa.UniqueConstraint(
            "user_id",
            "lesson_id",
            "opening",
            name=op.f("uq_lesson_answers_user_id_lesson_id_opening"),
        ),
    )


def _create_lesson_progress() -> None:
    """The lesson_progress table."""
    op.create_table(
        "lesson_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("lesson_id", sa.String(length=24), nullable=False),
        sa.Column("offered_at", storage.base.UTCDateTime(), nullable=True),
        sa.Column("opened_at", storage.base.UTCDateTime(), nullable=True),
        sa.Column("last_opened_at", storage.base.UTCDateTime(), nullable=True),
        sa.Column("openings", sa.Integer(), server_default="0", nullable=False),
        _person("lesson_progress"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_progress")),
        sa.UniqueConstraint(
            "user_id", "lesson_id", name=op.f("uq_lesson_progress_user_id_lesson_id")
        ),
    )


def _create_support_checks() -> None:
    """The support_checks table, and its index."""
    op.create_table(
        "support_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("taken_at", storage.base.UTCDateTime(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=8), nullable=False),
        sa.Column("answers", sa.String(length=200), nullable=False),
        _person("support_checks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_checks")),
    )
    with op.batch_alter_table("support_checks", schema=None) as batch_op:
        batch_op.create_index("ix_support_checks_user_taken", ["user_id", "taken_at"], unique=False)


def _create_support_offers() -> None:
    """The support_offers table."""
    op.create_table(
        "support_offers",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("offered_at", storage.base.UTCDateTime(), nullable=True),
        sa.Column("next_at", storage.base.UTCDateTime(), nullable=True),
        _person("support_offers"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_support_offers")),
    )


def _create_support_rounds() -> None:
    """The support_rounds table, and its index."""
    op.create_table(
        "support_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("started_at", storage.base.UTCDateTime(), nullable=False),
        sa.Column("answers", sa.String(length=200), server_default="", nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["support_checks.id"],
            name=op.f("fk_support_rounds_check_id_support_checks"),
            ondelete="CASCADE",
        ),
        _person("support_rounds"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_rounds")),
    )
    with op.batch_alter_table("support_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_rounds_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("support_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_rounds_user_id"))
    op.drop_table("support_rounds")
    op.drop_table("support_offers")
    with op.batch_alter_table("support_checks", schema=None) as batch_op:
        batch_op.drop_index("ix_support_checks_user_taken")
    op.drop_table("support_checks")
    op.drop_table("lesson_progress")
    op.drop_table("lesson_answers")
