"""How the bot introduces itself to Telegram at start-up, in every language it speaks.

The command menu, and what a person sees before pressing Start. The bot works without them, so
a failure is logged, not fatal.
"""

from __future__ import annotations

import logging

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import Application

from content import Content

log = logging.getLogger("backcoach")

# The command menu, in the order Telegram shows it.
COMMANDS = (
    "start", "plan", "session", "checkup", "flare", "progress", "reminders", "language",
    "export", "delete", "help", "report", "learn",
)  # fmt: skip


async def register_commands(application: Application) -> None:
    """Show our commands in Telegram's menu, in each language we speak (English by default).

    The bot works without them, so a failure is logged, not fatal.
    """
    content: Content = application.bot_data.services.content
    for lang in content.library.languages:
        w = content.words(lang)
        commands = [BotCommand(name, w.plain(f"common-commands-{name}")) for name in COMMANDS]
        try:
            await application.bot.set_my_commands(
                commands, language_code=None if lang == "en" else lang
            )
        except TelegramError as error:
            log.warning("could not register commands (%s) with Telegram: %s", lang, error)


async def register_descriptions(application: Application) -> None:
    """What a person sees before pressing Start, in each language (English by default): what
    Back Coach is, what it asks of them, that it is not a doctor. A failure is logged only."""
    content: Content = application.bot_data.services.content
    for lang in content.library.languages:
        w = content.words(lang)
        code = None if lang == "en" else lang
        try:
            await application.bot.set_my_description(w.plain("about-description"), code)
            await application.bot.set_my_short_description(w.plain("about-short-description"), code)
        except TelegramError as error:
            log.warning("could not register the description (%s) with Telegram: %s", lang, error)


async def introduce(application: Application) -> None:
    """At start-up: the command menu and the bot's descriptions, in every language."""
    await register_commands(application)
    await register_descriptions(application)
