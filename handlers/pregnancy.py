"""'My midwife or doctor said yes': the plan that waited for it opens."""

from __future__ import annotations

from telegram import Update

from conversation.context import CoachContext
from handlers.checkin import post_offer
from handlers.taps import person_of, through, words_for
from services.pregnancy import confirm_go_ahead
from views.buttons.checkin import GoAheadTap
from views.plan import plan_text, start_keyboard
from views.reply import Reply


async def go_ahead_tapped(update: Update, context: CoachContext) -> None:
    """The go-ahead is kept; thanks, the plan with its start button, then reminders if new."""
    found = await through(
        update,
        context,
        GoAheadTap,
        lambda _, person: confirm_go_ahead(context.services, person),
    )
    if found is None:
        return
    _, opened, message = found
    w = await words_for(context, person_of(update))
    await context.outbox.drop_buttons(message)
    await context.outbox.send(message.chat.id, Reply(w("programme-go-ahead-thanks")))
    markup = start_keyboard(w) if opened.plan.active_items else None
    text = plan_text(w, opened.plan, opened.levels, opened.country)
    await context.outbox.send(message.chat.id, Reply(text, markup))
    await post_offer(context, w, message.chat.id, opened.reminders)
