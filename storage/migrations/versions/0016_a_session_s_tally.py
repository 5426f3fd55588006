"""a session's tally

Revision ID: 0016
Revises: 0015

Each session keeps what its event log adds up to per exercise (coach.tally), so a tap reads the
session row instead of every event logged so far. The sessions a tap, a timer or tomorrow's
"did it settle?" can still read are tallied from their events here: those under way, those
stopped and waiting for the pain score, and those whose rise was not yet asked about. Every
other session keeps an empty tally; its events stay the record.
"""

from alembic import op
import sqlalchemy as sa


revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


sessions = sa.table(
    "exercise_sessions",
    sa.column("id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("pain_after", sa.Integer),
    sa.column("sore_by", sa.Integer),
    sa.column("sore_settled", sa.Boolean),
    sa.column("tally", sa.JSON),
)
events = sa.table(
    "session_events",
    sa.column("id", sa.Integer),
    sa.column("session_id", sa.Integer),
    sa.column("exercise_id", sa.String),
    sa.column("kind", sa.String),
    sa.column("value", sa.Integer),
)
# Events that only mark the exercise (the names of coach.session.Done's flags).
FLAGS = {"done": "finished", "skip": "skipped", "too_painful": "too_painful"}


def upgrade() -> None:
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tally", sa.JSON(), server_default="{}", nullable=False))
    _tally_open_sessions()


def _tally_open_sessions() -> None:
    """Fold the events of every session that can still be read into its tally."""
    bind = op.get_bind()
    still_read = sa.or_(
        sessions.c.status == "active",
        sa.and_(sessions.c.status == "stopped", sessions.c.pain_after.is_(None)),
        sa.and_(sessions.c.sore_by.is_not(None), sessions.c.sore_settled.is_(None)),
    )
    found = bind.execute(
        sa.select(events.c.session_id, events.c.exercise_id, events.c.kind, events.c.value)
        .join(sessions, sessions.c.id == events.c.session_id)
        .where(still_read)
        .order_by(events.c.session_id, events.c.id)
    )
    tallies: dict[int, dict[str, dict]] = {}
    for session_id, exercise_id, kind, value in found:
        _fold(tallies.setdefault(session_id, {}).setdefault(exercise_id, {}), kind, value)
    for session_id, tally in tallies.items():
        bind.execute(sessions.update().where(sessions.c.id == session_id).values(tally=tally))


def _fold(done: dict, kind: str, value: int) -> None:
    """One event into an exercise's record (only what differs from nothing done is kept)."""
    if kind == "hold":
        done["holds"] = done.get("holds", 0) + 1
    elif kind == "rep":
        done["reps_in_set"] = done.get("reps_in_set", 0) + value
    elif kind == "set":
        done["set_reps"] = [*done.get("set_reps", []), value]
        done.pop("reps_in_set", None)
    elif kind == "reach":
        done["reach"] = value
    elif kind == "leg_worse":
        done["leg_worse"] = value == 1
    elif kind in FLAGS:
        done[FLAGS[kind]] = True


def downgrade() -> None:
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.drop_column("tally")
