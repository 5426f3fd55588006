"""Reminder-time arithmetic: when a local clock time next falls, in UTC, and what lateness means.

Rules (ARCHITECTURE.md, Reminders):
- a time inside the spring-forward gap fires once, when the clocks jump (the next valid time);
- a time inside the autumn overlap fires once, at its first occurrence;
- a reminder missed by under an hour (a short downtime) is sent once, late; one missed by more
  is skipped, and the next one is the next slot after now.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coach.away import AwaySpan
from coach.plan import BACK_BEND, Plan

MORNING = "morning"
EVENING = "evening"
MIDDAY = "midday"
# The nudges a person sets in /reminders, in the order they are shown.
NUDGES = (MORNING, MIDDAY, EVENING)
DEFAULT_TIMES = {MORNING: time(8, 0), MIDDAY: time(13, 0), EVENING: time(19, 0)}
LATE_LIMIT = timedelta(hours=1)
SNOOZE = timedelta(minutes=30)
# Sessions a day the programme asks for: one in the morning, one in the evening.
SESSIONS_A_DAY = 2
# The weekly summary is a reminder row of its own: Sunday at 20:00 local, after the evening
# session (19:00 by default) so the week it sums up is complete.
WEEKLY = "weekly"
WEEKLY_DAY = 6
WEEKLY_TIME = time(20, 0)
# After same-day or emergency advice, one message the next morning: were you able to be seen?
FOLLOW_UP = "follow_up"
FOLLOW_UP_TIME = time(9, 0)
# Two hours after emergency advice, one message: did you get help? (coach.clearance times it.)
HELP_CHECK = "help_check"
# Safety messages sent once, however late (a downtime must not swallow them).
ONE_OFF = frozenset({FOLLOW_UP, HELP_CHECK})
# With no known time zone "tomorrow morning" cannot be placed: about a day later instead.
FOLLOW_UP_UNPLACED = timedelta(hours=20)
# The follow-up never comes sooner than this after the advice.
FOLLOW_UP_AT_LEAST = timedelta(hours=10)
# Days to look ahead for the next slot: a week for weekly kinds, plus a day a zone skipped.
LOOK_AHEAD_DAYS = 9


def local_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant local clocks in `zone` show `at` on `day` (gap: its end; overlap: first)."""
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first  # the time exists; fold=0 is its first occurrence in an overlap
    # The clocks skip this time: fold 0 and 1 land either side of the jump; find the jump.
    second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return _transition(min(first, second), max(first, second), zone)


def _transition(before: datetime, after: datetime, zone: tzinfo) -> datetime:
    """The first whole second in (before, after] whose UTC offset is the one at `after`."""
    offset_after = after.astimezone(zone).utcoffset()
    low, high = math.floor(before.timestamp()), math.ceil(after.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, zone).utcoffset() == offset_after:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def next_due(after: datetime, at: time, zone: tzinfo, weekday: int | None = None) -> datetime:
    """The first instant strictly after `after` when it is `at` locally (on `weekday`, 0=Monday).

    One candidate per local date, so a time in the autumn overlap never fires twice.
    """
    start = after.astimezone(zone).date() - timedelta(days=1)
    for offset in range(LOOK_AHEAD_DAYS):
        day = start + timedelta(days=offset)
        if weekday is not None and day.weekday() != weekday:
            continue
        candidate = local_instant(day, at, zone)
        if candidate > after:
            return candidate
    raise ValueError(f"no {at} after {after} in {zone}")  # unreachable for real zones


def should_send(due_at: datetime, now: datetime) -> bool:
    """On time, or missed by a short downtime: send. Missed by an hour or more: skip it."""
    return now - due_at < LATE_LIMIT


def send_now(
    due_at: datetime, now: datetime, at: time, zone: tzinfo, weekday: int | None = None
) -> bool:
    """Whether a reminder found due is sent: it, or a later slot of it, is under an hour late.

    After a long downtime the stored instant is old, but today's slot may have just passed.
    """
    if should_send(due_at, now):
        return True
    return next_due(now - LATE_LIMIT, at, zone, weekday) <= now


def day_bounds(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants where the person's current local day starts and ends."""
    today = now.astimezone(zone).date()
    return (
        local_instant(today, time(0, 0), zone),
        local_instant(today + timedelta(days=1), time(0, 0), zone),
    )


def nudge_needed(kind: str, sessions_done_today: int) -> bool:
    """No nudge for a slot whose session is already done: morning needs one, evening both."""
    if kind == MORNING:
        return sessions_done_today < 1
    if kind == EVENING:
        return sessions_done_today < SESSIONS_A_DAY
    return True


def midday_fits(plan: Plan | None) -> bool:
    """The midday nudge is for the back bend (pain down the leg): the plan must have it."""
    if plan is None or plan.lock is not None:
        return False
    return any(item.exercise_id == BACK_BEND for item in plan.active_items)


def minute_of_day(at: time) -> int:
    """A time of day as minutes after midnight (how it is stored)."""
    return at.hour * 60 + at.minute


def time_of_minute(minute: int) -> time:
    """Minutes after midnight back to a time of day."""
    return time(minute // 60 % 24, minute % 60)


@dataclass(frozen=True)
class ReminderSettings:
    """What /reminders shows: the zone, the time of each nudge that is on, paused or not."""

    time_zone: str | None
    times: dict[str, time]
    paused: bool
    weekly: bool = False
    away: AwaySpan | None = None  # away now: no nudges until the day after it

    @property
    def set_up(self) -> bool:
        """Whether the person has told us their zone (and so has reminders)."""
        return self.time_zone is not None


class NudgeAction(StrEnum):
    """The buttons under a nudge."""

    START = "go"
    SNOOZE = "snz"
    SKIP = "skp"


def follow_up_at(advised: datetime, zone: tzinfo | None) -> datetime:
    """When to ask whether they were seen: the next morning at least 10 hours on."""
    if zone is None:
        return advised + FOLLOW_UP_UNPLACED
    return next_due(advised + FOLLOW_UP_AT_LEAST, FOLLOW_UP_TIME, zone)
