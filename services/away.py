"""'I'm away': the nudges pause for the days chosen and come back on their own.

Days away are excused: they neither break the streak nor count against the plan, and the
ladders wait where they were. Nothing is switched off: each nudge due while away is simply
not sent (services.barriers.support_for_nudge), so the first one after comes as usual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from coach.away import AWAY_CHOICES, AwaySpan, away_span, cut_short, excused_days
from coach.progress import local_day
from coach.reminders import NUDGES, time_of_minute
from coach.timezones import zone_named
from services import reminders
from services.base import Forged, Notice, Person, Services, Stale, owned
from services.reminders import Shown
from storage.adherence import add_away, away_between
from storage.adherence_models import BarrierAnswer
from storage.base import utcnow
from storage.models import User
from storage.reminders import reminders_of

# Far enough ahead to find any pause that is still to come.
HORIZON = timedelta(days=max(AWAY_CHOICES) + 1)


async def away_days(tx: AsyncSession, user_id: int, first: date, last: date) -> frozenset[date]:
    """The person's days away between two local days."""
    rows = await away_between(tx, user_id, first, last)
    return excused_days(AwaySpan(r.first_day, r.last_day) for r in rows)


@dataclass(frozen=True)
class AwayAsked:
    """How long? The choices, for a pause asked from /reminders or after a missed day."""

    barrier_id: int  # 0: from /reminders


async def _check(tx: AsyncSession, user_id: int, barrier_id: int) -> Forged | Stale | User:
    """The person, set up for reminders, and the missed-day question named (if one is)."""
    user = await tx.get(User, user_id)
    if user is None or (barrier_id and await owned(tx, BarrierAnswer, barrier_id, user_id) is None):
        return Forged()
    if user.time_zone is None:
        return Stale(Notice("reminders-set-up-first"))
    return user


async def ask_away(services: Services, user_id: int, barrier_id: int) -> Forged | Stale | AwayAsked:
    """'I'm away': offer the lengths of a pause."""
    async with services.db.transaction() as tx:
        checked = await _check(tx, user_id, barrier_id)
        return checked if not isinstance(checked, User) else AwayAsked(barrier_id)


@dataclass(frozen=True)
class Away:
    """The pause is stored: the days it covers and the time of the first nudge back."""

    span: AwaySpan
    back_at: time | None  # None: no nudge is on (only the pause itself is kept)
    missed_excused: bool  # asked after a missed day: that day counts as away too


async def go_away(
    services: Services, user_id: int, days: int, barrier_id: int
) -> Forged | Stale | Away:
    """Pause the nudges for `days` days from today (from the missed day, asked after one)."""
    async with services.db.transaction() as tx:
        user = await _check(tx, user_id, barrier_id)
        if not isinstance(user, User):
            return user
        today = local_day(utcnow(), zone_named(user.time_zone))
        question = await tx.get(BarrierAnswer, barrier_id) if barrier_id else None
        backdated = question is not None and question.missed_day == today - timedelta(days=1)
        span = away_span(today, days, question.missed_day if backdated and question else None)
        ongoing = await away_between(tx, user_id, span.first, today + HORIZON)
        if ongoing:  # a new choice replaces the end of the pause already under way
            ongoing[0].first_day = min(ongoing[0].first_day, span.first)
            ongoing[0].last_day = span.last
            span = AwaySpan(ongoing[0].first_day, span.last)
        else:
            add_away(tx, user_id, span.first, span.last)
        rows = (await reminders_of(tx, user_id)).values()
        on = sorted(r.local_minute for r in rows if r.kind in NUDGES and r.enabled)
        back_at = time_of_minute(on[0]) if on else None
        return Away(span, back_at, backdated)


async def come_back(services: Services, person: Person) -> Stale | Shown:
    """'I'm back': the pause ends yesterday and today's nudges come as usual."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, person.user_id)
        if user is None or user.time_zone is None:
            return Stale(Notice("reminders-set-up-first"))
        today = local_day(utcnow(), zone_named(user.time_zone))
        ongoing = await away_between(tx, person.user_id, today, today + HORIZON)
        if not ongoing:
            return Stale(Notice("away-not-away"))
        for row in ongoing:
            kept = cut_short(AwaySpan(row.first_day, row.last_day), today)
            if kept is None:
                await tx.delete(row)
            else:
                row.last_day = kept.last
    shown = await reminders.show_settings(services, person)
    return shown if isinstance(shown, Shown) else Stale(Notice("reminders-set-up-first"))
