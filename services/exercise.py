"""The taps within an exercise and the session's controls, each one event of the machine."""

from __future__ import annotations

from coach.events import (
    CardChoice,
    CardChosen,
    Control,
    Controlled,
    LegAnswered,
    Moved,
    ReachGiven,
    RepsAdded,
    SetFinished,
    StageDone,
)
from services.base import Forged, Person, Services, Stale
from services.session import act
from storage.base import utcnow


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
