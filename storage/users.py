"""Repository functions for people."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import utcnow
from storage.models import User

# When a person was last seen, to the minute: noting every message would write their row on
# every update, and a flood would make each of them a write.
SEEN_GRAIN = timedelta(minutes=1)


async def get_user(tx: AsyncSession, user_id: int) -> User | None:
    """The person with this Telegram id, if we know them."""
    return await tx.get(User, user_id)


async def touch_user(
    tx: AsyncSession, user_id: int, chat_id: int, first_name: str, language_code: str | None = None
) -> User:
    """Find or create the person who just wrote; a message from them means they are reachable."""
    user = await tx.get(User, user_id)
    code = language_code[:16] if language_code else None
    if user is None:
        user = User(id=user_id, chat_id=chat_id, first_name=first_name[:64], telegram_language=code)
        tx.add(user)
        await tx.flush()
        return user
    user.chat_id = chat_id
    user.first_name = first_name[:64]
    now = utcnow()
    if user.last_seen_at is None or now - user.last_seen_at >= SEEN_GRAIN:
        user.last_seen_at = now
    user.active = True
    if code is not None:
        user.telegram_language = code
    return user


async def set_active(tx: AsyncSession, user_id: int, active: bool) -> None:
    """Mark whether Telegram will deliver to this person (False after a 403 or a block)."""
    await tx.execute(update(User).where(User.id == user_id).values(active=active))
