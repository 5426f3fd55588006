"""The progress rules, one by one: streaks in local days, the week, pain trend, reach, PSFS."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from coach.function_check import (
    ActivityChange,
    StepKind,
    Verdict,
    function_check_due,
    function_summary,
    next_check_step,
    next_function_check,
)
from coach.progress import (
    DayPoint,
    Direction,
    History,
    SessionPoint,
    chart_start,
    days_of,
    pain_trend,
    reach_story,
    report,
    streak,
    week_tally,
)

TUESDAY = date(2026, 11, 24)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def day(n: int) -> date:
    """`n` days before Tuesday 24 November 2026."""
    return TUESDAY - timedelta(days=n)


def test_the_streak_counts_days_in_a_row_up_to_today():
    assert streak([day(0), day(1), day(2)], TUESDAY) == 3


def test_today_without_a_session_yet_does_not_break_the_streak():
    assert streak([day(1), day(2), day(3)], TUESDAY) == 3


def test_a_missed_day_ends_the_streak():
    assert streak([day(0), day(1), day(3), day(4)], TUESDAY) == 2
    assert streak([day(2), day(3)], TUESDAY) == 0


def test_a_late_evening_session_counts_on_the_persons_own_day():
    # 23:30 in New York on Monday is already Tuesday in UTC.
    new_york = ZoneInfo("America/New_York")
    late = datetime(2026, 11, 24, 4, 30, tzinfo=UTC)
    monday_morning = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)
    days = days_of([SessionPoint(late, 5, 4), SessionPoint(monday_morning, 6, 5)], new_york)
    assert [(d.day, d.sessions) for d in days] == [(date(2026, 11, 23), 2)]


def test_the_week_is_measured_against_two_sessions_a_day():
    wednesday = date(2026, 11, 25)
    tally = week_tally(5, wednesday)
    assert (tally.done, tally.asked, tally.asked_by_today) == (5, 14, 6)
    assert not tally.on_track
    assert week_tally(6, wednesday).on_track


def points(scores: list[int], every: int = 1) -> list[DayPoint]:
    """One day a score, `every` days apart, the last one today."""
    last = len(scores) - 1
    return [DayPoint(day((last - i) * every), 2, s, s - 1) for i, s in enumerate(scores)]


def test_pain_going_from_seven_to_four_over_three_weeks():
    scores = [7, 7, 7, 6, 6, 6, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]
    trend = pain_trend(points(scores), TUESDAY)
    assert trend is not None
    assert (trend.start, trend.end, trend.days, trend.direction) == (7, 4, 21, Direction.DOWN)


def test_one_bad_morning_is_averaged_out_not_read_as_a_trend():
    trend = pain_trend(points([4, 4, 4, 4, 4, 4, 4, 4, 7]), TUESDAY)
    assert trend is not None and trend.direction is Direction.STEADY


def test_pain_rising_is_called_rising():
    trend = pain_trend(points([3, 3, 3, 4, 5, 5, 6, 6, 6], every=2), TUESDAY)
    assert trend is not None
    assert (trend.start, trend.end, trend.direction) == (3, 6, Direction.UP)


def test_too_little_data_gives_no_trend():
    assert pain_trend(points([6, 5]), TUESDAY) is None
    assert pain_trend([DayPoint(TUESDAY, 2, 6, 5)] * 3, TUESDAY) is None  # all on one day


def test_the_trend_only_looks_at_the_last_four_weeks():
    old = [DayPoint(day(40), 2, 9, 8), DayPoint(day(35), 2, 9, 8)]
    trend = pain_trend(old + points([5, 5, 5, 4, 4, 4]), TUESDAY)
    assert trend is not None and trend.start == 5


def test_reach_story_folds_weeks_with_the_same_best_together():
    week = timedelta(weeks=1)
    start = datetime(2026, 10, 5, 9, tzinfo=UTC)
    recent = [(start, 0), (start + week, 1), (start + 2 * week, 1), (start + 3 * week, 2)]
    story = reach_story((start - 4 * week, 0), recent, AMSTERDAM)
    assert story is not None
    assert story.first == 0 and story.steps == (0, 1, 2) and story.latest == 2
    assert reach_story(None, [], AMSTERDAM) is None


def test_the_chart_covers_four_weeks_growing_to_eight():
    assert chart_start([], TUESDAY) == TUESDAY - timedelta(days=27)
    assert chart_start([DayPoint(day(40), 1, 5, 4)], TUESDAY) == TUESDAY - timedelta(days=41)
    assert chart_start([DayPoint(day(300), 1, 5, 4)], TUESDAY) == TUESDAY - timedelta(days=55)


def test_a_report_from_history_counts_in_local_days():
    now = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    sessions = [SessionPoint(datetime(2026, 11, 22 - n, 8, tzinfo=UTC), 6, 5) for n in range(3)] + [
        SessionPoint(datetime(2026, 11, 23, 18, tzinfo=UTC), 5, 4)
    ]
    figures = report(History(sessions=sessions, done_this_week=1, done_total=4), now, AMSTERDAM)
    assert figures.streak == 4
    assert figures.week.done == 1 and figures.has_sessions
    assert [d.day for d in figures.days][-1] == date(2026, 11, 23)


def test_the_first_function_check_is_due_at_once_and_then_every_two_weeks():
    assert function_check_due(None, TUESDAY)
    last = TUESDAY - timedelta(days=13)
    assert not function_check_due(last, TUESDAY)
    assert function_check_due(TUESDAY - timedelta(days=14), TUESDAY)
    assert next_function_check(last) == TUESDAY + timedelta(days=1)


def test_two_points_either_way_is_a_meaningful_change():
    assert ActivityChange("socks", 3, 5).meaningful
    assert ActivityChange("socks", 5, 3).meaningful
    assert not ActivityChange("socks", 3, 4).meaningful
    assert not ActivityChange("socks", 3, None).meaningful


def test_the_verdict_puts_a_meaningful_drop_first():
    names = [(1, "socks"), (2, "shopping")]
    better = function_summary(names, [(1, 3), (2, 4), (1, 6), (2, 5)], TUESDAY, False, TUESDAY)
    assert better.verdict is Verdict.BETTER
    assert [c.change for c in better.changes] == [3, 1]
    worse = function_summary(names, [(1, 3), (2, 4), (1, 6), (2, 2)], TUESDAY, False, TUESDAY)
    assert worse.verdict is Verdict.WORSE
    same = function_summary(names, [(1, 3), (2, 4), (1, 4), (2, 5)], TUESDAY, False, TUESDAY)
    assert same.verdict is Verdict.SAME
    first = function_summary(names, [(1, 3), (2, 4)], TUESDAY, False, TUESDAY)
    assert first.verdict is None and not first.due


def test_the_first_check_names_and_rates_up_to_three_activities():
    assert next_check_step(True, [], []).kind is StepKind.NAME
    assert next_check_step(True, [1], []).activity_id == 1
    assert next_check_step(True, [1], [1]).kind is StepKind.MORE
    assert next_check_step(True, [1, 2, 3], [1, 2, 3]).kind is StepKind.COMPLETE


def test_a_later_check_re_rates_each_activity_in_turn():
    assert next_check_step(False, [4, 5], []).activity_id == 4
    assert next_check_step(False, [4, 5], [4]).activity_id == 5
    assert next_check_step(False, [4, 5], [4, 5]).kind is StepKind.COMPLETE


@given(st.sets(st.integers(min_value=0, max_value=60)))
def test_a_streak_never_exceeds_the_days_practised_and_today_only_adds(offsets):
    days = {day(n) for n in offsets}
    length = streak(days, TUESDAY)
    assert 0 <= length <= len(days)
    assert streak(days | {TUESDAY}, TUESDAY) >= length
