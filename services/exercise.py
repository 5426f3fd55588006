"""The session taps that do more than apply one event: a card's choice (the way of starting is
remembered), the controls (stamped with the time), and the card an item shows.

Every other tap is one coach event, applied by `services.session.act`.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.events import CardChoice, CardChosen, Control, Controlled, Moved
from coach.session import SessionItem, SessionState
from services.base import Forged, Notice, Person, Services, Stale
from services.session import GUIDE_CHAT, GUIDE_VOICE, act, load_state, time_it, transition
from storage.base import utcnow
from storage.models import User
from storage.session_models import ExerciseSession


async def choose_card(
    services: Services, person: Person, session_id: int, position: int, choice: CardChoice
) -> Forged | Stale | Moved:
    """Start (chat timer or voice), Skip or Too painful today on an exercise card.

    How the person starts is remembered: the next cards offer that way first.
    """
    async with services.db.transaction() as tx:
        chosen = CardChosen(position, choice, utcnow())
        moved = await transition(tx, services, person, session_id, chosen)
        if isinstance(moved, Moved) and choice in (CardChoice.GO, CardChoice.VOICE):
            user = await tx.get(User, person.user_id)
            if user is not None:
                user.guide = GUIDE_VOICE if choice is CardChoice.VOICE else GUIDE_CHAT
    if isinstance(moved, Moved):
        time_it(services, session_id, person.chat_id, moved)
    return moved


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
