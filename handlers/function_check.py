"""The function check's buttons and typed activity names."""

from __future__ import annotations

from telegram import Update

from delivery.context import CoachContext
from handlers.taps import person_of, read, settle, tapped_message
from services.base import Notice, Person
from services.function_check import (
    CheckState,
    choose_more,
    name_activity,
    open_or_continue,
    rate_activity,
)
from views.buttons import CheckGo, MoreTap, RateTap
from views.function_check import rated_text, step_view
from views.reply import Reply, say


async def post_step(context: CoachContext, chat_id: int, state: CheckState) -> None:
    """Ask the next question of the check, or show its result."""
    activity_id = state.step.activity_id
    activity = (activity_id, state.names[activity_id]) if activity_id is not None else None
    view = step_view(
        context.content,
        state.check_id,
        state.step.kind,
        activity=activity,
        named=len(state.names),
        first=state.first,
        summary=state.summary,
    )
    await context.outbox.send(chat_id, view)


async def go_tapped(update: Update, context: CoachContext) -> None:
    """'Do the function check' / 'Carry on': open a check (when due) and ask its next question."""
    if await read(update, context, CheckGo) is None:
        return
    state = await settle(
        update, context, await open_or_continue(context.services, person_of(update))
    )
    if state is None:
        return
    message = tapped_message(update)
    await context.outbox.drop_buttons(message)
    await post_step(context, message.chat.id, state)


async def rating_tapped(update: Update, context: CoachContext) -> None:
    """A 0-10 tap: store it, show it under the question, ask what comes next."""
    tap = await read(update, context, RateTap)
    if tap is None:
        return
    result = await rate_activity(
        context.services, person_of(update).user_id, tap.check_id, tap.activity_id, tap.score
    )
    state = await settle(update, context, result)
    if state is None:
        return
    message = tapped_message(update)
    rated = rated_text(context.content, state.names[tap.activity_id], tap.score)
    await context.outbox.edit(message.chat.id, message.message_id, Reply(rated))
    await post_step(context, message.chat.id, state)


async def more_tapped(update: Update, context: CoachContext) -> None:
    """After the first check's ratings: add another activity, or that's all."""
    tap = await read(update, context, MoreTap)
    if tap is None:
        return
    result = await choose_more(
        context.services, person_of(update).user_id, tap.check_id, tap.choice == "more"
    )
    state = await settle(update, context, result)
    if state is None:
        return
    message = tapped_message(update)
    await context.outbox.drop_buttons(message)
    await post_step(context, message.chat.id, state)


async def activity_typed(context: CoachContext, person: Person, text: str) -> None:
    """The person typed the name of an activity their back makes hard."""
    named = await name_activity(context.services, person.user_id, text)
    if isinstance(named, Notice):
        await context.outbox.send(
            person.chat_id, Reply(say(context.content, named.key, **named.values))
        )
        return
    await post_step(context, person.chat_id, named)
