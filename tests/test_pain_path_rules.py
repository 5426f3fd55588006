"""The pain path after a session: each outcome from its facts, and the borders between them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coach.pain_path import (
    EarlierSession,
    ExpectedRise,
    PainFacts,
    PainOutcome,
    Pause,
    Recheck,
    Settled,
    Steady,
    StepBack,
    StillSore,
    StillWorse,
    WatchRise,
    pain_path,
    recheck_at_start,
)
from coach.steps import HIGH, RISING

NOW = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)


def bad_one(days_ago: float, before: int = 2, after: int = 6) -> EarlierSession:
    """An earlier session that counts against: up by 4, settled or not."""
    return EarlierSession(NOW - timedelta(days=days_ago), before, after, settled=None)


def after(before: int, after: int, *earlier: EarlierSession) -> PainOutcome:
    """The outcome just after the pain score."""
    return pain_path(PainFacts(before, after, earlier=earlier, now=NOW))


def morning(before: int, after: int, settled: bool, *earlier: EarlierSession) -> PainOutcome:
    """The outcome once the next morning's answer is in."""
    return pain_path(PainFacts(before, after, settled, earlier, NOW))


# ---------------------------------------------------------------- just after the session


def test_pain_no_higher_than_before_is_steady():
    assert after(3, 3) == Steady()
    assert after(5, 2) == Steady()
    assert pain_path(PainFacts(None, 7)) == Steady()  # not scored before: nothing to compare
    assert pain_path(PainFacts(4, None)) == Steady()


def test_a_rise_of_one_is_expected_and_waits_for_the_morning():
    assert after(3, 4) == ExpectedRise()
    assert after(6, 7) == ExpectedRise()


def test_a_rise_of_exactly_two_is_watched_not_stepped_back():
    assert after(3, 5) == WatchRise()
    assert after(5, 7) == WatchRise()


def test_a_rise_of_three_or_to_eight_steps_back_at_once():
    assert after(3, 6) == StepBack()
    assert after(7, 8) == StepBack()  # up by 1, but to 8
    assert after(6, 8) == StepBack()
    assert after(8, 9) == StepBack()


def test_a_watched_rise_never_pauses_before_the_morning_answers():
    assert after(3, 5, bad_one(days_ago=2)) == WatchRise()


def test_a_step_back_with_another_bad_session_in_two_weeks_pauses_the_plan():
    assert after(3, 6, bad_one(days_ago=2)) == Pause(StepBack())


def test_the_two_week_window_counts_fourteen_days_but_not_fifteen():
    assert after(3, 6, bad_one(days_ago=14)) == Pause(StepBack())
    assert after(3, 6, bad_one(days_ago=15)) == StepBack()
    assert morning(3, 5, False, bad_one(days_ago=14)) == Pause(StillWorse())
    assert morning(3, 5, False, bad_one(days_ago=15)) == StillWorse()


def test_an_earlier_rise_that_settled_is_a_good_session():
    settled = EarlierSession(NOW - timedelta(days=3), 3, 5, settled=True)
    not_settled = EarlierSession(NOW - timedelta(days=3), 3, 5, settled=False)
    unanswered = EarlierSession(NOW - timedelta(days=3), 3, 5, settled=None)
    small = EarlierSession(NOW - timedelta(days=3), 3, 4, settled=False)
    assert after(3, 6, settled) == StepBack()
    assert after(3, 6, unanswered) == StepBack()
    assert after(3, 6, small) == StepBack()  # a rise of 1 that stayed is not a bad session
    assert after(3, 6, not_settled) == Pause(StepBack())


# ---------------------------------------------------------------- the next morning


def test_a_rise_that_settled_by_the_morning_counts_as_settled():
    assert morning(3, 4, True) == Settled()
    assert morning(3, 5, True, bad_one(days_ago=1)) == Settled()  # settled: never a pause
    assert morning(3, 6, True) == Settled(stepped_back=True)  # stepped back the evening before


def test_a_rise_of_one_that_stayed_is_still_sore_and_never_pauses():
    assert morning(3, 4, False) == StillSore()
    assert morning(3, 4, False, bad_one(days_ago=1)) == StillSore()


def test_a_rise_of_two_that_stayed_steps_back_now():
    assert morning(3, 5, False) == StillWorse()
    assert morning(3, 5, False, bad_one(days_ago=1)) == Pause(StillWorse())


def test_a_big_rise_that_stayed_was_stepped_back_and_paused_the_evening_before():
    assert morning(3, 6, False) == StillSore(stepped_back=True)
    assert morning(3, 6, False, bad_one(days_ago=1)) == StillSore(stepped_back=True)


@given(
    st.integers(0, 10),
    st.integers(0, 10),
    st.sampled_from([None, True, False]),
    st.integers(0, 20),
)
def test_the_plan_pauses_only_on_a_step_back_with_an_earlier_bad_session(
    before, after_, settled, days_ago
):
    outcome = pain_path(PainFacts(before, after_, settled, (bad_one(days_ago),), NOW))
    alone = pain_path(PainFacts(before, after_, settled, (), NOW))
    if isinstance(outcome, Pause):
        assert days_ago <= 14 and outcome.after == alone
    else:
        assert outcome == alone
        assert days_ago > 14 or not isinstance(alone, StepBack | StillWorse)


def test_pain_of_eight_at_the_start_asks_about_the_warning_signs_again() -> None:
    assert recheck_at_start(8, ()) == Recheck(HIGH)
    assert recheck_at_start(7, ()) is None


def test_starting_pain_that_climbed_three_sessions_running_asks_again() -> None:
    assert recheck_at_start(5, (2, 3, 4)) == Recheck(RISING)
    assert recheck_at_start(5, (3, 3, 4)) is None  # one start was no higher than the one before
    assert recheck_at_start(4, (2, 3)) is None  # too few sessions to call it a climb
