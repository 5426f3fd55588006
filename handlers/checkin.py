"""The check-in's taps: an answer stored the moment it is tapped, and the clearance button."""

from __future__ import annotations

from telegram import Update

from delivery.context import CoachContext
from handlers.taps import person_of, read, settle, tapped_message
from services.checkin import Answered, Ask, Checkup, PlanReady, Redrawn, clearance, tap_answer
from views.buttons import AnswerTap, ClearedTap
from views.checkin import answered_text, question_view, result_views
from views.plan import plan_text
from views.reminders import zone_question
from views.reply import Reply


async def post_question(context: CoachContext, chat_id: int, ask: Ask | None) -> None:
    """Ask the next question of the check-in (nothing when it is over)."""
    if ask is not None:
        view = question_view(
            context.content, ask.checkin_id, ask.question_id, ask.answers, ask.draft
        )
        await context.outbox.send(chat_id, view)


async def post_checkup(context: CoachContext, chat_id: int, checkup: Checkup) -> None:
    """/checkup: say whether we carry on or start again, then ask."""
    texts = context.content.texts.onboarding
    intro = texts.checkin_in_progress if checkup.resuming else texts.checkup_intro
    await context.outbox.send(chat_id, Reply(intro))
    await post_question(context, chat_id, checkup.ask)


async def post_result(context: CoachContext, chat_id: int, ready: PlanReady) -> None:
    """What the finished check-in means; reminders are offered with the first usable plan."""
    content = context.content
    views = result_views(content, ready.checkin_id, ready.plan, ready.previous, ready.had_plan)
    await context.outbox.send_all(chat_id, views)
    if ready.ask_zone:
        await context.outbox.send(chat_id, zone_question(content, first=True))


async def answer_tapped(update: Update, context: CoachContext) -> None:
    """A tap on a check-in answer button."""
    tap = await read(update, context, AnswerTap)
    if tap is None:
        return
    user_id = person_of(update).user_id
    result = await tap_answer(context.services, user_id, tap.checkin_id, tap.question_id, tap.value)
    done = await settle(update, context, result)
    if done is None:
        return
    message = tapped_message(update)
    chat_id, content = message.chat.id, context.content
    if isinstance(done, Redrawn):
        ask = done.ask
        view = question_view(content, ask.checkin_id, ask.question_id, ask.answers, ask.draft)
        await context.outbox.edit(chat_id, message.message_id, view)
        return
    assert isinstance(done, Answered)
    echo = Reply(answered_text(content, done.question_id, done.value))
    await context.outbox.edit(chat_id, message.message_id, echo)
    if done.urgent_now:
        await context.outbox.send(chat_id, Reply(content.texts.onboarding.urgent))
    if isinstance(done.next, Ask):
        await post_question(context, chat_id, done.next)
    else:
        await post_result(context, chat_id, done.next)


async def clearance_tapped(update: Update, context: CoachContext) -> None:
    """'A clinician cleared me': unlock the plan of that check-in."""
    tap = await read(update, context, ClearedTap)
    if tap is None:
        return
    result = await clearance(context.services, person_of(update).user_id, tap.checkin_id)
    cleared = await settle(update, context, result)
    if cleared is None:
        return
    message, content = tapped_message(update), context.content
    await context.outbox.drop_buttons(message)
    await context.outbox.send(message.chat.id, Reply(content.texts.onboarding.cleared))
    await context.outbox.send(message.chat.id, Reply(plan_text(content, cleared.plan)))
    if cleared.ask_zone:
        await context.outbox.send(message.chat.id, zone_question(content, first=True))
