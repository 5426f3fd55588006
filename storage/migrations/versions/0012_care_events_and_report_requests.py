"""care events and report requests

Revision ID: 0012
Revises: 0011

Moments of care are counted from now on (a flare-up plan opened, a pause for pain and how it
ended), and each /report keeps the question and the name the person asked to print on it.
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "care_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_care_events_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_events")),
    )
    with op.batch_alter_table("care_events", schema=None) as batch_op:
        batch_op.create_index("ix_care_events_user_at", ["user_id", "at"], unique=False)

    op.create_table(
        "report_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("asked_at", storage.base.UTCDateTime(), nullable=False),
        sa.Column("question", sa.String(length=400), nullable=True),
        sa.Column("print_name", sa.String(length=64), nullable=True),
        sa.Column("made_at", storage.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_report_requests_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_requests")),
    )
    with op.batch_alter_table("report_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_report_requests_user_asked", ["user_id", "asked_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("report_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_report_requests_user_asked")
    op.drop_table("report_requests")
    with op.batch_alter_table("care_events", schema=None) as batch_op:
        batch_op.drop_index("ix_care_events_user_at")
    op.drop_table("care_events")
