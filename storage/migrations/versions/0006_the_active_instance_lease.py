"""the active-instance lease

Revision ID: 0006
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "instance_leases",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=128), nullable=False),
        sa.Column("expires_at", storage.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_instance_leases")),
    )


def downgrade() -> None:
    op.drop_table("instance_leases")
