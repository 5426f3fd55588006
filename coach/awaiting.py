"""Typed answers the bot may be waiting for; stored on the person's row so restarts keep them.
An answer that cannot be used says why by its type."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.reminders import EVENING, MIDDAY, MORNING


class Awaiting(StrEnum):
    """What the next typed message answers (the values are stored in `users.awaiting`)."""

    ZONE = "tz"  # a city or time zone name
    CLOCK = "tz_clock"  # the person's clock time, when they do not name a place
    MORNING_TIME = "rem_morning"
    MIDDAY_TIME = "rem_midday"
    EVENING_TIME = "rem_evening"
    ACTIVITY = "psfs_activity"  # an activity for the function check
    REPORT_QUESTION = "report_question"  # what to ask the clinician, printed on /report
    REPORT_NAME = "report_name"  # the name to print on /report
    PLACE = "place"  # where the person is (a country or city), before the first screen


# The typed time each nudge waits for.
TIME_OF = {
    MORNING: Awaiting.MORNING_TIME,
    MIDDAY: Awaiting.MIDDAY_TIME,
    EVENING: Awaiting.EVENING_TIME,
}
# The answers reminders ask for (a Cancel under them stops only these).
REMINDER_ANSWERS = frozenset({Awaiting.ZONE, Awaiting.CLOCK, *TIME_OF.values()})


@dataclass(frozen=True)
class ZoneUnknown:
    """A typed place or zone name we do not know."""

    text: str


@dataclass(frozen=True)
class LocationUnknown:
    """A shared location with no time zone we know of (out at sea)."""


@dataclass(frozen=True)
class ClockUnclear:
    """Typed text that is not a clock time."""


Unclear = ZoneUnknown | LocationUnknown | ClockUnclear
