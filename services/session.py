"""The guided session's use cases: open it, and apply each tap through the coach's machine.

Every tap runs the same way: lock the person's session row, read its state, ask
`coach.moves.apply` for the transition, store it, then time what it started. A refusal comes
back as a `Stale` toast; a button naming someone else's session as `Forged`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from coach.events import (
    CardChoice,
    CardChosen,
    Control,
    Controlled,
    Event,
    LegAnswered,
    Moved,
    PainScored,
    ReachGiven,
    Refused,
    RepsAdded,
    SetFinished,
    StageDone,
    When,
)
from coach.moves import apply
from coach.plan import Lock, Plan
from coach.session import Phase, SessionState, Status, decode_items, encode_items, session_items
from content import Content
from services.base import Forged, Notice, Person, Services, Stale, meet, owned
from services.plan import current_plan, latest_symptoms
from services.timers import TimerKind
from storage.base import utcnow
from storage.models import User
from storage.session_models import ExerciseSession
from storage.sessions import (
    active_session,
    begin_session,
    events_of,
    levels_of,
    lock_session,
    log_events,
)

# An unfinished session from the last few hours is today's to carry on; older ones are left.
RESUME_WINDOW = timedelta(hours=6)


@dataclass(frozen=True)
class Opened:
    """Today's session: new or carried on (`resumed` once its pain score was given)."""

    session_id: int
    state: SessionState
    resumed: bool


async def start_session(
    services: Services, person: Person, *, fresh_from: int | None = None
) -> Notice | Opened | Forged | Stale:
    """Begin today's session, or carry on the unfinished one; a notice when there is none.

    With `fresh_from` (the "Start fresh" button) that session is left behind first.
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
        refusal = _refusal(await current_plan(tx, user))
        if refusal is not None:
            return refusal
        opened = await _open(tx, services, user, row, fresh=fresh_from is not None)
    return opened


def _refusal(plan: Plan | None) -> Notice | None:
    """Why there is no session to do, if there is none."""
    if plan is None:
        return Notice("plan-no-plan-yet")
    if plan.lock is Lock.EMERGENCY:
        return Notice("common-emergency-locked")
    if plan.lock is Lock.AWAITING_CLEARANCE:
        return Notice("common-blocked-plan")
    if not plan.active_items:
        return Notice("session-nothing-today")
    return None


async def _open(
    tx: AsyncSession, services: Services, user: User, row: ExerciseSession | None, *, fresh: bool
) -> Opened:
    """Carry on the person's session, or begin one from the plan in force."""
    if row is not None and (fresh or utcnow() - row.started_at > RESUME_WINDOW):
        row.status, row.hold_ends_at, row.rest_ends_at = Status.ABANDONED, None, None
        services.timers.cancel(row.id)
        row = None
    if row is None:
        plan = await current_plan(tx, user)
        assert plan is not None
        pairs = [(i.exercise_id, i.variant) for i in plan.active_items]
        row = await begin_session(tx, user.id, encode_items(pairs))
        return Opened(row.id, await load_state(tx, row, services.content), resumed=False)
    row = await lock_session(tx, row.id) or row
    if row.phase == Phase.DOING and row.hold_ends_at is None and row.rest_ends_at is None:
        row.phase = Phase.PAUSED  # the person comes back to a clear "Resume"
    state = await load_state(tx, row, services.content)
    return Opened(row.id, state, resumed=row.pain_before is not None)


async def load_state(
    tx: AsyncSession, row: ExerciseSession, content: Content, *, symptoms: bool = False
) -> SessionState:
    """The session as the coach's state machine sees it, doses at today's levels.

    `symptoms` also reads the latest check-in (only the leg question needs it).
    """
    levels = {e: s.level for e, s in (await levels_of(tx, row.user_id)).items()}
    balance = symptoms and (await latest_symptoms(tx, row.user_id)).balance_problems
    return SessionState(
        items=session_items(decode_items(row.exercises), content.exercises, levels),
        status=Status(row.status),
        position=row.position,
        phase=Phase(row.phase),
        stage=row.stage,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        events=await events_of(tx, row.id),
        levels=levels,
        hold_ends_at=row.hold_ends_at,
        rest_ends_at=row.rest_ends_at,
        hold_message=row.hold_message_id,
        balance_problems=balance,
    )


