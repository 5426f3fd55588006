"""session phase, bend stage and rest timer

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("phase", sa.String(length=8), server_default="card", nullable=False)
        )
        batch_op.add_column(sa.Column("stage", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("rest_ends_at", storage.base.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.drop_column("rest_ends_at")
        batch_op.drop_column("stage")
        batch_op.drop_column("phase")
