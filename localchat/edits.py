"""The Bot API methods that change what is shown: edits, deletions and callback answers."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from localchat.chats import MEDIA_KINDS, Chat, message_view
from localchat.limits import (
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    check_markup,
    check_toast,
    parse_body,
)
from localchat.methods import SendingMethods
from localchat.wire import Json, bad_request

# editMessageMedia's InputMedia types the local chat can show, by the record kind they make.
_EDITABLE_MEDIA = ("photo", "animation", "audio", "document")


class EditingMethods(SendingMethods):
    """editMessage*, deleteMessage and answerCallbackQuery, each checked like Telegram."""

    callback_deadline: float
    steady: Callable[[], float]

    def _api_edit_message_text(self, params: Json) -> Json:
        """editMessageText: omitting reply_markup removes the inline keyboard."""
        chat, record = self._edit_target(params)
        if record["kind"] != "text":
            raise bad_request("there is no text in the message to edit")
        parsed = parse_body(params, "text", required=True, strict_amp=self.strict_amp)
        assert parsed is not None
        changes = {
            "text": parsed.text,
            "raw": params["text"],
            "entities": parsed.entities,
            "reply_markup": check_markup(params, inline_only=True),
        }
        return self._apply_edit(chat, record, "editMessageText", changes)

    def _api_edit_message_caption(self, params: Json) -> Json:
        """editMessageCaption."""
        chat, record = self._edit_target(params)
        if record["kind"] == "text":
            raise bad_request("there is no caption in the message to edit")
        parsed = parse_body(params, "caption", required=False, strict_amp=self.strict_amp)
        changes = {
            "caption": parsed.text if parsed else None,
            "raw": params.get("caption"),
            "entities": parsed.entities if parsed else [],
            "reply_markup": check_markup(params, inline_only=True),
        }
        return self._apply_edit(chat, record, "editMessageCaption", changes)

    def _api_edit_message_reply_markup(self, params: Json) -> Json:
        """editMessageReplyMarkup."""
        chat, record = self._edit_target(params)
        changes = {"reply_markup": check_markup(params, inline_only=True)}
        return self._apply_edit(chat, record, "editMessageReplyMarkup", changes)

    async def _api_edit_message_media(self, params: Json) -> Json:
        """editMessageMedia: a media message gets another file (and caption) in place."""
        chat, record = self._edit_target(params)
        if record["kind"] not in MEDIA_KINDS:
            raise bad_request("there is no media in the message to edit")
        new = params.get("media")
        if not isinstance(new, dict) or new.get("type") not in _EDITABLE_MEDIA:
            raise bad_request("can't parse InputMedia: media type is not supported here")
        kind = new["type"]
        caption = parse_body(new, "caption", required=False, strict_amp=self.strict_amp)
        changes: dict[str, Any] = {
            "kind": kind,
            "caption": caption.text if caption else None,
            "raw": new.get("caption"),
            "entities": caption.entities if caption else [],
            "reply_markup": check_markup(params, inline_only=True),
            **await self.media_content(kind, new.get("media"), new),
        }
        for other in MEDIA_KINDS:  # the old file's own field goes with the old kind
            changes.setdefault(other, None)
        return self._apply_edit(chat, record, "editMessageMedia", changes)

    def _api_delete_message(self, params: Json) -> bool:
        """deleteMessage: bot messages and (in private chats) the person's own messages."""
        chat = self.target_chat(params)
        message_id = params.get("message_id")
        if chat.messages.pop(message_id, None) is None and (
            chat.user_messages.pop(message_id, None) is None
        ):
            raise bad_request("message to delete not found")
        self.log.add(chat.chat_id, "bot", "delete", message_id=message_id)
        return True

    def _api_answer_callback_query(self, params: Json) -> bool:
        """answerCallbackQuery: once per query, within the deadline, text <= 200 chars."""
        query = self.callbacks.get(str(params.get("callback_query_id")))
        if query is None or query["answered"]:
            raise bad_request(QUERY_TOO_OLD)
        now = self.steady()
        if now - query["issued_at"] > self.callback_deadline:
            raise bad_request(QUERY_TOO_OLD)
        text = params.get("text")
        check_toast(text)
        answer = {k: v for k, v in params.items() if k != "callback_query_id"}
        query.update(answered=True, answer=answer, answered_at=now)
        if text:
            kind = "alert" if params.get("show_alert") else "toast"
            self.log.add(query["user_id"], "bot", kind, text=text)
        return True

    def _edit_target(self, params: Json) -> tuple[Chat, Json]:
        """The chat and stored bot message an edit refers to."""
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the local chat")
        chat = self.target_chat(params)
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
        return self.render(chat, record)
