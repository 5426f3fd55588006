"""The session machine and the ladders: pure rules, tested without Telegram or a database."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from coach.doses import decode_items, encode_items, session_items
from coach.pain_path import (
    pain_got_worse,
    starts_rising,
    steps_back_now,
    waits_to_settle,
    worse_again,
)
from coach.plan import BACK_BEND, BACK_EXTENSION, BENDING, KNEE_ROTATION, PELVIC_LIFT
from coach.progression import (
    CLEAN_SESSIONS_TO_OFFER,
    Standing,
    accept,
    after_session,
    decline,
    ladder_moves,
    offer_due,
    step_down,
)
from coach.session import (
    BEND_STAGES,
    EventKind,
    Kind,
    Logged,
    Phase,
    SessionState,
    Status,
    done_of,
    hold_key,
    is_complete,
    once_key,
    rep_key,
    set_key,
)
from coach.steps import (
    AskLegWorse,
    AskPainAfter,
    AskPainBefore,
    BendStage,
    CountReps,
    Finished,
    HoldRep,
    Paused,
    ShowCard,
    next_step,
)
from coach.summary import ExerciseOutcome, outcome_of, summarise


def items(content, text="pelvic_lift,back_extension,bending_forward,knee_rotation", levels=None):
    return session_items(decode_items(text), content.exercises, levels or {})


def state(content, **fields) -> SessionState:
    base = SessionState(items=items(content), pain_before=3, phase=Phase.DOING)
    return replace(base, **fields)


def holds(exercise_id: str, count: int) -> tuple[Logged, ...]:
    return tuple(Logged(exercise_id, "hold", 10, hold_key(exercise_id, n)) for n in range(count))


# ---------------------------------------------------------------- doses and kinds


def test_each_exercise_is_guided_the_way_its_dose_asks(content):
    kinds = {i.exercise_id: i.kind for i in items(content)}
    assert kinds == {
        PELVIC_LIFT: Kind.HOLD,
        BACK_EXTENSION: Kind.COUNT,
        BENDING: Kind.BENDING,
        KNEE_ROTATION: Kind.HOLD,
    }
    knees = items(content)[3]
    assert knees.total_holds == 10  # five each side
    lying = items(content, "back_bend:lying")[0]
    assert (lying.kind, lying.hold_seconds, lying.total_holds) == (Kind.HOLD, 3, 10)
    assert items(content, "back_bend")[0].kind is Kind.COUNT


def test_the_dose_follows_the_persons_level(content):
    later = items(content, "back_extension", {BACK_EXTENSION: 3})[0]
    assert (later.sets, later.reps) == (3, 15)


def test_a_rest_after_a_hold_is_short_and_shorter_after_a_short_hold(content):
    pelvic = items(content, "pelvic_lift")[0]
    lying = items(content, "back_bend:lying")[0]
    assert pelvic.rest_seconds == 5
    assert lying.rest_seconds == 4
    # A lying round (hold + rest) posts and edits twice: at most 20 Telegram edits a minute.
    assert 2 * 60 / (lying.hold_seconds + lying.rest_seconds) <= 20


@given(
    st.lists(
        st.tuples(
            st.sampled_from([PELVIC_LIFT, BACK_EXTENSION, BENDING, BACK_BEND, KNEE_ROTATION]),
            st.sampled_from([None, "lying"]),
        ),
        max_size=5,
        unique_by=lambda pair: pair[0],
    )
)
def test_the_exercises_of_a_session_survive_the_round_trip(pairs):
    assert decode_items(encode_items(pairs)) == tuple(pairs)


# ---------------------------------------------------------------- what comes next


def test_a_session_starts_with_the_pain_question_then_the_first_card(content):
    assert next_step(SessionState(items=items(content))) == AskPainBefore()
    first = next_step(SessionState(items=items(content), pain_before=4))
    assert isinstance(first, ShowCard) and first.item.exercise_id == PELVIC_LIFT


def test_holds_count_up_one_rep_at_a_time(content):
    step = next_step(state(content, events=holds(PELVIC_LIFT, 3)))
    assert isinstance(step, HoldRep) and step.rep == 4 and step.side is None


def test_a_per_side_stretch_alternates_left_and_right(content):
    sides = [
        next_step(state(content, position=3, events=holds(KNEE_ROTATION, n))).side for n in range(4)
    ]
    assert sides == ["left", "right", "left", "right"]


def test_the_counter_shows_the_running_count_of_the_current_set(content):
    events = (
        Logged(BACK_EXTENSION, EventKind.REP, 5, rep_key(BACK_EXTENSION, 1, 0)),
        Logged(BACK_EXTENSION, EventKind.REP, 1, rep_key(BACK_EXTENSION, 1, 5)),
    )
    assert next_step(state(content, position=1, events=events)) == CountReps(
        1, items(content)[1], 1, 6
    )


def test_a_finished_set_starts_the_next_one_at_zero(content):
    three_sets = items(content, "back_extension", {BACK_EXTENSION: 3})
    events = (
        Logged(BACK_EXTENSION, EventKind.REP, 15, rep_key(BACK_EXTENSION, 1, 0)),
        Logged(BACK_EXTENSION, EventKind.SET, 15, set_key(BACK_EXTENSION, 1)),
    )
    step = next_step(SessionState(three_sets, pain_before=1, phase=Phase.DOING, events=events))
    assert isinstance(step, CountReps) and (step.set_no, step.count) == (2, 0)


def test_bending_goes_through_its_stages_then_reach_then_the_leg_question(content):
    at_stage = next_step(state(content, position=2, stage=2))
    assert isinstance(at_stage, BendStage) and at_stage.stage == 2
    asks_reach = next_step(state(content, position=2, stage=BEND_STAGES))
    assert isinstance(asks_reach, BendStage) and asks_reach.stage == BEND_STAGES
    reached = (Logged(BENDING, EventKind.REACH, 1, once_key(EventKind.REACH, BENDING)),)
    assert isinstance(next_step(state(content, position=2, events=reached)), AskLegWorse)


def test_pause_card_and_the_end(content):
    assert isinstance(next_step(state(content, phase=Phase.PAUSED)), Paused)
    assert isinstance(next_step(state(content, phase=Phase.CARD)), ShowCard)
    assert next_step(state(content, position=4)) == AskPainAfter()
    assert next_step(state(content, status=Status.STOPPED)) == AskPainAfter()
    assert next_step(state(content, position=4, pain_after=2)) == Finished()
    assert next_step(state(content, status=Status.ABANDONED)) == Finished()


def test_an_exercise_is_complete_after_its_whole_dose(content):
    pelvic, extension, bending, knees = items(content)
    assert not is_complete(pelvic, done_of(PELVIC_LIFT, holds(PELVIC_LIFT, 9)))
    assert is_complete(pelvic, done_of(PELVIC_LIFT, holds(PELVIC_LIFT, 10)))
    assert is_complete(knees, done_of(KNEE_ROTATION, holds(KNEE_ROTATION, 10)))
    one_set = (Logged(BACK_EXTENSION, EventKind.SET, 8, set_key(BACK_EXTENSION, 1)),)
    assert is_complete(extension, done_of(BACK_EXTENSION, one_set))
    leg = (Logged(BENDING, EventKind.LEG_WORSE, 0, once_key(EventKind.LEG_WORSE, BENDING)),)
    assert is_complete(bending, done_of(BENDING, leg))


def test_outcomes_tell_full_from_partial_skipped_and_too_painful(content):
    pelvic, extension, bending, _ = items(content)
    full, partial = ExerciseOutcome.FULL, ExerciseOutcome.PARTIAL
    assert outcome_of(pelvic, done_of(PELVIC_LIFT, holds(PELVIC_LIFT, 10))) is full
    assert outcome_of(pelvic, done_of(PELVIC_LIFT, holds(PELVIC_LIFT, 4))) is partial
    short_set = (Logged(BACK_EXTENSION, EventKind.SET, 8, set_key(BACK_EXTENSION, 1)),)
    assert outcome_of(extension, done_of(BACK_EXTENSION, short_set)) is ExerciseOutcome.PARTIAL
    skipped = (Logged(PELVIC_LIFT, EventKind.SKIP, 1, once_key(EventKind.SKIP, PELVIC_LIFT)),)
    assert outcome_of(pelvic, done_of(PELVIC_LIFT, skipped)) is ExerciseOutcome.SKIPPED
    hurt = (Logged(PELVIC_LIFT, EventKind.TOO_PAINFUL, 1, "too_painful:pelvic_lift"),)
    assert outcome_of(pelvic, done_of(PELVIC_LIFT, hurt)) is ExerciseOutcome.TOO_PAINFUL
    assert outcome_of(bending, done_of(BENDING, ())) is ExerciseOutcome.NOT_REACHED
    worse = (
        Logged(BENDING, EventKind.REACH, 2, once_key(EventKind.REACH, BENDING)),
        Logged(BENDING, EventKind.LEG_WORSE, 1, once_key(EventKind.LEG_WORSE, BENDING)),
    )
    assert outcome_of(bending, done_of(BENDING, worse)) is ExerciseOutcome.PARTIAL


def test_the_summary_adds_up_reps_sets_holds_and_reach(content):
    events = (
        *holds(PELVIC_LIFT, 10),
        Logged(BACK_EXTENSION, EventKind.REP, 5, rep_key(BACK_EXTENSION, 1, 0)),
        Logged(BACK_EXTENSION, EventKind.REP, 5, rep_key(BACK_EXTENSION, 1, 5)),
        Logged(BACK_EXTENSION, EventKind.SET, 10, set_key(BACK_EXTENSION, 1)),
        Logged(BENDING, EventKind.REACH, 3, once_key(EventKind.REACH, BENDING)),
    )
    summary = summarise(state(content, events=events, pain_after=2))
    by_id = {line.item.exercise_id: line for line in summary.exercises}
    assert by_id[PELVIC_LIFT].holds == 10
    assert (by_id[BACK_EXTENSION].sets, by_id[BACK_EXTENSION].reps) == (1, 10)
    assert by_id[BENDING].reach == 3
    assert by_id[KNEE_ROTATION].outcome is ExerciseOutcome.NOT_REACHED
    assert (summary.pain_before, summary.pain_after) == (3, 2)


@given(st.lists(st.sampled_from([1, 5]), max_size=30), st.integers(min_value=1, max_value=3))
def test_replayed_count_taps_never_count_twice(taps, replays):
    """A tap names the count it was drawn at; logging by that key makes replays vanish."""
    logged: dict[str, Logged] = {}
    count = 0
    for added in taps:
        key = rep_key(BACK_EXTENSION, 1, count)
        for _ in range(replays):  # the same tap delivered again names the same step
            logged.setdefault(key, Logged(BACK_EXTENSION, EventKind.REP, added, key))
        count += added
    assert done_of(BACK_EXTENSION, tuple(logged.values())).reps_in_set == sum(taps)


# ---------------------------------------------------------------- the ladders


def test_pain_got_worse_means_a_rise_of_two_or_a_rise_to_eight():
    assert pain_got_worse(2, 4)
    assert pain_got_worse(6, 8)
    assert pain_got_worse(7, 8)
    assert not pain_got_worse(2, 3)
    assert not pain_got_worse(9, 8)  # lower than before is not worse
    assert not pain_got_worse(8, 8)
    assert not pain_got_worse(None, 9)
    assert not pain_got_worse(5, None)


@given(st.integers(0, 10), st.integers(0, 10))
def test_worse_is_exactly_the_rule(before, after):
    expected = after - before >= 2 or (after >= 8 and before < after)
    assert pain_got_worse(before, after) == expected


def test_a_small_rise_waits_to_settle_and_three_steps_back_at_once():
    assert waits_to_settle(3, 4) and waits_to_settle(3, 5)
    assert not steps_back_now(3, 5)
    assert steps_back_now(3, 6) and not waits_to_settle(3, 6)
    assert steps_back_now(6, 8)
    assert not waits_to_settle(4, 4) and not steps_back_now(5, 2)


def test_the_next_level_is_offered_after_enough_clean_sessions():
    standing = Standing()
    for _ in range(CLEAN_SESSIONS_TO_OFFER - 1):
        standing = after_session(standing, ExerciseOutcome.FULL, sore=False)
        assert not offer_due(standing, top_level=2)
    standing = after_session(standing, ExerciseOutcome.FULL, sore=False)
    assert offer_due(standing, top_level=2)
    assert accept(standing) == Standing(level=1)


def test_soreness_that_did_not_settle_or_too_painful_starts_the_count_again():
    standing = Standing(level=1, clean_sessions=3)
    assert after_session(standing, ExerciseOutcome.FULL, sore=True).clean_sessions == 0
    assert after_session(standing, ExerciseOutcome.TOO_PAINFUL, sore=False).clean_sessions == 0
    assert after_session(standing, ExerciseOutcome.SKIPPED, sore=False) == standing
    assert after_session(standing, ExerciseOutcome.PARTIAL, sore=False) == standing


def test_a_declined_offer_comes_back_after_another_run_of_clean_sessions():
    standing = decline(Standing(clean_sessions=CLEAN_SESSIONS_TO_OFFER))
    assert not offer_due(standing, top_level=2)
    for _ in range(CLEAN_SESSIONS_TO_OFFER - 1):
        standing = after_session(standing, ExerciseOutcome.FULL, sore=False)
        assert not offer_due(standing, top_level=2)
    assert offer_due(after_session(standing, ExerciseOutcome.FULL, sore=False), top_level=2)


def test_a_lighter_dose_goes_back_to_full_after_a_run_of_clean_sessions():
    standing = step_down(Standing())
    assert standing.lighter and not offer_due(standing, top_level=2)
    for _ in range(CLEAN_SESSIONS_TO_OFFER):
        standing = after_session(standing, ExerciseOutcome.FULL, sore=False)
    assert standing == Standing()


def test_the_top_of_the_ladder_offers_nothing():
    assert not offer_due(Standing(level=2, clean_sessions=50), top_level=2)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(ExerciseOutcome)),
            st.integers(0, 10),
            st.integers(0, 10),
            st.booleans(),
        ),
        max_size=40,
    )
)
def test_a_ladder_stays_on_its_rungs_whatever_happens(history):
    top = 5
    standing = Standing()
    for outcome, before, after, take_offer in history:
        if steps_back_now(before, after):
            standing = step_down(standing)
        else:
            standing = after_session(standing, outcome, sore=pain_got_worse(before, after))
        if offer_due(standing, top):
            standing = accept(standing) if take_offer else decline(standing)
        assert 0 <= standing.level <= top
        assert standing.clean_sessions >= 0


def test_stepping_down_at_the_first_level_gives_a_lighter_dose():
    assert step_down(Standing(level=2, clean_sessions=3)) == Standing(level=1)
    assert step_down(Standing()) == Standing(lighter=True)


def test_only_rises_that_did_not_settle_or_of_three_count_towards_the_pause():
    assert worse_again([(2, 3, None), (1, 5, True)])  # up by 4: counts, settled or not
    assert worse_again([(3, 5, False)])  # up by 2, still worse the next morning
    assert not worse_again([(3, 5, True)])  # up by 2 and settled: a good session
    assert not worse_again([(3, 5, None)])  # up by 2, not known to have stayed: not counted
    assert worse_again([(6, 8, True)])  # to 8 or more
    assert not worse_again([(2, 3, False), (4, 4, None)])
    assert not worse_again([])


def test_starting_pain_that_climbs_three_sessions_in_a_row_is_noticed():
    assert starts_rising([2, 3, 4, 5])
    assert starts_rising([7, 2, 3, 4, 5])
    assert not starts_rising([3, 4, 5])  # two rises are not three
    assert not starts_rising([2, 3, 3, 5])  # the same start breaks the run
    assert not starts_rising([5, 4, 3, 2])


def finished(content, text, events, before, after):
    return summarise(
        SessionState(items(content, text), pain_before=before, pain_after=after, events=events)
    )


def test_worse_pain_steps_back_every_tried_ladder_and_names_those_that_eased(content):
    events = (
        *holds(PELVIC_LIFT, 3),
        Logged(BACK_EXTENSION, EventKind.SKIP, 1, once_key(EventKind.SKIP, BACK_EXTENSION)),
        *holds(KNEE_ROTATION, 10),
    )
    summary = finished(content, "pelvic_lift,back_extension,knee_rotation", events, 2, 6)
    standings = {PELVIC_LIFT: Standing(level=1, clean_sessions=2), BACK_EXTENSION: Standing(2)}
    moves = ladder_moves(summary, standings, content.exercises, stopped=False)
    assert moves.standings == {PELVIC_LIFT: Standing(), KNEE_ROTATION: Standing(lighter=True)}
    assert moves.eased == (PELVIC_LIFT, KNEE_ROTATION)  # the first rung: a lighter dose
    assert moves.offers == ()


def test_clean_sessions_count_and_offer_but_not_for_a_session_stopped_early(content):
    events = (
        *holds(PELVIC_LIFT, 10),
        Logged(BACK_EXTENSION, EventKind.SET, 10, set_key(BACK_EXTENSION, 1)),
    )
    summary = finished(content, "pelvic_lift,back_extension,back_bend:lying", events, 3, 3)
    standings = {PELVIC_LIFT: Standing(clean_sessions=CLEAN_SESSIONS_TO_OFFER - 1)}
    moves = ladder_moves(summary, standings, content.exercises, stopped=False)
    assert moves.offers == (PELVIC_LIFT,)
    assert moves.standings[BACK_EXTENSION] == Standing(clean_sessions=1)
    assert BACK_BEND not in moves.standings  # the lying variant has no ladder
    assert ladder_moves(summary, standings, content.exercises, stopped=True).standings == {}


def test_a_small_rise_moves_no_ladder_until_tomorrow_says_whether_it_settled(content):
    events = (*holds(PELVIC_LIFT, 10),)
    summary = finished(content, "pelvic_lift", events, 3, 5)
    standings = {PELVIC_LIFT: Standing(level=1, clean_sessions=2)}
    assert ladder_moves(summary, standings, content.exercises, stopped=False).standings == {}
    settled = ladder_moves(summary, standings, content.exercises, stopped=False, sore=False)
    assert settled.standings == {PELVIC_LIFT: Standing(level=1, clean_sessions=3)}
    still_sore = ladder_moves(summary, standings, content.exercises, stopped=False, sore=True)
    assert still_sore.standings == {PELVIC_LIFT: Standing()} and still_sore.eased == (PELVIC_LIFT,)


def test_a_rise_of_one_that_stays_sore_only_restarts_the_count(content):
    summary = finished(content, "pelvic_lift", (*holds(PELVIC_LIFT, 10),), 3, 4)
    standings = {PELVIC_LIFT: Standing(level=1, clean_sessions=2)}
    moves = ladder_moves(summary, standings, content.exercises, stopped=False, sore=True)
    assert moves.standings == {PELVIC_LIFT: Standing(level=1)} and moves.eased == ()
