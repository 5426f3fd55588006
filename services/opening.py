"""Opening today's guided session: carry on the unfinished one, or begin one from the plan.

A new session is fixed at its start: its exercises (the plan's, the gentle routine, a short or
reshaped day), its cautions, and what to ask before the first exercise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from sqlalchemy.ext.asyncio import AsyncSession

from coach.doses import encode_items
from coach.forms import gentle_pairs
from coach.plan import Lock
from coach.progress import local_day, local_midnight, week_start
from coach.session import Phase, SessionState, Status
from coach.shapes import SessionShape
from coach.steps import Step, next_step
from coach.timezones import zone_named
from services.base import Forged, Notice, Person, Services, Stale, country_of_user, meet, owned
from services.plan import Locked, current_plan, held_for_leg, latest_symptoms
from services.session import load_state
from storage.base import utcnow
from storage.models import User
from storage.session_models import ExerciseSession
from storage.sessions import (
    active_session,
    begin_session,
    lock_session,
    sessions_before,
    sore_session,
)

# An unfinished session from the last few hours is today's to carry on; older ones are left.
RESUME_WINDOW = timedelta(hours=6)


@dataclass(frozen=True)
class Opened:
    """Today's session: new or carried on (`resumed` once its pain score was given)."""

    session_id: int
    state: SessionState
    resumed: bool

    @cached_property
    def first(self) -> Step:
        """The step the session opens at."""
        return next_step(self.state)


async def start_session(
    services: Services,
    person: Person,
    *,
    fresh_from: int | None = None,
    gentle: bool = False,
    shape: SessionShape | None = None,
    short: bool = False,
) -> Notice | Locked | Opened | Forged | Stale:
    """Begin today's session, or carry on the unfinished one; a notice when there is none.

    With `fresh_from` (the "Start fresh" button) that session is left behind first; `gentle`
    (from /flare) begins the gentle routine at once, also while the plan is paused for pain;
    `shape` (help after a missed day) begins today's session short, varied or reordered;
    `short` (after a session where nothing was done) begins one with the first exercise only.
    """
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        row = await active_session(tx, user.id)
        if fresh_from is not None:
            named = await owned(tx, ExerciseSession, fresh_from, user.id)
            if named is None:
                return Forged()
            if named.status != Status.ACTIVE:
                return Stale(Notice("session-session-over"))
        plan = await current_plan(tx, user)
        if plan is None:
            return Notice("plan-no-plan-yet")
        if plan.lock is not None and not (gentle and plan.lock is Lock.PAIN_PAUSE):
            return Locked(plan, country_of_user(user))
        if not plan.active_items and not gentle:
            return Notice("session-nothing-today")
        fresh = fresh_from is not None or gentle or shape is not None or short
        opened = await _open(
            tx, services, user, row, fresh=fresh, gentle=gentle, shape=shape, short=short
        )
    return opened


async def _open(
    tx: AsyncSession,
    services: Services,
    user: User,
    row: ExerciseSession | None,
    *,
    fresh: bool,
    gentle: bool = False,
    shape: SessionShape | None = None,
    short: bool = False,
) -> Opened:
    """Carry on the person's session, or begin one from the plan in force."""
    if row is not None and (fresh or utcnow() - row.started_at > RESUME_WINDOW):
        row.status, row.hold_ends_at, row.rest_ends_at = Status.ABANDONED, None, None
        services.timers.cancel(row.id)
        row = None
    if row is None:
        row = await _begin(tx, user, gentle=gentle, shape=shape, short=short)
        return Opened(row.id, await load_state(tx, row, services.content), resumed=False)
    row = await lock_session(tx, row.id) or row
    if row.phase == Phase.DOING and row.hold_ends_at is None and row.rest_ends_at is None:
        row.phase = Phase.PAUSED  # the person comes back to a clear "Resume"
    state = await load_state(tx, row, services.content)
    return Opened(row.id, state, resumed=row.pain_before is not None)


async def _begin(
    tx: AsyncSession,
    user: User,
    *,
    gentle: bool,
    shape: SessionShape | None = None,
    short: bool = False,
) -> ExerciseSession:
    """A new session from the plan in force, with what to ask before the first exercise."""
    plan = await current_plan(tx, user)
    assert plan is not None
    symptoms = await latest_symptoms(tx, user)
    if gentle:
        pairs = list(gentle_pairs(symptoms.cautions, held_for_leg(user)))
    elif shape is not None:
        pairs = list(shape.pairs)
    else:
        pairs = [(i.exercise_id, i.variant) for i in plan.active_items][: 1 if short else None]
    row = await begin_session(tx, user.id, encode_items(pairs))
    row.quick = shape is not None and shape.quick
    row.cautions = ",".join(sorted(symptoms.cautions))
    row.gentle = gentle or any(item.half for item in plan.active_items)
    row.ordinal = await sessions_before(tx, user.id, row.id)
    now = utcnow()
    zone = zone_named(user.time_zone)
    today = local_day(now, zone)
    since = local_midnight(today - timedelta(days=1), zone)  # yesterday's sessions
    sore = await sore_session(tx, user.id, since, local_midnight(today, zone))
    row.settle_of = sore.id if sore is not None else None
    week_from = local_midnight(week_start(today), zone)
    if user.screened_at is None or user.screened_at < week_from:
        row.recheck = "ask"  # the first session of a week: anything new?
    return row
