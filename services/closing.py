"""The end of a session: the pain score after, the summary, the ladders, and the pain path
(coach/pain_path.py decides; `follow_pain_path` does it, now and for the morning's answer)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from coach.care_log import CareKind
from coach.events import Moved, PainScored, When
from coach.pain_path import (
    PainFacts,
    PainOutcome,
    Pause,
    StepBack,
    WatchRise,
    pain_path,
    rise,
    window_start,
)
from coach.progress import local_day, local_midnight
from coach.progression import (
    Eased,
    LadderMoves,
    Standing,
    accept,
    decline,
    ladder_moves,
    offer_due,
    top_of,
)
from coach.reminders import NUDGES
from coach.session import Kind, Status
from coach.shapes import uncredited
from coach.summary import Summary, summarise
from coach.support import clean_sessions_to_offer
from coach.timezones import zone_named
from services.base import Forged, Notice, Person, Services, Stale, owned
from services.function_check import CheckOffer, offer_after_session
from services.lessons import offer_today
from services.plan import current_plan
from services.session import time_it, transition
from services.support import offer_if_due
from storage.base import utcnow
from storage.lessons import latest_support_group
from storage.models import User
from storage.progress import done_since
from storage.reminders import reminders_of
from storage.reports import note_care
from storage.session_models import ExerciseSession
from storage.sessions import levels_of, previous_reach, recent_pains, save_standing


@dataclass(frozen=True)
class Closed:
    """What a finished session means: its summary, the pain path's outcome, the ladders."""

    summary: Summary
    stopped: bool
    outcome: PainOutcome
    eased: Eased = field(default_factory=Eased)  # made one level easier, or lighter
    offers: tuple[tuple[str, Standing], ...] = ()  # next levels on offer
    last_reach: int | None = None  # the bend's reach last time, to compare
    check_offer: CheckOffer | None = None  # the function check, when due
    lesson: str | None = None  # the day's lesson, when today has none yet
    support_again: bool | None = None  # the support-need questions offered (True: a re-check)


async def close_session(
    services: Services, person: Person, session_id: int, score: int
) -> Forged | Stale | Closed:
    """The pain score after: finish the session, move the ladders, decide what to say."""
    async with services.db.transaction() as tx:
        moved = await transition(tx, services, person, session_id, PainScored(When.AFTER, score))
        if not isinstance(moved, Moved):
            return moved
        closed = await _closing(tx, services, person.user_id, session_id, moved)
    time_it(services, session_id, person.chat_id, moved)
    return closed


async def _closing(
    tx: AsyncSession, services: Services, user_id: int, session_id: int, moved: Moved
) -> Closed:
    """The pain path and the ladders after the session; a lesson or a check after a good one."""
    state = moved.after
    stopped = state.status is Status.STOPPED
    summary = summarise(state)
    row = await tx.get(ExerciseSession, session_id)
    assert row is not None
    # Any rise: tomorrow's first session asks whether it settled (soreness.py).
    row.sore_by = rise(state.pain_before, state.pain_after) or None
    outcome, moves = await follow_pain_path(
        tx, services, user_id, summary, (session_id,), stopped=stopped, quick=row.quick
    )
    bent = any(item.kind is Kind.BENDING for item in state.items)
    worse = isinstance(outcome, WatchRise | StepBack | Pause)
    quiet = stopped or worse or summary.nothing_done
    offer = None if quiet else await offer_after_session(tx, user_id, utcnow())
    lesson, support = (None, None) if quiet else await _learning(tx, services, user_id)
    return Closed(
        summary,
        stopped,
        outcome,
        eased=moves.easier,
        offers=tuple((e, moves.standings[e]) for e in moves.offers),
        last_reach=await previous_reach(tx, user_id, session_id) if bent else None,
        check_offer=offer,
        lesson=lesson,
        support_again=support,
    )


async def follow_pain_path(
    tx: AsyncSession,
    services: Services,
    user_id: int,
    summary: Summary,
    other_than: tuple[int, ...],
    *,
    settled: bool | None = None,
    stopped: bool = False,
    quick: bool = False,
) -> tuple[PainOutcome, LadderMoves]:
    """Ask the pain path what this session's pain means, and do it: the ladders, the pause.

    `settled`: the next morning's answer (None just after the session); `other_than`: the
    sessions not to count as earlier ones (this one, and the one the morning answer is about).
    """
    now = utcnow()
    earlier = await recent_pains(tx, user_id, other_than, window_start(now))
    facts = PainFacts(summary.pain_before, summary.pain_after, settled, earlier, now)
    outcome = pain_path(facts)
    sore = None if settled is None else not settled
    moves = await _move_ladders(
        tx, services, user_id, summary, stopped=stopped, sore=sore, quick=quick
    )
    if isinstance(outcome, Pause):
        await pause_for_pain(tx, user_id)
    return outcome, moves


