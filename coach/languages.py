"""Which language a person reads: their own choice, else Telegram's language, else English."""

from __future__ import annotations

ENGLISH = "en"
# The languages the coach speaks, in the order /language offers them.
LANGUAGES = ("en", "de", "es", "ru")


def from_telegram(code: str | None) -> str | None:
    """The language of a Telegram `language_code` ('de-AT' -> 'de'), if we speak it."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def language_for(chosen: str | None, telegram_code: str | None) -> str:
    """The person's choice wins; then their Telegram language; then English."""
    if chosen in LANGUAGES:
        return chosen
    return from_telegram(telegram_code) or ENGLISH
