"""The outbox: every message the bot sends or edits goes through here.

It remembers what each recent message shows, so an edit to what is already shown is not sent
(Telegram would refuse it with "message is not modified"); should Telegram say so anyway (a
message from before a restart), that is success, not an error. A message the person deleted
is no obstacle to an edit either.
"""

from __future__ import annotations

import logging

from cachetools import LRUCache
from telegram import Bot, InputFile, Message
from telegram.error import BadRequest

from delivery.refusals import gone, not_modified
from media.library import MediaKind
from views.reply import Keyboard, Reply

log = logging.getLogger(__name__)

# Messages whose content we remember (a few per active person is plenty).
REMEMBERED = 50_000

Shown = tuple[str | None, object]


def _shown(text: str | None, markup: Keyboard | None) -> Shown:
    """What a message shows, in a form that compares reliably."""
    return text, markup.to_dict() if markup is not None else None


class Outbox:
    """Sends and edits on behalf of handlers and jobs alike."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self._shown: LRUCache[tuple[int, int], Shown] = LRUCache(maxsize=REMEMBERED)

    def _remember(self, chat_id: int, message_id: int, shown: Shown) -> None:
        """Note what a message shows now."""
        self._shown[(chat_id, message_id)] = shown

    async def send(self, chat_id: int, reply: Reply) -> Message:
        """Post one message (a photo with a caption when the reply carries one)."""
        if reply.photo is not None:
            photo = InputFile(reply.photo, filename=reply.photo_name)
            message = await self.bot.send_photo(
                chat_id, photo, caption=reply.text, reply_markup=reply.markup
            )
        else:
            message = await self.bot.send_message(chat_id, reply.text, reply_markup=reply.markup)
        self._remember(chat_id, message.message_id, _shown(reply.text, reply.markup))
        return message

    async def send_all(self, chat_id: int, replies: list[Reply]) -> None:
        """Post several messages in order."""
        for reply in replies:
            await self.send(chat_id, reply)

    async def send_file(self, chat_id: int, data: bytes, name: str, caption: str) -> None:
        """Post a document."""
        await self.bot.send_document(chat_id, InputFile(data, filename=name), caption=caption)

    async def send_media(
        self,
        chat_id: int,
        kind: MediaKind,
        file: InputFile | str,
        caption: str,
        markup: Keyboard | None,
        seconds: int = 0,
    ) -> Message:
        """Post a picture, a demo or a voice note (an upload, or a file_id sent before)."""
        if kind is MediaKind.PICTURE:
            message = await self.bot.send_photo(chat_id, file, caption=caption, reply_markup=markup)
        elif kind is MediaKind.DEMO:
            message = await self.bot.send_animation(
                chat_id, file, caption=caption, reply_markup=markup
            )
        else:
            message = await self.bot.send_voice(
                chat_id, file, caption=caption, reply_markup=markup, duration=seconds or None
            )
        self._remember(chat_id, message.message_id, _shown(caption, markup))
        return message

    async def edit_caption(self, chat_id: int, message_id: int, reply: Reply) -> None:
        """Change a media message's caption and buttons, unless it already shows exactly that."""
        shown = _shown(reply.text, reply.markup)
        if self._shown.get((chat_id, message_id)) == shown:
            return
        try:
            await self.bot.edit_message_caption(
                chat_id=chat_id,
                message_id=message_id,
                caption=reply.text,
                reply_markup=reply.markup,
            )
        except BadRequest as error:
            if not self._harmless(error, chat_id, message_id):
                raise
        self._remember(chat_id, message_id, shown)

    async def edit(self, chat_id: int, message_id: int, reply: Reply) -> None:
        """Change a message's text and buttons, unless it already shows exactly that."""
        shown = _shown(reply.text, reply.markup)
        if self._shown.get((chat_id, message_id)) == shown:
            return
        try:
            await self.bot.edit_message_text(
                reply.text, chat_id=chat_id, message_id=message_id, reply_markup=reply.markup
            )
        except BadRequest as error:
            if not self._harmless(error, chat_id, message_id):
                raise
        self._remember(chat_id, message_id, shown)

    async def drop_buttons(self, message: Message | None) -> None:
        """Take the buttons off a message (once: a second time would change nothing)."""
        if message is None or message.reply_markup is None:
            return
        chat_id, message_id = message.chat.id, message.message_id
        known = self._shown.get((chat_id, message_id))
        if known is not None and known[1] is None:
            return
        try:
            await self.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
        except BadRequest as error:
            if not self._harmless(error, chat_id, message_id):
                raise
        text = known[0] if known else message.text_html
        self._remember(chat_id, message_id, (text, None))

    def _harmless(self, error: BadRequest, chat_id: int, message_id: int) -> bool:
        """Edits that fail only because of what the person did, or because it was done already."""
        if not_modified(error):
            log.debug("message %s in chat %s already showed that", message_id, chat_id)
            return True
        if gone(error):
            log.info("message %s in chat %s cannot be edited: %s", message_id, chat_id, error)
            return True
        return False
