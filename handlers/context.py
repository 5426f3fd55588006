"""The typed context every handler receives: the database and the content, no raw dict lookups."""

from __future__ import annotations

from telegram.ext import Application, CallbackContext, ExtBot

from content import Content
from scheduler.pacing import Clock
from storage import Database


class Services:
    """What the handlers share; filled in once by the composition root."""

    db: Database
    content: Content
    clock: Clock


class CoachContext(CallbackContext[ExtBot[None], dict, dict, Services]):
    """CallbackContext with typed access to the shared services."""

    @property
    def db(self) -> Database:
        """The database."""
        return self.bot_data.db

    @property
    def content(self) -> Content:
        """The programme's content."""
        return self.bot_data.content


CoachApplication = Application[ExtBot[None], CoachContext, dict, dict, Services, object]