async def store(tx: AsyncSession, row: ExerciseSession, moved: Moved) -> None:
    """Write a transition: the row's new fields and the events it logged."""
    after, now = moved.after, utcnow()
    row.exercises = encode_items([(i.exercise_id, i.variant) for i in after.items])
    row.position, row.phase, row.stage = after.position, after.phase, after.stage
    row.pain_before, row.pain_after = after.pain_before, after.pain_after
    row.hold_ends_at, row.rest_ends_at = after.hold_ends_at, after.rest_ends_at
    row.hold_message_id = after.hold_message
    if after.status is not moved.before.status:
        row.status = after.status
        row.finished_at = now if after.status in (Status.DONE, Status.STOPPED) else None
    await log_events(tx, row, moved.logged)
    if moved.pause_bending:
        # Bending waits in the plan until the next finished check-in says the leg has settled.
        user = await tx.get(User, row.user_id)
        if user is not None:
            user.bending_paused_at = now


def time_it(services: Services, session_id: int, chat_id: int, moved: Moved) -> None:
    """Arm the timers a transition started; forget the ones it ended."""
    before, after = moved.before, moved.after
    if before.timing and (after.hold_ends_at, after.rest_ends_at) != (
        before.hold_ends_at,
        before.rest_ends_at,
    ):
        services.timers.cancel(session_id)
    if after.hold_ends_at is not None and after.hold_ends_at != before.hold_ends_at:
        services.timers.arm(session_id, TimerKind.HOLD, after.hold_ends_at, chat_id)
    if after.rest_ends_at is not None and after.rest_ends_at != before.rest_ends_at:
        services.timers.arm(session_id, TimerKind.REST, after.rest_ends_at, chat_id)


async def act(
    services: Services, person: Person, session_id: int, event: Event
) -> Forged | Stale | Moved:
    """One tap on a session button, applied through the coach's state machine."""
    async with services.db.transaction() as tx:
        applied = await transition(tx, services, person, session_id, event)
    if isinstance(applied, Moved):
        time_it(services, session_id, person.chat_id, applied)
    return applied


async def transition(
    tx: AsyncSession, services: Services, person: Person, session_id: int, event: Event
) -> Forged | Stale | Moved:
    """Lock the person's session, apply the event to its state and store the outcome."""
    row = await lock_session(tx, session_id)
    if row is None or row.user_id != person.user_id:
        return Forged()
    state = await load_state(tx, row, services.content, symptoms=isinstance(event, LegAnswered))
    outcome = apply(state, event, services.content.exercises)
    if isinstance(outcome, Refused):
        return Stale(Notice(f"session-{outcome.reason.value.replace('_', '-')}"))
    await store(tx, row, outcome)
    return outcome


async def score_pain(
    services: Services, person: Person, session_id: int, when: When, score: int
) -> Forged | Stale | Moved:
    """The pain score before the first exercise (the one after closes: services.closing)."""
    return await act(services, person, session_id, PainScored(when, score))


async def choose_card(
    services: Services, person: Person, session_id: int, position: int, choice: CardChoice
) -> Forged | Stale | Moved:
    """Start, Skip or Too painful today on an exercise card."""
    return await act(services, person, session_id, CardChosen(position, choice, utcnow()))


async def count_reps(
    services: Services, person: Person, session_id: int, at: tuple[int, int, int], added: int
) -> Forged | Stale | Moved:
    """+1 or +5 on the counter drawn at (position, set, count)."""
    return await act(services, person, session_id, RepsAdded(*at, added))


async def finish_set(
    services: Services, person: Person, session_id: int, at: tuple[int, int, int]
) -> Forged | Stale | Moved:
    """Set done on the counter drawn at (position, set, count)."""
    return await act(services, person, session_id, SetFinished(*at))


async def next_stage(
    services: Services, person: Person, session_id: int, position: int, stage: int
) -> Forged | Stale | Moved:
    """Next on a stage of the guided bend."""
    return await act(services, person, session_id, StageDone(position, stage))


async def give_reach(
    services: Services, person: Person, session_id: int, position: int, reach: int
) -> Forged | Stale | Moved:
    """How far the bend reached."""
    return await act(services, person, session_id, ReachGiven(position, reach))


async def answer_leg(
    services: Services, person: Person, session_id: int, position: int, worse: bool
) -> Forged | Stale | Moved:
    """Whether the leg pain got worse while bending."""
    return await act(services, person, session_id, LegAnswered(position, worse))


async def control(
    services: Services, person: Person, session_id: int, control: Control
) -> Forged | Stale | Moved:
    """Pause, Resume or Stop."""
    return await act(services, person, session_id, Controlled(control, utcnow()))


async def hold_posted(services: Services, session_id: int, message_id: int) -> None:
    """Remember which message shows the running hold (to edit it when the hold ends)."""
    async with services.db.transaction() as tx:
        row = await lock_session(tx, session_id)
        if row is not None and row.hold_ends_at is not None and row.hold_message_id is None:
            row.hold_message_id = message_id
