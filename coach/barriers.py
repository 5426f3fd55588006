"""Help past a missed day: when to ask what got in the way, and which change to suggest.

The best-tested adherence messaging asks people who fall short what got in the way and answers
that barrier with one concrete change; asking every morning of a long lapse would nag, so the
question comes once a lapse (until the next session done).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum

from coach.reminders import EVENING, MORNING
from coach.shapes import SessionShape, Variation


class Barrier(StrEnum):
    """What got in the way, as the person answers (stored as these codes)."""

    NO_TIME = "no_time"
    FORGOT = "forgot"
    PAIN = "pain"
    UNSURE = "unsure"  # not sure it helps
    BORED = "bored"
    OTHER = "other"


class Suggestion(StrEnum):
    """One concrete change offered for a barrier (stored as these codes)."""

    QUICK = "quick"  # a three-minute version of today's session
    REMINDER_TIME = "time"  # move a nudge to a better moment
    FLARE = "flare"  # the flare plan and /checkup
    CLINICIAN = "clinician"  # pain again: see someone, /checkup, the flare plan
    WHY = "why"  # why the exercises work
    PROGRESS = "progress"  # the person's own figures
    VARIATION = "variation"  # another safe form of one exercise today
    ORDER = "order"  # today's exercises the other way round
    AWAY = "away"  # pause the reminders for a few days, keeping the streak


class Take(StrEnum):
    """A button under a suggestion: what accepting it does (callback data codes)."""

    QUICK = "quick"
    MORNING = "am"
    EVENING = "pm"
    FLARE = "flare"
    CHECKUP = "check"
    WHY = "why"
    PROGRESS = "prog"
    VARIATION = "vary"
    ORDER = "order"


# In order of preference; the same barrier twice in a row moves on to the next one.
SUGGESTIONS: dict[Barrier, tuple[Suggestion, ...]] = {
    Barrier.NO_TIME: (Suggestion.QUICK, Suggestion.REMINDER_TIME),
    Barrier.FORGOT: (Suggestion.REMINDER_TIME, Suggestion.QUICK),
    Barrier.PAIN: (Suggestion.FLARE, Suggestion.CLINICIAN),
    Barrier.UNSURE: (Suggestion.WHY, Suggestion.PROGRESS),
    Barrier.BORED: (Suggestion.VARIATION, Suggestion.ORDER, Suggestion.QUICK, Suggestion.PROGRESS),
    # A kind word and the shortest way back; then a pause if life is busy.
    Barrier.OTHER: (Suggestion.QUICK, Suggestion.AWAY),
}
# The buttons each suggestion shows (the away pause shows its own day choices).
TAKES: dict[Suggestion, tuple[Take, ...]] = {
    Suggestion.QUICK: (Take.QUICK,),
    Suggestion.REMINDER_TIME: (Take.MORNING, Take.EVENING),
    Suggestion.FLARE: (Take.FLARE, Take.CHECKUP),
    Suggestion.CLINICIAN: (Take.CHECKUP, Take.FLARE),
    Suggestion.WHY: (Take.WHY,),
    Suggestion.PROGRESS: (Take.PROGRESS,),
    Suggestion.VARIATION: (Take.VARIATION,),
    Suggestion.ORDER: (Take.ORDER,),
    Suggestion.AWAY: (),
}
# Which nudge a reminder-time button moves.
NUDGE_OF_TAKE = {Take.MORNING: MORNING, Take.EVENING: EVENING}
# Suggestions that are today's session in another shape: only while the plan allows one.
NEEDS_PLAN = frozenset({Suggestion.QUICK, Suggestion.VARIATION, Suggestion.ORDER})


@dataclass(frozen=True)
class Answered:
    """An earlier answer: the barrier named and the change suggested for it."""

    barrier: Barrier
    suggestion: Suggestion


@dataclass(frozen=True)
class Offer:
    """A barrier noted and the one change offered for it, with what the offer names."""

    barrier_id: int
    barrier: Barrier
    suggestion: Suggestion
    again: bool  # the same barrier as last time: a different change
    shape: SessionShape | None = None  # today's session, short, varied or reordered
    change: Variation | None = None  # the exercise in another form (a variation)
    times: dict[str, time] = field(default_factory=dict)  # the nudges a new time would move


def suggestion_for(
    barrier: Barrier, previous: Answered | None, possible: Collection[Suggestion]
) -> Suggestion:
    """The change to offer; the same barrier as last time gets a different one.

    `possible` holds the session shapes that fit today (none while the plan is locked; a
    variation needs an exercise with another safe form, a new order two exercises). Every
    barrier has a change that needs no session, so there is always one to offer.
    """
    options = [s for s in SUGGESTIONS[barrier] if s not in NEEDS_PLAN or s in possible]
    if previous is not None and previous.barrier is barrier:
        others = [s for s in options if s is not previous.suggestion]
        options = others or options
    return options[0]


def again(barrier: Barrier, previous: Answered | None) -> bool:
    """Whether this barrier is the one named last time too."""
    return previous is not None and previous.barrier is barrier


def missed_yesterday(
    today: date,
    *,
    plan_since: date | None,
    done_yesterday: int,
    done_today: int,
    away_yesterday: bool,
    asked_this_lapse: bool,
) -> date | None:
    """The missed day to ask about, or None.

    Yesterday counts when the plan was in place all day (not the day it was given), nothing
    was done, the person was not away, today is still untouched, and this lapse was not asked
    about already.
    """
    yesterday = today - timedelta(days=1)
    if plan_since is None or plan_since >= yesterday:
        return None
    if done_yesterday or done_today or away_yesterday or asked_this_lapse:
        return None
    return yesterday


def takes_of(suggestion: Suggestion) -> tuple[Take, ...]:
    """The buttons a suggestion shows."""
    return TAKES[suggestion]
