"""Registers every feature's handlers in one place; the order of groups matters."""

from __future__ import annotations

from telegram.ext import Application, BaseHandler

from handlers import (
    checkin,
    data,
    errors,
    fallbacks,
    function_check,
    onboarding,
    plan,
    private_only,
    progress,
    reminders,
    session,
)

# One group, so exactly one handler answers each update: the first that matches.
# Features come first; fallbacks last so they only see what no feature claimed.
HANDLERS: list[BaseHandler] = [
    *private_only.HANDLERS,
    *onboarding.HANDLERS,
    *checkin.HANDLERS,
    *plan.HANDLERS,
    *progress.HANDLERS,
    *function_check.HANDLERS,
    *data.HANDLERS,
    *reminders.HANDLERS,
    *session.HANDLERS,
    *fallbacks.HANDLERS,
]


def register(application: Application) -> None:
    """Attach all handlers and the error handler."""
    application.add_handlers(HANDLERS)
    application.add_error_handler(errors.on_error)