async def _learning(
    tx: AsyncSession, services: Services, user_id: int
) -> tuple[str | None, bool | None]:
    """After a good session: the day's lesson (after the day's first finished session), and the
    support-need questions when due."""
    user = await tx.get(User, user_id)
    if user is None:
        return None, None
    now = utcnow()
    zone = zone_named(user.time_zone)
    first_today = await done_since(tx, user_id, local_midnight(local_day(now, zone), zone)) == 1
    lesson = await offer_today(tx, services, user, now) if first_today else None
    ask = await offer_if_due(tx, user, now)
    return lesson, ask.again if ask is not None else None


async def _move_ladders(
    tx: AsyncSession,
    services: Services,
    user_id: int,
    summary: Summary,
    *,
    stopped: bool = False,
    sore: bool | None = None,
    quick: bool = False,
) -> LadderMoves:
    """Work out and store what a session does to the person's ladders."""
    user = await tx.get(User, user_id)
    plan = await current_plan(tx, user) if user else None
    tops = (
        {i.exercise_id: i.top_level for i in plan.items if i.top_level is not None} if plan else {}
    )
    standings = await levels_of(tx, user_id)
    exercises = services.content.exercises
    # How much the back affects the person sets the pace: more clean sessions for the higher need.
    needed = clean_sessions_to_offer(await latest_support_group(tx, user_id))
    moves = ladder_moves(
        summary, standings, exercises, stopped=stopped, tops=tops, sore=sore, needed=needed
    )
    if quick:
        moves = uncredited(moves)  # three minutes is not the dose a ladder climbs on
    for exercise_id, standing in moves.standings.items():
        await save_standing(tx, user_id, exercise_id, standing)
    return moves


async def pause_for_pain(tx: AsyncSession, user_id: int) -> None:
    """A second bad session in two weeks: the plan and the nudges wait for a clinician."""
    user = await tx.get(User, user_id)
    if user is None:
        return
    user.paused_for_pain_at = utcnow()
    await note_care(tx, user_id, CareKind.PAUSED, user.paused_for_pain_at)
    for row in (await reminders_of(tx, user_id)).values():
        if row.kind in NUDGES:
            row.paused, row.next_due_at = True, None


@dataclass(frozen=True)
class LevelChosen:
    """The person took the next level (or kept theirs): the level they are on now."""

    exercise_id: str
    level: int
    accepted: bool


async def choose_level(
    services: Services,
    user_id: int,
    session_id: int,
    exercise_id: str,
    offered: int,
    accepted: bool,
) -> Forged | Stale | LevelChosen:
    """Take or decline the offered level, if it is still on offer and today's plan allows it
    (a caution added since, a new form or a pause can take the offer back)."""
    exercise = services.content.exercises.get(exercise_id)
    async with services.db.transaction() as tx:
        row = await owned(tx, ExerciseSession, session_id, user_id)
        user = await tx.get(User, user_id)
        if row is None or exercise is None or user is None:
            return Forged()
        plan = await current_plan(tx, user)
        item = plan.item(exercise_id) if plan is not None and plan.lock is None else None
        if item is None or item.on_hold or not exercise.climbs(item.variant):
            return Stale(Notice("programme-offer-gone"))
        tops = {} if item.top_level is None else {exercise_id: item.top_level}
        standing = (await levels_of(tx, user_id)).get(exercise_id, Standing())
        if standing.level >= top_of(exercise, tops):
            return Stale(Notice("programme-offer-gone"))
        needed = clean_sessions_to_offer(await latest_support_group(tx, user_id))
        due = offer_due(standing, top_of(exercise, tops), needed)
        if standing.level + 1 != offered or not due:
            return Stale(Notice("session-already-noted"))
        await save_standing(
            tx, user_id, exercise_id, accept(standing) if accepted else decline(standing)
        )
    return LevelChosen(exercise_id, offered if accepted else offered - 1, accepted)
