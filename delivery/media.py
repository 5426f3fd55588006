"""Sending exercise media: by Telegram file_id once uploaded, else from the disk cache, else made.

A card's picture, a demo or a voice note is made once (in the media worker, one render per key
however many people ask at the same moment), kept on disk by its media key, and uploaded once a
bot: the file_id Telegram answers with is stored and every later send goes by it. Anything that
goes wrong with the file itself (a render error, a broken cached file Telegram refuses) costs one
log line and the text alone is sent: a session never fails for a picture.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import html
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Protocol

from telegram import InputFile, Message
from telegram.error import BadRequest

from delivery.outbox import Outbox
from media.chart_spec import Chart
from media.charts import draw_chart
from media.library import DiskCache, MediaKind, MediaRequest, render
from media.outcomes_chart import OutcomesChart, draw_outcomes_chart
from media.report_pdf import draw_report
from media.report_spec import ReportPages
from media.worker import in_worker
from views.reply import Reply

log = logging.getLogger(__name__)

# Telegram's caption limit, in characters as shown (after the HTML tags are read).
CAPTION_LIMIT = 1024
TAG = re.compile(r"<[^>]+>")


class MediaUnavailable(Exception):
    """The file cannot be made or Telegram refuses it; the text goes alone."""


def shown_length(text: str) -> int:
    """Characters a person sees: tags read, entities as one character."""
    return len(html.unescape(TAG.sub("", text)))


def split_caption(text: str) -> tuple[str, str]:
    """As many whole lines as fit in a caption, and the rest (empty when all fit)."""
    if shown_length(text) <= CAPTION_LIMIT:
        return text, ""
    lines = text.split("\n")
    taken = 0
    while taken < len(lines) and shown_length("\n".join(lines[: taken + 1])) <= CAPTION_LIMIT:
        taken += 1
    return "\n".join(lines[:taken]).rstrip(), "\n".join(lines[taken:]).strip()


def caption_with(body: str, note: str) -> str:
    """The caption's lines of `body` with `note` after them, within the caption limit."""
    caption, _ = split_caption(body)
    while "\n" in caption and shown_length(f"{caption}\n\n{note}") > CAPTION_LIMIT:
        caption = caption.rsplit("\n", 1)[0]
    return f"{caption}\n\n{note}"


def file_id_in(message: Message, kind: MediaKind) -> str | None:
    """The file_id Telegram gave the file a message carries."""
    if kind is MediaKind.PICTURE:
        return message.photo[-1].file_id if message.photo else None
    if kind is MediaKind.DEMO:
        return message.animation.file_id if message.animation else None
    return message.voice.file_id if message.voice else None


def per_bot(bot_id: int, media_key: str) -> str:
    """The key a file_id is stored under: the media key as seen by one bot (40 hex digits)."""
    return hashlib.sha1(f"{bot_id}:{media_key}".encode(), usedforsecurity=False).hexdigest()


class FileIds(Protocol):
    """Where the file_id Telegram gave each uploaded file is kept (the database, in the bot)."""

    async def known(self, key: str) -> str | None:
        """The file_id to send this file by, when it was uploaded before."""

    async def keep(self, key: str, kind: str, file_id: str) -> None:
        """Telegram took the file: remember its id for everyone after."""

    async def forget(self, key: str) -> None:
        """Telegram no longer knows a stored file_id: upload the file again next time."""


