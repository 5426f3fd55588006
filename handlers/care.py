"""Looking after a sore back: yesterday's soreness, the one-tap re-check, the pause, /flare."""

from __future__ import annotations

from telegram import Update

from coach.events import Moved
from coach.pain_path import Pause
from conversation.context import CoachContext
from conversation.session_steps import post_after
from handlers.checkin import post_checkup
from handlers.session import begin_session
from handlers.taps import person_of, read, settle, tapped_message, through, toast, words_for
from services.care import open_flare_plan, resume_after_pause
from services.clearance import checkup
from services.soreness import answer_recheck, answer_rise, answer_settled, own_session
from views.buttons.care import FlareTap, PauseTap, QuickCheckTap, RiseTap, SettledTap, SignsTap
from views.care import flare_view, recheck_view
from views.pain_path import just_pain_view, pain_path_view, settled_noted
from views.plan import plan_text
from views.reply import Reply


async def settled_tapped(update: Update, context: CoachContext) -> None:
    """Did yesterday's soreness settle? Noted; the ladders hear of it; then on with today."""
    found = await through(
        update,
        context,
        SettledTap,
        lambda tap, person: answer_settled(
            context.services, person, tap.session_id, tap.answer == "yes"
        ),
    )
    if found is None:
        return
    tap, answered, message = found
    w = await words_for(context, person_of(update))
    outcome = answered.outcome
    await context.outbox.edit(message.chat.id, message.message_id, settled_noted(w, outcome))
    for reply in pain_path_view(w, tap.session_id, answered.summary, outcome, answered.eased):
        await context.outbox.send(message.chat.id, reply)
    if isinstance(outcome, Pause):
        return  # a second bad session in two weeks: no exercises today
    await post_after(context, w, message.chat.id, tap.session_id, answered.moved)


async def quick_check_tapped(update: Update, context: CoachContext) -> None:
    """The one-tap re-check: none of these (on we go), or something new (the check-in)."""
    tap = await read(update, context, QuickCheckTap)
    if tap is None:
        return
    person = person_of(update)
    new = tap.answer == "new"
    result = await answer_recheck(context.services, person, tap.session_id, new)
    if not (result is None or isinstance(result, Moved)):
        await settle(update, context, result)
        return
    await toast(update, context)
    message, w = tapped_message(update), await words_for(context, person)
    noted = Reply(w("care-recheck-noted-new" if new else "care-recheck-noted-none"))
    await context.outbox.edit(message.chat.id, message.message_id, noted)
    if new:
        await post_checkup(context, w, message.chat.id, await checkup(context.services, person))
    elif isinstance(result, Moved):
        await post_after(context, w, message.chat.id, tap.session_id, result)


async def rise_tapped(update: Update, context: CoachContext) -> None:
    """After pain went up: just the pain (go gently, the flare-up routine), or the warning signs."""
    found = await through(
        update,
        context,
        RiseTap,
        lambda tap, person: answer_rise(
            context.services, person, tap.session_id, tap.answer == "new"
        ),
    )
    if found is None:
        return
    tap, new, message = found
    w = await words_for(context, person_of(update))
    label = w("programme-rise-new-button" if new else "programme-rise-pain-button")
    echo = Reply(f"{message.text_html}\n→ <b>{label}</b>")
    await context.outbox.edit(message.chat.id, message.message_id, echo)
    view = recheck_view(w, tap.session_id, reason="worse") if new else just_pain_view(w)
    await context.outbox.send(message.chat.id, view)


async def signs_tapped(update: Update, context: CoachContext) -> None:
    """'Check the warning signs' (after leg symptoms got worse): the one-tap re-check."""
    found = await through(
        update,
        context,
        SignsTap,
        lambda tap, person: own_session(context.services, person, tap.session_id),
    )
    if found is None:
        return
    tap, _, message = found
    w = await words_for(context, person_of(update))
    await context.outbox.drop_buttons(message)
    await context.outbox.send(message.chat.id, recheck_view(w, tap.session_id, reason="leg"))


async def pause_tapped(update: Update, context: CoachContext) -> None:
    """After the pause for pain: a clinician's OK (the full plan) or the gentle plan."""
    found = await through(
        update,
        context,
        PauseTap,
        lambda tap, person: resume_after_pause(context.services, person, tap.choice),
    )
    if found is None:
        return
    _, resumed, message = found
    w = await words_for(context, person_of(update))
    await context.outbox.drop_buttons(message)
    key = "care-resumed-gentle" if resumed.gentle else "care-resumed-seen"
    await context.outbox.send(message.chat.id, Reply(w(key)))
    if resumed.plan is not None:
        await context.outbox.send(message.chat.id, Reply(plan_text(w, resumed.plan)))


async def flare_command(update: Update, context: CoachContext) -> None:
    """/flare: what a flare-up is, what helps, when to see someone, and the gentle routine."""
    person = person_of(update)
    country = await open_flare_plan(context.services, person)
    w = await words_for(context, person)
    await context.outbox.send(person.chat_id, flare_view(w, country))


async def flare_tapped(update: Update, context: CoachContext) -> None:
    """'Start the gentle routine': a gentle session now."""
    if await read(update, context, FlareTap) is None:
        return
    await toast(update, context)
    await begin_session(context, person_of(update), gentle=True)
