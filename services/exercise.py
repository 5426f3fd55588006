"""The taps within an exercise and the session's controls, each one event of the machine."""

from __future__ import annotations

from dataclasses import dataclass

from coach.events import (
    CardChoice,
    CardChosen,
    Control,
    Controlled,
    LegAnswered,
    LegSpread,
    Moved,
    ReachGiven,
    RepsAdded,
    SetFinished,
    StageDone,
    VoiceAnswer,
    VoiceAnswered,
)
from coach.session import SessionItem, SessionState
from services.base import Forged, Notice, Person, Services, Stale
from services.session import GUIDE_CHAT, GUIDE_VOICE, act, load_state
from storage.base import utcnow
from storage.models import User
from storage.session_models import ExerciseSession


async def choose_card(
    services: Services, person: Person, session_id: int, position: int, choice: CardChoice
) -> Forged | Stale | Moved:
    """Start (chat timer or voice), Skip or Too painful today on an exercise card.

    How the person starts is remembered: the next cards offer that way first.
    """
    moved = await act(services, person, session_id, CardChosen(position, choice, utcnow()))
    if isinstance(moved, Moved) and choice in (CardChoice.GO, CardChoice.VOICE):
        async with services.db.transaction() as tx:
            user = await tx.get(User, person.user_id)
            if user is not None:
                user.guide = GUIDE_VOICE if choice is CardChoice.VOICE else GUIDE_CHAT
    return moved


async def answer_voice(
    services: Services,
    person: Person,
    session_id: int,
    position: int,
    answer: VoiceAnswer,
    count: int = 0,
) -> Forged | Stale | Moved:
    """How a voice-guided set went: all of it, fewer (a count), or too painful."""
    return await act(services, person, session_id, VoiceAnswered(position, answer, count))


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


async def leg_spreading(
    services: Services, person: Person, session_id: int, position: int
) -> Forged | Stale | Moved:
    """Leg symptoms spread during the back bend or extension: it stops, and waits in the plan."""
    return await act(services, person, session_id, LegSpread(position))


async def control(
    services: Services, person: Person, session_id: int, control: Control
) -> Forged | Stale | Moved:
    """Pause, Resume or Stop."""
    return await act(services, person, session_id, Controlled(control, utcnow()))


@dataclass(frozen=True)
class CardItem:
    """An exercise of the person's session, as its card shows it."""

    state: SessionState
    item: SessionItem


async def card_item(
    services: Services, person: Person, session_id: int, position: int
) -> Forged | Stale | CardItem:
    """The exercise at `position` of the person's session ("Show me" asks for its demo)."""
    async with services.db.transaction() as tx:
        row = await tx.get(ExerciseSession, session_id)
        if row is None or row.user_id != person.user_id:
            return Forged()
        state = await load_state(tx, row, services.content)
    if not 0 <= position < len(state.items):
        return Stale(Notice("session-old-step"))
    return CardItem(state, state.items[position])
