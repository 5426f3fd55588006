"""/plan: the person's exercises, why each is there, and whether the plan is locked."""

from __future__ import annotations

from telegram import Update

from delivery.context import CoachContext
from handlers.taps import person_of
from services.plan import (
    AwaitingClearance,
    CheckinUnderWay,
    EmergencyLocked,
    NoPlan,
    PlanInForce,
    show_plan,
)
from views.checkin import locked_plan
from views.plan import plan_text, start_keyboard
from views.reply import Reply


async def plan_command(update: Update, context: CoachContext) -> None:
    """Show the plan in force."""
    person = person_of(update)
    texts = context.content.texts
    shown = await show_plan(context.services, person)
    match shown:
        case NoPlan():
            replies = [Reply(texts.plan.no_plan_yet)]
        case EmergencyLocked():
            replies = [Reply(texts.common.emergency_locked)]
        case CheckinUnderWay():
            replies = [Reply(texts.common.blocked_plan)]
        case AwaitingClearance(plan=plan, checkin_id=checkin_id):
            replies = locked_plan(context.content, checkin_id, plan)
        case PlanInForce(plan=plan, levels=levels):
            markup = start_keyboard(context.content) if plan.active_items else None
            replies = [Reply(plan_text(context.content, plan, levels), markup)]
    await context.outbox.send_all(person.chat_id, replies)
