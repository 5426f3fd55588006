"""The check-in's taps: an answer stored the moment it is tapped, and the clearance buttons."""

from __future__ import annotations

from telegram import Update

from coach.checkin import still_open
from content import Words
from conversation.context import CoachContext
from handlers.taps import person_of, read, settle, tapped_message, through, words_for
from services.checkin import (
    Advice,
    Answered,
    Ask,
    PlanReady,
    Redrawn,
    self_check_next,
    tap_answer,
)
from services.clearance import (
    Checkup,
    Cleared,
    RecheckFirst,
    SeenFirst,
    TooSoon,
    clearance,
    not_seen_yet,
    questions_again,
    recheck,
)
from services.reminders import Offer
from views.buttons.checkin import AnswerTap, ClearedTap, RecheckTap, SeenTap
from views.checkin import answered_text, question_view, result_views, still_open_view
from views.clearance import not_yet_view, recheck_view, seen_first_view, too_soon_view
from views.plan import plan_text
from views.reminders import reminders_offer
from views.reply import Reply
from views.safety import nerve_view, same_day_view


async def post_question(
    context: CoachContext, w: Words, chat_id: int, ask: Ask | PlanReady | None
) -> None:
    """Ask the next question of the check-in (nothing when it is over; its result if it just
    ended)."""
    if isinstance(ask, PlanReady):
        await post_result(context, w, chat_id, ask)
    elif ask is not None:
        view = question_view(
            w, ask.checkin_id, ask.question_id, ask.answers, ask.draft, ask.context
        )
        await context.outbox.send(chat_id, view)


async def post_checkup(
    context: CoachContext, w: Words, chat_id: int, checkup: Checkup | SeenFirst
) -> None:
    """/checkup: 'have you been examined?' first while signs are open; then the questions."""
    if isinstance(checkup, SeenFirst):
        view = seen_first_view(
            w,
            checkup.signs,
            checkup.checkin_id,
            checkup.country,
            tier=checkup.tier,
            may_clear=checkup.may_clear,
        )
        await context.outbox.send(chat_id, view)
        return
    intro = "onboarding-checkin-in-progress" if checkup.resuming else "onboarding-checkup-intro"
    await context.outbox.send(chat_id, Reply(w(intro)))
    await post_question(context, w, chat_id, checkup.ask)


async def post_offer(context: CoachContext, w: Words, chat_id: int, offer: Offer | None) -> None:
    """Reminders with the first usable plan: the zone we know to confirm, or a city to type."""
    if offer is not None:
        await context.outbox.send(chat_id, reminders_offer(w, offer.zone, offer.now))


async def post_result(context: CoachContext, w: Words, chat_id: int, ready: PlanReady) -> None:
    """What the finished check-in means; reminders are offered with the first usable plan."""
    views = result_views(w, ready.plan, ready.previous, ready.had_plan, ready.country, ready.open)
    await context.outbox.send_all(chat_id, views)
    await post_offer(context, w, chat_id, ready.reminders)


async def _post_advice(context: CoachContext, w: Words, chat_id: int, done: Answered) -> None:
    """The stand-alone advice an answer calls for, before anything else."""
    if done.advice is Advice.NERVE:
        view = nerve_view(w, done.country, self_check=self_check_next(done))
        await context.outbox.send(chat_id, view)
    elif done.advice is Advice.STILL:
        view = still_open_view(w, done.country, still_open(done.answers, done.context))
        await context.outbox.send(chat_id, view)
    elif done.advice is Advice.SAME_DAY:
        view = same_day_view(w, done.country, done.context.open_now(done.answers))
        await context.outbox.send(chat_id, view)


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
    """'A clinician examined me: OK to exercise': too soon, one last check, or cleared."""
    found = await through(
        update,
        context,
        ClearedTap,
        lambda tap, person: clearance(context.services, person.user_id, tap.checkin_id),
    )
    if found is not None:
        await _post_clearance(update, context, found[1])


async def recheck_tapped(update: Update, context: CoachContext) -> None:
    """Before the plan opens: nothing new since the examination, or something (the questions)."""
    found = await through(
        update,
        context,
        RecheckTap,
        lambda tap, person: recheck(context.services, person.user_id, tap.checkin_id, tap.answer),
    )
    if found is not None:
        await _post_clearance(update, context, found[1])


async def _post_clearance(
    update: Update, context: CoachContext, result: TooSoon | RecheckFirst | Cleared | Checkup
) -> None:
    """What a clearance tap leads to, under the message it was tapped on."""
    message, w = tapped_message(update), await words_for(context, person_of(update))
    chat_id = message.chat.id
    await context.outbox.drop_buttons(message)
    match result:
        case TooSoon(signs=signs, checkin_id=checkin_id, tier=tier, country=country):
            view = too_soon_view(w, signs, checkin_id, country, tier=tier)
            await context.outbox.send(chat_id, view)
        case RecheckFirst(checkin_id=checkin_id):
            await context.outbox.send(chat_id, recheck_view(w, checkin_id))
        case Checkup():
            await context.outbox.send(chat_id, Reply(w("safety-recheck-questions")))
            await post_question(context, w, chat_id, result.ask)
        case Cleared(plan=plan, reminders=offer, country=country, checkup=checkup):
            if checkup is not None:  # they stopped before the plan: the questions now
                await context.outbox.send(chat_id, Reply(w("safety-cleared-questions")))
                await post_question(context, w, chat_id, checkup.ask)
                return
            await context.outbox.send(chat_id, Reply(w("safety-cleared")))
            if plan is not None:
                await context.outbox.send(chat_id, Reply(plan_text(w, plan, country=country)))
            await post_offer(context, w, chat_id, offer)


async def seen_tapped(update: Update, context: CoachContext) -> None:
    """'Not yet': in /checkup the questions with nothing cleared; after advice, the advice again."""
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
        view = not_yet_view(w, waiting.country, emergency=waiting.emergency)
        await context.outbox.send(message.chat.id, view)
        return
    checkup = await settle(update, context, await questions_again(context.services, person))
    if checkup is None:
        return
    message = tapped_message(update)
    await context.outbox.drop_buttons(message)
    await post_checkup(context, await words_for(context, person), message.chat.id, checkup)
