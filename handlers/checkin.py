"""The check-in's taps: an answer stored the moment it is tapped, and the clearance buttons."""

from __future__ import annotations

from telegram import Update

from content import Words
from delivery.context import CoachContext
from handlers.taps import person_of, read, settle, tapped_message, through, words_for
from services.checkin import Advice, Answered, Ask, PlanReady, Redrawn, tap_answer
from services.clearance import Checkup, SeenFirst, clearance, not_seen_yet, questions_again
from views.buttons import AnswerTap, ClearedTap, SeenTap
from views.checkin import answered_text, question_view, result_views
from views.plan import plan_text
from views.reminders import zone_question
from views.reply import Reply
from views.safety import nerve_view, phone, same_day_view, seen_first_view


async def post_question(context: CoachContext, w: Words, chat_id: int, ask: Ask | None) -> None:
    """Ask the next question of the check-in (nothing when it is over)."""
    if ask is not None:
        view = question_view(
            w, ask.checkin_id, ask.question_id, ask.answers, ask.draft, ask.context
        )
        await context.outbox.send(chat_id, view)


async def post_checkup(
    context: CoachContext, w: Words, chat_id: int, checkup: Checkup | SeenFirst
) -> None:
    """/checkup: 'have you been seen?' first while signs are open; then the questions."""
    if isinstance(checkup, SeenFirst):
        view = seen_first_view(w, checkup.signs, checkup.checkin_id, morning=False)
        await context.outbox.send(chat_id, view)
        return
    intro = "onboarding-checkin-in-progress" if checkup.resuming else "onboarding-checkup-intro"
    await context.outbox.send(chat_id, Reply(w(intro)))
    await post_question(context, w, chat_id, checkup.ask)


async def post_result(context: CoachContext, w: Words, chat_id: int, ready: PlanReady) -> None:
    """What the finished check-in means; reminders are offered with the first usable plan."""
    views = result_views(w, ready.plan, ready.previous, ready.had_plan, ready.zone)
    await context.outbox.send_all(chat_id, views)
    if ready.ask_zone:
        await context.outbox.send(chat_id, zone_question(w, first=True))


async def _post_advice(context: CoachContext, w: Words, chat_id: int, done: Answered) -> None:
    """The stand-alone advice an answer calls for, before anything else."""
    if done.advice is Advice.NERVE:
        await context.outbox.send(chat_id, nerve_view(w, done.zone))
    elif done.advice is Advice.SAME_DAY:
        await context.outbox.send(chat_id, same_day_view(w, done.answers, done.zone))


async def answer_tapped(update: Update, context: CoachContext) -> None:
    """A tap on a check-in answer button."""
    found = await through(
        update,
        context,
        AnswerTap,
        lambda tap, person: tap_answer(
            context.services, person.user_id, tap.checkin_id, tap.question_id, tap.value
        ),
    )
    if found is None:
        return
    _, done, message = found
    w, chat_id = await words_for(context, person_of(update)), message.chat.id
    if isinstance(done, Redrawn):
        ask = done.ask
        view = question_view(
            w, ask.checkin_id, ask.question_id, ask.answers, ask.draft, ask.context
        )
        await context.outbox.edit(chat_id, message.message_id, view)
        return
    echo = Reply(answered_text(w, done.question_id, done.answers, done.context))
    await context.outbox.edit(chat_id, message.message_id, echo)
    await _post_advice(context, w, chat_id, done)
    if isinstance(done.next, Ask):
        await post_question(context, w, chat_id, done.next)
    else:
        await post_result(context, w, chat_id, done.next)


async def clearance_tapped(update: Update, context: CoachContext) -> None:
    """'I've been seen: I can exercise': the open signs are cleared; the plan, or the questions."""
    found = await through(
        update,
        context,
        ClearedTap,
        lambda tap, person: clearance(context.services, person.user_id, tap.checkin_id),
    )
    if found is None:
        return
    _, cleared, message = found
    w, chat_id = await words_for(context, person_of(update)), message.chat.id
    await context.outbox.drop_buttons(message)
    await context.outbox.send(chat_id, Reply(w("safety-cleared")))
    if cleared.checkup is not None:
        await post_checkup(context, w, chat_id, cleared.checkup)
        return
    if cleared.plan is not None:
        await context.outbox.send(chat_id, Reply(plan_text(w, cleared.plan)))
    if cleared.ask_zone:
        await context.outbox.send(chat_id, zone_question(w, first=True))


async def seen_tapped(update: Update, context: CoachContext) -> None:
    """'Not yet': in /checkup the questions with nothing cleared; in the morning, a reminder."""
    tap = await read(update, context, SeenTap)
    if tap is None:
        return
    person = person_of(update)
    if tap.answer == "later":
        waiting = await settle(
            update, context, await not_seen_yet(context.services, person, tap.checkin_id)
        )
        if waiting is None:
            return
        message, w = tapped_message(update), await words_for(context, person)
        await context.outbox.drop_buttons(message)
        key = "safety-not-yet-emergency" if waiting.emergency else "safety-not-yet"
        await context.outbox.send(message.chat.id, Reply(w(key, **phone(w, waiting.zone))))
        return
    checkup = await settle(update, context, await questions_again(context.services, person))
    if checkup is None:
        return
    message = tapped_message(update)
    await context.outbox.drop_buttons(message)
    await post_checkup(context, await words_for(context, person), message.chat.id, checkup)
