"""The typed context every handler and job receives: no raw dict lookups."""

from __future__ import annotations

from telegram.ext import Application, CallbackContext, ExtBot

from content import Content
from delivery.outbox import Outbox
from delivery.pacing import Clock
from services.base import Services


class BotData:
    """What handlers and jobs share; filled in once by the composition root."""

    services: Services
    outbox: Outbox
    clock: Clock


class CoachContext(CallbackContext[ExtBot[None], dict, dict, BotData]):
    """CallbackContext with typed access to the shared services."""

    @property
    def services(self) -> Services:
        """The use cases' database, programme and timers."""
        return self.bot_data.services

    @property
    def content(self) -> Content:
        """The programme's content."""
        return self.bot_data.services.content

    @property
    def outbox(self) -> Outbox:
        """Where replies go out."""
        return self.bot_data.outbox


CoachApplication = Application[ExtBot[None], CoachContext, dict, dict, BotData, object]
