"""A strict, offline fake of the Telegram Bot API for end-to-end tests, hand runs and benchmarks.

Three layers, top-down:

* `FakeTelegram` - a pure in-memory state machine: `await fake.handle(method, params)` answers
  `(http_status, json_body)` exactly like Telegram would, including its error wording, so PTB
  raises the same `BadRequest` / `Forbidden` / `RetryAfter` it would raise in production.
* `FakeRequest` - a `telegram.request.BaseRequest` that routes a real `telegram.Bot` /
  `Application` into a `FakeTelegram` in-process (no sockets).
* `serve()` - a loopback HTTP server speaking the Bot API wire format, so a real `python bot.py`
  with `TELEGRAM_BASE_URL=http://127.0.0.1:PORT/bot` runs against the fake, plus `/control/*`
  endpoints to play the user from another process (see `tests/fake_chat.py`).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import inspect
import itertools
import json
import math
import re
import struct
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any
from urllib.parse import urlsplit

import tornado.httpserver
import tornado.iostream
import tornado.netutil
import tornado.web
from telegram.request import BaseRequest, RequestData

from tests.botapi_html import EntityParseError, ParsedText, parse_text, utf16_len

Json = dict[str, Any]

CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
     "upload_document", "choose_sticker", "find_location", "record_video_note",
     "upload_video_note"}
)  # fmt: skip
BUTTON_ACTIONS = (
    "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "web_app", "login_url", "callback_game", "pay",
    "copy_text",
)  # fmt: skip
# Update types Telegram delivers when allowed_updates is empty (chat_member etc. are opt-in).
DEFAULT_UPDATE_TYPES = frozenset(
    {"message", "edited_message", "channel_post", "edited_channel_post", "inline_query",
     "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query", "poll",
     "poll_answer", "my_chat_member", "chat_join_request"}
)  # fmt: skip
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
TERMINATED = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)

# ---------------------------------------------------------------------------- wire format

# PTB (and Telegram) send non-string parameters JSON-encoded inside form fields.
_JSON_FIELDS = frozenset(
    {"reply_markup", "entities", "caption_entities", "commands", "scope", "allowed_updates",
     "link_preview_options", "reply_parameters", "media"}
)  # fmt: skip
_NUMBER_FIELDS = frozenset(
    {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time", "user_id",
     "message_thread_id", "reply_to_message_id", "max_connections", "from_chat_id"}
)  # fmt: skip
_BOOL_FIELDS = frozenset(
    {"disable_notification", "protect_content", "show_alert", "drop_pending_updates",
     "disable_web_page_preview", "allow_sending_without_reply", "has_spoiler",
     "disable_content_type_detection", "show_caption_above_media", "revoke_messages"}
)  # fmt: skip


class ApiError(Exception):
    """A Telegram error answer: HTTP status plus description (and optional parameters)."""

    def __init__(self, code: int, description: str, parameters: Json | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def bad_request(description: str) -> ApiError:
    """Shorthand for a 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class UploadedFile:
    """One multipart file part (or a file Telegram already knows, resolved by file_id)."""

    filename: str
    data: bytes
    mimetype: str = "application/octet-stream"
    url: str | None = None
    file_id: str | None = None  # set once stored; resending by file_id keeps it

    @classmethod
    def from_field(cls, field_tuple: tuple[str, bytes | IO[bytes], str]) -> UploadedFile:
        """Build from PTB's `(filename, content, mimetype)` multipart tuple."""
        filename, content, mimetype = field_tuple
        data = content if isinstance(content, bytes) else content.read()
        return cls(filename, data, mimetype)


def decode_params(raw: Mapping[str, Any], files: Mapping[str, UploadedFile] | None = None) -> Json:
    """Turn wire parameters (strings, JSON-in-strings, file parts) into typed values."""
    params = {key: _decode_value(key, value) for key, value in raw.items()}
    for name, upload in (files or {}).items():
        # A part is either the parameter itself ("photo") or referenced as attach://<name>.
        attached = [k for k, v in params.items() if v == f"attach://{name}"]
        for key in attached or [name]:
            params[key] = upload
    return params


