"""The rules of keeping going: the missed-day question, its changes, days away, habit strength."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coach.away import away_span, cut_short, excused_days, just_back
from coach.barriers import (
    NEEDS_PLAN,
    SUGGESTIONS,
    Answered,
    Barrier,
    Suggestion,
    Take,
    missed_yesterday,
    suggestion_for,
    takes_of,
)
from coach.doses import session_items
from coach.habit import ease_off_due, habit_strength, streak, strong_weeks
from coach.plan import Symptoms, build_plan
from coach.progress import week_tally
from coach.progression import LadderMoves, Standing
from coach.shapes import (
    QUICK_SECONDS,
    quick_shape,
    reordered_shape,
    uncredited,
    variation,
)
from coach.voice import PAIN_QUESTIONS_SECONDS, GuidedSet, voice_script

TUESDAY = date(2026, 11, 24)
EVERYTHING = frozenset(Suggestion)


def ask(**overrides) -> date | None:
    facts = dict(
        plan_since=TUESDAY - timedelta(days=5), done_yesterday=0, done_today=0,
        away_yesterday=False, asked_this_lapse=False,
    )  # fmt: skip
    return missed_yesterday(TUESDAY, **{**facts, **overrides})


def test_a_whole_planned_day_with_nothing_done_is_asked_about():
    assert ask() == TUESDAY - timedelta(days=1)


def test_no_question_the_day_after_the_plan_was_given_or_after_any_session():
    assert ask(plan_since=TUESDAY - timedelta(days=1)) is None  # given yesterday: not all day
    assert ask(plan_since=None) is None
    assert ask(done_yesterday=1) is None
    assert ask(done_today=1) is None  # back on track already
    assert ask(away_yesterday=True) is None
    assert ask(asked_this_lapse=True) is None  # once a lapse, not every morning


def test_each_barrier_gets_its_first_change():
    first = {b: suggestion_for(b, None, EVERYTHING) for b in Barrier}
    assert first == {
        Barrier.NO_TIME: Suggestion.QUICK,
        Barrier.FORGOT: Suggestion.REMINDER_TIME,
        Barrier.PAIN: Suggestion.FLARE,
        Barrier.UNSURE: Suggestion.WHY,
        Barrier.BORED: Suggestion.VARIATION,
        Barrier.OTHER: Suggestion.QUICK,
    }


@given(st.sampled_from(Barrier), st.sampled_from(Suggestion))
def test_the_same_barrier_twice_in_a_row_never_gets_the_same_change(barrier, last):
    previous = Answered(barrier, last)
    assert suggestion_for(barrier, previous, EVERYTHING) is not last
    assert suggestion_for(barrier, previous, EVERYTHING) in SUGGESTIONS[barrier]


def test_a_different_barrier_last_time_starts_from_the_first_change():
    previous = Answered(Barrier.NO_TIME, Suggestion.QUICK)
    assert suggestion_for(Barrier.OTHER, previous, EVERYTHING) is Suggestion.QUICK


def test_bored_without_another_form_gets_a_new_order_then_three_minutes():
    no_variation = EVERYTHING - {Suggestion.VARIATION}
    assert suggestion_for(Barrier.BORED, None, no_variation) is Suggestion.ORDER
    one_exercise = EVERYTHING - {Suggestion.VARIATION, Suggestion.ORDER}
    assert suggestion_for(Barrier.BORED, None, one_exercise) is Suggestion.QUICK


@given(st.sampled_from(Barrier), st.none() | st.sampled_from(Suggestion))
def test_with_the_plan_locked_every_barrier_still_gets_a_change_without_a_session(barrier, last):
    previous = Answered(barrier, last) if last else None
    assert suggestion_for(barrier, previous, ()) not in NEEDS_PLAN


def test_every_change_but_the_pause_has_a_button():
    assert all(takes_of(s) for s in Suggestion if s is not Suggestion.AWAY)
    assert {t for s in Suggestion for t in takes_of(s)} == set(Take)


def test_the_three_minute_session_fits_three_minutes_at_half_the_reps(content):
    everything = Symptoms(
        triggers=frozenset({"bend", "sit_stand"}), leg_pain=True, fear_bending=True,
        stiffness=True,
    )  # fmt: skip
    plan = build_plan(everything)
    shape = quick_shape(plan.active_items, content.exercises, {})
    items = session_items(shape.pairs, content.exercises, {}, gentle=True)
    guided = sum(voice_script(GuidedSet.of(item)).duration for item in items)
    assert shape.quick and shape.pairs[0] == ("pelvic_lift", None)
    assert guided + PAIN_QUESTIONS_SECONDS <= QUICK_SECONDS
    assert items[0].reps == 5  # half of ten


def test_a_variation_respects_the_cautions():
    leg = build_plan(Symptoms(leg_pain=True))
    assert variation(leg.active_items, frozenset()).variant == "lying"
    pregnant = frozenset({"pregnant"})
    assert variation(build_plan(Symptoms(leg_pain=True, cautions=pregnant)).items, pregnant) is None
    balance = frozenset({"balance"})
    steady = build_plan(Symptoms(leg_pain=True, cautions=balance)).active_items
    assert variation(steady, balance).variant == "supported"  # lying -> standing, held on
    bones = frozenset({"osteoporosis"})
    bending = build_plan(Symptoms(fear_bending=True, cautions=bones)).active_items
    assert variation(bending, bones) is None  # no extra forward bending with thin bones
    assert variation(build_plan(Symptoms(fear_bending=True)).active_items, frozenset()).variant == (
        "seated"
    )


def test_a_new_order_needs_two_exercises():
    plan = build_plan(Symptoms())
    assert reordered_shape(plan.active_items).pairs[0][0] == "back_extension"
    assert reordered_shape(plan.active_items[:1]) is None


def test_three_minutes_never_count_clean_but_a_step_back_stands():
    moves = LadderMoves(
        {"pelvic_lift": Standing(0, 4), "back_extension": Standing(1)},
        eased=("back_extension",),
        offers=("pelvic_lift",),
    )
    kept = uncredited(moves)
    assert kept.standings == {"back_extension": Standing(1)} and kept.offers == ()


def test_a_pause_from_a_missed_day_excuses_that_day_and_ends_when_chosen():
    span = away_span(TUESDAY, 3, missed=TUESDAY - timedelta(days=1))
    assert (span.first, span.last, span.back) == (
        TUESDAY - timedelta(days=1), TUESDAY + timedelta(days=2), TUESDAY + timedelta(days=3),
    )  # fmt: skip
    assert cut_short(span, TUESDAY + timedelta(days=1)).last == TUESDAY
    assert cut_short(away_span(TUESDAY, 2), TUESDAY) is None
    away = excused_days([span])
    assert just_back(span.back, away) and not just_back(span.last, away)


def test_days_away_bridge_the_streak_and_ask_nothing_of_the_week():
    monday = TUESDAY - timedelta(days=1)
    away = {TUESDAY, TUESDAY + timedelta(days=1)}
    thursday = TUESDAY + timedelta(days=2)
    assert streak([monday, thursday], thursday, away) == 2
    assert streak([monday, thursday], thursday) == 1
    week = week_tally(2, thursday, away)
    assert (week.asked, week.asked_by_today) == (10, 4)


def days(start: date, count: int, each: int = 2) -> dict[date, int]:
    return {start + timedelta(days=n): each for n in range(count)}


def test_one_missed_day_dents_habit_strength_and_days_away_do_not():
    since = TUESDAY - timedelta(days=40)
    practised = days(since, 40)
    assert habit_strength(practised, TUESDAY, since, frozenset(), 2) == 100
    missed = {**practised, TUESDAY - timedelta(days=1): 0}
    assert habit_strength(missed, TUESDAY, since, frozenset(), 2) == 90
    away = frozenset({TUESDAY - timedelta(days=1)})
    assert habit_strength(missed, TUESDAY, since, away, 2) == 100
    a_month_ago = {**practised, TUESDAY - timedelta(days=27): 0}
    assert habit_strength(a_month_ago, TUESDAY, since, frozenset(), 2) == 99  # old weighs less
    assert habit_strength({}, TUESDAY, TUESDAY, frozenset(), 2) is None  # nothing planned yet


@given(st.sets(st.integers(0, 27)))
def test_habit_strength_is_a_share_between_none_and_all(missed_days):
    since = TUESDAY - timedelta(days=30)
    practised = days(since, 31)
    for n in missed_days:
        practised[TUESDAY - timedelta(days=n)] = 0
    score = habit_strength(practised, TUESDAY, since, frozenset(), 2)
    assert score is not None and 0 <= score <= 100
    assert (score == 100) == (not missed_days - {0})  # today's gap never counts


def test_three_strong_weeks_ease_the_nudges_once():
    since = TUESDAY - timedelta(days=22)
    strong = days(since, 22)
    assert strong_weeks(strong, TUESDAY, since, frozenset(), 2) == 3
    weak = {**strong, **days(TUESDAY - timedelta(days=4), 3, each=0)}
    assert strong_weeks(weak, TUESDAY, since, frozenset(), 2) == 0  # this week fell short
    young = TUESDAY - timedelta(days=10)
    assert strong_weeks(strong, TUESDAY, young, frozenset(), 2) == 1  # the plan is ten days old
    assert ease_off_due(3, asked_before=False, evening_on=True)
    assert not ease_off_due(3, asked_before=True, evening_on=True)
    assert not ease_off_due(2, asked_before=False, evening_on=True)
    assert not ease_off_due(3, asked_before=False, evening_on=False)


def test_every_barrier_change_and_button_has_its_words(content):
    w = content.words()
    keys = [f"barriers-{b}-button" for b in Barrier] + [f"barriers-lead-{b}" for b in Barrier]
    keys += [f"barriers-offer-{s}" for s in Suggestion]
    keys += [f"barriers-take-{t}-button" for t in Take]
    keys += [f"away-choice-{days}-button" for days in (2, 3, 7, 14)]
    assert [key for key in keys if not w.has(key)] == []
