"""Free-text answers (a time, a city, an activity): what we wait for lives on the user's row."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from handlers.context import CoachContext
from storage.models import User

# The handler gets the person (already stored) and the text; it answers and clears `awaiting`.
TextAnswer = Callable[[Update, CoachContext, User, str], Awaitable[None]]

_expecting: dict[str, TextAnswer] = {}


def expects(kind: str) -> Callable[[TextAnswer], TextAnswer]:
    """Register the handler for `User.awaiting == kind` (decorator, one per kind)."""

    def register(handler: TextAnswer) -> TextAnswer:
        if kind in _expecting:
            raise ValueError(f"two handlers for free text {kind!r}")
        _expecting[kind] = handler
        return handler

    return register


def handler_for(awaiting: str | None) -> TextAnswer | None:
    """Who handles the text a person sends while we wait for `awaiting`."""
    return _expecting.get(awaiting) if awaiting else None
