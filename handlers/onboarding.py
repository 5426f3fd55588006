"""/start, /checkup and /help: greeting, where the person is, and (re)starting a check-in."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from coach.plan import Lock
from content.texts import fill
from handlers.callback_data import encode, pattern
from handlers.checkin import CLEARED, resend_current_question, send_question
from handlers.context import CoachContext
from handlers.keyboards import single
from handlers.replies import read_tap, reply
from storage.checkins import current_checkin, start_checkin
from storage.plans import current_plan
from storage.users import touch_user

BEGIN = "ob"  # ob:begin


async def start(update: Update, context: CoachContext) -> None:
    """Welcome a newcomer, or tell a returning person where they are."""
    assert update.effective_user and update.effective_chat
    person, chat_id = update.effective_user, update.effective_chat.id
    texts = context.content.texts.onboarding
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
        checkin = await current_checkin(session, user.id)
        plan = await current_plan(session, user) if checkin else None
    name = person.first_name
    if checkin is None:
        await reply(
            context,
            chat_id,
            fill(texts.welcome_new, name=name),
            reply_markup=single(texts.begin_button, encode(BEGIN, "begin")),
        )
        return
    await reply(context, chat_id, fill(texts.welcome_back, name=name))
    if checkin.completed_at is None:
        await reply(
            context,
            chat_id,
            texts.where_you_are_checkin,
            reply_markup=single(texts.resume_button, encode(BEGIN, "begin")),
        )
    elif plan is None or plan.lock is Lock.EMERGENCY:
        await reply(context, chat_id, texts.where_you_are_emergency)
    elif plan.lock is Lock.AWAITING_CLEARANCE:
        await reply(
            context,
            chat_id,
            texts.where_you_are_locked,
            reply_markup=single(texts.cleared_button, encode(CLEARED, checkin.id)),
        )
    else:
        await reply(context, chat_id, texts.where_you_are_plan)


async def begin_tapped(update: Update, context: CoachContext) -> None:
    """'Let's begin' / 'Carry on': open the first check-in or continue the current one."""
    query = update.callback_query
    assert query is not None and query.message is not None
    if await read_tap(update, context, BEGIN, str) is None:
        return
    person = query.from_user
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, query.message.chat.id, person.first_name)
        checkin = await current_checkin(session, user.id)
        if checkin is None:
            checkin = await start_checkin(session, user.id)
    await query.answer()
    await query.edit_message_reply_markup(None)
    if checkin.completed_at is not None:
        await reply(context, user.chat_id, context.content.texts.onboarding.where_you_are_plan)
        return
    await resend_current_question(context, user, checkin)


async def checkup(update: Update, context: CoachContext) -> None:
    """Ask the safety and symptom questions again (or carry on with an open round)."""
    assert update.effective_user and update.effective_chat
    person, chat_id = update.effective_user, update.effective_chat.id
    texts = context.content.texts.onboarding
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
        checkin = await current_checkin(session, user.id)
        resuming = checkin is not None and checkin.completed_at is None
        if not resuming:
            checkin = await start_checkin(session, user.id)
    assert checkin is not None
    if resuming:
        await reply(context, chat_id, texts.checkin_in_progress)
        await resend_current_question(context, user, checkin)
        return
    await reply(context, chat_id, texts.checkup_intro)
    await send_question(context, chat_id, checkin.id, {})


async def help_command(update: Update, context: CoachContext) -> None:
    """List the commands in plain words."""
    assert update.effective_chat
    await reply(context, update.effective_chat.id, context.content.texts.common.help)


HANDLERS = [
    CommandHandler("start", start),
    CommandHandler("checkup", checkup),
    CommandHandler("help", help_command),
    CallbackQueryHandler(begin_tapped, pattern=pattern(BEGIN)),
]
