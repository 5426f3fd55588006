"""Repository functions for keeping going: barrier answers, days away, the easing of nudges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.away import AwaySpan
from coach.session import Status
from storage.adherence_models import AwayPeriod, BarrierAnswer, NudgeEasing
from storage.models import Checkin
from storage.session_models import ExerciseSession


async def first_plan_at(tx: AsyncSession, user_id: int) -> datetime | None:
    """When the person's first check-in was finished (their first plan)."""
    return await tx.scalar(select(_first_plan(user_id)))


def _first_plan(user_id: int) -> ScalarSelect[datetime | None]:
    """The instant of the person's first finished check-in, as a subquery."""
    first = select(func.min(Checkin.completed_at)).where(Checkin.user_id == user_id)
    return first.scalar_subquery()


@dataclass(frozen=True)
class LapseFacts:
    """What the missed-day question depends on, read in one round trip."""

    plan_at: datetime | None  # the first plan
    done_between: int  # sessions finished in [start, end): the day asked about
    last_done: datetime | None  # the latest session finished
    last_asked: datetime | None  # the latest missed-day question


async def lapse_facts(tx: AsyncSession, user_id: int, start: datetime, end: datetime) -> LapseFacts:
    """The facts of a possible lapse, as one SELECT of four scalar subqueries."""
    done = (ExerciseSession.user_id == user_id, ExerciseSession.status == Status.DONE)
    finished = ExerciseSession.finished_at
    between = select(func.count()).where(*done, finished >= start, finished < end)
    last_done = select(func.max(finished)).where(*done)
    last_asked = select(func.max(BarrierAnswer.asked_at)).where(BarrierAnswer.user_id == user_id)
    facts = select(
        _first_plan(user_id),
        between.scalar_subquery(),
        last_done.scalar_subquery(),
        last_asked.scalar_subquery(),
    )
    row = (await tx.execute(facts)).one()
    return LapseFacts(row[0], int(row[1] or 0), row[2], row[3])


async def answer_before(tx: AsyncSession, user_id: int, before_id: int) -> BarrierAnswer | None:
    """The latest answered question before this one."""
    return await tx.scalar(
        select(BarrierAnswer)
        .where(
            BarrierAnswer.user_id == user_id,
            BarrierAnswer.id < before_id,
            BarrierAnswer.barrier.is_not(None),
        )
        .order_by(BarrierAnswer.id.desc())
        .limit(1)
    )


async def ask_barrier(tx: AsyncSession, user_id: int, missed_day: date) -> BarrierAnswer:
    """A new question about a missed day (its id goes on the buttons)."""
    row = BarrierAnswer(user_id=user_id, missed_day=missed_day)
    tx.add(row)
    await tx.flush()
    return row


async def away_between(tx: AsyncSession, user_id: int, first: date, last: date) -> list[AwayPeriod]:
    """The person's days away that overlap [first, last], oldest first."""
    rows = await tx.scalars(
        select(AwayPeriod)
        .where(
            AwayPeriod.user_id == user_id,
            AwayPeriod.last_day >= first,
            AwayPeriod.first_day <= last,
        )
        .order_by(AwayPeriod.first_day)
    )
    return list(rows)


async def away_on(tx: AsyncSession, user_id: int, day: date) -> AwaySpan | None:
    """The pause that covers a local day, if there is one."""
    rows = await away_between(tx, user_id, day, day)
    return AwaySpan(rows[0].first_day, rows[-1].last_day) if rows else None


def add_away(tx: AsyncSession, user_id: int, first: date, last: date) -> AwayPeriod:
    """Days away, both ends included."""
    row = AwayPeriod(user_id=user_id, first_day=first, last_day=last)
    tx.add(row)
    return row


async def easing_of(tx: AsyncSession, user_id: int) -> NudgeEasing | None:
    """The offer of fewer nudges, if it was made."""
    return await tx.get(NudgeEasing, user_id)


def offer_easing(tx: AsyncSession, user_id: int) -> NudgeEasing:
    """Remember that fewer nudges were offered (it is offered once)."""
    row = NudgeEasing(user_id=user_id)
    tx.add(row)
    return row
