"""barriers, days away, nudges eased, three-minute sessions

Revision ID: 0011
Revises: 0010

After a missed day the person says what got in the way (a code) and is offered one change;
days away are kept so they excuse the streak and the plan; the one-time offer of fewer nudges
and its answer; a session can be the three-minute version (never counted clean).
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_away_periods()
    _create_barrier_answers()
    _create_nudge_easing()
    _alter_exercise_sessions()


def _create_away_periods() -> None:
    """The away_periods table, and its index."""
    op.create_table(
        "away_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("created_at", storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_away_periods_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_away_periods")),
    )
    with op.batch_alter_table("away_periods", schema=None) as batch_op:
        batch_op.create_index("ix_away_periods_user_last", ["user_id", "last_day"], unique=False)


def _create_barrier_answers() -> None:
    """The barrier_answers table, and its index."""
    op.create_table(
        "barrier_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("missed_day", sa.Date(), nullable=False),
        sa.Column("asked_at", storage.base.UTCDateTime(), nullable=False),
        sa.Column("barrier", sa.String(length=16), nullable=True),
        sa.Column("answered_at", storage.base.UTCDateTime(), nullable=True),
        sa.Column("suggestion", sa.String(length=16), nullable=True),
        sa.Column("taken", sa.String(length=16), nullable=True),
        sa.Column("taken_at", storage.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_barrier_answers_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barrier_answers")),
    )
    with op.batch_alter_table("barrier_answers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_barrier_answers_user_asked", ["user_id", "asked_at"], unique=False
        )


def _create_nudge_easing() -> None:
    """The nudge_easing table."""
    op.create_table(
        "nudge_easing",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("offered_at", storage.base.UTCDateTime(), nullable=False),
        sa.Column("answer", sa.String(length=8), nullable=True),
        sa.Column("answered_at", storage.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_nudge_easing_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_nudge_easing")),
    )


def _alter_exercise_sessions() -> None:
    """The quick column on exercise_sessions (a three-minute session)."""
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quick", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.drop_column("quick")

    op.drop_table("nudge_easing")
    with op.batch_alter_table("barrier_answers", schema=None) as batch_op:
        batch_op.drop_index("ix_barrier_answers_user_asked")

    op.drop_table("barrier_answers")
    with op.batch_alter_table("away_periods", schema=None) as batch_op:
        batch_op.drop_index("ix_away_periods_user_last")

    op.drop_table("away_periods")
