"""Composition root: settings -> content -> database -> Application; `python bot.py` runs it."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest

import runtime
from content import Content, ContentError, load_content
from delivery.context import BotData, CoachApplication, CoachContext
from delivery.media import MediaShelf
from delivery.outbox import Outbox
from delivery.pacing import Clock, FloodControl, LoopClock
from handlers import registry
from handlers.update_order import OnePersonAtATime
from media.library import DiskCache, warm_up
from media.worker import start_worker
from scheduler.holds import JobTimers, schedule_recovery
from scheduler.sweep import schedule_sweep
from services.base import Services
from settings import Settings
from storage import Database
from storage.migrate import upgrade_to_head

log = logging.getLogger("backcoach")

MISSING_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set: put the token from BotFather in your environment "
    "or in a .env file (see .env.example)."
)
MISSING_SECRET = "WEBHOOK_SECRET is required when WEBHOOK_URL is set (see .env.example)."
INVALID_SECRET = (
    "WEBHOOK_SECRET may hold only 1-256 letters, digits, '_' and '-' (Telegram's rule)."
)


class RedactToken(logging.Filter):
    """Keeps the token out of every log line, whatever library wrote it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        return True


def configure_logging(level: str, token: str) -> None:
    """One readable log format; HTTP request lines (which carry the URL) stay quiet."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


# The command menu, in the order Telegram shows it.
COMMANDS = (
    "start", "plan", "session", "checkup", "flare", "progress", "reminders", "language",
    "export", "delete", "help",
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


async def close_database(application: Application) -> None:
    """Release database connections on shutdown."""
    await application.bot_data.services.db.close()


def build_application(
    settings: Settings,
    *,
    content: Content | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    clock: Clock | None = None,
) -> CoachApplication:
    """The whole bot, wired; tests pass a fake `request` and `clock`, everything else is real."""
    clock = clock or LoopClock()
    assert settings.telegram_bot_token is not None
    base_url = settings.telegram_base_url
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(base_url)
        .base_file_url(base_url.replace("/bot", "/file/bot"))
        .defaults(Defaults(parse_mode=ParseMode.HTML, do_quote=False))
        .context_types(ContextTypes(context=CoachContext, bot_data=BotData))
        .rate_limiter(FloodControl(clock=clock))
        .concurrent_updates(OnePersonAtATime())
        .post_init(register_commands)
        .post_shutdown(close_database)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(updates_request or request)
    application = builder.build()
    assert application.job_queue is not None
    shared = application.bot_data
    shared.services = Services(
        Database(settings.database_url), content or load_content(), JobTimers(application.job_queue)
    )
    shared.outbox = Outbox(application.bot)
    cache = DiskCache(Path(settings.media_cache_dir))
    shared.media = MediaShelf(shared.services, shared.outbox, cache)
    shared.clock = clock
    registry.register(application)
    schedule_sweep(application)
    schedule_recovery(application)
    start_worker()
    # The first card should not wait for the picture libraries to load.
    threading.Thread(target=warm_up, name="media-warm-up", daemon=True).start()
    return application


def main() -> int:
    """Start the bot in polling mode, or webhook mode when WEBHOOK_URL is set."""
    settings = Settings()
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        print(MISSING_TOKEN, file=sys.stderr)
        return 2
    token = settings.telegram_bot_token.get_secret_value()
    configure_logging(settings.log_level.upper(), token)
    try:
        content = load_content()
    except ContentError as error:
        print(f"The content files are broken: {error}", file=sys.stderr)
        return 3
    if settings.webhook_url and not settings.webhook_secret:
        print(MISSING_SECRET, file=sys.stderr)
        return 2
    if settings.webhook_secret and not runtime.is_valid_secret(
        settings.webhook_secret.get_secret_value()
    ):
        print(INVALID_SECRET, file=sys.stderr)
        return 2
    upgrade_to_head(settings.database_url)
    log.info("Back Coach is starting (%s)", "webhook" if settings.webhook_url else "polling")
    return runtime.run(settings, lambda: build_application(settings, content=content))


if __name__ == "__main__":
    sys.exit(main())