def _decode_value(key: str, value: Any) -> Any:
    """Decode one form value according to the parameter's Bot API type."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value  # the handler answers with Telegram's "can't parse" error
    if key in _NUMBER_FIELDS:
        for kind in (int, float):
            try:
                return kind(value)
            except ValueError:
                pass
        return value
    if key in _BOOL_FIELDS:
        return value.lower() == "true"
    return value


def split_api_url(url: str) -> tuple[str | None, str]:
    """Split `.../bot<token>/<method>` into (token, method); token is None if absent."""
    parts = urlsplit(url).path.rstrip("/").split("/")
    if len(parts) >= 2 and parts[-2].startswith("bot"):
        return parts[-2][3:], parts[-1]
    return None, parts[-1]


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) for PNG, (0, 0) for other known image formats, None if not an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data.startswith((b"\xff\xd8\xff", b"GIF87a", b"GIF89a")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    ):
        return 0, 0
    return None


# ---------------------------------------------------------------------------- state


@dataclass
class _Chat:
    """A private chat with one user."""

    user: Json
    blocked: bool = False
    next_id: int = 1
    messages: dict[int, Json] = field(default_factory=dict)
    user_messages: dict[int, Json] = field(default_factory=dict)
    edits: list[Json] = field(default_factory=list)
    keyboard: Json | None = None
    tokens: float = 0.0
    refilled_at: float | None = None

    def allocate_id(self) -> int:
        """Message ids are shared by both sides of the chat and only grow."""
        message_id = self.next_id
        self.next_id += 1
        return message_id

    def as_chat(self) -> Json:
        """The Chat object Telegram embeds in messages."""
        chat = {"id": self.user["id"], "type": "private", "first_name": self.user["first_name"]}
        if self.user.get("username"):
            chat["username"] = self.user["username"]
        return chat


class FakeTelegram:
    """In-memory Bot API: validates every call like Telegram and records what the user sees."""

    def __init__(
        self,
        token: str = "123:ABC",
        clock: Callable[[], float] = time.monotonic,
        flood_clock: Callable[[], float] | None = None,
        global_rate: int | None = None,
        per_chat_rate: float | None = None,
        per_chat_burst: int = 3,
        *,
        bot_username: str = "back_coach_test_bot",
        known_chats_only: bool = True,
        strict_amp: bool = True,
    ) -> None:
        self.token = token
        self.clock = clock
        # Flood windows may run on their own steady clock (the one the bot's waits move).
        self.flood_clock = flood_clock or clock
        self._floods: dict[int, tuple[int, int]] = {}
        self.global_rate = global_rate
        self.per_chat_rate = per_chat_rate
        self.per_chat_burst = per_chat_burst
        self.known_chats_only = known_chats_only
        self.strict_amp = strict_amp
        self.bot_user: Json = {
            "id": int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1,
            "is_bot": True,
            "first_name": "Back Coach",
            "username": bot_username,
        }
        self.calls: list[tuple[str, Json]] = []
        self.errors: list[tuple[str, str]] = []
        self.stats: collections.Counter[str] = collections.Counter()
        self.updates: list[Json] = []  # every update ever produced, for inspection
        self.transcript: list[Json] = []
        self.commands: dict[tuple[str, str], list[Json]] = {}
        self.webhook_url = ""
        self.chats: dict[int, _Chat] = {}
        self.files: dict[str, UploadedFile] = {}
        self.callbacks: dict[str, Json] = {}
        self._queue: list[Json] = []
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._sent_at: collections.deque[float] = collections.deque()
        self._allowed_updates = DEFAULT_UPDATE_TYPES
        self._waiters: set[asyncio.Event] = set()
        self._poll_ticket: object | None = None
        self._release_gen = 0
        # Optional observers, e.g. the fake_chat server console printing the conversation live.
        self.on_event: Callable[[Json], None] | None = None
        self.on_error: Callable[[str, str], None] | None = None
        self._methods: dict[str, Callable[[Json], Any]] = {
            "getme": self._get_me,
            "logout": self._true,
            "close": self._true,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "sendphoto": self._send_photo,
            "senddocument": self._send_document,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
        }

    # ------------------------------------------------------------------ entry points

    async def request(self, token: str | None, method: str, params: Json) -> tuple[int, Json]:
        """Like `handle`, but first checks the token from the URL (401 like Telegram)."""
        if token != self.token:
            self.errors.append((method, "Unauthorized"))
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        return await self.handle(method, params)

    async def handle(self, method: str, params: Json) -> tuple[int, Json]:
        """Answer one Bot API call with (HTTP status, JSON body)."""
        self.calls.append((method, params))
        self.stats[method] += 1
        handler = self._methods.get(method.lower())  # Telegram's method names are caseless
        try:
            if handler is None:
                raise ApiError(404, "Not Found")
            result = handler(params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as exc:
            return self._error_body(method, exc)
        except Exception as exc:  # malformed parameters or a bug in the fake: make it loud
            return self._error_body(method, ApiError(500, f"Internal fake error: {exc!r}"))
        return 200, {"ok": True, "result": result}

    def _error_body(self, method: str, exc: ApiError) -> tuple[int, Json]:
        """Record the error and format it the way Telegram does."""
        if exc.code == 429:
            self.stats["429"] += 1
        else:
            self.errors.append((method, exc.description))
        if self.on_error:
            self.on_error(method, exc.description)
        body: Json = {"ok": False, "error_code": exc.code, "description": exc.description}
        if exc.parameters:
            body["parameters"] = exc.parameters
        return exc.code, body

    # ------------------------------------------------------------------ users and updates

    def add_user(
        self, user_id: int, first_name: str | None = None, username: str | None = None
    ) -> Json:
        """Make a private chat with this user known (as if they had pressed Start).

        A new user is called "Ann" unless named; passing a name for a known user renames them.
        """
        chat = self.chats.get(user_id)
        if chat is None:
            user: Json = {"id": user_id, "is_bot": False, "first_name": first_name or "Ann"}
            chat = self.chats[user_id] = _Chat(user=user, tokens=float(self.per_chat_burst))
        elif first_name:
            chat.user["first_name"] = first_name
        if username:
            chat.user["username"] = username
        return chat.user

    def block(self, chat_id: int) -> None:
        """The user blocks the bot: every send to the chat now answers 403."""
        self._chat_state(chat_id).blocked = True
        self._log(chat_id, "user", "block")

    def unblock(self, chat_id: int) -> None:
        """The user unblocks the bot."""
        self._chat_state(chat_id).blocked = False
        self._log(chat_id, "user", "unblock")

    def message_update(
        self, user_id: int, text: str, first_name: str | None = None, username: str | None = None
    ) -> Json:
        """The user sends `text` (first_name defaults to "Ann", or the name already known)."""
        user = self.add_user(user_id, first_name, username)
        chat = self.chats[user_id]
        message: Json = {
            "message_id": chat.allocate_id(),
            "from": dict(user),  # a snapshot: renaming the user later must not rewrite history
            "chat": chat.as_chat(),
            "date": int(time.time()),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        chat.user_messages[message["message_id"]] = message
        self._log(user_id, "user", "message", message_id=message["message_id"], text=text)
        return self._enqueue({"message": message})

    def callback_update(
        self, user_id: int, message_id: int, data: str, *, check_buttons: bool = True
    ) -> Json:
        """The user taps the button carrying `data` under bot message `message_id`."""
        chat = self._chat_state(user_id)
        record = chat.messages.get(message_id)
        if record is None:
            raise LookupError(f"chat {user_id} has no bot message {message_id}")
        labels = {d: label for label, d in self.buttons(record) if d is not None}
        if check_buttons and data not in labels:
            raise LookupError(f"message {message_id} has no button with data {data!r}")
        query_id = f"{user_id}{next(self._callback_ids):08d}"
        self.callbacks[query_id] = {
            "user_id": user_id,
            "message_id": message_id,
            "data": data,
            "answered": False,
            "answer": None,
            "issued_at": self.clock(),
        }
        self._log(user_id, "user", "tap", message_id=message_id, text=labels.get(data, data))
        query = {
            "id": query_id,
            "from": dict(chat.user),
            "message": self._render(chat, record),
            "chat_instance": f"ci{user_id}",
            "data": data,
        }
        return self._enqueue({"callback_query": query})

    def tap(self, user_id: int, label: str) -> Json:
        """Tap the newest button whose label contains `label` (see `find_button`)."""
        message_id, data = self.find_button(user_id, label)
        return self.callback_update(user_id, message_id, data)

    def my_chat_member_update(self, user_id: int, status: str) -> Json:
        """The user blocks ("kicked") or restarts ("member") the bot; blocking takes effect."""
        if status not in ("kicked", "member"):
            raise ValueError("status must be 'kicked' or 'member'")
        user = self.add_user(user_id)
        if status == "kicked":
            self.block(user_id)
        else:
            self.unblock(user_id)
        old = "member" if status == "kicked" else "kicked"

        def member(state: str) -> Json:
            extra = {"until_date": 0} if state == "kicked" else {}
            return {"user": self.bot_user, "status": state, **extra}

        update = {
            "chat": self.chats[user_id].as_chat(),
            "from": dict(user),
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(status),
        }
        return self._enqueue({"my_chat_member": update})

    def _enqueue(self, payload: Json) -> Json:
        """Give the update an id, queue it for getUpdates and wake a waiting poller."""
        update = {"update_id": next(self._update_ids), **payload}
        self.updates.append(update)
        self._queue.append(update)
        self._wake()
        return update

    def _wake(self) -> None:
        """Wake every long-polling getUpdates."""
        for event in self._waiters:
            event.set()

    def release_pollers(self) -> None:
        """End every pending long poll now with [] (used when the HTTP server stops)."""
        self._release_gen += 1
        self._wake()

    # ------------------------------------------------------------------ inspection helpers

    def messages(self, chat_id: int) -> list[Json]:
        """The bot's messages in the chat as currently shown (edits applied, deletions gone)."""
        chat = self.chats.get(chat_id)
        return list(chat.messages.values()) if chat else []

    def last_message(self, chat_id: int) -> Json:
        """The newest bot message still shown in the chat."""
        shown = self.messages(chat_id)
        if not shown:
            raise LookupError(f"the bot has shown nothing in chat {chat_id}")
        return shown[-1]

    def texts(self, chat_id: int) -> list[str]:
        """Visible text (or caption) of every bot message in the chat."""
        return [_message_view(record)["text"] or "" for record in self.messages(chat_id)]

    @staticmethod
    def buttons(message: Any) -> list[tuple[str, str | None]]:
        """(label, callback_data) of every inline button; url buttons have data None."""
        if hasattr(message, "to_dict"):  # a telegram.Message
            message = message.to_dict()
        markup = message.get("reply_markup") or {}
        return [
            (button["text"], button.get("callback_data"))
            for row in markup.get("inline_keyboard", [])
            for button in row
        ]

    def find_button(self, chat_id: int, label: str) -> tuple[int, str]:
        """(message_id, callback_data) of the newest callback button whose label has `label`."""
        for record in reversed(self.messages(chat_id)):
            for text, data in self.buttons(record):
                if data is not None and label in text:
                    return record["message_id"], data
        shown = [text for m in self.messages(chat_id) for text, _ in self.buttons(m)]
        raise LookupError(f"no button containing {label!r} in chat {chat_id}; buttons: {shown}")

    def reply_keyboard(self, chat_id: int) -> Json | None:
        """The reply keyboard currently shown to the user, if any."""
        chat = self.chats.get(chat_id)
        return chat.keyboard if chat else None

    def unanswered_callbacks(self) -> list[str]:
        """Ids of callback queries handed out but never answered."""
        return [qid for qid, query in self.callbacks.items() if not query["answered"]]

    def edits(self, chat_id: int) -> list[Json]:
        """Edit log of the chat: dicts with t (from clock()), method, message_id, text, markup."""
        chat = self.chats.get(chat_id)
        return list(chat.edits) if chat else []

    def chat_transcript(self, chat_id: int, since: int = 0) -> list[Json]:
        """Transcript entries (user messages, taps, bot messages, edits...) of one chat."""
        return [e for e in self.transcript[since:] if e["chat_id"] == chat_id]

    def chat_view(self, chat_id: int) -> list[Json]:
        """JSON-safe view of the chat's messages as shown (for the control endpoint)."""
        return [_message_view(record) for record in self.messages(chat_id)]

    def _log(self, chat_id: int, who: str, kind: str, **fields: Any) -> None:
        """Append a transcript entry."""
        entry = {"seq": len(self.transcript), "chat_id": chat_id, "who": who, "kind": kind}
        self.transcript.append({**entry, "time": time.time(), **fields})
        if self.on_event:
            self.on_event(self.transcript[-1])

    # ------------------------------------------------------------------ shared checks

    def _chat_state(self, chat_id: int) -> _Chat:
        """The chat's state, created on first use when unknown chats are allowed."""
        if chat_id not in self.chats:
            self.add_user(chat_id)
        return self.chats[chat_id]

    def _target_chat(self, params: Json) -> _Chat:
        """Resolve chat_id like Telegram: must exist (when strict) and not have blocked us."""
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise bad_request("chat_id is empty")
        if not isinstance(chat_id, int) or (self.known_chats_only and chat_id not in self.chats):
            raise bad_request("chat not found")
        chat = self._chat_state(chat_id)
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def flood(self, chat_id: int, times: int, retry_after: int = 1) -> None:
        """The next `times` messages to this chat answer 429, however long the bot waited."""
        self._floods[chat_id] = (times, retry_after)

    def _throttle(self, chat: _Chat) -> None:
        """Apply the optional global and per-chat flood limits (429 with retry_after)."""
        times, retry_after = self._floods.pop(chat.user["id"], (0, 0))
        if times > 0:
            if times > 1:
                self._floods[chat.user["id"]] = (times - 1, retry_after)
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )
        now = self.flood_clock()
        waits: list[float] = []
        if self.global_rate is not None:
            while self._sent_at and self._sent_at[0] <= now - 1.0:
                self._sent_at.popleft()
            if len(self._sent_at) >= self.global_rate:
                waits.append(self._sent_at[0] + 1.0 - now)
        if self.per_chat_rate is not None:
            elapsed = now - (chat.refilled_at if chat.refilled_at is not None else now)
            chat.tokens = min(self.per_chat_burst, chat.tokens + elapsed * self.per_chat_rate)
            chat.refilled_at = now
            if chat.tokens < 1:
                waits.append((1 - chat.tokens) / self.per_chat_rate)
        if waits:
            retry_after = max(1, math.ceil(max(waits)))
            raise ApiError(
                429,
                f"Too Many Requests: retry after {retry_after}",
                {"retry_after": retry_after},
            )
        if self.global_rate is not None:
            self._sent_at.append(now)
        if self.per_chat_rate is not None:
            chat.tokens -= 1

    def _parse(self, params: Json, key: str, limit: int, *, required: bool) -> ParsedText | None:
        """Validate text/caption with its parse_mode and length limit."""
        raw = params.get(key)
        if raw in (None, "") and not required:
            return None
        if not isinstance(raw, str) or not raw.strip():
            raise bad_request("message text is empty" if key == "text" else f"{key} is empty")
        entities_key = "entities" if key == "text" else "caption_entities"
        if isinstance(params.get(entities_key), list):  # explicit entities win over parse_mode
            parsed = ParsedText(raw, params[entities_key])
        else:
            try:
                parsed = parse_text(raw, params.get("parse_mode"), strict_amp=self.strict_amp)
            except EntityParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
            except ValueError:
                raise bad_request("unsupported parse_mode") from None
        if not parsed.text.strip():
            raise bad_request("message text is empty" if key == "text" else f"{key} is empty")
        if len(parsed.text) > limit:
            raise bad_request(
                "message is too long" if key == "text" else "message caption is too long"
            )
        return parsed

    def _markup(self, params: Json, *, inline_only: bool = False) -> Json | None:
        """Validate reply_markup; returns it (or None)."""
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            _check_inline_keyboard(markup["inline_keyboard"])
        elif inline_only:
            raise bad_request("inline keyboard expected")
        elif "keyboard" in markup:
            _check_reply_keyboard(markup["keyboard"])
        elif not (markup.get("remove_keyboard") or markup.get("force_reply")):
            raise bad_request("can't parse reply keyboard markup JSON object")
        return markup

    def _check_reply_to(self, chat: _Chat, params: Json) -> None:
        """A reply must point at an existing message unless sending without reply is allowed."""
        reply = params.get("reply_parameters") or {}
        target = reply.get("message_id") if isinstance(reply, dict) else None
        target = target or params.get("reply_to_message_id")
        allow = params.get("allow_sending_without_reply") or (
            isinstance(reply, dict) and reply.get("allow_sending_without_reply")
        )
        if target and not allow and target not in chat.messages | chat.user_messages:
            raise bad_request("message to be replied not found")

    # ------------------------------------------------------------------ storing messages

    def _store(self, chat: _Chat, kind: str, params: Json, **content: Any) -> Json:
        """Store a new bot message and return the Message JSON Telegram answers with."""
        markup = self._markup(params)
        inline = markup if markup and "inline_keyboard" in markup else None
        if markup and "inline_keyboard" not in markup:
            chat.keyboard = None if markup.get("remove_keyboard") else markup
        record: Json = {
            "message_id": chat.allocate_id(),
            "chat_id": chat.user["id"],
            "kind": kind,
            "text": None,
            "caption": None,
            "raw": None,
            "entities": [],
            "parse_mode": params.get("parse_mode"),
            "reply_markup": inline,
            "keyboard": None if inline else markup,
            "date": int(time.time()),
            "edit_date": None,
            "file": None,
            "file_name": None,
            "mime_type": None,
            "file_id": None,
            **content,
        }
        chat.messages[record["message_id"]] = record
        self._log(chat.user["id"], "bot", kind, **_message_view(record))
        return self._render(chat, record)

    def _render(self, chat: _Chat, record: Json) -> Json:
        """The Message object for a stored bot message, as Telegram serialises it."""
        message: Json = {
            "message_id": record["message_id"],
            "from": self.bot_user,
            "chat": chat.as_chat(),
            "date": record["date"],
        }
        if record["edit_date"]:
            message["edit_date"] = record["edit_date"]
        key = "text" if record["kind"] == "text" else "caption"
        if record[key] is not None:
            message[key] = record[key]
            if record["entities"]:
                message["entities" if key == "text" else "caption_entities"] = record["entities"]
        if record["kind"] == "photo":
            message["photo"] = [record["photo"]]
        elif record["kind"] == "document":
            message["document"] = record["document"]
        if record["reply_markup"]:  # only inline keyboards are echoed back by Telegram
            message["reply_markup"] = record["reply_markup"]
        return message

    def _upload(self, params: Json, key: str) -> UploadedFile:
        """Resolve a file parameter: a multipart upload, a known file_id or an HTTP URL."""
        value = params.get(key)
        if isinstance(value, UploadedFile):
            if not value.data:
                raise bad_request("file must be non-empty")
            return value
        if value in (None, ""):
            raise bad_request(f"there is no {key} in the request")
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        if isinstance(value, str) and re.match(r"https?://", value):
            return UploadedFile(value.rsplit("/", 1)[-1] or key, b"", url=value)
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _file_meta(self, upload: UploadedFile) -> Json:
        """Register an upload under a fresh file_id and return the base File fields."""
        if upload.file_id is None:
            upload.file_id = f"fake-file-{next(self._file_ids)}"
            self.files[upload.file_id] = upload
        return {
            "file_id": upload.file_id,
            "file_unique_id": upload.file_id.replace("fake-file-", "u"),
            "file_size": len(upload.data),
        }

    # ------------------------------------------------------------------ API methods

    def _true(self, params: Json) -> bool:
        """Methods that just succeed (close, logOut)."""
        return True

    def _get_me(self, params: Json) -> Json:
        """getMe."""
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _commands_key(self, params: Json) -> tuple[str, str]:
        """Commands are stored per (scope, language_code) like Telegram."""
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), params.get("language_code") or ""

    def _set_my_commands(self, params: Json) -> bool:
        """setMyCommands: 1-32 chars of [a-z0-9_], description 1-256 chars."""
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("can't parse commands JSON object")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = commands
        return True

    def _get_my_commands(self, params: Json) -> list[Json]:
        """getMyCommands."""
        return self.commands.get(self._commands_key(params), [])

    def _delete_my_commands(self, params: Json) -> bool:
        """deleteMyCommands."""
        self.commands.pop(self._commands_key(params), None)
        return True

    def _set_webhook(self, params: Json) -> bool:
        """setWebhook: HTTPS only; an empty url removes the webhook."""
        url = params.get("url") or ""
        if url and not url.startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook_url = url
        if params.get("drop_pending_updates"):
            self._queue.clear()
        return True

    def _delete_webhook(self, params: Json) -> bool:
        """deleteWebhook."""
        return self._set_webhook({"drop_pending_updates": params.get("drop_pending_updates")})

    def _get_webhook_info(self, params: Json) -> Json:
        """getWebhookInfo."""
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }

    async def _get_updates(self, params: Json) -> list[Json]:
        """getUpdates: confirm updates below offset, long-poll up to `timeout` seconds."""
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is "
                "active; use deleteWebhook to delete the webhook first",
            )
        offset, limit = params.get("offset"), min(max(int(params.get("limit") or 100), 1), 100)
        if isinstance(params.get("allowed_updates"), list):
            self._allowed_updates = frozenset(params["allowed_updates"]) or DEFAULT_UPDATE_TYPES
        # A newer getUpdates terminates the older one with 409, exactly like Telegram.
        ticket = self._poll_ticket = object()
        self._wake()
        deadline = asyncio.get_running_loop().time() + float(params.get("timeout") or 0)
        generation = self._release_gen
        while True:
            ready = self._pending(offset)[:limit]
            remaining = deadline - asyncio.get_running_loop().time()
            if ready or remaining <= 0 or generation != self._release_gen:
                return ready
            event = asyncio.Event()
            self._waiters.add(event)
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass
            finally:
                self._waiters.discard(event)
            if self._poll_ticket is not ticket:
                raise ApiError(409, TERMINATED)

    def _pending(self, offset: int | None) -> list[Json]:
        """Drop confirmed and filtered-out updates; return what is left to deliver."""
        if isinstance(offset, int) and offset < 0:
            return self._queue[offset:]
        if isinstance(offset, int):
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        self._queue = [u for u in self._queue if _update_type(u) in self._allowed_updates]
        return list(self._queue)

    def _send_message(self, params: Json) -> Json:
        """sendMessage."""
        chat = self._target_chat(params)
        self._throttle(chat)
        parsed = self._parse(params, "text", 4096, required=True)
        assert parsed is not None
        self._check_reply_to(chat, params)
        return self._store(
            chat, "text", params, text=parsed.text, raw=params["text"], entities=parsed.entities
        )

    def _send_photo(self, params: Json) -> Json:
        """sendPhoto: the bytes must be an image."""
        chat = self._target_chat(params)
        self._throttle(chat)
        caption = self._parse(params, "caption", 1024, required=False)
        upload = self._upload(params, "photo")
        size = image_size(upload.data) if upload.data else (0, 0)
        if size is None:
            raise bad_request("IMAGE_PROCESS_FAILED")
        self._check_reply_to(chat, params)
        photo = {**self._file_meta(upload), "width": size[0], "height": size[1]}
        return self._store(
            chat, "photo", params, photo=photo, **_media_fields(upload, caption, params)
        )

    def _send_document(self, params: Json) -> Json:
        """sendDocument."""
        chat = self._target_chat(params)
        self._throttle(chat)
        caption = self._parse(params, "caption", 1024, required=False)
        upload = self._upload(params, "document")
        self._check_reply_to(chat, params)
        document = {
            **self._file_meta(upload),
            "file_name": upload.filename,
            "mime_type": upload.mimetype,
        }
        return self._store(
            chat, "document", params, document=document, **_media_fields(upload, caption, params)
        )

    def _edit_target(self, params: Json) -> tuple[_Chat, Json]:
        """The chat and stored bot message an edit refers to."""
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the fake")
        chat = self._target_chat(params)
        message_id = params.get("message_id")
        if message_id in chat.user_messages:
            raise bad_request("message can't be edited")
        if message_id not in chat.messages:
            raise bad_request("message to edit not found")
        self._throttle(chat)
        return chat, chat.messages[message_id]

    def _apply_edit(self, chat: _Chat, record: Json, method: str, changes: Json) -> Json:
        """Apply an edit unless it changes nothing (Telegram's "message is not modified")."""
        if all(record[key] == value for key, value in changes.items()):
            raise bad_request(NOT_MODIFIED)
        record.update(changes, edit_date=int(time.time()))
        chat.edits.append(
            {
                "t": self.clock(),
                "method": method,
                "message_id": record["message_id"],
                "text": record["text"],
                "reply_markup": record["reply_markup"],
            }
        )
        self._log(chat.user["id"], "bot", "edit", **_message_view(record))
        return self._render(chat, record)

    def _edit_message_text(self, params: Json) -> Json:
        """editMessageText: omitting reply_markup removes the inline keyboard."""
        chat, record = self._edit_target(params)
        if record["kind"] != "text":
            raise bad_request("there is no text in the message to edit")
        parsed = self._parse(params, "text", 4096, required=True)
        assert parsed is not None
        changes = {
            "text": parsed.text,
            "entities": parsed.entities,
            "reply_markup": self._markup(params, inline_only=True),
        }
        return self._apply_edit(chat, record, "editMessageText", changes)

    def _edit_message_caption(self, params: Json) -> Json:
        """editMessageCaption."""
        chat, record = self._edit_target(params)
        if record["kind"] == "text":
            raise bad_request("there is no caption in the message to edit")
        parsed = self._parse(params, "caption", 1024, required=False)
        changes = {
            "caption": parsed.text if parsed else None,
            "entities": parsed.entities if parsed else [],
            "reply_markup": self._markup(params, inline_only=True),
        }
        return self._apply_edit(chat, record, "editMessageCaption", changes)

    def _edit_message_reply_markup(self, params: Json) -> Json:
        """editMessageReplyMarkup."""
        chat, record = self._edit_target(params)
        changes = {"reply_markup": self._markup(params, inline_only=True)}
        return self._apply_edit(chat, record, "editMessageReplyMarkup", changes)

    def _delete_message(self, params: Json) -> bool:
        """deleteMessage: bot messages and (in private chats) the user's own messages."""
        chat = self._target_chat(params)
        message_id = params.get("message_id")
        if chat.messages.pop(message_id, None) is None and (
            chat.user_messages.pop(message_id, None) is None
        ):
            raise bad_request("message to delete not found")
        self._log(chat.user["id"], "bot", "delete", message_id=message_id)
        return True

    def _answer_callback_query(self, params: Json) -> bool:
        """answerCallbackQuery: each issued query can be answered once; text <= 200 chars."""
        query = self.callbacks.get(str(params.get("callback_query_id")))
        if query is None or query["answered"]:
            raise bad_request(QUERY_TOO_OLD)
        text = params.get("text")
        if text is not None and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query.update(
            answered=True, answer={k: v for k, v in params.items() if k != "callback_query_id"}
        )
        if text:
            kind = "alert" if params.get("show_alert") else "toast"
            self._log(query["user_id"], "bot", kind, text=text)
        return True

    def _send_chat_action(self, params: Json) -> bool:
        """sendChatAction."""
        self._target_chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True


