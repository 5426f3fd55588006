"""HTTP: the Bot API at /bot<token>/<method>, /control/* for the CLI, and the chat page.

`start_local_chat` is what the bot uses when it has no token: it serves a fresh `LocalTelegram`
on the caller's event loop and answers with the URLs to give the bot and the browser.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tornado.httpserver
import tornado.iostream
import tornado.netutil
import tornado.web

from localchat import page
from localchat.telegram import LocalTelegram
from localchat.wire import Json, UploadedFile, decode_params

log = logging.getLogger("localchat")
OPEN_TO_ALL = (
    "the local chat listens on %s: anyone who can reach port %d can chat with the bot "
    "as anyone, and read every chat"
)


@dataclass
class LocalChat:
    """A running local chat: `base_url` is the bot's TELEGRAM_BASE_URL, `page_url` the browser's."""

    telegram: LocalTelegram
    host: str
    port: int
    http_server: tornado.httpserver.HTTPServer
    streams: page.Streams = field(default_factory=page.Streams)

    @property
    def url(self) -> str:
        """Root URL of the server (control endpoints live under /control)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Value for PTB's base_url / the bot's TELEGRAM_BASE_URL."""
        return f"{self.url}/bot"

    @property
    def page_url(self) -> str:
        """Where a browser opens the chat."""
        return f"{self.url}/"

    async def stop(self) -> None:
        """Stop listening, end long polls and live pages, and close open connections."""
        self.http_server.stop()
        self.telegram.release_pollers()
        self.streams.end_all()
        await self.http_server.close_all_connections()


async def start_local_chat(
    host: str = "127.0.0.1",
    port: int = 8080,
    *,
    token: str,
    allow_remote: bool = False,
    files_dir: Path | None = None,
) -> LocalChat:
    """Serve a new local chat for the bot with this token, on the running event loop.

    Telegram's flood limits apply (30 messages a second in all; three at once into one chat,
    then one a second), so the bot's pacing is exercised as in production. `files_dir` keeps
    sent files across restarts, so file ids the bot stored stay valid.
    """
    telegram = LocalTelegram(
        token,
        global_rate=30,
        per_chat_rate=1.0,
        per_chat_burst=3,
        known_chats_only=False,
        files_dir=files_dir,
    )
    return await serve(telegram, host, port, allow_remote=allow_remote)


async def serve(
    telegram: LocalTelegram, host: str = "127.0.0.1", port: int = 0, *, allow_remote: bool = False
) -> LocalChat:
    """Serve `telegram` over HTTP on host:port (0 picks a free port) in the running event loop."""
    if not _is_loopback(host):
        if not allow_remote:
            raise ValueError(f"{host} is not a loopback address; pass allow_remote=True to use it")
        log.warning(OPEN_TO_ALL, host, port)
    streams = page.Streams()
    args = {"telegram": telegram}
    app = tornado.web.Application(
        [
            (r"/bot([^/]+)/([A-Za-z]+)/?", ApiHandler, args),
            (r"/control/([a-z]+)(?:/(-?[0-9]+))?/?", ControlHandler, args),
            *page.routes(telegram, streams),
            (r".*", NotFoundHandler),
        ],
        log_function=lambda handler: None,  # keep test output and the bot's console quiet
    )
    sockets = tornado.netutil.bind_sockets(port, host)
    http_server = tornado.httpserver.HTTPServer(app)
    http_server.add_sockets(sockets)
    return LocalChat(telegram, host, sockets[0].getsockname()[1], http_server, streams)


def _is_loopback(host: str) -> bool:
    """Whether only this machine can reach `host`."""
    if host == "localhost":
        return True
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(host).is_loopback
    return False


class JsonHandler(tornado.web.RequestHandler):
    """Shared JSON reply helper."""

    def reply(self, status: int, body: Any) -> None:
        """Send `body` as JSON; a client that already hung up is not an error."""
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        with contextlib.suppress(tornado.iostream.StreamClosedError):
            self.finish(json.dumps(body))


class NotFoundHandler(JsonHandler):
    """Anything unknown answers like Telegram's 404."""

    def prepare(self) -> None:
        """Answer every HTTP method the same way."""
        self.reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})


