"""What the session timers do: a hold ends, a breather ends, the bot comes back after a restart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from coach.events import Event, HoldEnded, Moved, Refused, RestEnded, VoiceEnded
from coach.moves import apply
from coach.session import Phase, Status
from coach.timing import restarted
from services.base import Services
from services.session import load_state, locked_state, store, time_it
from services.timers import TimerKind
from storage.base import utcnow
from storage.models import User
from storage.sessions import lock_session, sessions_with_timers
from storage.users import set_active

# A timer that ran out while the bot was down this recently gets a "tap Resume" message.
PROMPT_WINDOW = timedelta(minutes=30)


async def hold_ended(services: Services, session_id: int, chat_id: int) -> Moved | None:
    """The hold's end: it counts; then a breather or the next exercise (None: stale timer)."""
    return await _fire(services, session_id, chat_id, HoldEnded(utcnow()))


async def rest_ended(services: Services, session_id: int, chat_id: int) -> Moved | None:
    """The breather is over: the next hold starts (None: stale timer)."""
    return await _fire(services, session_id, chat_id, RestEnded(utcnow()))


async def voice_ended(services: Services, session_id: int, chat_id: int) -> Moved | None:
    """A voice-guided set's note ended (ask how it went), or its answer never came."""
    return await _fire(services, session_id, chat_id, VoiceEnded(utcnow()))


async def _fire(services: Services, session_id: int, chat_id: int, event: Event) -> Moved | None:
    """Apply a timer's event to the session it names."""
    async with services.db.transaction() as tx:
        found = await locked_state(tx, session_id, services.content)
        if found is None:
            return None
        row, state = found
        outcome = apply(state, event, {})
        if isinstance(outcome, Refused):
            return None
        await store(tx, row, outcome)
    time_it(services, session_id, chat_id, outcome)
    return outcome


async def person_blocked(services: Services, session_id: int) -> None:
    """The person blocked the bot mid-session: stop timing and stop writing to them."""
    async with services.db.transaction() as tx:
        row = await lock_session(tx, session_id)
        if row is None:
            return
        row.hold_ends_at = row.rest_ends_at = None
        if row.phase == Phase.DOING:
            row.phase = Phase.PAUSED
        await set_active(tx, row.user_id, False)
    services.timers.cancel(session_id)


@dataclass(frozen=True)
class Recovered:
    """A session whose timer ran out while the bot was down: what changed, and whether to say."""

    session_id: int
    chat_id: int
    moved: Moved
    prompt: bool  # recent enough to tell the person (long-gone sessions stay quiet)


async def recover_timers(services: Services) -> list[Recovered]:
    """At start-up: re-arm timers still running, finish those that ran out while we were down."""
    async with services.db.transaction() as tx:
        session_ids = await sessions_with_timers(tx)
    found = [await _recover(services, session_id) for session_id in session_ids]
    return [recovered for recovered in found if recovered is not None]


async def _recover(services: Services, session_id: int) -> Recovered | None:
    """One session: a running timer is re-armed; a finished hold counts once and pauses."""
    now = utcnow()
    async with services.db.transaction() as tx:
        row = await lock_session(tx, session_id)
        if row is None or row.status != Status.ACTIVE:
            return None
        user = await tx.get(User, row.user_id)
        chat_id = user.chat_id if user else row.user_id
        if row.voice_ends_at is not None:
            # A voice set's timer only asks or moves on: run it now if it ran out while away.
            services.timers.arm(session_id, TimerKind.VOICE, max(row.voice_ends_at, now), chat_id)
            return None
        if _rearm(services, session_id, chat_id, row.hold_ends_at, row.rest_ends_at, now):
            return None
        state = await load_state(tx, row, services.content)
        ran_out = row.hold_ends_at or row.rest_ends_at or now
        moved = restarted(state, now)
        await store(tx, row, moved)
    return Recovered(session_id, chat_id, moved, prompt=now - ran_out <= PROMPT_WINDOW)


def _rearm(
    services: Services,
    session_id: int,
    chat_id: int,
    hold_ends_at: datetime | None,
    rest_ends_at: datetime | None,
    now: datetime,
) -> bool:
    """A timer still running is timed again from its stored end; True if there was one."""
    for kind, ends_at in ((TimerKind.HOLD, hold_ends_at), (TimerKind.REST, rest_ends_at)):
        if ends_at is not None and ends_at > now:
            services.timers.arm(session_id, kind, ends_at, chat_id)
            return True
    return False
