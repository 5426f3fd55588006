"""What the bot puts in a chat: messages and files sent, and the edits that change them."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from localchat.chats import Chat, Chats, message_view, new_record, render_message
from localchat.files import FileStore
from localchat.floods import FloodGate
from localchat.limits import NOT_MODIFIED, check_markup, parse_body
from localchat.transcript import Transcript
from localchat.wire import Json, bad_request


class BotMessages:
    """sendMessage, send<File>, editMessageText/Caption/ReplyMarkup, each checked like Telegram."""

    def __init__(
        self,
        chats: Chats,
        files: FileStore,
        floods: FloodGate,
        log: Transcript,
        bot_user: Json,
        clock: Callable[[], float],
    ) -> None:
        self.chats = chats
        self.files = files
        self.floods = floods
        self.log = log
        self.bot_user = bot_user
        self.clock = clock  # stamps edits

    # ------------------------------------------------------------------ sending

    def send_message(self, params: Json) -> Json:
        """sendMessage."""
        chat = self._sending_to(params)
        parsed = parse_body(params, "text", required=True)
        assert parsed is not None
        markup = check_markup(params)
        return self._store(
            chat, "text", markup, text=parsed.text, raw=params["text"], entities=parsed.entities
        )

    async def send_file(self, kind: str, params: Json) -> Json:
        """sendPhoto, sendAnimation, sendVoice, sendDocument: one checked file, a caption."""
        chat = self._sending_to(params)
        caption = parse_body(params, "caption", required=False)
        markup = check_markup(params)
        content = await self.files.accept(kind, params.get(kind), params)
        return self._store(
            chat,
            kind,
            markup,
            caption=caption.text if caption else None,
            raw=params.get("caption"),
            entities=caption.entities if caption else [],
            **content,
        )

    def _sending_to(self, params: Json) -> Chat:
        """The chat a send goes to, once flood control lets it through."""
        chat = self.chats.target(params)
        self.floods.admit(chat.chat_id)
        reply = params.get("reply_parameters")
        if isinstance(reply, dict) and reply.get("message_id"):
            known = chat.messages.keys() | chat.user_messages.keys()
            if not reply.get("allow_sending_without_reply") and reply["message_id"] not in known:
                raise bad_request("message to be replied not found")
        return chat

    def _store(self, chat: Chat, kind: str, markup: Json | None, **content: Any) -> Json:
        """Store a new bot message, show it, and return the Message JSON Telegram answers with."""
        if markup and "inline_keyboard" not in markup:
            chat.keyboard = None if markup.get("remove_keyboard") else markup
        record = new_record(chat, kind, markup, **content)
        chat.messages[record["message_id"]] = record
        self.log.add(chat.chat_id, "bot", kind, **message_view(record))
        return render_message(self.bot_user, chat, record)

    # ------------------------------------------------------------------ editing

    def edit_text(self, params: Json) -> Json:
        """editMessageText: omitting reply_markup removes the inline keyboard."""
        chat, record = self._edit_target(params)
        if record["kind"] != "text":
            raise bad_request("there is no text in the message to edit")
        parsed = parse_body(params, "text", required=True)
        assert parsed is not None
        changes = {
            "text": parsed.text,
            "raw": params["text"],
            "entities": parsed.entities,
            "reply_markup": check_markup(params, inline_only=True),
        }
        return self._apply_edit(chat, record, "editMessageText", changes)

    def edit_caption(self, params: Json) -> Json:
        """editMessageCaption."""
        chat, record = self._edit_target(params)
        if record["kind"] == "text":
            raise bad_request("there is no caption in the message to edit")
        parsed = parse_body(params, "caption", required=False)
        changes = {
            "caption": parsed.text if parsed else None,
            "raw": params.get("caption"),
            "entities": parsed.entities if parsed else [],
            "reply_markup": check_markup(params, inline_only=True),
        }
        return self._apply_edit(chat, record, "editMessageCaption", changes)

    def edit_markup(self, params: Json) -> Json:
        """editMessageReplyMarkup."""
        chat, record = self._edit_target(params)
        changes = {"reply_markup": check_markup(params, inline_only=True)}
        return self._apply_edit(chat, record, "editMessageReplyMarkup", changes)

    def _edit_target(self, params: Json) -> tuple[Chat, Json]:
        """The chat and stored bot message an edit refers to."""
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the local chat")
        chat = self.chats.target(params)
        message_id = params.get("message_id")
        if message_id in chat.user_messages:
            raise bad_request("message can't be edited")
        if message_id not in chat.messages:
            raise bad_request("message to edit not found")
        self.floods.admit(chat.chat_id)
        return chat, chat.messages[message_id]

    def _apply_edit(self, chat: Chat, record: Json, method: str, changes: Json) -> Json:
        """Apply an edit unless it changes nothing (Telegram's "message is not modified")."""
        shown = {key: value for key, value in changes.items() if key != "raw"}
        if all(record.get(key) == value for key, value in shown.items()):
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
        self.log.add(chat.chat_id, "bot", "edit", **message_view(record))
        return render_message(self.bot_user, chat, record)
