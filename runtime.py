"""Process lifetime: stand by until active, serve by polling or webhook, stop cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application

from settings import Settings
from storage.lease import RENEW_SECONDS, InstanceLock, instance_lock

log = logging.getLogger("backcoach")

# What Telegram accepts as a webhook secret token.
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
# PTB's run_polling/run_webhook stop on these; we stop on them while standing by.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGABRT)


# How often a standby tries to become active.
RETRY_SECONDS = 1.0


class Leadership:
    """Only the holder of the instance lock polls, sweeps and runs timers."""

    def __init__(
        self,
        lock: InstanceLock,
        *,
        retry_seconds: float = RETRY_SECONDS,
        renew_seconds: float = RENEW_SECONDS,
    ) -> None:
        self.lock = lock
        self.retry_seconds = retry_seconds
        self.renew_seconds = renew_seconds

    async def wait_until_active(self, stop: asyncio.Event) -> bool:
        """True once we hold the lock; False when asked to stop while standing by."""
        standing_by = False
        while not stop.is_set():
            if await self.lock.acquire():
                if standing_by:
                    log.info("the active instance is gone; taking over")
                return True
            if not standing_by:
                log.info("another instance is active; standing by")
                standing_by = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.retry_seconds)
        return False

    async def keep(self, on_lost: Callable[[], None]) -> None:
        """Renew the lock until cancelled; call `on_lost` once if it stops being ours."""
        while True:
            await asyncio.sleep(self.renew_seconds)
            if not await self.lock.renew():
                log.error("this instance lost the active role; stepping down")
                on_lost()
                return

    async def step_down(self) -> None:
        """Release the lock so a standby takes over at its next try."""
        await self.lock.release()


def is_valid_secret(secret: str) -> bool:
    """Whether Telegram would accept this WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -)."""
    return SECRET_TOKEN.fullmatch(secret) is not None


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Where the webhook server listens and what it tells Telegram; the path matches the URL's."""
    assert settings.webhook_url and settings.webhook_secret
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        # A reverse proxy can forward the public path unchanged.
        "url_path": urlsplit(settings.webhook_url).path.strip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret.get_secret_value(),
        "allowed_updates": Update.ALL_TYPES,
    }


def bot_id(settings: Settings) -> str:
    """The bot's numeric id, the part of the token before the colon (never the secret part)."""
    assert settings.telegram_bot_token is not None
    return settings.telegram_bot_token.get_secret_value().split(":", 1)[0]


def run(
    settings: Settings,
    build: Callable[[], Application],
    *,
    loop: asyncio.AbstractEventLoop | None = None,
    on_exit: Callable[[], Awaitable[None]] | None = None,
) -> int:
    """Serve as the one active instance until SIGTERM or SIGINT; 0 after a clean stop.

    `loop` may already serve something alongside the bot (the local chat); `on_exit` stops it
    after the bot has stopped, before the loop closes.
    """
    if loop is None:
        loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    stop = asyncio.Event()
    leadership = Leadership(instance_lock(settings.database_url, bot_id(settings)))
    try:
        _stop_on_signals(loop, stop)
        while loop.run_until_complete(leadership.wait_until_active(stop)) and not stop.is_set():
            log.info("this instance is active")
            if not _serve(loop, build(), settings, leadership):
                break
            _stop_on_signals(loop, stop)  # PTB's own signal handlers replaced ours
        return 0
    finally:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)
        loop.run_until_complete(leadership.step_down())
        if on_exit is not None:
            loop.run_until_complete(on_exit())
        loop.close()
        log.info("Back Coach stopped")


def _stop_on_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """While standing by, a stop signal just ends the wait."""
    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)


def _serve(
    loop: asyncio.AbstractEventLoop,
    application: Application,
    settings: Settings,
    leadership: Leadership,
) -> bool:
    """Run the bot until a stop signal (False) or until it loses the active role (True)."""
    lost: list[bool] = []

    def step_down_now() -> None:
        lost.append(True)
        application.stop_running()  # PTB then stops updates, jobs and tasks in order

    keeper = loop.create_task(leadership.keep(step_down_now))
    try:
        if settings.webhook_url:
            application.run_webhook(**webhook_options(settings), close_loop=False)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=False)
    finally:
        keeper.cancel()
        loop.run_until_complete(asyncio.gather(keeper, return_exceptions=True))
    return bool(lost)