def _update_type(update: Json) -> str:
    """The payload key of an update ("message", "callback_query", ...)."""
    return next(key for key in update if key != "update_id")


def _media_fields(upload: UploadedFile, caption: ParsedText | None, params: Json) -> Json:
    """Stored-record fields shared by photos and documents."""
    return {
        "caption": caption.text if caption else None,
        "raw": params.get("caption"),
        "entities": caption.entities if caption else [],
        "file": upload.data,
        "file_name": upload.filename,
        "mime_type": upload.mimetype,
        "file_id": upload.file_id,
    }


def _check_inline_keyboard(rows: Any) -> None:
    """Validate inline keyboard rows like Telegram does."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
        )
    if sum(len(row) for row in rows) > 100:
        raise bad_request("reply markup is too long")
    for button in (b for row in rows for b in row):
        if not isinstance(button, dict) or not str(button.get("text") or "").strip():
            raise bad_request(
                'can\'t parse inline keyboard button: Field "text" must be of type String'
            )
        actions = [key for key in BUTTON_ACTIONS if key in button]
        if not actions:
            raise bad_request(
                "can't parse inline keyboard button: Text buttons are unallowed "
                "in the inline keyboard"
            )
        if len(actions) > 1:
            raise bad_request("BUTTON_TYPE_INVALID")
        data = button.get("callback_data")
        if "callback_data" in button and not (
            isinstance(data, str) and 1 <= len(data.encode("utf-8")) <= 64
        ):
            raise bad_request("BUTTON_DATA_INVALID")
        url = button.get("url")
        if "url" in button and not re.match(r"(https?://[^\s/]+|tg://)\S*$", str(url)):
            raise bad_request("BUTTON_URL_INVALID")


def _check_reply_keyboard(rows: Any) -> None:
    """Validate a reply keyboard: rows of strings or {"text": ...} buttons."""
    if not isinstance(rows, list) or not rows:
        raise bad_request("can't parse reply keyboard markup JSON object")
    for button in (b for row in rows for b in row):
        text = button if isinstance(button, str) else (button or {}).get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')


def _message_view(record: Json) -> Json:
    """JSON-safe summary of a stored bot message (no file bytes)."""
    keyboard = (record.get("keyboard") or {}).get("keyboard")
    return {
        "message_id": record["message_id"],
        "content": record["kind"],
        "text": record["text"] if record["text"] is not None else record["caption"],
        "buttons": [
            [[b["text"], b.get("callback_data") or b.get("url")] for b in row]
            for row in (record.get("reply_markup") or {}).get("inline_keyboard", [])
        ],
        "keyboard": [
            [b if isinstance(b, str) else b["text"] for b in row] for row in keyboard or []
        ],
        "file_name": record["file_name"],
        "file_size": len(record["file"]) if record["file"] is not None else None,
        "edited": bool(record["edit_date"]),
    }


# ---------------------------------------------------------------------------- in-process seam


class FakeRequest(BaseRequest):
    """A PTB request backend that answers every call from a `FakeTelegram`, without sockets."""

    def __init__(self, fake: FakeTelegram, read_timeout: float | None = 5.0) -> None:
        self.fake = fake
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        """Default read timeout PTB adds to getUpdates' long-poll timeout."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Decode the call exactly as it would travel on the wire and let the fake answer."""
        token, api_method = split_api_url(url)
        raw = request_data.json_parameters if request_data else {}
        files = {}
        if request_data and request_data.contains_files:
            files = {
                name: UploadedFile.from_field(part)
                for name, part in request_data.multipart_data.items()
            }
        status, body = await self.fake.request(token, api_method, decode_params(raw, files))
        return status, json.dumps(body).encode("utf-8")


