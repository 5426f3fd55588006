"""/session and the session's own buttons: start, pain before and after, pause/resume/stop."""

from __future__ import annotations

from telegram import Message, Update

from coach.events import Control, Moved, When
from coach.plan import Lock
from coach.steps import AskPainBefore, AskRecheck, AskSettled
from content import Words
from content.words import Notice
from conversation.context import CoachContext
from conversation.session_steps import post_after, post_next
from handlers.taps import person_of, read, settle, tapped_message, through, toast, words_for
from services.base import Forged, Person, Stale
from services.closing import Closed, choose_level, close_session
from services.exercise import control
from services.opening import Opened, start_session
from services.plan import Locked
from services.session import score_pain
from views.buttons.guided import (
    ControlTap,
    FreshSession,
    LevelTap,
    NewSession,
    PainTap,
    ShortSession,
)
from views.care import gentle_day, pause_view
from views.checkin import locked_reply
from views.function_check import after_session_markup
from views.holds import hold_cut_text
from views.lessons import with_offers
from views.pain_path import pain_path_view
from views.reply import Reply, notice_text
from views.session import (
    pain_noted,
    pain_view,
    resume_keyboard,
    resume_offer_view,
    step_view,
)
from views.summary import level_answer_text, level_offer_view, nothing_done_markup, summary_text


async def post_opening(
    context: CoachContext, w: Words, chat_id: int, opening: Notice | Locked | Opened
) -> None:
    """The opening of a session (new or carried on), or why there is none."""
    if isinstance(opening, Notice):
        await context.outbox.send(chat_id, Reply(notice_text(w, opening)))
        return
    if isinstance(opening, Locked):
        paused = opening.plan.lock is Lock.PAIN_PAUSE
        view = pause_view(w) if paused else locked_reply(w, opening.plan, opening.country)
        await context.outbox.send(chat_id, view)
        return
    state, session_id = opening.state, opening.session_id
    if opening.resumed:
        through_now = min(state.position, len(state.items))
        view = resume_offer_view(w, session_id, through_now, len(state.items))
    else:
        view = Reply(w("session-intro", count=len(state.items)))
        first = opening.first
        if isinstance(first, AskPainBefore | AskSettled | AskRecheck):
            # The first question rides on the intro: one message, not two.
            asked = step_view(w, session_id, state, first)
            await context.outbox.send(chat_id, Reply(f"{view.text}\n\n{asked.text}", asked.markup))
            return
    await context.outbox.send(chat_id, view)
    await post_next(context, w, chat_id, session_id, state, opening.first, began=False)


async def begin_session(
    context: CoachContext, person: Person, *, gentle: bool = False, short: bool = False
) -> None:
    """Today's session for this person: begun, carried on, or why not."""
    opening = await start_session(context.services, person, gentle=gentle, short=short)
    assert not isinstance(opening, Forged | Stale)
    await post_opening(context, await words_for(context, person), person.chat_id, opening)


async def session_command(update: Update, context: CoachContext) -> None:
    """/session: today's guided session."""
    await begin_session(context, person_of(update))


async def new_tapped(update: Update, context: CoachContext) -> None:
    """The plan's "Start a session" button."""
    if await read(update, context, NewSession) is None:
        return
    await toast(update, context)
    await begin_session(context, person_of(update))


async def short_tapped(update: Update, context: CoachContext) -> None:
    """'A shorter session': the first exercise of the plan only."""
    if await read(update, context, ShortSession) is None:
        return
    await toast(update, context)
    await begin_session(context, person_of(update), short=True)


async def fresh_tapped(update: Update, context: CoachContext) -> None:
    """ "Start fresh": leave the unfinished session behind, begin a new one."""
    found = await through(
        update,
        context,
        FreshSession,
        lambda tap, person: start_session(context.services, person, fresh_from=tap.session_id),
    )
    if found is None:
        return
    _, opening, message = found
    w = await words_for(context, person_of(update))
    fresh = Reply(w("session-started-fresh"))
    await context.outbox.edit(message.chat.id, message.message_id, fresh)
    await post_opening(context, w, message.chat.id, opening)


