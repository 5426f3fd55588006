"""The outcome figures across people: what they count, and that small cells are withheld."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coach.care_log import CareKind
from coach.outcomes import SMALL_CELL, Journey, outcomes
from coach.safety import Tier

TODAY = date(2026, 11, 24)


def practised(weeks_ago: int, weeks: int, pain: tuple[int, int] = (6, 4)) -> Journey:
    """Someone who started `weeks_ago` weeks ago and did a session a day for `weeks` weeks."""
    days = 7 * weeks
    sessions = tuple(
        (day, round(pain[0] + (pain[1] - pain[0]) * day / max(days - 1, 1))) for day in range(days)
    )
    return Journey(started=TODAY - timedelta(weeks=weeks_ago), sessions=sessions)


def test_four_people_show_as_fewer_than_five_and_five_as_five():
    four = outcomes([practised(6, 5)] * 4, TODAY)
    assert four.started is None
    assert dict(four.retention)[4].count is None and dict(four.retention)[4].percent is None
    assert dict(four.pain_change)[4].value is None and dict(four.pain_change)[4].people is None
    five = outcomes([practised(6, 5)] * 5, TODAY)
    assert five.started == 5
    assert dict(five.retention)[4].count == 5 and dict(five.retention)[4].percent == 100
    assert dict(five.pain_change)[4].people == 5 and dict(five.pain_change)[4].value < 0


def test_retention_counts_only_those_that_far_in_and_withholds_a_small_active_group():
    crowd = [practised(10, 10)] * 4 + [practised(10, 2)] * 6 + [practised(1, 1)] * 3
    share = dict(outcomes(crowd, TODAY).retention)
    assert (share[1].count, share[1].of) == (13, 13)  # 3 are one week in: their week 1 is over
    assert (share[4].count, share[4].of) == (None, 10)  # four active is fewer than five
    assert share[4].percent is None
    assert (share[12].count, share[12].of) == (None, None)  # nobody is twelve weeks in


def test_the_function_check_is_compared_with_the_check_near_each_week():
    journey = Journey(
        started=TODAY - timedelta(weeks=13), function=((0, 3.0), (14, 4.0), (28, 5.0), (70, 7.0))
    )
    figures = outcomes([journey] * 5, TODAY)
    change = {week: m.value for week, m in figures.function_change}
    assert change == {4: 1.0, 8: None, 12: 4.0}  # no check in weeks 7 and 8


def test_locks_count_people_by_tier_and_those_cleared():
    cleared = Journey(started=None, signs=((Tier.SAME_DAY, True), (Tier.SAME_DAY, True)))
    waiting = Journey(started=None, signs=((Tier.SAME_DAY, True), (Tier.SAME_DAY, False)))
    locks = dict(outcomes([cleared] * 5 + [waiting] * 2, TODAY).locks)
    assert (locks[Tier.SAME_DAY].of, locks[Tier.SAME_DAY].count) == (7, 5)
    assert (locks[Tier.EMERGENCY].of, locks[Tier.EMERGENCY].count) == (None, None)


def test_flare_ups_and_lessons_count_people_and_times():
    often = Journey(started=TODAY, care=(CareKind.FLARE, CareKind.FLARE), lessons=3)
    figures = outcomes([often] * 5 + [Journey(started=TODAY)], TODAY)
    assert (figures.flares.people, figures.flares.times) == (5, 10)
    assert (figures.pauses.people, figures.pauses.times) == (None, None)
    assert (figures.lessons.people, figures.lessons.times) == (5, 15)


@given(
    st.lists(
        st.builds(
            practised,
            st.integers(0, 14),
            st.integers(0, 14),
            st.tuples(st.integers(0, 10), st.integers(0, 10)),
        ),
        max_size=12,
    )
)
def test_no_count_of_people_below_five_is_ever_shown(crowd):
    figures = outcomes(crowd, TODAY)
    counts = [figures.started, *(n for _, n in figures.starts_by_week)]
    for _, share in (*figures.retention, *figures.locks):
        counts += [share.count, share.of]
    for _, middle in (*figures.pain_change, *figures.function_change):
        counts.append(middle.people)
    counts += [figures.sessions_per_active_week.people, figures.flares.people]
    assert all(n is None or n >= SMALL_CELL for n in counts)
