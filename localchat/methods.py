"""The Bot API methods that send: text, photos, animations, voice, audio, documents; and the
bot's own settings (getMe, commands, webhook, getUpdates, getFile)."""

from __future__ import annotations

import asyncio
from typing import Any

from localchat import media
from localchat.chats import Chat, CommandMenus, Descriptions, message_view, new_record
from localchat.files import FileStore, StoredFile
from localchat.floods import FloodGate
from localchat.limits import (
    check_chat_action,
    check_commands,
    check_description,
    check_language_code,
    check_markup,
    parse_body,
)
from localchat.people import PersonSide
from localchat.wire import Json, UploadedFile, bad_request

_WRONG_FILE = "wrong file identifier/HTTP URL specified"


class SendingMethods(PersonSide):
    """Methods named `_api_<method in snake case>`, found by name when a call arrives."""

    floods: FloodGate
    files: FileStore
    menus: CommandMenus
    about: Descriptions
    strict_amp: bool

    # ------------------------------------------------------------------ the bot itself

    def _api_get_me(self, params: Json) -> Json:
        """getMe."""
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_log_out(self, params: Json) -> bool:
        """logOut: nothing to log out of."""
        return True

    def _api_close(self, params: Json) -> bool:
        """close: nothing to close."""
        return True

    def _api_set_my_commands(self, params: Json) -> bool:
        """setMyCommands, per scope and language."""
        self.menus.lists[CommandMenus.key(params)] = check_commands(params.get("commands"))
        self.log.note(None, "commands")
        return True

    def _api_get_my_commands(self, params: Json) -> list[Json]:
        """getMyCommands."""
        return self.menus.lists.get(CommandMenus.key(params), [])

    def _api_delete_my_commands(self, params: Json) -> bool:
        """deleteMyCommands."""
        self.menus.lists.pop(CommandMenus.key(params), None)
        self.log.note(None, "commands")
        return True

    def _api_set_my_description(self, params: Json) -> bool:
        """setMyDescription: up to 512 characters, per language."""
        return self._describe_bot("description", params)

    def _api_get_my_description(self, params: Json) -> Json:
        """getMyDescription: a BotDescription."""
        language = check_language_code(params.get("language_code"))
        return {"description": self.about.shown("description", language)}

    def _api_set_my_short_description(self, params: Json) -> bool:
        """setMyShortDescription: up to 120 characters, per language."""
        return self._describe_bot("short_description", params)

    def _api_get_my_short_description(self, params: Json) -> Json:
        """getMyShortDescription: a BotShortDescription."""
        language = check_language_code(params.get("language_code"))
        return {"short_description": self.about.shown("short_description", language)}

    def _describe_bot(self, key: str, params: Json) -> bool:
        """Store a description for a language after checking it like Telegram."""
        language = check_language_code(params.get("language_code"))
        self.about.set(key, language, check_description(params, key))
        self.log.note(None, "about")
        return True

    def _api_set_webhook(self, params: Json) -> bool:
        """setWebhook."""
        drop = bool(params.get("drop_pending_updates"))
        self.inbox.set_webhook(params.get("url") or "", drop_pending=drop)
        return True

    def _api_delete_webhook(self, params: Json) -> bool:
        """deleteWebhook."""
        self.inbox.set_webhook("", drop_pending=bool(params.get("drop_pending_updates")))
        return True

    def _api_get_webhook_info(self, params: Json) -> Json:
        """getWebhookInfo."""
        return {
            "url": self.inbox.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": self.inbox.pending_count,
        }

    async def _api_get_updates(self, params: Json) -> list[Json]:
        """getUpdates."""
        return await self.inbox.get_updates(params)

    def _api_get_file(self, params: Json) -> Json:
        """getFile: the path to download a file the bot sent from /file/bot<token>/<path>."""
        stored = self.files.find(str(params.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        return {**stored.meta(), "file_path": stored.path}

    # ------------------------------------------------------------------ sending

    def _api_send_message(self, params: Json) -> Json:
        """sendMessage."""
        chat = self.target_chat(params)
        self.floods.admit(chat.chat_id)
        parsed = parse_body(params, "text", required=True, strict_amp=self.strict_amp)
        assert parsed is not None
        markup = check_markup(params)
        self._check_reply_to(chat, params)
        return self.store(
            chat, "text", markup, text=parsed.text, raw=params["text"], entities=parsed.entities
        )

    async def _api_send_photo(self, params: Json) -> Json:
        """sendPhoto: a picture that opens, of a sane shape, not blank."""
        return await self._send_media("photo", params)

    async def _api_send_animation(self, params: Json) -> Json:
        """sendAnimation: an H.264 MP4 or a GIF that decodes."""
        return await self._send_media("animation", params)

    async def _api_send_voice(self, params: Json) -> Json:
        """sendVoice: OGG/Opus that decodes, its duration as stated."""
        return await self._send_media("voice", params)

    async def _api_send_audio(self, params: Json) -> Json:
        """sendAudio: MP3 or M4A that decodes."""
        return await self._send_media("audio", params)

    async def _api_send_document(self, params: Json) -> Json:
        """sendDocument: any non-empty file up to 50 MB; a PDF must be whole."""
        return await self._send_media("document", params)

    def _api_send_chat_action(self, params: Json) -> bool:
        """sendChatAction."""
        self.target_chat(params)
        check_chat_action(params.get("action"))
        return True

    async def _send_media(self, kind: str, params: Json) -> Json:
        """Send one file of `kind` with an optional caption."""
        chat = self.target_chat(params)
        self.floods.admit(chat.chat_id)
        caption = parse_body(params, "caption", required=False, strict_amp=self.strict_amp)
        markup = check_markup(params)
        self._check_reply_to(chat, params)
        content = await self.media_content(kind, params.get(kind), params)
        return self.store(
            chat,
            kind,
            markup,
            caption=caption.text if caption else None,
            raw=params.get("caption"),
            entities=caption.entities if caption else [],
            **content,
        )

    async def media_content(self, kind: str, value: Any, params: Json) -> Json:
        """Check a file for its kind, keep it, and return the record fields that describe it."""
        data, filename, mime_type = self._file_source(kind, value)
        # Decoding takes tens of milliseconds: off the event loop, so the bot is not held up.
        facts = await asyncio.to_thread(
            media.inspect, kind, data, params.get("duration"), filename, mime_type
        )
        stored = self.files.keep(kind, data, filename, mime_type)
        own = described = self._describe(kind, stored, facts, params)
        if isinstance(facts, media.Photo):
            own = described[-1]
        return {
            "media": described,
            kind: own,
            "file": stored.data,
            "file_name": stored.filename,
            "mime_type": stored.mime_type,
            "file_id": stored.file_id,
        }

    def _describe(
        self, kind: str, stored: StoredFile, facts: media.Photo | media.Clip | None, params: Json
    ) -> Any:
        """The Telegram object of a checked file (for a photo: its sizes, smallest first)."""
        if isinstance(facts, media.Photo):
            sizes = []
            for data, (width, height) in facts.thumbnails:
                thumb = self.files.keep("photo", data, "thumbnail.jpg", "image/jpeg")
                sizes.append({**thumb.meta(), "width": width, "height": height})
            return [*sizes, {**stored.meta(), "width": facts.width, "height": facts.height}]
        described = {**stored.meta(), "mime_type": stored.mime_type}
        if kind != "voice":  # Telegram's Voice has no file name
            described["file_name"] = stored.filename
        if isinstance(facts, media.Clip):
            described.update(duration=round(facts.duration), mime_type=facts.mime_type)
            if kind == "animation":
                described.update(width=facts.width, height=facts.height)
        if kind == "audio":
            described.update({k: params[k] for k in ("performer", "title") if params.get(k)})
        return described

    def _file_source(self, kind: str, value: Any) -> tuple[bytes, str, str]:
        """The bytes, name and type of a multipart upload or of a file sent before, by id."""
        if isinstance(value, UploadedFile):
            if not value.data:
                raise bad_request("file must be non-empty")
            return value.data, value.filename, value.mimetype
        if value in (None, ""):
            raise bad_request(f"there is no {kind} in the request")
        stored = self.files.find(value) if isinstance(value, str) else None
        if stored is None:
            raise bad_request(f"{_WRONG_FILE} (the local chat fetches no URLs)")
        if stored.kind != kind:
            raise bad_request(f"can't use file of type {stored.kind} as {kind}")
        return stored.data, stored.filename, stored.mime_type

    def _check_reply_to(self, chat: Chat, params: Json) -> None:
        """A reply must point at an existing message unless sending without reply is allowed."""
        reply = params.get("reply_parameters")
        if not isinstance(reply, dict) or not reply.get("message_id"):
            return
        known = chat.messages.keys() | chat.user_messages.keys()
        if not reply.get("allow_sending_without_reply") and reply["message_id"] not in known:
            raise bad_request("message to be replied not found")

    def store(self, chat: Chat, kind: str, markup: Json | None, **content: Any) -> Json:
        """Store a new bot message, show it, and return the Message JSON Telegram answers with."""
        if markup and "inline_keyboard" not in markup:
            chat.keyboard = None if markup.get("remove_keyboard") else markup
        record = new_record(chat, kind, markup, **content)
        chat.messages[record["message_id"]] = record
        self.log.add(chat.chat_id, "bot", kind, **message_view(record))
        return self.render(chat, record)
