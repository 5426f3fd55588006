"""When a clinician's OK may open a locked plan, and when to ask whether help was found.

After emergency advice the person needs time to get to care and be examined: the clearance is
not offered for two hours, and "did you get help?" comes at that point. After same-day advice
it waits for the next morning. The latest advice counts: a sign reported again restarts it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time, timedelta, tzinfo

from coach.reminders import next_due
from coach.safety import Level, Tier, tier_of

# After emergency advice: no clearance sooner, and "did you get help?" then.
EMERGENCY_WAIT = timedelta(hours=2)
# After same-day advice: not before this local time the next morning...
SAME_DAY_MORNING = time(6, 0)
# ... and never sooner than this after the advice (advice at 01:00 waits for 06:00 that day).
SAME_DAY_AT_LEAST = timedelta(hours=4)
# With no known time zone "the next morning" cannot be placed: half a day instead.
SAME_DAY_UNPLACED = timedelta(hours=12)


def clearance_from(
    open_signs: Mapping[str, Level], advised: datetime | None, zone: tzinfo | None
) -> datetime | None:
    """The first instant a clinician's OK may open the plan (None: nothing locks it).

    `advised` is when the latest advice about these signs was given.
    """
    tier = tier_of(open_signs)
    if tier < Tier.SAME_DAY or advised is None:
        return None
    if tier is Tier.EMERGENCY:
        return advised + EMERGENCY_WAIT
    if zone is None:
        return advised + SAME_DAY_UNPLACED
    return next_due(advised + SAME_DAY_AT_LEAST, SAME_DAY_MORNING, zone)


def may_clear(
    open_signs: Mapping[str, Level], advised: datetime | None, zone: tzinfo | None, now: datetime
) -> bool:
    """Whether the clearance may be offered now."""
    opens = clearance_from(open_signs, advised, zone)
    return opens is None or opens <= now


def help_check_at(advised: datetime) -> datetime:
    """When to ask "did you get help?" after emergency advice."""
    return advised + EMERGENCY_WAIT