class MediaShelf:
    """Exercise media for every chat: sent by file_id, read from disk, or made once."""

    def __init__(self, file_ids: FileIds, outbox: Outbox, cache: DiskCache) -> None:
        self.file_ids = file_ids
        self.outbox = outbox
        self.cache = cache
        self._making: dict[str, asyncio.Future[bytes]] = {}
        # How each file was served ("file_id", "disk", "made", "fallback"), and bytes uploaded.
        self.served: collections.Counter[str] = collections.Counter()
        self.uploaded_bytes: collections.Counter[str] = collections.Counter()
        # The media queue: work that follows a message already sent (the weekly chart), in order.
        self._queue: asyncio.Queue[Callable[[], Awaitable[None]]] = asyncio.Queue()
        self._draining: asyncio.Task[None] | None = None

    async def send_chart(
        self, chat_id: int, chart: Chart | OutcomesChart, caption: str, file_name: str
    ) -> None:
        """Draw a chart in the worker (no one's reply waits for it) and send it as a picture."""
        draw = draw_chart if isinstance(chart, Chart) else draw_outcomes_chart
        png = await in_worker(draw, chart)
        await self.outbox.send(chat_id, Reply(caption, photo=png, photo_name=file_name))

    async def send_report(
        self, chat_id: int, pages: ReportPages, file_name: str, caption: str
    ) -> None:
        """Lay a report out in the worker and send it as a PDF: made afresh, never cached."""
        pdf = await in_worker(draw_report, pages)
        await self.outbox.send_file(chat_id, pdf, file_name, caption)

    def send_chart_later(self, chat_id: int, chart: Chart) -> None:
        """Draw the chart in the worker and send it after whatever is queued; nobody waits."""

        async def draw_and_send() -> None:
            png = await in_worker(draw_chart, chart)
            await self.outbox.send_media(chat_id, MediaKind.PICTURE, InputFile(png), "", None)

        self._queue.put_nowait(draw_and_send)
        if self._draining is None or self._draining.done():
            self._draining = asyncio.create_task(self._drain(), name="media-queue")

    async def _drain(self) -> None:
        """Run the queued work one at a time until none is left (a failure costs a log line)."""
        while not self._queue.empty():
            work = self._queue.get_nowait()
            try:
                await work()
            except Exception:
                log.exception("queued media work failed")
            finally:
                self._queue.task_done()

    async def idle(self) -> None:
        """Wait until the media queue is empty (tests, and an orderly shutdown)."""
        await self._queue.join()

    async def send(self, chat_id: int, reply: Reply, fallback: Reply | None = None) -> Message:
        """Post the reply on its media (caption overflow follows as text), or as text alone.

        Without its media the reply's own text goes, or `fallback` when one is given.
        """
        request = reply.media
        if request is None:
            return await self.outbox.send(chat_id, reply)
        caption, rest = split_caption(reply.text)
        try:
            message = await self._send_file(
                chat_id, request, caption, None if rest else reply.markup
            )
        except MediaUnavailable as error:
            self.served["fallback"] += 1
            log.warning(
                "%s %s not shown in chat %s: %s", request.kind, request.item_id, chat_id, error
            )
            return await self.outbox.send(chat_id, fallback or Reply(reply.text, reply.markup))
        if rest:
            return await self.outbox.send(chat_id, Reply(rest, reply.markup))
        return message

    async def _send_file(
        self, chat_id: int, request: MediaRequest, caption: str, markup: object
    ) -> Message:
        """By file_id when Telegram has the file; else upload it and keep the id Telegram gives."""
        # A file_id is only good for the bot that got it (the local chat's bot is another one).
        key = per_bot(self.outbox.bot.id, request.key)
        known = await self.file_ids.known(key)
        if known is not None:
            try:
                message = await self.outbox.send_media(
                    chat_id, request.kind, known, caption, markup, request.seconds
                )
                self.served["file_id"] += 1
                return message
            except BadRequest as error:
                log.info("file_id of %s no longer works (%s): uploading again", key, error)
                await self.file_ids.forget(key)
        data = await self._bytes(request)
        upload = InputFile(data, filename=request.filename)
        try:
            message = await self.outbox.send_media(
                chat_id, request.kind, upload, caption, markup, request.seconds
            )
        except BadRequest as error:
            self.cache.forget(request)  # made again next time
            raise MediaUnavailable(f"Telegram refused the file: {error}") from error
        self.uploaded_bytes[request.kind.value] += len(data)
        file_id = file_id_in(message, request.kind)
        if file_id is not None:
            await self.file_ids.keep(key, request.kind.value, file_id)
        return message

    async def _bytes(self, request: MediaRequest) -> bytes:
        """The file from the disk cache, or made in the worker (once, however many wait)."""
        cached = self.cache.read(request)
        if cached is not None:
            self.served["disk"] += 1
            return cached
        key = request.key
        if key in self._making:
            return await asyncio.shield(self._making[key])
        making: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._making[key] = making
        try:
            data = await in_worker(render, request)
            if not data:
                raise MediaUnavailable("the renderer made an empty file")
            self.cache.write(request, data)
            self.served["made"] += 1
            making.set_result(data)
            return data
        except MediaUnavailable as error:
            making.set_exception(error)
            raise
        except Exception as error:  # any render failure: the text card, never a failed session
            failure = MediaUnavailable(f"cannot be made: {error!r}")
            making.set_exception(failure)
            raise failure from error
        finally:
            del self._making[key]
            if making.done() and not making.cancelled():
                making.exception()  # read, so a failure nobody else awaited is not logged as lost