# ---------------------------------------------------------------------------- loopback server


@dataclass
class FakeServer:
    """A running loopback Bot API server; `base_url` is what TELEGRAM_BASE_URL should be."""

    fake: FakeTelegram
    host: str
    port: int
    http_server: tornado.httpserver.HTTPServer

    @property
    def url(self) -> str:
        """Root URL of the server (control endpoints live under /control)."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Value for PTB's base_url / the bot's TELEGRAM_BASE_URL."""
        return f"{self.url}/bot"

    async def stop(self) -> None:
        """Stop listening, end pending long polls and close open connections."""
        self.http_server.stop()
        self.fake.release_pollers()
        await self.http_server.close_all_connections()


async def serve(fake: FakeTelegram, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
    """Serve `fake` over HTTP on host:port (0 picks a free port) in the running event loop."""
    args = {"fake": fake}
    app = tornado.web.Application(
        [
            (r"/bot([^/]+)/([A-Za-z]+)/?", _ApiHandler, args),
            (r"/control/([a-z]+)(?:/(-?[0-9]+))?/?", _ControlHandler, args),
            (r".*", _NotFoundHandler),
        ],
        log_function=lambda handler: None,  # keep test output and the bot's console quiet
    )
    sockets = tornado.netutil.bind_sockets(port, host)
    http_server = tornado.httpserver.HTTPServer(app)
    http_server.add_sockets(sockets)
    return FakeServer(fake, host, sockets[0].getsockname()[1], http_server)


class _JsonHandler(tornado.web.RequestHandler):
    """Shared JSON reply helper."""

    def reply(self, status: int, body: Any) -> None:
        """Send `body` as JSON; a client that already hung up is not an error."""
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        with contextlib.suppress(tornado.iostream.StreamClosedError):
            self.finish(json.dumps(body))


class _NotFoundHandler(_JsonHandler):
    """Anything that is not /bot<token>/<method> answers like Telegram's 404."""

    def prepare(self) -> None:
        """Answer every HTTP method the same way."""
        self.reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})


