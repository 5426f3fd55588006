"""The check-in's taps: an answer stored the moment it is tapped, and the clearance button."""

from __future__ import annotations

from telegram import Update

from content import Words
from delivery.context import CoachContext
from handlers.taps import person_of, read, settle, tapped_message, words_for
from services.checkin import Answered, Ask, Checkup, PlanReady, Redrawn, clearance, tap_answer
from views.buttons import AnswerTap, ClearedTap
from views.checkin import answered_text, question_view, result_views
from views.plan import plan_text
from views.reminders import zone_question
from views.reply import Reply


async def post_question(context: CoachContext, w: Words, chat_id: int, ask: Ask | None) -> None:
    """Ask the next question of the check-in (nothing when it is over)."""
    if ask is not None:
        view = question_view(w, ask.checkin_id, ask.question_id, ask.answers, ask.draft)
        await context.outbox.send(chat_id, view)


async def post_checkup(context: CoachContext, w: Words, chat_id: int, checkup: Checkup) -> None:
    """/checkup: say whether we carry on or start again, then ask."""
    intro = "onboarding-checkin-in-progress" if checkup.resuming else "onboarding-checkup-intro"
    await context.outbox.send(chat_id, Reply(w(intro)))
    await post_question(context, w, chat_id, checkup.ask)


async def post_result(context: CoachContext, w: Words, chat_id: int, ready: PlanReady) -> None:
    """What the finished check-in means; reminders are offered with the first usable plan."""
    views = result_views(w, ready.checkin_id, ready.plan, ready.previous, ready.had_plan)
    await context.outbox.send_all(chat_id, views)
    if ready.ask_zone:
        await context.outbox.send(chat_id, zone_question(w, first=True))


async def answer_tapped(update: Update, context: CoachContext) -> None:
    """A tap on a check-in answer button."""
    tap = await read(update, context, AnswerTap)
    if tap is None:
        return
    person = person_of(update)
    result = await tap_answer(
        context.services, person.user_id, tap.checkin_id, tap.question_id, tap.value
    )
    done = await settle(update, context, result)
    if done is None:
        return
    message, w = tapped_message(update), await words_for(context, person)
    chat_id = message.chat.id
    if isinstance(done, Redrawn):
        ask = done.ask
        view = question_view(w, ask.checkin_id, ask.question_id, ask.answers, ask.draft)
        await context.outbox.edit(chat_id, message.message_id, view)
        return
    assert isinstance(done, Answered)
    echo = Reply(answered_text(w, done.question_id, done.value))
    await context.outbox.edit(chat_id, message.message_id, echo)
    if done.urgent_now:
        await context.outbox.send(chat_id, Reply(w("onboarding-urgent")))
    if isinstance(done.next, Ask):
        await post_question(context, w, chat_id, done.next)
    else:
        await post_result(context, w, chat_id, done.next)


async def clearance_tapped(update: Update, context: CoachContext) -> None:
    """'A clinician cleared me': unlock the plan of that check-in."""
    tap = await read(update, context, ClearedTap)
    if tap is None:
        return
    result = await clearance(context.services, person_of(update).user_id, tap.checkin_id)
    cleared = await settle(update, context, result)
    if cleared is None:
        return
    message, w = tapped_message(update), await words_for(context, person_of(update))
    await context.outbox.drop_buttons(message)
    await context.outbox.send(message.chat.id, Reply(w("onboarding-cleared")))
    await context.outbox.send(message.chat.id, Reply(plan_text(w, cleared.plan)))
    if cleared.ask_zone:
        await context.outbox.send(message.chat.id, zone_question(w, first=True))
