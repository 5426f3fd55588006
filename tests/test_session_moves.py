"""The guided session's transitions, pure: what each tap and timer does to the state."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coach.doses import decode_items, session_items
from coach.events import (
    CardChoice,
    CardChosen,
    Control,
    Controlled,
    HoldEnded,
    LegAnswered,
    Moved,
    PainScored,
    ReachGiven,
    Refusal,
    Refused,
    RepsAdded,
    RestEnded,
    SetFinished,
    When,
)
from coach.moves import apply
from coach.plan import BACK_BEND, BENDING, PELVIC_LIFT
from coach.session import EventKind, Phase, SessionState, Status
from coach.steps import AskLegWorse, CountReps, HoldRep, next_step
from coach.timing import restarted

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def state(content, text: str, **fields) -> SessionState:
    items = session_items(decode_items(text), content.exercises, {})
    return replace(SessionState(items=items, pain_before=3), **fields)


def moved(outcome) -> Moved:
    assert isinstance(outcome, Moved), outcome
    return outcome


def test_starting_a_hold_exercise_times_its_first_hold(content):
    start = state(content, "pelvic_lift")
    after = moved(apply(start, CardChosen(0, CardChoice.GO, NOW), content.exercises)).after
    assert after.phase is Phase.DOING
    assert after.hold_ends_at == NOW + timedelta(seconds=10)
    assert isinstance(next_step(after), HoldRep)


def test_a_hold_that_ends_counts_once_then_a_breather_then_the_next_hold(content):
    holding = state(content, "pelvic_lift", phase=Phase.DOING, hold_ends_at=NOW)
    ended = moved(apply(holding, HoldEnded(NOW), content.exercises))
    assert [e.kind for e in ended.logged] == [EventKind.HOLD]
    assert ended.after.rest_ends_at == NOW + timedelta(seconds=5)
    assert isinstance(apply(ended.after, HoldEnded(NOW), {}), Refused)  # the same timer again
    rested = moved(apply(ended.after, RestEnded(NOW + timedelta(seconds=5)), {}))
    assert rested.hold_began
    step = next_step(rested.after)
    assert isinstance(step, HoldRep) and step.rep == 2


def test_a_timer_that_wakes_early_belongs_to_an_older_hold(content):
    holding = state(content, "pelvic_lift", phase=Phase.DOING, hold_ends_at=NOW)
    early = apply(holding, HoldEnded(NOW - timedelta(seconds=5)), {})
    assert early == Refused(Refusal.NOT_DUE)


def test_pause_cuts_the_running_hold_and_it_does_not_count(content):
    holding = state(content, "pelvic_lift", phase=Phase.DOING, hold_ends_at=NOW, hold_message=7)
    paused = moved(apply(holding, Controlled(Control.PAUSE, NOW), content.exercises))
    assert paused.after.phase is Phase.PAUSED and not paused.after.timing
    assert paused.cut_hold is not None and paused.cut_hold.rep == 1
    assert paused.logged == ()
    again = apply(paused.after, Controlled(Control.PAUSE, NOW), content.exercises)
    assert again == Refused(Refusal.ALREADY_PAUSED)
    resumed = moved(apply(paused.after, Controlled(Control.RESUME, NOW), content.exercises))
    assert resumed.hold_began


def test_a_replayed_count_tap_counts_nothing(content):
    counting = state(content, "back_extension", phase=Phase.DOING)
    first = moved(apply(counting, RepsAdded(0, 1, 0, 5), content.exercises))
    step = next_step(first.after)
    assert isinstance(step, CountReps) and step.count == 5
    replay = apply(first.after, RepsAdded(0, 1, 0, 5), content.exercises)
    assert replay == Refused(Refusal.ALREADY_COUNTED)


def test_an_empty_set_cannot_be_done_and_a_full_one_ends_the_exercise(content):
    counting = state(content, "back_extension", phase=Phase.DOING)
    assert apply(counting, SetFinished(0, 1, 0), {}) == Refused(Refusal.COUNT_FIRST)
    counted = moved(apply(counting, RepsAdded(0, 1, 0, 10), {})).after
    done = moved(apply(counted, SetFinished(0, 1, 10), {}))
    assert [e.kind for e in done.logged] == [EventKind.SET, EventKind.DONE]
    assert done.after.position == 1 and done.after.phase is Phase.CARD


def _at_leg_question(content, text: str, **fields) -> SessionState:
    bending = state(content, text, phase=Phase.DOING, position=1, **fields)
    events = (
        *bending.events,
        *moved(apply(bending, ReachGiven(1, 1), content.exercises)).logged,
    )
    at_leg = replace(bending, events=events)
    assert isinstance(next_step(at_leg), AskLegWorse)
    return at_leg


def test_leg_pain_worse_brings_the_back_bend_right_after_bending_once(content):
    at_leg = _at_leg_question(content, "pelvic_lift,bending_forward,knee_rotation", stage=5)
    worse = moved(apply(at_leg, LegAnswered(1, True), content.exercises))
    assert worse.paused_in_plan == "bending_forward"
    ids = [(i.exercise_id, i.variant) for i in worse.after.items]
    assert ids == [(PELVIC_LIFT, None), (BENDING, None), (BACK_BEND, None), ("knee_rotation", None)]
    assert apply(worse.after, LegAnswered(1, True), content.exercises) == Refused(
        Refusal.ALREADY_NOTED
    )


def test_the_switch_brings_the_back_bend_on_a_firm_bed_for_balance_problems(content):
    at_leg = _at_leg_question(
        content, "pelvic_lift,bending_forward", stage=5, cautions=frozenset({"balance"})
    )
    worse = moved(apply(at_leg, LegAnswered(1, True), content.exercises))
    assert (worse.after.items[2].exercise_id, worse.after.items[2].variant) == (BACK_BEND, "bed")


def test_a_stopped_session_still_takes_its_pain_score_then_nothing(content):
    going = state(content, "pelvic_lift", phase=Phase.DOING)
    stopped = moved(apply(going, Controlled(Control.STOP, NOW), {})).after
    assert stopped.status is Status.STOPPED
    assert apply(stopped, CardChosen(0, CardChoice.GO, NOW), {}) == Refused(Refusal.SESSION_OVER)
    scored = moved(apply(stopped, PainScored(When.AFTER, 2), {})).after
    assert scored.pain_after == 2 and scored.status is Status.STOPPED
    assert apply(scored, PainScored(When.AFTER, 3), {}) == Refused(Refusal.ALREADY_NOTED)


def test_after_a_restart_a_hold_held_while_away_counts_and_the_session_pauses(content):
    holding = state(content, "pelvic_lift", phase=Phase.DOING, hold_ends_at=NOW)
    back = restarted(holding, NOW + timedelta(minutes=5))
    assert [e.kind for e in back.logged] == [EventKind.HOLD]
    assert back.after.phase is Phase.PAUSED and not back.after.timing


@given(st.lists(st.sampled_from(["add1", "add5", "set", "pause", "resume", "stop"]), max_size=30))
def test_no_sequence_of_taps_logs_a_step_twice(content, taps):
    current = state(content, "back_extension", phase=Phase.DOING)
    for tap in taps:
        step = next_step(current)
        drawn = (
            (step.position, step.set_no, step.count) if isinstance(step, CountReps) else (0, 1, 0)
        )
        event = {
            "add1": RepsAdded(*drawn, 1),
            "add5": RepsAdded(*drawn, 5),
            "set": SetFinished(*drawn),
            "pause": Controlled(Control.PAUSE, NOW),
            "resume": Controlled(Control.RESUME, NOW),
            "stop": Controlled(Control.STOP, NOW),
        }[tap]
        outcome = apply(current, event, content.exercises)
        if isinstance(outcome, Moved):
            current = outcome.after
    steps = [e.step for e in current.events]
    assert len(steps) == len(set(steps))
