"""The function check's buttons and typed activity names."""

from __future__ import annotations

from telegram import Update

from content import Words
from content.words import Notice
from conversation.context import CoachContext
from handlers.taps import person_of, through, words_for
from services.base import Person
from services.function_check import (
    CheckState,
    choose_more,
    name_activity,
    open_or_continue,
    rate_activity,
)
from views.buttons.records import CheckGo, MoreTap, RateTap
from views.function_check import rated_text, step_view
from views.reply import Reply, notice_text


async def post_step(context: CoachContext, w: Words, chat_id: int, state: CheckState) -> None:
    """Ask the next question of the check, or show its result."""
    activity_id = state.step.activity_id
    activity = (activity_id, state.names[activity_id]) if activity_id is not None else None
    view = step_view(
        w,
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
    found = await through(
        update, context, CheckGo, lambda _, person: open_or_continue(context.services, person)
    )
    if found is None:
        return
    _, state, message = found
    await context.outbox.drop_buttons(message)
    await post_step(context, await words_for(context, person_of(update)), message.chat.id, state)


async def rating_tapped(update: Update, context: CoachContext) -> None:
    """A 0-10 tap: store it, show it under the question, ask what comes next."""
    found = await through(
        update,
        context,
        RateTap,
        lambda tap, person: rate_activity(
            context.services, person.user_id, tap.check_id, tap.activity_id, tap.score
        ),
    )
    if found is None:
        return
    tap, state, message = found
    w = await words_for(context, person_of(update))
    rated = rated_text(w, state.names[tap.activity_id], tap.score)
    await context.outbox.edit(message.chat.id, message.message_id, Reply(rated))
    await post_step(context, w, message.chat.id, state)


async def more_tapped(update: Update, context: CoachContext) -> None:
    """After the first check's ratings: add another activity, or that's all."""
    found = await through(
        update,
        context,
        MoreTap,
        lambda tap, person: choose_more(
            context.services, person.user_id, tap.check_id, tap.choice == "more"
        ),
    )
    if found is None:
        return
    _, state, message = found
    await context.outbox.drop_buttons(message)
    await post_step(context, await words_for(context, person_of(update)), message.chat.id, state)


async def activity_typed(context: CoachContext, person: Person, text: str) -> None:
    """The person typed the name of an activity their back makes hard."""
    named = await name_activity(context.services, person.user_id, text)
    w = await words_for(context, person)
    if isinstance(named, Notice):
        await context.outbox.send(person.chat_id, Reply(notice_text(w, named)))
        return
    await post_step(context, w, person.chat_id, named)
