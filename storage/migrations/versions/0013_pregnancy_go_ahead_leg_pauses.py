"""the pregnancy go-ahead, exercises paused for leg symptoms

Revision ID: 0013
Revises: 0012

Each person keeps when they confirmed a midwife's or doctor's yes to the programme (the button
after the check-in), and which exercises wait in the plan because leg symptoms spread during them.
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pregnancy_go_ahead_at", storage.base.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("leg_paused", sa.String(length=64), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("leg_paused")
        batch_op.drop_column("pregnancy_go_ahead_at")
