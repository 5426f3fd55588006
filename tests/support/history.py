"""Test data: realistic practice history written straight into the session tables.

Progress reads only the stored rows, so tests build "a month of sessions" here without driving
the session handlers; the rows follow the vocabulary documented on `SessionEvent`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from coach.session import EventKind, Logged, done_of
from coach.tally import tally_record
from storage.adherence_models import AwayPeriod, BarrierAnswer, NudgeEasing
from storage.models import User
from storage.session_models import ExerciseLevel, ExerciseSession, SessionEvent
from tests.support.moments import START

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# The day before the clock fixture's first morning.
YESTERDAY = START - timedelta(days=1)
MORNING = time(8, 0)
EVENING = time(19, 0)


@dataclass
class Practice:
    """What one session holds: holds of the pelvic lift, reps of the back extension, a reach."""

    pelvic_holds: int = 10
    extension_reps: int = 10
    reach: int | None = None


@dataclass
class Month:
    """A realistic stretch of practice: pain easing from `pain_from` to `pain_to`."""

    days: int = 28
    times: Sequence[time] = (MORNING, EVENING)
    pain_from: int = 7
    pain_to: int = 4
    relief: int = 1  # pain after a session is this much lower than before
    missed_days: Sequence[int] = ()  # day numbers (0 = first day) without a session
    practice: Practice = field(default_factory=Practice)
    reach_from: int | None = None  # bending reach on the first day, rising by one a week


async def add_person(
    session: AsyncSession, user_id: int, name: str = "Ann", zone: str | None = None
) -> User:
    """A person as onboarding leaves them (their chat is their user id)."""
    user = User(id=user_id, chat_id=user_id, first_name=name, time_zone=zone)
    session.add(user)
    await session.flush()
    return user


async def add_session(
    session: AsyncSession,
    user_id: int,
    started_at: datetime,
    pain_before: int | None,
    pain_after: int | None,
    practice: Practice | None = None,
    status: str = "done",
) -> ExerciseSession:
    """One session and its events, as the guided session would have logged them."""
    practice = practice or Practice()
    finished = started_at + timedelta(minutes=12)
    row = ExerciseSession(
        user_id=user_id,
        started_at=started_at,
        finished_at=finished if status == "done" else None,
        status=status,
        exercises="pelvic_lift,back_extension",
        pain_before=pain_before,
        pain_after=pain_after,
    )
    session.add(row)
    await session.flush()
    at = started_at + timedelta(minutes=1)
    events = [("pelvic_lift", "hold", 10, f"pl:h:{n}") for n in range(practice.pelvic_holds)]
    fives, ones = divmod(practice.extension_reps, 5)
    events += [("back_extension", "rep", 5, f"be:r5:{n}") for n in range(fives)]
    events += [("back_extension", "rep", 1, f"be:r1:{n}") for n in range(ones)]
    if practice.extension_reps:
        events.append(("back_extension", "set", practice.extension_reps, "be:set:1"))
    if practice.reach is not None:
        events.append(("bending_forward", "reach", practice.reach, "bf:reach"))
    # The tally the session row keeps of these events, as `store` would have written it.
    log = [Logged(e, EventKind(kind), value, step) for e, kind, value, step in events]
    row.tally = tally_record({e: done_of(e, log) for e in {event.exercise_id for event in log}})
    for n, (exercise_id, kind, value, step) in enumerate(events):
        session.add(
            SessionEvent(
                session_id=row.id,
                user_id=user_id,
                exercise_id=exercise_id,
                kind=kind,
                value=value,
                step=step,
                created_at=at + timedelta(seconds=15 * n),
            )
        )
    return row


async def add_month(
    session: AsyncSession, user_id: int, last_day: datetime, zone: tzinfo, month: Month
) -> list[ExerciseSession]:
    """`month.days` days of sessions ending on `last_day`'s local date, at local clock times."""
    first = last_day.astimezone(zone).date() - timedelta(days=month.days - 1)
    rows = []
    for number in range(month.days):
        if number in month.missed_days:
            continue
        share = number / max(month.days - 1, 1)
        before = round(month.pain_from + (month.pain_to - month.pain_from) * share)
        reach = None
        if month.reach_from is not None:
            reach = min(3, month.reach_from + number // 7)
        practice = Practice(month.practice.pelvic_holds, month.practice.extension_reps, reach)
        for clock in month.times:
            local = datetime.combine(first + timedelta(days=number), clock, zone)
            rows.append(
                await add_session(
                    session, user_id, local, before, max(0, before - month.relief), practice
                )
            )
    return rows


async def set_level(session: AsyncSession, user_id: int, exercise_id: str, level: int) -> None:
    """Put the person on a rung of an exercise's ladder."""
    session.add(ExerciseLevel(user_id=user_id, exercise_id=exercise_id, level=level))


async def three_weeks_of_easing_pain(db, user_id: int = 1001, name: str = "Ann") -> None:
    """21 days up to yesterday, two sessions a day, one missed day, pain 7 -> 4, reach rising."""
    async with db.transaction() as session:
        await add_person(session, user_id, name, "Europe/Amsterdam")
        month = Month(days=21, pain_from=7, pain_to=4, missed_days=(3,), reach_from=0)
        await add_month(session, user_id, YESTERDAY, AMSTERDAM, month)
        await set_level(session, user_id, "pelvic_lift", 1)
        await set_level(session, user_id, "back_extension", 2)


async def add_keeping_going(session: AsyncSession, user_id: int) -> None:
    """A missed day's answer, a week away and the answered offer of fewer nudges."""
    day = (START - timedelta(days=10)).date()
    session.add_all(
        [
            BarrierAnswer(
                user_id=user_id, missed_day=day, barrier="no_time", suggestion="quick",
                answered_at=START - timedelta(days=9), taken="quick",
            ),
            AwayPeriod(user_id=user_id, first_day=day, last_day=day + timedelta(days=6)),
            NudgeEasing(user_id=user_id, answer="yes", answered_at=START),
        ]
    )  # fmt: skip
