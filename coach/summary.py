"""What a finished guided session achieved, exercise by exercise."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.session import Done, Kind, Phase, SessionItem, SessionState


class ExerciseOutcome(StrEnum):
    """How one exercise went in a session."""

    FULL = "full"  # the whole dose
    PARTIAL = "partial"  # started, not the whole dose
    SKIPPED = "skipped"
    TOO_PAINFUL = "too_painful"
    NOT_REACHED = "not_reached"  # the session stopped before it
    LEG_STOPPED = "leg_stopped"  # stopped when leg symptoms spread (back bend, back extension)


def outcome_of(item: SessionItem, done: Done, *, under_way: bool = False) -> ExerciseOutcome:
    """How the exercise went, for the summary and the ladders."""
    if done.too_painful:
        return ExerciseOutcome.TOO_PAINFUL
    if done.skipped:
        return ExerciseOutcome.SKIPPED
    if done.leg_worse and item.kind is not Kind.BENDING:
        return ExerciseOutcome.LEG_STOPPED
    if not (done.started or under_way):
        return ExerciseOutcome.NOT_REACHED
    if item.kind is Kind.COUNT:
        full = done.sets_done >= item.sets and all(r >= item.reps for r in done.set_reps)
    elif item.kind is Kind.HOLD:
        full = done.holds >= item.total_holds
    else:
        full = done.leg_worse is False
    return ExerciseOutcome.FULL if full else ExerciseOutcome.PARTIAL


# Outcomes where nothing of the exercise was done.
NOT_DONE = (ExerciseOutcome.SKIPPED, ExerciseOutcome.TOO_PAINFUL, ExerciseOutcome.NOT_REACHED)


@dataclass(frozen=True)
class ExerciseSummary:
    """One exercise's line in the summary."""

    item: SessionItem
    outcome: ExerciseOutcome
    holds: int
    sets: int
    reps: int
    reach: int | None
    leg_worse: bool


@dataclass(frozen=True)
class Summary:
    """What a session achieved."""

    exercises: tuple[ExerciseSummary, ...]
    pain_before: int | None
    pain_after: int | None

    @property
    def nothing_done(self) -> bool:
        """Every exercise skipped, left out as too painful, or never reached."""
        return all(line.outcome in NOT_DONE for line in self.exercises)


def summarise(state: SessionState) -> Summary:
    """Per-exercise totals and the two pain scores."""
    lines = []
    for position, item in enumerate(state.items):
        done = state.done(item.exercise_id)
        # Started but stopped before anything was logged still counts as begun.
        under_way = position == state.position and state.phase is not Phase.CARD
        lines.append(
            ExerciseSummary(
                item,
                outcome_of(item, done, under_way=under_way),
                done.holds,
                done.sets_done,
                sum(done.set_reps) + done.reps_in_set,
                done.reach,
                done.leg_worse is True,
            )
        )
    return Summary(tuple(lines), state.pain_before, state.pain_after)
