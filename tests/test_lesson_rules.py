"""The course's rules and the support-need scoring, as plain functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coach.lessons import (
    Hold,
    LessonRecord,
    course_of,
    double_tap,
    listing,
    next_lesson,
    todays_lesson,
)
from coach.progression import CLEAN_SESSIONS_TO_OFFER, Standing, offer_due
from coach.support import (
    QUESTIONS,
    RECHECK_AFTER,
    Group,
    clean_sessions_to_offer,
    decode,
    due,
    encode,
    next_question,
    score,
)

MIDNIGHT = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)  # 00:00 in Berlin
COURSE = ("hurt_not_harm", "keep_moving", "pacing")
COURSES = {
    "unknown": list(COURSE),
    "higher": ["hurt_not_harm", "pacing"],
    "lower": ["keep_moving"],
    "medium": ["pacing"],
}
NO = dict.fromkeys((q.id for q in QUESTIONS), "no") | {"bother": "not_at_all"}


def read(lesson_id: str, at: datetime) -> LessonRecord:
    return LessonRecord(lesson_id, offered_at=at, opened_at=at, last_opened_at=at, openings=1)


def test_the_course_follows_the_group_and_falls_back_to_the_unknown_order():
    assert course_of(COURSES, "higher") == ("hurt_not_harm", "pacing")
    assert course_of(COURSES, None) == COURSE
    assert course_of(COURSES, "something else") == COURSE
    assert listing(("pacing",), COURSE) == ("pacing", "hurt_not_harm", "keep_moving")


def test_the_next_lesson_is_the_first_unread_and_none_once_all_are_read():
    yesterday = MIDNIGHT - timedelta(hours=10)
    assert next_lesson(COURSE, {}) == "hurt_not_harm"
    assert next_lesson(COURSE, {"hurt_not_harm": read("hurt_not_harm", yesterday)}) == "keep_moving"
    everything = {lesson: read(lesson, yesterday) for lesson in COURSE}
    assert next_lesson(COURSE, everything) is None


def test_one_lesson_a_day_and_an_unread_offer_is_offered_again_not_replaced():
    morning = MIDNIGHT + timedelta(hours=8)
    offered = {"hurt_not_harm": LessonRecord("hurt_not_harm", offered_at=morning)}
    # Offered this morning, not read: the summary offers the same one, never a second.
    assert todays_lesson(COURSE, offered, MIDNIGHT, None) == "hurt_not_harm"
    # Read today: nothing more today.
    assert (
        todays_lesson(COURSE, {"hurt_not_harm": read("hurt_not_harm", morning)}, MIDNIGHT, None)
        is None
    )
    # Read yesterday: today's is the next one.
    yesterday = {"hurt_not_harm": read("hurt_not_harm", MIDNIGHT - timedelta(hours=3))}
    assert todays_lesson(COURSE, yesterday, MIDNIGHT, None) == "keep_moving"
    # Offered yesterday and never read: today offers it again.
    stale = {
        "hurt_not_harm": LessonRecord("hurt_not_harm", offered_at=MIDNIGHT - timedelta(hours=3))
    }
    assert todays_lesson(COURSE, stale, MIDNIGHT, None) == "hurt_not_harm"


def test_nothing_is_offered_while_held():
    for hold in Hold:
        assert todays_lesson(COURSE, {}, MIDNIGHT, hold) is None


def test_a_second_tap_within_a_minute_is_a_double_tap():
    at = MIDNIGHT
    record = read("pacing", at)
    assert double_tap(record, at + timedelta(seconds=3))
    assert not double_tap(record, at + timedelta(seconds=30))
    assert not double_tap(None, at)


def test_scoring_counts_a_point_a_factor_and_the_feelings_decide_the_higher_group():
    assert score(NO).score == 0 and score(NO).group is Group.LOWER
    body = NO | {"leg": "yes", "elsewhere": "yes", "walking": "yes", "dressing": "yes"}
    assert (score(body).score, score(body).group) == (4, Group.MEDIUM)
    feelings = NO | {"fear": "yes", "worry": "yes", "hopeless": "yes", "bother": "very"}
    assert (score(feelings).score, score(feelings).distress) == (4, 4)
    assert score(feelings).group is Group.HIGHER
    three = NO | {"fear": "yes", "worry": "yes", "bother": "extremely"}
    assert score(three).group is Group.LOWER
    assert score(NO | {"bother": "moderately"}).score == 0


@given(st.fixed_dictionaries({q.id: st.sampled_from(q.options) for q in QUESTIONS}))
def test_answers_are_stored_as_codes_and_read_back_the_same(answers):
    stored = encode(answers)
    assert decode(stored) == answers
    assert all(part.count("=") == 1 for part in stored.split(","))
    scored = score(answers)
    assert 0 <= scored.distress <= scored.score <= len(QUESTIONS)


def test_the_questions_are_asked_in_order_and_under_ten():
    assert len(QUESTIONS) < 10
    assert next_question({}).id == "leg"
    assert next_question({"leg": "no"}).id == "elsewhere"
    assert next_question(NO) is None
    assert decode("leg=maybe,walking=yes,nonsense") == {"walking": "yes"}


def test_the_questions_are_offered_once_then_every_four_weeks():
    now = MIDNIGHT + timedelta(hours=9)
    assert due(now, None, None, MIDNIGHT)  # never offered
    assert not due(now, now + RECHECK_AFTER, now - timedelta(hours=1), MIDNIGHT)
    assert due(now, now - timedelta(minutes=1), now - RECHECK_AFTER, MIDNIGHT)
    assert not due(now, now - timedelta(minutes=1), now - timedelta(hours=1), MIDNIGHT)


def test_the_higher_group_steps_up_more_gently():
    gentle = clean_sessions_to_offer(Group.HIGHER)
    assert gentle > CLEAN_SESSIONS_TO_OFFER
    assert clean_sessions_to_offer(Group.LOWER) == clean_sessions_to_offer(None)
    ready = Standing(clean_sessions=CLEAN_SESSIONS_TO_OFFER)
    assert offer_due(ready, 3) and not offer_due(ready, 3, gentle)
    assert offer_due(Standing(clean_sessions=gentle), 3, gentle)