class ApiHandler(JsonHandler):
    """POST/GET /bot<token>/<method> with query, JSON, form or multipart parameters."""

    def initialize(self, telegram: LocalTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.telegram = telegram
        self._call: asyncio.Future[tuple[int, Json]] | None = None

    async def get(self, token: str, method: str) -> None:
        """GET calls pass parameters in the query string."""
        await self.post(token, method)

    async def post(self, token: str, method: str) -> None:
        """Decode the parameters and files, then let Telegram answer."""
        try:
            raw = self._raw_params()
        except ValueError:
            error = {"ok": False, "error_code": 400, "description": "Bad Request: can't parse JSON"}
            self.reply(400, error)
            return
        files = {
            name: UploadedFile(parts[-1].filename, parts[-1].body, parts[-1].content_type)
            for name, parts in self.request.files.items()
        }
        params = decode_params(raw, files)
        self._call = asyncio.ensure_future(self.telegram.request(token, method, params))
        try:
            status, body = await self._call
        except asyncio.CancelledError:
            return  # the client hung up (e.g. an abandoned long poll): nobody to answer
        self.reply(status, body)

    def on_connection_close(self) -> None:
        """Cancel the pending call so an abandoned getUpdates is not later answered 409."""
        if self._call is not None:
            self._call.cancel()

    def _raw_params(self) -> Json:
        """Query arguments plus the body (JSON object, urlencoded or multipart fields)."""
        raw: Json = {k: v[-1].decode() for k, v in self.request.query_arguments.items()}
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json") and self.request.body:
            body = json.loads(self.request.body)
            if not isinstance(body, dict):
                raise ValueError("JSON body must be an object")
            raw.update(body)
        else:
            raw.update({k: v[-1].decode() for k, v in self.request.body_arguments.items()})
        return raw


class ControlHandler(JsonHandler):
    """/control/* endpoints that play the person's side for a bot (see localchat.cli)."""

    def initialize(self, telegram: LocalTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.telegram = telegram

    def get(self, action: str, user_id: str | None = None) -> None:
        """GET /control/chat/<id> (messages as shown) or /control/transcript/<id>?since=N."""
        if user_id is None or action not in ("chat", "transcript"):
            self.reply(404, {"ok": False, "description": f"unknown control GET {action!r}"})
        elif action == "chat":
            self.reply(200, {"ok": True, "messages": self.telegram.chat_view(int(user_id))})
        else:
            since = int(self.get_query_argument("since", "0"))
            entries = self.telegram.chat_transcript(int(user_id), since)
            self.reply(200, {"ok": True, "entries": entries, "seq": len(self.telegram.transcript)})

    def post(self, action: str, user_id: str | None = None) -> None:
        """POST /control/message, /tap, /block or /unblock with a JSON body."""
        seq = len(self.telegram.transcript)
        try:
            body = json.loads(self.request.body or b"{}")
            update = self._act(action, body)
        except LookupError as exc:
            self.reply(404, {"ok": False, "description": str(exc.args[0] if exc.args else exc)})
            return
        except (ValueError, TypeError) as exc:
            self.reply(400, {"ok": False, "description": str(exc)})
            return
        self.reply(200, {"ok": True, "seq": seq, "update": update})

    def _act(self, action: str, body: Json) -> Json:
        """Perform one person action and return the update it produced."""
        user_id = int(body["user_id"])
        if action == "message":
            return self.telegram.message_update(
                user_id, str(body["text"]), body.get("first_name"), body.get("username")
            )
        if action == "tap":
            return self.telegram.tap(user_id, str(body["label"]))
        if action in ("block", "unblock"):
            status = "kicked" if action == "block" else "member"
            return self.telegram.my_chat_member_update(user_id, status)
        raise LookupError(f"unknown control action {action!r}")
