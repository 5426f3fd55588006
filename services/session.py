"""The guided session's machine as use cases: apply each tap or timer, and score pain before.

Every tap runs the same way: lock the person's session row, read its state, ask
`coach.moves.apply` for the transition, store it, then time what it started. A refusal comes
back as a `Stale` toast; a button naming someone else's session as `Forged`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from coach.doses import decode_items, encode_items, session_items
from coach.events import (
    Event,
    Moved,
    PainScored,
    Refused,
    When,
)
from coach.forms import capped
from coach.moves import apply
from coach.plan import BENDING, WORST_PAIN
from coach.session import Phase, SessionState, Status
from coach.tally import tally_after, tally_from, tally_record
from content import Content
from services.base import Forged, Notice, Person, Services, Stale, country_of_user
from services.plan import held_for_leg
from services.timers import TimerKind
from storage.base import utcnow
from storage.models import User
from storage.session_models import ExerciseSession
from storage.sessions import (
    LockedSession,
    earlier_starts,
    highest_pain,
    levels_of,
    lock_for_state,
    lock_session,
    log_events,
)

# How a person's sets are guided (users.guide): the chat timer, or one voice note a set.
GUIDE_CHAT, GUIDE_VOICE = "chat", "voice"


async def load_state(tx: AsyncSession, row: ExerciseSession, content: Content) -> SessionState:
    """The session as the coach's state machine sees it, doses at today's levels (never above
    the rung the person's cautions allow, whatever a ladder climbed to before them)."""
    person = await tx.get(User, row.user_id)
    sore = await tx.get(ExerciseSession, row.settle_of) if row.settle_of else None
    standings = await levels_of(tx, row.user_id)
    return _state_of(LockedSession(row, person, sore, standings), content)


def _state_of(locked: LockedSession, content: Content) -> SessionState:
    """The state from what was read; what was logged comes from the row's tally, never from
    the event log, so a tap reads as much after sixty reps as after one."""
    row, user, sore, standings = locked.row, locked.person, locked.sore, locked.standings
    cautions = frozenset(filter(None, row.cautions.split(",")))
    levels = capped({e: s.level for e, s in standings.items()}, cautions)
    lighter = {e for e, s in standings.items() if s.lighter}
    pairs = decode_items(row.exercises)
    return SessionState(
        # The three-minute version is half the reps, like a gentle session.
        items=session_items(
            pairs, content.exercises, levels, gentle=row.gentle or row.quick, lighter=lighter
        ),
        status=Status(row.status),
        position=row.position,
        phase=Phase(row.phase),
        stage=row.stage,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        tally=tally_from(row.tally),
        levels=levels,
        hold_ends_at=row.hold_ends_at,
        rest_ends_at=row.rest_ends_at,
        hold_message=row.hold_message_id,
        cautions=cautions,
        held=held_for_leg(user) if user is not None else frozenset(),
        gentle=row.gentle,
        ordinal=row.ordinal,
        settle_of=row.settle_of,
        settled=sore.sore_settled if sore is not None else None,
        recheck=row.recheck,
        voice_ends_at=row.voice_ends_at,
        voice_asked=row.voice_asked,
        voice_default=user is not None and user.guide == GUIDE_VOICE,
    )


async def store(tx: AsyncSession, row: ExerciseSession, moved: Moved) -> None:
    """Write a transition: the row's new fields and the events it logged."""
    after, now = moved.after, utcnow()
    row.exercises = encode_items([(i.exercise_id, i.variant) for i in after.items])
    row.position, row.phase, row.stage = after.position, after.phase, after.stage
    row.pain_before, row.pain_after = after.pain_before, after.pain_after
    row.hold_ends_at, row.rest_ends_at = after.hold_ends_at, after.rest_ends_at
    row.hold_message_id = after.hold_message
    row.gentle, row.recheck = after.gentle, after.recheck
    row.voice_ends_at, row.voice_asked = after.voice_ends_at, after.voice_asked
    tally = tally_record(tally_after(after))
    if tally != row.tally:  # a write only when something was counted
        row.tally = tally
    if after.status is not moved.before.status:
        row.status = after.status
        row.finished_at = now if after.status in (Status.DONE, Status.STOPPED) else None
    await log_events(tx, row, moved.logged)
    paused = moved.paused_in_plan
    user = await tx.get(User, row.user_id) if paused else None
    # It waits in the plan until the next finished check-in says the leg has settled.
    if user is not None and paused == BENDING:
        user.bending_paused_at = now
    elif user is not None and paused is not None:
        user.leg_paused = ",".join(sorted(held_for_leg(user) | {paused}))


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
    if after.voice_ends_at != before.voice_ends_at:
        if after.voice_ends_at is None:
            services.timers.cancel(session_id)
        else:
            services.timers.arm(session_id, TimerKind.VOICE, after.voice_ends_at, chat_id)


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
    found = await locked_state(tx, session_id, services.content)
    if found is None or found[0].user_id != person.user_id:
        return Forged()
    row, state = found
    outcome = apply(state, event, services.content.exercises)
    if isinstance(outcome, Refused):
        return Stale(Notice(f"session-{outcome.reason.value.replace('_', '-')}"))
    await store(tx, row, outcome)
    return outcome


async def locked_state(
    tx: AsyncSession, session_id: int, content: Content
) -> tuple[ExerciseSession, SessionState] | None:
    """Lock a session and read its state in one query (None: there is no such session)."""
    locked = await lock_for_state(tx, session_id)
    return None if locked is None else (locked.row, _state_of(locked, content))


@dataclass(frozen=True)
class Scored:
    """The pain score before the first exercise: the move, and whether it is the worst yet."""

    moved: Moved
    worst: bool  # 9 or 10 and higher than ever before: the same-day advice too
    country: str | None  # for the numbers the gentle day names


async def score_pain(
    services: Services, person: Person, session_id: int, score: int
) -> Forged | Stale | Scored:
    """The pain score before the first exercise (the one after closes: services.closing)."""
    async with services.db.transaction() as tx:
        starts = await earlier_starts(tx, person.user_id, session_id)
        scored = PainScored(When.BEFORE, score, starts)
        moved = await transition(tx, services, person, session_id, scored)
        if not isinstance(moved, Moved):
            return moved
        highest = await highest_pain(tx, person.user_id, session_id)
        user = await tx.get(User, person.user_id)
    time_it(services, session_id, person.chat_id, moved)
    worst = score >= WORST_PAIN and (highest is None or score > highest)
    return Scored(moved, worst, country_of_user(user) if user else None)


async def hold_posted(services: Services, session_id: int, message_id: int) -> None:
    """Remember which message shows the running hold (to edit it when the hold ends)."""
    async with services.db.transaction() as tx:
        row = await lock_session(tx, session_id)
        if row is not None and row.hold_ends_at is not None and row.hold_message_id is None:
            row.hold_message_id = message_id
