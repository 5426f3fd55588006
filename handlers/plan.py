"""/plan: the person's exercises, why each is there, and whether the plan is locked."""

from __future__ import annotations

from telegram import Update

from coach.plan import Lock
from conversation.context import CoachContext
from handlers.taps import person_of, words_for
from services.plan import CheckinUnderWay, Locked, NoPlan, PlanInForce, show_plan
from views.care import pause_view
from views.checkin import locked_plan, locked_reply
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
        case CheckinUnderWay():
            replies = [Reply(w("safety-blocked-plan"))]
        case Locked(plan=plan, country=country) if plan.lock is Lock.PAIN_PAUSE:
            replies = [Reply(plan_text(w, plan, country=country)), pause_view(w)]
        case Locked(plan=plan, country=country) if plan.items:
            replies = locked_plan(w, plan, country)
        case Locked(plan=plan, country=country):
            replies = [locked_reply(w, plan, country)]
        case PlanInForce(plan=plan, levels=levels, country=country):
            markup = start_keyboard(w) if plan.active_items else None
            replies = [Reply(plan_text(w, plan, levels, country), markup)]
    await context.outbox.send_all(person.chat_id, replies)