class _ApiHandler(_JsonHandler):
    """POST/GET /bot<token>/<method> with query, JSON, form or multipart parameters."""

    def initialize(self, fake: FakeTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.fake = fake

    async def get(self, token: str, method: str) -> None:
        """GET calls pass parameters in the query string."""
        await self.post(token, method)

    async def post(self, token: str, method: str) -> None:
        """Decode the parameters and files, then let the fake answer."""
        try:
            raw = self._raw_params()
        except ValueError:
            self.reply(
                400,
                {"ok": False, "error_code": 400, "description": "Bad Request: can't parse JSON"},
            )
            return
        files = {
            name: UploadedFile(parts[-1].filename, parts[-1].body, parts[-1].content_type)
            for name, parts in self.request.files.items()
        }
        self._call = asyncio.ensure_future(
            self.fake.request(token, method, decode_params(raw, files))
        )
        try:
            status, body = await self._call
        except asyncio.CancelledError:
            return  # the client hung up (e.g. an abandoned long poll): nobody to answer
        self.reply(status, body)

    def on_connection_close(self) -> None:
        """Cancel the pending call so an abandoned getUpdates is not later answered 409."""
        call = getattr(self, "_call", None)
        if call is not None:
            call.cancel()

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


class _ControlHandler(_JsonHandler):
    """/control/* endpoints that play the user's side for a live bot."""

    def initialize(self, fake: FakeTelegram) -> None:
        """Tornado's per-request setup hook."""
        self.fake = fake

    def get(self, action: str, user_id: str | None = None) -> None:
        """GET /control/chat/<id> (messages as shown) or /control/transcript/<id>?since=N."""
        if user_id is None or action not in ("chat", "transcript"):
            self.reply(404, {"ok": False, "description": f"unknown control GET {action!r}"})
        elif action == "chat":
            self.reply(200, {"ok": True, "messages": self.fake.chat_view(int(user_id))})
        else:
            since = int(self.get_query_argument("since", "0"))
            entries = self.fake.chat_transcript(int(user_id), since)
            self.reply(200, {"ok": True, "entries": entries, "seq": len(self.fake.transcript)})

    def post(self, action: str, user_id: str | None = None) -> None:
        """POST /control/message, /tap, /block or /unblock with a JSON body."""
        seq = len(self.fake.transcript)
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
        """Perform one user action and return the update it produced."""
        user_id = int(body["user_id"])
        if action == "message":
            return self.fake.message_update(
                user_id, str(body["text"]), body.get("first_name"), body.get("username")
            )
        if action == "tap":
            return self.fake.tap(user_id, str(body["label"]))
        if action in ("block", "unblock"):
            status = "kicked" if action == "block" else "member"
            return self.fake.my_chat_member_update(user_id, status)
        raise LookupError(f"unknown control action {action!r}")


# ---------------------------------------------------------------------------- transcripts


def render_transcript(entries: list[Json]) -> str:
    """A readable conversation: user lines, bot messages with [buttons], edits, toasts."""
    return "\n".join(line for entry in entries for line in _render_entry(entry))


def render_chat(messages: list[Json]) -> str:
    """The chat as currently shown (what `GET /control/chat/<id>` returns), readable."""
    return "\n".join(line for view in messages for line in _render_message("BOT", view))


def _render_entry(entry: Json) -> list[str]:
    """Lines for one transcript entry."""
    kind = entry["kind"]
    if entry["who"] == "user":
        if kind == "message":
            return _indent(f"USER: {entry['text']}")
        if kind == "tap":
            return [f"USER taps [{entry['text']}]"]
        return [f"USER {kind}s the bot"]
    if kind in ("toast", "alert"):
        return _indent(f"BOT ({kind}): {entry['text']}")
    if kind == "delete":
        return [f"BOT deletes #{entry['message_id']}"]
    return _render_message("BOT" + (" edits" if kind == "edit" else ""), entry)


def _render_message(prefix: str, view: Json) -> list[str]:
    """Lines for one bot message view: header, text, button rows, reply keyboard."""
    head = f"{prefix} #{view['message_id']}"
    if view.get("content") in ("photo", "document"):
        head += f" [{view['content']} {view['file_name']}, {view['file_size']} bytes]"
    lines = _indent(f"{head}: {view['text'] or ''}".rstrip(": "))
    for row in view.get("buttons") or []:
        lines.append("    " + " ".join(f"[{label}]" for label, _ in row))
    for row in view.get("keyboard") or []:
        lines.append("    keyboard: " + " ".join(f"({label})" for label in row))
    return lines


def _indent(text: str) -> list[str]:
    """First line as is, continuation lines indented so multi-line messages stay readable."""
    first, *rest = text.split("\n")
    return [first, *("    " + line for line in rest)]
