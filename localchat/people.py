"""The person's side of each chat: messages they type, buttons they tap, blocking the bot."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from localchat.chats import Chat, ChatDirectory, buttons, render_message
from localchat.text import utf16_len
from localchat.transcript import Transcript
from localchat.updates import UpdateQueue
from localchat.wire import Json


class PersonSide(ChatDirectory):
    """What people do in their chats, turned into the updates Telegram would deliver."""

    inbox: UpdateQueue
    log: Transcript
    callbacks: dict[str, Json]
    steady: Callable[[], float]
    bot_user: Json
    _callback_ids: Iterator[int]

    def message_update(
        self,
        user_id: int,
        text: str,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> Json:
        """The person sends `text` (first_name defaults to "Ann", or the name already known)."""
        user = self.add_user(user_id, first_name, username, language_code)
        chat = self.chats[user_id]
        message: Json = {
            "message_id": chat.allocate_id(),
            "from": dict(user),  # a snapshot: renaming the person later must not rewrite history
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
        self.log.add(user_id, "user", "message", message_id=message["message_id"], text=text)
        return self.inject_update({"message": message})

    def location_update(self, user_id: int, latitude: float, longitude: float) -> Json:
        """The person shares a location (from the attachment menu, or a location button)."""
        user = self.add_user(user_id)
        chat = self.chats[user_id]
        message: Json = {
            "message_id": chat.allocate_id(),
            "from": dict(user),
            "chat": chat.as_chat(),
            "date": int(time.time()),
            "location": {"latitude": latitude, "longitude": longitude},
        }
        chat.user_messages[message["message_id"]] = message
        self.log.add(user_id, "user", "location", message_id=message["message_id"])
        return self.inject_update({"message": message})

    def media_update(self, user_id: int, content: Json, shown: str) -> Json:
        """The person sends a voice note, photo, sticker or file: `content` holds the Message
        fields Telegram sets for it (`{"voice": {...}}`); the transcript shows `shown`."""
        user = self.add_user(user_id)
        chat = self.chats[user_id]
        message: Json = {
            "message_id": chat.allocate_id(),
            "from": dict(user),
            "chat": chat.as_chat(),
            "date": int(time.time()),
            **content,
        }
        chat.user_messages[message["message_id"]] = message
        self.log.add(user_id, "user", "message", message_id=message["message_id"], text=shown)
        return self.inject_update({"message": message})

    def share_location(self, user_id: int, latitude: float, longitude: float) -> Json:
        """Tap the reply keyboard's share-location button (a one-time keyboard then hides)."""
        chat = self.chat_state(user_id)
        rows = (chat.keyboard or {}).get("keyboard", [])
        if not any(isinstance(b, dict) and b.get("request_location") for r in rows for b in r):
            raise LookupError(f"chat {user_id} shows no share-location button")
        if (chat.keyboard or {}).get("one_time_keyboard"):
            chat.keyboard = None
        return self.location_update(user_id, latitude, longitude)

    def callback_update(
        self, user_id: int, message_id: int, data: str, *, check_buttons: bool = True
    ) -> Json:
        """The person taps the button carrying `data` under bot message `message_id`."""
        chat = self.chat_state(user_id)
        record = chat.messages.get(message_id)
        if record is None:
            raise LookupError(f"chat {user_id} has no bot message {message_id}")
        labels = {d: label for label, d in buttons(record) if d is not None}
        if check_buttons and data not in labels:
            raise LookupError(f"message {message_id} has no button with data {data!r}")
        query_id = f"{user_id}{next(self._callback_ids):08d}"
        self.callbacks[query_id] = {
            "user_id": user_id,
            "message_id": message_id,
            "data": data,
            "answered": False,
            "answer": None,
            "issued_at": self.steady(),
            "answered_at": None,
        }
        self.log.add(user_id, "user", "tap", message_id=message_id, text=labels.get(data, data))
        query = {
            "id": query_id,
            "from": dict(chat.user),
            "message": self.render(chat, record),
            "chat_instance": f"ci{user_id}",
            "data": data,
        }
        return self.inject_update({"callback_query": query})

    def tap(self, user_id: int, label: str) -> Json:
        """Tap the newest button whose label contains `label` (see `find_button`)."""
        message_id, data = self.find_button(user_id, label)
        return self.callback_update(user_id, message_id, data)

    def find_button(self, chat_id: int, label: str) -> tuple[int, str]:
        """(message_id, callback_data) of the newest callback button whose label has `label`."""
        shown = list(self.chats[chat_id].messages.values()) if chat_id in self.chats else []
        for record in reversed(shown):
            for text, data in buttons(record):
                if data is not None and label in text:
                    return record["message_id"], data
        labels = [text for record in shown for text, _ in buttons(record)]
        raise LookupError(f"no button containing {label!r} in chat {chat_id}; buttons: {labels}")

    def block(self, chat_id: int) -> None:
        """The person blocks the bot: every send to the chat now answers 403."""
        self.chat_state(chat_id).blocked = True
        self.log.add(chat_id, "user", "block")

    def unblock(self, chat_id: int) -> None:
        """The person unblocks the bot."""
        self.chat_state(chat_id).blocked = False
        self.log.add(chat_id, "user", "unblock")

    def my_chat_member_update(self, user_id: int, status: str) -> Json:
        """The person blocks ("kicked") or restarts ("member") the bot; blocking takes effect."""
        if status not in ("kicked", "member"):
            raise ValueError("status must be 'kicked' or 'member'")
        user = self.add_user(user_id)
        if status == "kicked":
            self.block(user_id)
        else:
            self.unblock(user_id)
        old = "member" if status == "kicked" else "kicked"
        update = {
            "chat": self.chats[user_id].as_chat(),
            "from": dict(user),
            "date": int(time.time()),
            "old_chat_member": self._member(old),
            "new_chat_member": self._member(status),
        }
        return self.inject_update({"my_chat_member": update})

    def _member(self, status: str) -> Json:
        """The bot's ChatMember object in a chat, as a my_chat_member update carries it."""
        extra = {"until_date": 0} if status == "kicked" else {}
        return {"user": self.bot_user, "status": status, **extra}

    def inject_update(self, payload: Json) -> Json:
        """Queue any update payload (e.g. a group message) for the bot, with the next update_id."""
        return self.inbox.put(payload)

    def render(self, chat: Chat, record: Json) -> Json:
        """The Message object of a stored bot message, as Telegram serialises it."""
        return render_message(self.bot_user, chat, record)
