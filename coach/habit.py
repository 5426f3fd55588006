"""The habit: the streak, and habit strength (the share of planned sessions done, recent weeks
weighing most).

A streak falls to zero after one missed day; habit strength only dips, and days away are left
out of it. After a run of strong weeks the nudges may ease off, if the person wants.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date, timedelta

# Four weeks of practice; a day a week old weighs half as much as today.
HABIT_WINDOW_DAYS = 28
HALF_LIFE_DAYS = 7
# A strong week: 80% of its planned sessions (11 of 14), room for an off evening or two.
STRONG_SHARE = 0.8
# Three strong weeks in a row: the routine holds without two nudges a day.
STRONG_WEEKS_TO_EASE = 3
WEEK = 7


def planned_on(
    day: date, today: date, plan_since: date | None, away: frozenset[date], done: int, per_day: int
) -> int:
    """Sessions the plan asked of a day; its first day and today count only what is done."""
    if plan_since is None or day < plan_since or day > today or day in away:
        return 0
    if day in (plan_since, today):
        return min(done, per_day)
    return per_day


def habit_strength(
    done_by_day: Mapping[date, int],
    today: date,
    plan_since: date | None,
    away: frozenset[date],
    per_day: int,
) -> int | None:
    """Habit strength in percent over the last four weeks; None before there is a day to count."""
    asked = done = 0.0
    for age in range(HABIT_WINDOW_DAYS):
        day = today - timedelta(days=age)
        sessions = done_by_day.get(day, 0)
        planned = planned_on(day, today, plan_since, away, sessions, per_day)
        weight = 0.5 ** (age / HALF_LIFE_DAYS)
        asked += weight * planned
        done += weight * min(sessions, planned)
    if asked == 0:
        return None
    return round(100 * done / asked)


def strong_weeks(
    done_by_day: Mapping[date, int],
    today: date,
    plan_since: date | None,
    away: frozenset[date],
    per_day: int,
) -> int:
    """Strong whole weeks in a row, counting back from yesterday (a week away is passed over)."""
    count, end = 0, today - timedelta(days=1)
    while count < STRONG_WEEKS_TO_EASE and plan_since is not None:
        days = [end - timedelta(days=n) for n in range(WEEK)]
        if days[-1] < plan_since:
            break  # a week before the plan began is no week of it
        end -= timedelta(days=WEEK)
        done = {d: done_by_day.get(d, 0) for d in days}
        asked = sum(planned_on(d, today, plan_since, away, done[d], per_day) for d in days)
        if asked == 0:
            continue  # a week away neither counts nor breaks the run
        if sum(min(done[d], per_day) for d in days if d not in away) < STRONG_SHARE * asked:
            break
        count += 1
    return count


def ease_off_due(strong: int, *, asked_before: bool, evening_on: bool) -> bool:
    """Offer one nudge a day instead of two: once, after three strong weeks, if both are on."""
    return strong >= STRONG_WEEKS_TO_EASE and not asked_before and evening_on


def streak(days: Iterable[date], today: date, away: Collection[date] = ()) -> int:
    """Days in a row with a session, up to today (or yesterday while today is still open).

    Days away are bridged: they neither add to the streak nor break it.
    """
    practised = set(days)
    day = today if today in practised else today - timedelta(days=1)
    count = 0
    while day in practised or day in away:
        count += day in practised
        day -= timedelta(days=1)
    return count


def streak_reaches(
    days: Iterable[date], today: date, window_start: date, away: Collection[date] = ()
) -> bool:
    """Whether the streak runs back to the window's first day (so older days matter too)."""
    practised = set(days)
    if streak(practised, today, away) == 0:
        return False
    day = today if today in practised else today - timedelta(days=1)
    while day in practised or day in away:
        day -= timedelta(days=1)
    return day < window_start
