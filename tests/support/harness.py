"""End-to-end harness: the real Application from bot.py, faked only at the Bot API seam."""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import time_machine
from sqlalchemy import func, select
from telegram import Update

from bot import build_application
from content import Content
from conversation.context import CoachApplication
from handlers.introduction import introduce
from localchat.request import LocalRequest
from localchat.telegram import LocalTelegram
from scheduler.sweep import SWEEP_JOB
from settings import Settings
from storage.reminder_models import Reminder
from tests.support.clock import (
    IDLE_TIMEOUT_SECONDS,
    JobCounter,
    SteadyClock,
    all_ended,
    run_due_jobs,
    watch,
)


@dataclass
class RunningBot:
    """One bot process: start it, feed it updates, kill it, start another on the same data."""

    fake: LocalTelegram
    database_url: str
    content: Content
    traveller: time_machine.Coordinates | None = None
    steady: SteadyClock | None = None
    app: CoachApplication | None = None
    raised: list[BaseException] = field(default_factory=list)
    jobs: JobCounter = field(default_factory=JobCounter)
    # Made media are shared by the run's bots (keyed by content, so always right); a test that
    # breaks a cached file gives its bot a folder of its own.
    media_dir: str = f"{tempfile.gettempdir()}/backcoach-test-media"
    operator_ids: str = ""  # OPERATOR_IDS: who may see /outcomes

    async def start(self) -> RunningBot:
        """Build and initialise the application like `python bot.py` does (minus polling)."""
        settings = Settings(
            telegram_bot_token=self.fake.token,
            telegram_base_url="http://fake.invalid/bot",
            database_url=self.database_url,
            media_cache_dir=self.media_dir,
            operator_ids=self.operator_ids,
            _env_file=None,
        )
        self.app = build_application(
            settings, content=self.content, request=LocalRequest(self.fake), clock=self.steady
        )
        self.app.add_error_handler(self._record)
        await self.app.initialize()
        await introduce(self.app)
        # Starting the application starts its JobQueue (timers, sweeps); no polling is started.
        await self.app.start()
        assert self.app.job_queue is not None
        self.jobs = watch(self.app.job_queue.scheduler)
        return self

    async def advance(self, seconds: float) -> None:
        """Move the fake clock forward and run every job that became due."""
        assert self.traveller is not None, "use the `clock` fixture to fake time"
        assert self.app is not None and self.app.job_queue is not None
        self.traveller.shift(seconds)
        await run_due_jobs(self.app.job_queue.scheduler, self.jobs)
        await self.app.bot_data.media.idle()  # what the jobs queued (a weekly chart) is sent

    async def due_after(self, now: datetime) -> list[datetime]:
        """The next instants after `now` at which a reminder row or a timer job falls due."""
        assert self.app is not None and self.app.job_queue is not None
        async with self.app.bot_data.services.db.transaction() as tx:
            first = select(func.min(Reminder.next_due_at)).where(Reminder.next_due_at > now)
            reminder = await tx.scalar(first)
        jobs = self.app.job_queue.scheduler.get_jobs()
        timers = [job.next_run_time for job in jobs if job.name != SWEEP_JOB]
        return [when for when in (reminder, *timers) if when is not None and when > now]

    async def _record(self, update: object, context: Any) -> None:
        """Tests fail on any exception a handler raised, even one the bot handled calmly."""
        self.raised.append(context.error)

    async def feed(self, update: dict) -> None:
        """Deliver one update through the real handler stack."""
        assert self.app is not None
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def queue(self, update: dict) -> None:
        """Hand one update to the running application the way polling does (through its queue)."""
        assert self.app is not None
        await self.app.update_queue.put(Update.de_json(update, self.app.bot))

    async def until_idle(self) -> None:
        """Wait until every queued update has been handled to the end."""
        assert self.app is not None
        processor = self.app.update_processor
        deadline = asyncio.get_running_loop().time() + IDLE_TIMEOUT_SECONDS
        while not self.app.update_queue.empty() or processor.waiting:  # type: ignore[attr-defined]
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("queued updates were not handled")
            await asyncio.sleep(0.001)  # handlers wait on real I/O (the database): yield to them

    async def kill(self) -> None:
        """Stop abruptly like kill -9: pending timers die unrun, only the database survives."""
        assert self.app is not None and self.app.job_queue is not None
        self.app.job_queue.scheduler.shutdown(wait=False)  # cancels the running jobs mid-way
        # Let the cancelled jobs unwind before the database goes, or their connections leak.
        await all_ended(self.jobs)
        await self.app.bot_data.services.db.close()
        self.app = None

    async def stop(self) -> None:
        """Orderly shutdown."""
        if self.app is not None:
            await self.app.stop()
            await self.app.shutdown()
            # run_polling calls post_shutdown itself (it closes the database); so do we.
            if self.app.post_shutdown is not None:
                await self.app.post_shutdown(self.app)
            self.app = None


