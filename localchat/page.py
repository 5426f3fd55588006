"""The chat page's side of the server: the page itself, live events (SSE), and what people do.

Each browser is one person (an id it keeps); it reads its chat as a snapshot, then as a stream of
transcript entries, and acts by posting what its person typed or tapped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from typing import Any

import tornado.iostream
import tornado.web

from localchat.telegram import LocalTelegram
from localchat.wire import Json

STATIC = Path(__file__).parent / "static"
KEEPALIVE_SECONDS = 15.0
# No inline script or style can run, whatever text reaches the page.
POLICY = (
    "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; "
    "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


class Streams:
    """The open event streams, so that stopping the server can end them."""

    def __init__(self) -> None:
        self.queues: set[asyncio.Queue[Json | None]] = set()

    def end_all(self) -> None:
        """Tell every stream to finish."""
        for queue in self.queues:
            queue.put_nowait(None)


def routes(telegram: LocalTelegram, streams: Streams) -> list[tuple[Any, ...]]:
    """The page's URL rules for the tornado application."""
    args = {"telegram": telegram}
    return [
        (r"/", PageHandler, {"path": str(STATIC / "index.html")}),
        (r"/static/(.*)", tornado.web.StaticFileHandler, {"path": str(STATIC)}),
        (r"/page/events/([0-9]+)", EventsHandler, {**args, "streams": streams}),
        (r"/page/menu/([0-9]+)", MenuHandler, args),
        (r"/page/about", AboutHandler, args),
        (r"/page/(say|tap)", ActionHandler, args),
        (r"/media/([A-Za-z0-9_-]+)", MediaHandler, args),
    ]


def snapshot(telegram: LocalTelegram, chat_id: int) -> Json:
    """Everything a freshly opened page shows: both sides' messages in order, and the notes."""
    chat = telegram.chats.get(chat_id)
    said = [
        {"message_id": m["message_id"], "from_person": True, "text": m.get("text") or ""}
        | {"date": m["date"]}
        for m in (chat.user_messages.values() if chat else [])
    ]
    shown = [*said, *telegram.chat_view(chat_id)]
    return {
        "kind": "snapshot",
        "messages": sorted(shown, key=lambda m: m["message_id"]),
        "notes": telegram.log.notes_of_chat(chat_id),
    }


class PageHandler(tornado.web.RequestHandler):
    """GET /: the chat page, with a policy that forbids any inline script."""

    def initialize(self, path: str) -> None:
        """Tornado's per-request setup hook."""
        self.path = Path(path)

    def get(self) -> None:
        """The page."""
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Content-Security-Policy", POLICY)
        self.finish(self.path.read_bytes())


class EventsHandler(tornado.web.RequestHandler):
    """GET /page/events/<person>: a snapshot, then every new entry of that chat, live."""

    def initialize(self, telegram: LocalTelegram, streams: Streams) -> None:
        """Tornado's per-request setup hook."""
        self.telegram = telegram
        self.streams = streams

    async def get(self, user_id: str) -> None:
        """Stream server-sent events until the browser or the server goes away."""
        chat_id = int(user_id)
        queue: asyncio.Queue[Json | None] = asyncio.Queue()
        self.streams.queues.add(queue)

        def forward(entry: Json) -> None:
            """Queue the entries of this chat, and the notes that concern everyone."""
            if entry["chat_id"] in (chat_id, None):
                queue.put_nowait(entry)

        stop_forwarding = self.telegram.log.subscribe(forward)
        self.set_header("Content-Type", "text/event-stream")
        self.set_header("Cache-Control", "no-cache")
        try:
            await self._send(snapshot(self.telegram, chat_id))
            await self._pump(queue)
        except tornado.iostream.StreamClosedError:
            pass  # the page was closed
        finally:
            stop_forwarding()
            self.streams.queues.discard(queue)

    async def _pump(self, queue: asyncio.Queue[Json | None]) -> None:
        """Send entries as they come, with a comment now and then to keep the line open."""
        while True:
            try:
                entry = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
            except TimeoutError:
                self.write(": still here\n\n")
                await self.flush()
                continue
            if entry is None:
                return
            await self._send(entry)

    async def _send(self, event: Json) -> None:
        """One event, as a line of JSON."""
        self.write(f"data: {json.dumps(event)}\n\n")
        await self.flush()

    def on_connection_close(self) -> None:
        """Nothing to do: the next write ends the stream."""


class MenuHandler(tornado.web.RequestHandler):
    """GET /page/menu/<person>?lang=xx: the command menu that person sees."""

    def initialize(self, telegram: LocalTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.telegram = telegram

    def get(self, user_id: str) -> None:
        """The menu as JSON."""
        language = self.get_query_argument("lang", "") or None
        menu = self.telegram.menu_for(int(user_id), language)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"commands": menu}))


class AboutHandler(tornado.web.RequestHandler):
    """GET /page/about?lang=xx: what a person sees in an empty chat, before pressing Start."""

    def initialize(self, telegram: LocalTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.telegram = telegram

    def get(self) -> None:
        """The description and short description as JSON."""
        language = self.get_query_argument("lang", "") or None
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(self.telegram.description_for(language)))


class ActionHandler(tornado.web.RequestHandler):
    """POST /page/say or /page/tap: the person types a message or taps a button."""

    def initialize(self, telegram: LocalTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.telegram = telegram

    def post(self, action: str) -> None:
        """Turn the action into an update for the bot."""
        self.set_header("Content-Type", "application/json")
        try:
            body = json.loads(self.request.body or b"{}")
            user_id = int(body["user_id"])
            if action == "say":
                self._say(user_id, body)
            else:
                self.telegram.callback_update(user_id, int(body["message_id"]), str(body["data"]))
        except LookupError as exc:  # the button is gone (the page was behind)
            self.set_status(404)
            self.finish(json.dumps({"ok": False, "description": str(exc)}))
            return
        except (ValueError, TypeError) as exc:
            self.set_status(400)
            self.finish(json.dumps({"ok": False, "description": str(exc)}))
            return
        self.finish(json.dumps({"ok": True}))

    def _say(self, user_id: int, body: Json) -> None:
        """A message, with the name and language the page's person has now."""
        text = str(body["text"])
        if not text.strip():
            raise ValueError("an empty message")
        name = str(body.get("first_name") or "").strip() or None
        language = str(body.get("language_code") or "")
        self.telegram.message_update(user_id, text, name, None, language)


class MediaHandler(tornado.web.RequestHandler):
    """GET /media/<file_id>: a file the bot sent, for the page to show or play."""

    def initialize(self, telegram: LocalTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.telegram = telegram

    def get(self, file_id: str) -> None:
        """The bytes with their type; ?download=1 makes the browser save them."""
        stored = self.telegram.files.find(file_id)
        if stored is None:
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", stored.mime_type)
        if self.get_query_argument("download", ""):
            name = stored.filename.replace('"', "")
            self.set_header("Content-Disposition", f'attachment; filename="{name}"')
        with contextlib.suppress(tornado.iostream.StreamClosedError):
            self.finish(stored.data)
