"""What people tell the bot is about their health, so it talks in private chats only."""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from content.texts import fill
from handlers.context import CoachContext
from handlers.replies import reply


async def point_to_private_chat(update: Update, context: CoachContext) -> None:
    """A command in a group: one sentence pointing to the private chat, nothing stored."""
    assert update.effective_chat is not None
    text = fill(context.content.texts.common.private_only, bot=context.bot.username)
    await reply(context, update.effective_chat.id, text)


# First in the list: a group's /start must never begin a health check-in in front of others.
# Other group messages match no handler (the stray-text fallback is for private chats).
HANDLERS = [MessageHandler(~filters.ChatType.PRIVATE & filters.COMMAND, point_to_private_chat)]
