"""media file ids, the voice guide

Revision ID: 0010
Revises: 0009

Each uploaded picture, demo and voice note keeps its Telegram file_id by media key; each person
keeps how their sets are guided (chat timer or voice); a session keeps its voice-guided set.
"""

from alembic import op
import sqlalchemy as sa

import storage.base


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_files",
        sa.Column("media_key", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("file_id", sa.String(length=255), nullable=False),
        sa.Column("uploaded_at", storage.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("media_key", name=op.f("pk_media_files")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("guide", sa.String(length=8), server_default="chat", nullable=False)
        )
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voice_ends_at", storage.base.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("voice_asked", sa.Boolean(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.drop_column("voice_asked")
        batch_op.drop_column("voice_ends_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("guide")
    op.drop_table("media_files")
