"""Composition root: settings -> content -> database -> Application; `python bot.py` runs it.

`python bot.py --local-chat[=auto|on|off]` (or LOCAL_CHAT) runs the same bot against the
embedded local chat instead of Telegram; `make run` passes auto: the local chat when there is
no token.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
import textwrap
import threading
from pathlib import Path

from pydantic import SecretStr
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

import runtime
from coach.danger import prepare as prepare_typed_words
from coach.timezones import zone_at
from content import Content, ContentError, load_content
from conversation.context import BotData, CoachApplication, CoachContext
from delivery.answers import TapAnswers
from delivery.bursts import Bursts
from delivery.media import MediaShelf
from delivery.outbox import Outbox
from delivery.pacing import Clock, FloodControl, LoopClock
from handlers import registry
from handlers.introduction import introduce
from handlers.update_order import OnePersonAtATime
from media.library import DiskCache, warm_up
from media.worker import start_worker
from scheduler.session_timers import JobTimers, schedule_recovery
from scheduler.sweep import schedule_sweep
from services.base import Services
from services.media import StoredFileIds
from services.outcomes import Operators
from services.reminders import zones
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
# The local chat's own token: a real one is never needed, nor sent anywhere, in a local chat.
LOCAL_TOKEN = "1000:local-chat"
# Files the bot sent keep their ids across restarts, as the bot's file-id cache expects.
LOCAL_FILES = Path("data/localchat")
NO_TOKEN_LOCAL_CHAT = (
    "There is no TELEGRAM_BOT_TOKEN, so Back Coach runs in a local chat: open {url} in a "
    "browser. To connect it to Telegram instead, put the token from BotFather in .env as "
    "TELEGRAM_BOT_TOKEN (see .env.example) and run it again. Ctrl-C stops it."
)
ASKED_LOCAL_CHAT = (
    "LOCAL_CHAT is on, so Back Coach runs in a local chat and not on Telegram: open {url} in "
    "a browser. To connect it to Telegram, use LOCAL_CHAT=auto or off. Ctrl-C stops it."
)
CANNOT_LISTEN = (
    "The local chat cannot listen on {host}:{port} ({reason}); is another one running? "
    "Set LOCAL_CHAT_PORT to another port."
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


async def close_database(application: Application) -> None:
    """Release database connections on shutdown."""
    await application.bot_data.services.db.close()


def application_builder(
    settings: Settings, clock: Clock, answers: TapAnswers
) -> ApplicationBuilder:
    """The Application's way to Telegram: where, how replies are paced, one person at a time."""
    assert settings.telegram_bot_token is not None
    base_url = settings.telegram_base_url
    return (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(base_url)
        .base_file_url(base_url.replace("/bot", "/file/bot"))
        .defaults(Defaults(parse_mode=ParseMode.HTML, do_quote=False))
        .context_types(ContextTypes(context=CoachContext, bot_data=BotData))
        .rate_limiter(FloodControl(clock=clock))
        .concurrent_updates(OnePersonAtATime(answers=answers))
        .post_init(introduce)
        .post_shutdown(close_database)
    )


def build_application(
    settings: Settings,
    *,
    content: Content | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    clock: Clock | None = None,
    everyone_operates: bool = False,
) -> CoachApplication:
    """The whole bot, wired; tests pass a fake `request` and `clock`, everything else is real.

    `everyone_operates`: the local chat, where whoever has the page runs the bot (/outcomes).
    """
    clock = clock or LoopClock()
    answers = TapAnswers()
    builder = application_builder(settings, clock, answers)
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
    shared.media = MediaShelf(StoredFileIds(shared.services), shared.outbox, cache)
    shared.clock = clock
    shared.answers = answers
    shared.bursts = Bursts()
    shared.operators = Operators(settings.operators, everyone=everyone_operates)
    registry.register(application)
    schedule_sweep(application)
    schedule_recovery(application)
    start_worker()
    # The first card should not wait for the picture libraries to load.
    threading.Thread(target=warm_up, name="media-warm-up", daemon=True).start()
    return application