async def pain_tapped(update: Update, context: CoachContext) -> None:
    """A pain score, before or after."""
    tap = await read(update, context, PainTap)
    if tap is None:
        return
    person = person_of(update)
    if tap.when is When.AFTER:
        result = await close_session(context.services, person, tap.session_id, tap.score)
        closed = await settle(update, context, result)
        if closed is not None:
            await _post_closing(context, update, tap, closed)
        return
    scored = await settle(
        update, context, await score_pain(context.services, person, tap.session_id, tap.score)
    )
    if scored is None:
        return
    moved, message, w = scored.moved, tapped_message(update), await words_for(context, person)
    noted = Reply(pain_noted(w, When.BEFORE, tap.score))
    await context.outbox.edit(message.chat.id, message.message_id, noted)
    if moved.after.gentle and not moved.before.gentle:
        # Severe pain at the start: a gentle day instead of the full dose.
        await context.outbox.send(
            message.chat.id, gentle_day(w, scored.country, worst=scored.worst)
        )
    elif scored.worst:
        await context.outbox.send(message.chat.id, gentle_day(w, scored.country, worst=True))
    await post_after(context, w, message.chat.id, tap.session_id, moved)


async def _post_closing(
    context: CoachContext, update: Update, tap: PainTap, closed: Closed
) -> None:
    """The summary and encouragement; then what the pain path says, and any level offers."""
    message, w = tapped_message(update), await words_for(context, person_of(update))
    chat_id, session_id = message.chat.id, tap.session_id
    noted = pain_noted(w, When.AFTER, tap.score)
    offer = closed.check_offer
    markup = after_session_markup(w, offer.in_progress) if offer else None
    if closed.summary.nothing_done and not closed.stopped:
        markup = nothing_done_markup(w)  # kindly: the flare-up routine, or a shorter session
    text = summary_text(
        w, closed.summary, closed.outcome, stopped=closed.stopped, last_reach=closed.last_reach
    )
    summary = with_offers(
        w, Reply(f"{noted}\n\n{text}", markup), closed.lesson, closed.support_again
    )
    # The answered question becomes the summary: one edit, not an edit and a message.
    await context.outbox.edit(chat_id, message.message_id, summary)
    path = pain_path_view(w, session_id, closed.summary, closed.outcome, closed.eased)
    offers = [level_offer_view(w, session_id, e, standing) for e, standing in closed.offers]
    for reply in [*path, *offers]:
        await context.outbox.send(chat_id, reply)


async def control_tapped(update: Update, context: CoachContext) -> None:
    """Pause, Resume or Stop, at any moment."""
    found = await through(
        update,
        context,
        ControlTap,
        lambda tap, person: control(context.services, person, tap.session_id, tap.control),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    if tap.control is Control.RESUME:
        await context.outbox.edit(message.chat.id, message.message_id, Reply(w("session-resumed")))
        await post_after(context, w, message.chat.id, tap.session_id, moved)
        return
    await _post_halt(context, w, message, tap, moved)


async def _post_halt(
    context: CoachContext, w: Words, message: Message, tap: ControlTap, moved: Moved
) -> None:
    """Paused or stopped: a hold cut short says it did not count; then how to go on."""
    chat_id, cut, shown = message.chat.id, moved.cut_hold, moved.before.hold_message
    if cut is not None and shown is not None:
        text = hold_cut_text(w, cut, stopped=tap.control is Control.STOP)
        await context.outbox.edit(chat_id, shown, Reply(text))
    if message.message_id != shown:
        await context.outbox.drop_buttons(message)
    if tap.control is Control.PAUSE:
        paused = Reply(w("session-paused"), resume_keyboard(w, tap.session_id))
        await context.outbox.send(chat_id, paused)
        return
    await context.outbox.send(chat_id, Reply(w("session-stopped")))
    if moved.after.pain_before is not None:
        await context.outbox.send(chat_id, pain_view(w, tap.session_id, When.AFTER))


async def level_tapped(update: Update, context: CoachContext) -> None:
    """The person takes the next level, or keeps the current one."""
    found = await through(
        update,
        context,
        LevelTap,
        lambda tap, person: choose_level(
            context.services,
            person.user_id,
            tap.session_id,
            tap.exercise_id,
            tap.offered,
            tap.answer == "yes",
        ),
    )
    if found is None:
        return
    _, chosen, message = found
    w = await words_for(context, person_of(update))
    text = level_answer_text(w, chosen.exercise_id, chosen.level, chosen.accepted)
    await context.outbox.edit(message.chat.id, message.message_id, Reply(text))
