"""Everything one person's report holds, read in one transaction from that person's rows only.

The figures /progress shows come from the same use case (services.progress.progress_of), so
the report and /progress agree.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from coach.progress import days_of, local_day, local_midnight
from coach.report import (
    CareMoment,
    ReportFacts,
    SignEntry,
    SupportRound,
    pain_rises,
    period_start,
    signs_by_urgency,
    tier_of_sign,
    week_rows,
)
from coach.safety import Level
from coach.timezones import zone_named
from services.plan import latest_symptoms
from services.progress import progress_of
from storage.models import User
from storage.progress import done_sessions_since, first_session_at
from storage.reports import care_since, function_check_days
from storage.signs import signs_of
from storage.support import support_rounds


async def _started(tx: AsyncSession, user: User, zone: tzinfo) -> date:
    """The person's first day with the bot (or their first session, if that is earlier)."""
    first_session = await first_session_at(tx, user.id)
    started = min(filter(None, (user.created_at, first_session)))
    return local_day(started, zone)


async def _signs(tx: AsyncSession, user_id: int, zone: tzinfo) -> tuple[SignEntry, ...]:
    """Every warning sign the person reported, most urgent first."""
    entries = [
        SignEntry(
            sign=row.sign,
            tier=tier_of_sign(row.sign),
            level=Level(row.level),
            reported=local_day(row.reported_at, zone),
            cleared=local_day(row.cleared_at, zone) if row.cleared_at else None,
        )
        for row in (await signs_of(tx, user_id)).values()
    ]
    return tuple(signs_by_urgency(entries))


async def _support(tx: AsyncSession, user_id: int, zone: tzinfo) -> tuple[SupportRound, ...]:
    """The person's support-need rounds (none before that feature exists)."""
    rounds = await support_rounds(tx, user_id)
    return tuple(SupportRound(local_day(at, zone), score, group) for _, at, score, group in rounds)


async def facts_of(
    tx: AsyncSession, user: User, name: str, question: str | None, now: datetime
) -> ReportFacts:
    """Read and work out the person's report."""
    zone = zone_named(user.time_zone)
    today = local_day(now, zone)
    first = period_start(await _started(tx, user, zone), today)
    since = local_midnight(first, zone)
    sessions = await done_sessions_since(tx, user.id, since)
    days = days_of(sessions, zone)
    symptoms = await latest_symptoms(tx, user)
    care = await care_since(tx, user.id, since)
    progress = await progress_of(tx, user, now)
    return ReportFacts(
        name=name,
        question=question,
        made_at=now,
        first=first,
        today=today,
        progress=progress.report,
        function=progress.function,
        plan=progress.plan,
        days=days,
        weeks=week_rows(days, first, today),
        rises=tuple(pain_rises(sessions, zone)),
        function_days=tuple(local_day(at, zone) for at in await function_check_days(tx, user.id)),
        support=await _support(tx, user.id, zone),
        signs=await _signs(tx, user.id, zone),
        cautions=symptoms.cautions,
        surgery_ok=symptoms.surgery_ok,
        care=tuple(CareMoment(kind, local_day(at, zone)) for kind, at in care),
        paused_since=local_day(user.paused_for_pain_at, zone) if user.paused_for_pain_at else None,
        gentle=user.gentle_plan,
    )
