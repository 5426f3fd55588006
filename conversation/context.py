"""The typed context every handler and job receives: no raw dict lookups."""

from __future__ import annotations

from telegram.ext import Application, CallbackContext, ExtBot

from content import Content, Words
from delivery.answers import TapAnswers
from delivery.bursts import Bursts
from delivery.media import MediaShelf
from delivery.outbox import Outbox
from delivery.pacing import Clock
from services.base import Services
from services.languages import language_of
from services.outcomes import Operators


class BotData:
    """What handlers and jobs share; filled in once by the composition root."""

    services: Services
    outbox: Outbox
    media: MediaShelf
    clock: Clock
    answers: TapAnswers
    bursts: Bursts
    operators: Operators


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

    @property
    def answers(self) -> TapAnswers:
        """Where taps are answered, once each."""
        return self.bot_data.answers

    @property
    def bursts(self) -> Bursts:
        """Which replies a flooding person has had already in this burst."""
        return self.bot_data.bursts

    @property
    def media(self) -> MediaShelf:
        """Where exercise pictures, demos and voice notes go out."""
        return self.bot_data.media


async def words_of(context: CoachContext, user_id: int, telegram: str | None = None) -> Words:
    """The texts in one person's language (their choice, or Telegram's, or English)."""
    lang = await language_of(context.services, user_id, telegram)
    return context.content.words(lang)


CoachApplication = Application[ExtBot[None], CoachContext, dict, dict, BotData, object]