def warm_up_places() -> None:
    """Read the gazetteer and the zone boundaries (at start-up, in a thread): built on the
    event loop by the first typed city or shared location, they stall every reply for seconds.

    Then what start-up loaded, which lives as long as the process, leaves the garbage
    collector's view: its full sweeps walked those few hundred thousand objects mid-flood,
    up to 0.6 s with every reply on hold.
    """
    zones()
    zone_at(0.0, 0.0)
    gc.freeze()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The one option: whether to run in the local chat (it beats LOCAL_CHAT)."""
    parser = argparse.ArgumentParser(prog="bot.py", description="Run the Back Coach bot.")
    parser.add_argument(
        "--local-chat",
        nargs="?",
        const="on",
        choices=("auto", "on", "off"),
        help="serve the bot in a local chat page instead of Telegram: on (the default with "
        "the bare flag), auto (only when there is no token, what `make run` passes) or off",
    )
    return parser.parse_args(argv)


def wants_local_chat(mode: str, has_token: bool) -> bool:
    """Whether this start serves the local chat: asked for, or "auto" and no token."""
    return mode == "on" or (mode == "auto" and not has_token)


def main(argv: list[str] | None = None) -> int:
    """Start the bot in polling mode, webhook mode when WEBHOOK_URL is set, or in a local chat."""
    args = parse_args(argv)
    settings = Settings()
    given = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    local = wants_local_chat(args.local_chat or settings.local_chat, bool(given))
    if not local and not given:
        print(MISSING_TOKEN, file=sys.stderr)
        return 2
    configure_logging(settings.log_level.upper(), LOCAL_TOKEN if local else given)
    try:
        content = load_content()
        prepare_typed_words(content.danger)
    except (ContentError, ValueError) as error:
        print(f"The content files are broken: {error}", file=sys.stderr)
        return 3
    threading.Thread(target=warm_up_places, name="places-warm-up", daemon=True).start()
    if local:
        return run_in_local_chat(settings, content, no_token=not given)
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


def run_in_local_chat(settings: Settings, content: Content, *, no_token: bool) -> int:
    """The same bot, polling the embedded local chat served in the same process and loop."""
    # Imported here: production and the media worker (which re-imports this module) never
    # load the web server and its media decoders.
    from localchat.server import start_local_chat

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    host, port = settings.local_chat_host, settings.local_chat_port
    try:
        chat = loop.run_until_complete(
            # A host other than loopback is an explicit LOCAL_CHAT_HOST: serve() logs the risk.
            start_local_chat(
                host, port, token=LOCAL_TOKEN, allow_remote=True, files_dir=LOCAL_FILES
            )
        )
    except OSError as error:
        loop.close()
        print(CANNOT_LISTEN.format(host=host, port=port, reason=error.strerror), file=sys.stderr)
        return 2
    local = settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(LOCAL_TOKEN),
            "telegram_base_url": chat.base_url,
            "webhook_url": None,  # the local chat is polled
            "webhook_secret": None,
        }
    )
    upgrade_to_head(local.database_url)
    log.info("Back Coach is starting (local chat at %s)", chat.page_url)
    paragraph = local_chat_paragraph(chat.page_url, no_token=no_token)

    def build() -> CoachApplication:
        """The usual application, which tells the terminal where to chat once it is ready."""
        application = build_application(local, content=content, everyone_operates=True)
        registered = application.post_init

        async def ready(app: Application) -> None:
            if registered is not None:
                await registered(app)
            print(paragraph, flush=True)  # last, so the start-up log does not bury it

        application.post_init = ready
        return application

    return runtime.run(local, build, loop=loop, on_exit=chat.stop)


def local_chat_paragraph(page_url: str, *, no_token: bool) -> str:
    """The one paragraph a person reads in the terminal: where the chat is, how to go live."""
    text = NO_TOKEN_LOCAL_CHAT if no_token else ASKED_LOCAL_CHAT
    return textwrap.fill(text.format(url=page_url), width=88)


if __name__ == "__main__":
    sys.exit(main())
