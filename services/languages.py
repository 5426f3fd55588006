"""Which language each person reads, and /language to choose it.

The database is the truth (`users.language`, `users.telegram_language`); each person's row is
read once per process and kept here, so rendering a reply costs no extra transaction.
"""

from __future__ import annotations

from coach.languages import LANGUAGES, language_for
from services.base import Forged, Person, Services, meet
from storage.models import User


async def language_of(services: Services, user_id: int, telegram: str | None = None) -> str:
    """The language to talk to this person in (Telegram's code of this update, if any)."""
    known = services.languages.get(user_id)
    if known is None:
        async with services.db.transaction() as tx:
            user = await tx.get(User, user_id)
        known = (user.language, user.telegram_language) if user else (None, None)
    chosen, stored = known
    services.languages.put(user_id, chosen, telegram or stored)
    return language_for(chosen, telegram or stored)


async def choose_language(services: Services, person: Person, lang: str) -> Forged | str:
    """/language: store the person's choice; it wins over Telegram's from now on."""
    if lang not in LANGUAGES:
        return Forged()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        user.language = lang
        services.languages.put(user.id, lang, user.telegram_language)
    return lang
