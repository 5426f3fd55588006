"""A person's data in their hands: export everything, or erase everything."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from services.base import Notice, Person, Services, Stale, meet
from storage.base import utcnow
from storage.models import User
from storage.personal_data import erase_person as erase_rows
from storage.personal_data import export_rows

log = logging.getLogger(__name__)

# A confirmation is for now, not for a button found weeks later in the chat history.
CONFIRM_SECONDS = 15 * 60


@dataclass(frozen=True)
class Export:
    """Every row about the person, table by table, and when it was read."""

    rows: dict[str, list[dict[str, Any]]]
    at: datetime


async def export_person(services: Services, person: Person) -> Export:
    """/export: everything stored about the person."""
    now = utcnow()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        return Export(await export_rows(tx, user.id), now)


@dataclass(frozen=True)
class Erased:
    """Every row about the person is gone and their timers are stopped."""


async def erase_person(services: Services, person: Person, asked: datetime) -> Stale | Erased:
    """'Yes, erase everything' on the question asked at `asked`: one transaction, or nothing."""
    age = (utcnow() - asked).total_seconds()
    if not 0 <= age <= CONFIRM_SECONDS:
        return Stale(Notice("data-delete-expired"))
    async with services.db.transaction() as tx:
        user = await tx.get(User, person.user_id)
        if user is None:
            return Stale(Notice("data-already-erased"))
        if user.created_at >= asked + timedelta(seconds=1):
            # Asked before a later fresh start: the question was not about these data.
            return Stale(Notice("data-delete-expired"))
        deleted = await erase_rows(tx, person.user_id)
    # Nothing may follow: a hold or a snooze timer of theirs stops now.
    services.timers.cancel_chat(person.chat_id)
    services.languages.forget(person.user_id)
    log.info("erased a person's data: %s rows in %s tables", sum(deleted.values()), len(deleted))
    return Erased()