@dataclass
class Person:
    """Someone chatting with the bot in a private chat."""

    bot: RunningBot
    user_id: int
    first_name: str = "Ann"
    # What Telegram's clients send with every update; None: a client that tells no language.
    language_code: str | None = "en"

    @property
    def fake(self) -> LocalTelegram:
        return self.bot.fake

    async def say(self, text: str) -> None:
        """Send a message or a command."""
        update = self.fake.message_update(self.user_id, text, self.first_name)
        await self.bot.feed(self._from_me(update))

    async def tap(self, label: str) -> None:
        """Tap the newest button whose label contains `label`."""
        await self.bot.feed(self._from_me(self.fake.tap(self.user_id, label)))

    async def share_location(self, latitude: float, longitude: float) -> None:
        """Tap the share-location button under the typing field (it must be shown)."""
        update = self.fake.share_location(self.user_id, latitude, longitude)
        await self.bot.feed(self._from_me(update))

    async def send_location(self, latitude: float, longitude: float) -> None:
        """Send a location from the attachment menu, asked for or not."""
        update = self.fake.location_update(self.user_id, latitude, longitude)
        await self.bot.feed(self._from_me(update))

    async def send_media(self, kind: str, fields: dict) -> None:
        """Send a voice note, photo, sticker, video or document (`kind`, with its fields)."""
        update = self.fake.media_update(self.user_id, {kind: fields}, f"[{kind}]")
        await self.bot.feed(self._from_me(update))

    @property
    def typing_keyboard(self) -> list[str]:
        """The labels of the reply keyboard under the typing field now (empty: none)."""
        keyboard = self.fake.reply_keyboard(self.user_id) or {}
        rows = keyboard.get("keyboard", [])
        return [b if isinstance(b, str) else b["text"] for row in rows for b in row]

    async def tap_data(self, message_id: int, data: str) -> None:
        """Send exactly this callback data from a message (a forged or replayed tap)."""
        update = self.fake.callback_update(self.user_id, message_id, data, check_buttons=False)
        await self.bot.feed(self._from_me(update))

    def _from_me(self, update: dict) -> dict:
        """The update with this person's client language, as Telegram would send it."""
        sender = (update.get("message") or update.get("callback_query") or {}).get("from", {})
        if self.language_code is not None:
            sender["language_code"] = self.language_code
        return update

    @property
    def texts(self) -> list[str]:
        """Everything the bot shows in the chat, oldest first, edits applied."""
        return self.fake.texts(self.user_id)

    @property
    def last_text(self) -> str:
        return self.texts[-1]

    def seen(self, fragment: str) -> bool:
        """Whether any message in the chat contains `fragment`."""
        return any(fragment in text for text in self.texts)

    @property
    def last_buttons(self) -> list[str]:
        """Labels on the newest message that has buttons."""
        for message in reversed(self.fake.messages(self.user_id)):
            labels = [label for label, _ in self.fake.buttons(message)]
            if labels:
                return labels
        return []

    @property
    def buttons_now(self) -> list[str]:
        """Labels on the newest message only."""
        return [label for label, _ in self.fake.buttons(self.fake.last_message(self.user_id))]

    def toasts(self) -> list[str | None]:
        """What each answered button tap showed as a toast, in order."""
        return [
            q["answer"].get("text") if q["answer"] else None
            for q in self.fake.callbacks.values()
            if q["user_id"] == self.user_id and q["answered"]
        ]
