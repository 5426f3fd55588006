"""People arriving, blocking and unblocking the bot, and typed text we were waiting for."""

from __future__ import annotations

from dataclasses import dataclass

from coach.awaiting import Awaiting
from services.base import Person, Services, country_of_user, meet
from services.checkin import Ask, open_question
from storage.users import set_active


async def reachable(services: Services, user_id: int, reachable: bool) -> None:
    """Telegram says the person blocked the bot (False) or came back (True)."""
    async with services.db.transaction() as tx:
        await set_active(tx, user_id, reachable)


@dataclass(frozen=True)
class TextArrived:
    """Typed text: what we wait for, or the check-in question to ask again, or neither."""

    awaiting: Awaiting | None
    question: Ask | None
    country: str | None = None  # for the numbers a nudge names, read in the same transaction


async def text_arrived(services: Services, person: Person) -> TextArrived:
    """Who answers a typed message: the awaited feature, the open check-in, or a nudge."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        awaiting = Awaiting(user.awaiting) if user.awaiting in set(Awaiting) else None
        question = None if awaiting else await open_question(tx, user.id)
        return TextArrived(awaiting, question, country_of_user(user))
