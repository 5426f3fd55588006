"""each person's country

Revision ID: 0015
Revises: 0014

Each person keeps the country they said they are in (ISO code), so the first advice names that
country's emergency, same-day and crisis numbers. The advice times are the warning signs' own
`reported_at`; the "did you get help?" message is a reminder row of its own kind.
"""

from alembic import op
import sqlalchemy as sa


revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("country")
