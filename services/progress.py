"""Progress: the figures /progress and the weekly summary show, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from coach.function_check import FunctionSummary
from coach.habit import streak_reaches
from coach.plan import Plan
from coach.progress import (
    History,
    Report,
    chart_window_start,
    days_of,
    local_day,
    local_midnight,
    report,
    week_start,
)
from coach.timezones import zone_named
from services.away import away_days
from services.base import Person, Services, meet
from services.function_check import function_summary_of
from services.habit import offer_due
from services.plan import current_plan
from services.support import SupportSummary, support_summary
from storage.adherence import first_plan_at
from storage.base import utcnow
from storage.models import User
from storage.progress import (
    done_counts,
    done_session_starts_before,
    done_sessions_since,
    exercise_tallies,
    first_reach,
    first_session_at,
    reach_by_session,
)
from storage.sessions import levels_of


async def load_history(tx: AsyncSession, user_id: int, now: datetime, zone: tzinfo) -> History:
    """Everything progress needs, in a handful of indexed, aggregated queries."""
    today = local_day(now, zone)
    window_from = local_midnight(chart_window_start(today), zone)
    week_from = local_midnight(week_start(today), zone)
    sessions = await done_sessions_since(tx, user_id, window_from)
    away = await away_days(tx, user_id, chart_window_start(today), today)
    older: list[datetime] = []
    practised = [d.day for d in days_of(sessions, zone)]
    if streak_reaches(practised, today, chart_window_start(today), away):
        older = await done_session_starts_before(tx, user_id, window_from)
    this_week, total = await done_counts(tx, user_id, week_from)
    return History(
        sessions=sessions,
        older_session_starts=older,
        done_this_week=this_week,
        done_total=total,
        exercises=await exercise_tallies(tx, user_id, week_from),
        levels={e: s.level for e, s in (await levels_of(tx, user_id)).items()},
        first_reach=await first_reach(tx, user_id),
        first_session_at=await first_session_at(tx, user_id),
        recent_reach=await reach_by_session(tx, user_id, window_from),
        away_days=away,
        plan_since=await first_plan_at(tx, user_id),
    )


@dataclass(frozen=True)
class Progress:
    """Everything progress shows: the figures, the function check and the plan in force."""

    report: Report
    function: FunctionSummary
    plan: Plan | None
    ease_offer: bool = False  # offer one nudge a day (three strong weeks; asked once)
    support: SupportSummary | None = None  # how the back affects the person, round by round


async def progress_of(tx: AsyncSession, user: User, now: datetime) -> Progress:
    """Read and work out the person's progress."""
    zone = zone_named(user.time_zone)
    history = await load_history(tx, user.id, now, zone)
    summary = await function_summary_of(tx, user.id, now, zone)
    figures = report(history, now, zone)
    plan = await current_plan(tx, user)
    support = await support_summary(tx, user.id, now, zone)
    return Progress(figures, summary, plan, await offer_due(tx, user, figures), support)


async def show_progress(services: Services, person: Person) -> Progress:
    """/progress."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        return await progress_of(tx, user, utcnow())


@dataclass(frozen=True)
class Week:
    """The weekly summary of one person: their name and their progress."""

    first_name: str
    progress: Progress


async def week_of(services: Services, user_id: int) -> Week | None:
    """The week to sum up; None for someone erased or who blocked the bot."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None or not user.active:
            return None
        return Week(user.first_name, await progress_of(tx, user, utcnow()))
