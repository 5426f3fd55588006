"""Whatever no feature claimed: unknown buttons, stray text, blocks and unblocks."""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.ext import CallbackQueryHandler, ChatMemberHandler, MessageHandler, filters

from handlers.checkin import resend_current_question
from handlers.context import CoachContext
from handlers.free_text import handler_for
from handlers.replies import reject_forged, reply
from storage.checkins import current_checkin
from storage.users import set_active, touch_user


async def unknown_button(update: Update, context: CoachContext) -> None:
    """Callback data no handler recognised: forged, or from a version of the bot long gone."""
    await reject_forged(update, context)


async def stray_text(update: Update, context: CoachContext) -> None:
    """Text we are waiting for goes to its feature; elsewhere a nudge and the question again."""
    assert update.effective_user and update.effective_chat and update.effective_message
    person, chat_id = update.effective_user, update.effective_chat.id
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
        checkin = await current_checkin(session, user.id)
    text = update.effective_message.text
    answer = handler_for(user.awaiting)
    if answer is not None and text is not None:
        await answer(update, context, user, text)
        return
    if checkin is not None and checkin.completed_at is None:
        await reply(context, chat_id, context.content.texts.common.use_buttons)
        await resend_current_question(context, user, checkin)
        return
    await reply(context, chat_id, context.content.texts.common.not_understood)


async def membership_changed(update: Update, context: CoachContext) -> None:
    """Telegram tells us when a person blocks or unblocks the bot."""
    change = update.my_chat_member
    assert change is not None
    blocked = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    async with context.db.transaction() as session:
        await set_active(session, change.from_user.id, not blocked)


async def unknown_command(update: Update, context: CoachContext) -> None:
    """A command we do not have."""
    assert update.effective_chat
    await reply(context, update.effective_chat.id, context.content.texts.common.not_understood)


HANDLERS = [
    CallbackQueryHandler(unknown_button),
    ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
    MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND, unknown_command),
    MessageHandler(filters.ChatType.PRIVATE & ~filters.COMMAND, stray_text),
]
