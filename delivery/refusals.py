"""Telegram's refusals, recognised in one place: PTB's error classes and the texts they carry.

Telegram tells these apart only in the description of a 400 Bad Request, so its wording is
matched here and nowhere else.
"""

from __future__ import annotations

from telegram.error import BadRequest, TelegramError

# The tap was answered after the person's client stopped waiting (or answered twice).
TOO_OLD = "query is too old"
# An edit that would show exactly what the message shows already.
NOT_MODIFIED = "message is not modified"
# The message is gone (deleted by the person) or too old to edit.
GONE = ("message to edit not found", "message can't be edited")
# Refusals that follow from what the person did, or when: nothing for the operator to fix.
PERSONS_TIMING = (
    TOO_OLD,
    NOT_MODIFIED,
    *GONE,
    "message to delete not found",
    "message can't be deleted",
    "replied message not found",
)


def _says(error: TelegramError, phrases: tuple[str, ...]) -> bool:
    return isinstance(error, BadRequest) and any(p in error.message.lower() for p in phrases)


def too_old(error: TelegramError) -> bool:
    """Telegram no longer accepts an answer to this tap."""
    return _says(error, (TOO_OLD,))


def not_modified(error: TelegramError) -> bool:
    """The edit would change nothing."""
    return _says(error, (NOT_MODIFIED,))


def gone(error: TelegramError) -> bool:
    """The message cannot be edited any more."""
    return _says(error, GONE)


def persons_timing(error: TelegramError) -> bool:
    """A refusal the person's own timing made moot (a deleted message, a late tap)."""
    return _says(error, PERSONS_TIMING)
