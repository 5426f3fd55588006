"""function checks, their activities and ratings

Revision ID: 0005
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_function_activities()
    _create_function_checks()
    _create_function_ratings()


def _create_function_activities() -> None:
    """The function_activities table."""
    op.create_table(
        "function_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("created_at", storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_function_activities_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_function_activities")),
        sa.UniqueConstraint(
            "user_id", "position", name=op.f("uq_function_activities_user_id_position")
        ),
    )


def _create_function_checks() -> None:
    """The function_checks table, and its index."""
    op.create_table(
        "function_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("started_at", storage.base.UTCDateTime(), nullable=False),
        sa.Column("completed_at", storage.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_function_checks_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_function_checks")),
    )
    with op.batch_alter_table("function_checks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_function_checks_user_started", ["user_id", "started_at"], unique=False
        )


def _create_function_ratings() -> None:
    """The function_ratings table."""
    op.create_table(
        "function_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("rated_at", storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["function_activities.id"],
            name=op.f("fk_function_ratings_activity_id_function_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["function_checks.id"],
            name=op.f("fk_function_ratings_check_id_function_checks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_function_ratings")),
        sa.UniqueConstraint(
            "check_id", "activity_id", name=op.f("uq_function_ratings_check_id_activity_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("function_ratings")
    with op.batch_alter_table("function_checks", schema=None) as batch_op:
        batch_op.drop_index("ix_function_checks_user_started")

    op.drop_table("function_checks")
    op.drop_table("function_activities")
