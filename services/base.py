"""What every use case shares: its services, who is acting, and the typed answers to a tap."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from coach.timezones import country_of
from content import Content
from content.words import Notice
from services.language_book import LanguageBook
from services.timers import Timers
from storage import Database
from storage.models import User
from storage.users import touch_user

Row = TypeVar("Row")


@dataclass(frozen=True)
class Services:
    """The database, the programme and the timers, shared by every use case."""

    db: Database
    content: Content
    timers: Timers
    languages: LanguageBook = field(default_factory=LanguageBook)


@dataclass(frozen=True)
class Person:
    """Who is acting, as Telegram told us (private chats only: the chat is theirs)."""

    user_id: int
    chat_id: int
    first_name: str = ""
    language_code: str | None = None  # Telegram's, as sent with this update


@dataclass(frozen=True)
class Forged:
    """A tap on a button we did not make, or one naming someone else's record."""


@dataclass(frozen=True)
class Stale:
    """A tap that no longer fits (already counted, an earlier step): a toast, nothing changed."""

    toast: Notice


async def meet(tx: AsyncSession, person: Person) -> User:
    """The person's row, created on first contact; writing to us means they are reachable."""
    return await touch_user(
        tx, person.user_id, person.chat_id, person.first_name, person.language_code
    )


async def owned(
    tx: AsyncSession, model: type[Row], record_id: int, user_id: int, **get: Any
) -> Row | None:
    """The record a button names, if it exists and belongs to the person who tapped."""
    record = await tx.get(model, record_id, **get)
    if record is None or getattr(record, "user_id", None) != user_id:
        return None
    return record


def country_of_user(user: User) -> str | None:
    """The country whose numbers advice names: the one the person told us, else their zone's."""
    return user.country or country_of(user.time_zone)
