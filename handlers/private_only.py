"""What people tell the bot is about their health, so it talks in private chats only."""

from __future__ import annotations

from telegram import Update

from coach.languages import from_telegram
from conversation.context import CoachContext
from views.reply import Reply


async def point_to_private_chat(update: Update, context: CoachContext) -> None:
    """A command in a group: one sentence pointing to the private chat, nothing stored."""
    assert update.effective_chat is not None
    user = update.effective_user
    w = context.content.words(from_telegram(user.language_code if user else None))
    text = w("common-private-only", bot=context.bot.username)
    await context.outbox.send(update.effective_chat.id, Reply(text))
