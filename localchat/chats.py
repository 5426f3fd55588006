"""The private chats: each person, the bot's messages as shown, and how a call names a chat."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from localchat.wire import ApiError, Json, bad_request

# The message kinds that carry a file, with the Message field Telegram puts it in.
MEDIA_KINDS = ("photo", "animation", "voice", "document")


@dataclass
class Chat:
    """A private chat with one person: both sides' messages and what is shown now."""

    user: Json
    blocked: bool = False
    next_id: int = 1
    messages: dict[int, Json] = field(default_factory=dict)
    user_messages: dict[int, Json] = field(default_factory=dict)
    edits: list[Json] = field(default_factory=list)
    keyboard: Json | None = None

    @property
    def chat_id(self) -> int:
        """In a private chat the chat id is the person's user id."""
        return self.user["id"]

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


class Chats(Mapping[int, Chat]):
    """The chats the local chat knows, by chat id, and what each shows now."""

    def __init__(self, *, known_only: bool = True) -> None:
        # Telegram answers "chat not found" for a person who never pressed Start; a server for
        # people in a browser lets the bot write to anyone instead.
        self.known_only = known_only
        self._by_id: dict[int, Chat] = {}

    def __getitem__(self, chat_id: int) -> Chat:
        return self._by_id[chat_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def add_user(
        self,
        user_id: int,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> Json:
        """Make a private chat with this person known (as if they had pressed Start).

        A new person is called "Ann" unless named; a name or language given for a known person
        replaces theirs.
        """
        chat = self._by_id.get(user_id)
        if chat is None:
            user: Json = {"id": user_id, "is_bot": False, "first_name": first_name or "Ann"}
            chat = self._by_id[user_id] = Chat(user=user)
        elif first_name:
            chat.user["first_name"] = first_name
        if username:
            chat.user["username"] = username
        if language_code is not None:
            chat.user.pop("language_code", None)
            if language_code:
                chat.user["language_code"] = language_code
        return chat.user

    def of(self, chat_id: int) -> Chat:
        """The chat's state, created on first use."""
        if chat_id not in self._by_id:
            self.add_user(chat_id)
        return self._by_id[chat_id]

    def target(self, params: Json) -> Chat:
        """Resolve chat_id like Telegram: it must exist (when strict) and not have blocked us."""
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise bad_request("chat_id is empty")
        if not isinstance(chat_id, int) or (self.known_only and chat_id not in self._by_id):
            raise bad_request("chat not found")
        chat = self.of(chat_id)
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    # ------------------------------------------------------------------ what a chat shows

    def messages(self, chat_id: int) -> list[Json]:
        """The bot's messages in the chat as currently shown (edits applied, deletions gone)."""
        chat = self._by_id.get(chat_id)
        return list(chat.messages.values()) if chat else []

    def last_message(self, chat_id: int) -> Json:
        """The newest bot message still shown in the chat."""
        shown = self.messages(chat_id)
        if not shown:
            raise LookupError(f"the bot has shown nothing in chat {chat_id}")
        return shown[-1]

    def texts(self, chat_id: int) -> list[str]:
        """Visible text (or caption) of every bot message in the chat."""
        return [message_view(record)["text"] or "" for record in self.messages(chat_id)]

    def reply_keyboard(self, chat_id: int) -> Json | None:
        """The reply keyboard currently shown to the person, if any."""
        chat = self._by_id.get(chat_id)
        return chat.keyboard if chat else None

    def edits(self, chat_id: int) -> list[Json]:
        """Edit log of the chat: dicts with t (from clock()), method, message_id, text, markup."""
        chat = self._by_id.get(chat_id)
        return list(chat.edits) if chat else []

    def chat_view(self, chat_id: int) -> list[Json]:
        """JSON-safe view of the chat's messages as shown (for the page and the CLI)."""
        return [message_view(record) for record in self.messages(chat_id)]


def new_record(chat: Chat, kind: str, markup: Json | None, **content: Any) -> Json:
    """A bot message as the local chat stores it (text or caption, keyboard, file bytes)."""
    inline = markup if markup and "inline_keyboard" in markup else None
    record: Json = {
        "message_id": chat.allocate_id(),
        "chat_id": chat.chat_id,
        "kind": kind,
        "text": None,
        "caption": None,
        "raw": None,
        "entities": [],
        "reply_markup": inline,
        "keyboard": None if inline else markup,
        "date": int(time.time()),
        "edit_date": None,
        "file": None,
        "file_name": None,
        "mime_type": None,
        "file_id": None,
        "media": None,
        **content,
    }
    return record


def render_message(bot_user: Json, chat: Chat, record: Json) -> Json:
    """The Message object for a stored bot message, as Telegram serialises it."""
    message: Json = {
        "message_id": record["message_id"],
        "from": bot_user,
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
    if record["kind"] in MEDIA_KINDS:
        message[record["kind"]] = record["media"]
        if record["kind"] == "animation":  # Telegram sends an animation as a document too
            dropped = ("width", "height", "duration")
            message["document"] = {k: v for k, v in record["media"].items() if k not in dropped}
    if record["reply_markup"]:  # only inline keyboards are echoed back by Telegram
        message["reply_markup"] = record["reply_markup"]
    return message


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


def message_view(record: Json) -> Json:
    """JSON-safe summary of a stored bot message (no file bytes), for the page and the CLI."""
    keyboard = (record.get("keyboard") or {}).get("keyboard")
    own_file = record["kind"] in MEDIA_KINDS
    return {
        "message_id": record["message_id"],
        "content": record["kind"],
        "text": record["text"] if record["text"] is not None else record["caption"],
        "entities": record["entities"],
        "buttons": [
            [[b["text"], b.get("callback_data") or b.get("url")] for b in row]
            for row in (record.get("reply_markup") or {}).get("inline_keyboard", [])
        ],
        "keyboard": [
            [b if isinstance(b, str) else b["text"] for b in row] for row in keyboard or []
        ],
        "file_id": record["file_id"],
        "file_name": record["file_name"],
        "mime_type": record["mime_type"],
        "file_size": len(record["file"]) if record["file"] is not None else None,
        "duration": (record.get(record["kind"]) or {}).get("duration") if own_file else None,
        "date": record["date"],
        "edited": bool(record["edit_date"]),
    }
