"""A session's tally: what its event log adds up to, exercise by exercise.

The tally rides on the session row, so each tap reads a few numbers instead of every rep
logged so far; the events are still written one by one, as the record (summary, export,
report). It is the same fold as reading the whole log: `done_of` over the events.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from coach.session import Done, SessionState

Tally = Mapping[str, Done]
# What the row stores for one exercise: Done's fields that differ from nothing done.
Record = dict[str, dict[str, Any]]
_NOTHING = asdict(Done())


def tally_after(state: SessionState) -> dict[str, Done]:
    """The tally with the state's new events folded in (every exercise with anything logged)."""
    logged = {*state.tally, *(event.exercise_id for event in state.events)}
    return {exercise_id: state.done(exercise_id) for exercise_id in sorted(logged)}


def tally_record(tally: Tally) -> Record:
    """The tally as the session row keeps it (JSON: only what was done, sets as a list)."""
    return {
        exercise_id: {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in asdict(done).items()
            if v != _NOTHING[k]
        }
        for exercise_id, done in tally.items()
    }


def tally_from(record: Record) -> dict[str, Done]:
    """The tally back from the session row."""
    return {
        exercise_id: Done(**{k: tuple(v) if k == "set_reps" else v for k, v in kept.items()})
        for exercise_id, kept in record.items()
    }
