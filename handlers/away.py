"""'I'm away' in the chat: from /reminders or the missed-day question, and 'I'm back'."""

from __future__ import annotations

from telegram import Update

from conversation.context import CoachContext
from handlers.taps import person_of, read, settle, tapped_message, through, toast, words_for
from services.away import ask_away, come_back, go_away
from services.base import Notice
from services.reminders import Shown
from views.away import away_question, away_set
from views.buttons.keeping_going import AwayMenu, AwayTap, BackTap
from views.reminders import settings_view


async def away_menu_tapped(update: Update, context: CoachContext) -> None:
    """'I'm away': how long?"""
    found = await through(
        update,
        context,
        AwayMenu,
        lambda tap, person: ask_away(context.services, person.user_id, tap.barrier_id),
    )
    if found is None:
        return
    tap, _, message = found
    w = await words_for(context, person_of(update))
    await context.outbox.send(message.chat.id, away_question(w, tap.barrier_id))


async def away_tapped(update: Update, context: CoachContext) -> None:
    """Away for the days chosen: the pause is stored, and the person is told until when."""
    found = await through(
        update,
        context,
        AwayTap,
        lambda tap, person: go_away(context.services, person.user_id, tap.days, tap.barrier_id),
    )
    if found is None:
        return
    _, away, message = found
    w = await words_for(context, person_of(update))
    view = away_set(w, away.span, away.back_at, missed_excused=away.missed_excused)
    await context.outbox.edit(message.chat.id, message.message_id, view)


async def back_tapped(update: Update, context: CoachContext) -> None:
    """'I'm back' in /reminders: the nudges come again from today."""
    if await read(update, context, BackTap) is None:
        return
    shown = await come_back(context.services, person_of(update))
    if not isinstance(shown, Shown):
        await settle(update, context, shown)
        return
    await toast(update, context, Notice("away-back-toast"))
    message, w = tapped_message(update), await words_for(context, person_of(update))
    view = settings_view(w, shown.settings, shown.now, midday_offered=shown.midday_offered)
    await context.outbox.edit(message.chat.id, message.message_id, view)
