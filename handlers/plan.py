"""/plan: the person's exercises, why each is there, and whether the plan is locked."""

from __future__ import annotations

from telegram import Update

from delivery.context import CoachContext
from handlers.taps import person_of, words_for
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
    shown = await show_plan(context.services, person)
    w = await words_for(context, person)
    match shown:
        case NoPlan():
            replies = [Reply(w("plan-no-plan-yet"))]
        case EmergencyLocked():
            replies = [Reply(w("common-emergency-locked"))]
        case CheckinUnderWay():
            replies = [Reply(w("common-blocked-plan"))]
        case AwaitingClearance(plan=plan, checkin_id=checkin_id):
            replies = locked_plan(w, checkin_id, plan)
        case PlanInForce(plan=plan, levels=levels):
            markup = start_keyboard(w) if plan.active_items else None
            replies = [Reply(plan_text(w, plan, levels), markup)]
    await context.outbox.send_all(person.chat_id, replies)
