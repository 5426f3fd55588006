"""The person's side of each chat: messages they type, buttons they tap, blocking the bot."""

from __future__ import annotations

import time

from localchat.callbacks import Callbacks
from localchat.chats import Chats, buttons, render_message
from localchat.text import utf16_len
from localchat.transcript import Transcript
from localchat.updates import UpdateQueue
from localchat.wire import Json


class People:
    """What people do in their chats, turned into the updates Telegram would deliver."""

    def __init__(
        self,
        chats: Chats,
        updates: UpdateQueue,
        callbacks: Callbacks,
        log: Transcript,
        bot_user: Json,
    ) -> None:
        self.chats = chats
        self.updates = updates
        self.callbacks = callbacks
        self.log = log
        self.bot_user = bot_user

    def message_update(
        self,
        user_id: int,
        text: str,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> Json:
        """The person sends `text` (first_name defaults to "Ann", or the name already known)."""
        self.chats.add_user(user_id, first_name, username, language_code)
        content: Json = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        return self._says(user_id, content, "message", text)

    def location_update(self, user_id: int, latitude: float, longitude: float) -> Json:
        """The person shares a location (from the attachment menu, or a location button)."""
        content = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._says(user_id, content, "location", None)

    def media_update(self, user_id: int, content: Json, shown: str) -> Json:
        """The person sends a voice note, photo, sticker or file: `content` holds the Message
        fields Telegram sets for it (`{"voice": {...}}`); the transcript shows `shown`."""
        return self._says(user_id, content, "message", shown)

    def _says(self, user_id: int, content: Json, kind: str, shown: str | None) -> Json:
        """Keep the person's message in their chat, note it, and queue its update."""
        chat = self.chats.of(user_id)
        message: Json = {
            "message_id": chat.allocate_id(),
            "from": dict(chat.user),  # a snapshot: renaming the person must not rewrite history
            "chat": chat.as_chat(),
            "date": int(time.time()),
            **content,
        }
        chat.user_messages[message["message_id"]] = message
        said = {"text": shown} if shown is not None else {}
        self.log.add(user_id, "user", kind, message_id=message["message_id"], **said)
        return self.updates.put({"message": message})

    def share_location(self, user_id: int, latitude: float, longitude: float) -> Json:
        """Tap the reply keyboard's share-location button (a one-time keyboard then hides)."""
        chat = self.chats.of(user_id)
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
        chat = self.chats.of(user_id)
        record = chat.messages.get(message_id)
        if record is None:
            raise LookupError(f"chat {user_id} has no bot message {message_id}")
        labels = {d: label for label, d in buttons(record) if d is not None}
        if check_buttons and data not in labels:
            raise LookupError(f"message {message_id} has no button with data {data!r}")
        query_id = self.callbacks.issue(user_id, message_id, data)
        self.log.add(user_id, "user", "tap", message_id=message_id, text=labels.get(data, data))
        query = {
            "id": query_id,
            "from": dict(chat.user),
            "message": render_message(self.bot_user, chat, record),
            "chat_instance": f"ci{user_id}",
            "data": data,
        }
        return self.updates.put({"callback_query": query})

    def tap(self, user_id: int, label: str) -> Json:
        """Tap the newest button whose label contains `label` (see `find_button`)."""
        message_id, data = self.find_button(user_id, label)
        return self.callback_update(user_id, message_id, data)

    def find_button(self, chat_id: int, label: str) -> tuple[int, str]:
        """(message_id, callback_data) of the newest callback button whose label has `label`."""
        shown = self.chats.messages(chat_id)
        for record in reversed(shown):
            for text, data in buttons(record):
                if data is not None and label in text:
                    return record["message_id"], data
        labels = [text for record in shown for text, _ in buttons(record)]
        raise LookupError(f"no button containing {label!r} in chat {chat_id}; buttons: {labels}")

    def block(self, chat_id: int) -> None:
        """The person blocks the bot: every send to the chat now answers 403."""
        self.chats.of(chat_id).blocked = True
        self.log.add(chat_id, "user", "block")

    def unblock(self, chat_id: int) -> None:
        """The person unblocks the bot."""
        self.chats.of(chat_id).blocked = False
        self.log.add(chat_id, "user", "unblock")

    def my_chat_member_update(self, user_id: int, status: str) -> Json:
        """The person blocks ("kicked") or restarts ("member") the bot; blocking takes effect."""
        if status not in ("kicked", "member"):
            raise ValueError("status must be 'kicked' or 'member'")
        chat = self.chats.of(user_id)
        if status == "kicked":
            self.block(user_id)
        else:
            self.unblock(user_id)
        old = "member" if status == "kicked" else "kicked"
        update = {
            "chat": chat.as_chat(),
            "from": dict(chat.user),
            "date": int(time.time()),
            "old_chat_member": self._member(old),
            "new_chat_member": self._member(status),
        }
        return self.updates.put({"my_chat_member": update})

    def _member(self, status: str) -> Json:
        """The bot's ChatMember object in a chat, as a my_chat_member update carries it."""
        extra = {"until_date": 0} if status == "kicked" else {}
        return {"user": self.bot_user, "status": status, **extra}
