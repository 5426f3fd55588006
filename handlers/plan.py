"""/plan: the person's exercises, why each is there, and whether the plan is locked."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from coach.plan import Lock
from handlers.checkin import send_locked_plan
from handlers.context import CoachContext
from handlers.plan_view import plan_text
from handlers.replies import reply
from handlers.session_view import start_keyboard
from storage.checkins import current_checkin, latest_completed
from storage.plans import current_plan
from storage.sessions import levels_of
from storage.users import touch_user


async def show_plan(update: Update, context: CoachContext) -> None:
    """Show the plan in force."""
    assert update.effective_user and update.effective_chat
    person, chat_id = update.effective_user, update.effective_chat.id
    texts = context.content.texts
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
        plan = await current_plan(session, user)
        latest = await latest_completed(session, user.id)
        ongoing = await current_checkin(session, user.id)
        levels = {e: s.level for e, s in (await levels_of(session, user.id)).items()}
    if plan is None or latest is None:
        await reply(context, chat_id, texts.plan.no_plan_yet)
    elif plan.lock is Lock.EMERGENCY:
        await reply(context, chat_id, texts.common.emergency_locked)
    elif plan.lock is Lock.AWAITING_CLEARANCE and ongoing is not latest:
        # A danger sign in the check-in under way: finish it before anything unlocks.
        await reply(context, chat_id, texts.common.blocked_plan)
    elif plan.lock is Lock.AWAITING_CLEARANCE:
        await send_locked_plan(context, chat_id, latest.id, plan)
    else:
        text = plan_text(context.content, plan, levels)
        markup = start_keyboard(context.content) if plan.active_items else None
        await reply(context, chat_id, text, reply_markup=markup)


HANDLERS = [CommandHandler("plan", show_plan)]
