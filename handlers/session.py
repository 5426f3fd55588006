"""/session and the session's own buttons: start, pain before and after, pause/resume/stop."""

from __future__ import annotations

from telegram import Update

from coach.events import Control, Moved, When
from content.texts import fill
from delivery.context import CoachContext
from delivery.session_steps import post_after, post_next
from handlers.checkin import post_checkup
from handlers.taps import person_of, read, settle, tapped_message, toast
from services.base import Forged, Notice, Person, Stale
from services.checkin import recheck_after_session
from services.closing import Closed, choose_level, close_session
from services.session import Opened, control, score_pain, start_session
from views.buttons import ControlTap, FreshSession, LevelTap, NewSession, PainTap, RecheckTap
from views.function_check import after_session_markup
from views.holds import hold_cut_text
from views.reply import Reply, say
from views.session import pain_noted, pain_view, resume_keyboard, resume_offer_view
from views.summary import level_answer_text, level_offer_view, summary_text, worse_view


async def post_opening(context: CoachContext, chat_id: int, opening: Notice | Opened) -> None:
    """The opening of a session (new or carried on), or why there is none."""
    content = context.content
    if isinstance(opening, Notice):
        await context.outbox.send(chat_id, Reply(say(content, opening.key, **opening.values)))
        return
    state, session_id = opening.state, opening.session_id
    if opening.resumed:
        through = min(state.position, len(state.items))
        view = resume_offer_view(content, session_id, through, len(state.items))
    else:
        view = Reply(fill(content.texts.session.intro, count=len(state.items)))
    await context.outbox.send(chat_id, view)
    await post_next(context, chat_id, session_id, state, began=False)


async def begin_session(context: CoachContext, person: Person) -> None:
    """Today's session for this person: begun, carried on, or why not."""
    opening = await start_session(context.services, person)
    assert not isinstance(opening, Forged | Stale)
    await post_opening(context, person.chat_id, opening)


async def session_command(update: Update, context: CoachContext) -> None:
    """/session: today's guided session."""
    await begin_session(context, person_of(update))


async def new_tapped(update: Update, context: CoachContext) -> None:
    """The plan's "Start a session" button."""
    if await read(update, context, NewSession) is None:
        return
    await toast(update, context)
    await begin_session(context, person_of(update))


async def fresh_tapped(update: Update, context: CoachContext) -> None:
    """ "Start fresh": leave the unfinished session behind, begin a new one."""
    tap = await read(update, context, FreshSession)
    if tap is None:
        return
    person = person_of(update)
    opening = await settle(
        update, context, await start_session(context.services, person, fresh_from=tap.session_id)
    )
    if opening is None:
        return
    message = tapped_message(update)
    fresh = Reply(context.content.texts.session.started_fresh)
    await context.outbox.edit(message.chat.id, message.message_id, fresh)
    await post_opening(context, message.chat.id, opening)


async def pain_tapped(update: Update, context: CoachContext) -> None:
    """A pain score, before or after."""
    tap = await read(update, context, PainTap)
    if tap is None:
        return
    person, content = person_of(update), context.content
    if tap.when is When.AFTER:
        closed = await settle(
            update,
            context,
            await close_session(context.services, person, tap.session_id, tap.score),
        )
        if closed is not None:
            await _post_closing(context, update, tap, closed)
        return
    moved = await settle(
        update,
        context,
        await score_pain(context.services, person, tap.session_id, When.BEFORE, tap.score),
    )
    if moved is None:
        return
    message = tapped_message(update)
    noted = Reply(pain_noted(content, When.BEFORE, tap.score))
    await context.outbox.edit(message.chat.id, message.message_id, noted)
    if tap.score >= 8:
        await context.outbox.send(message.chat.id, Reply(content.texts.session.pain_high_before))
    await post_after(context, message.chat.id, tap.session_id, moved)


async def _post_closing(
    context: CoachContext, update: Update, tap: PainTap, closed: Closed
) -> None:
    """The summary and encouragement; then the pain-got-worse path or the level offers."""
    content, message = context.content, tapped_message(update)
    chat_id, session_id = message.chat.id, tap.session_id
    noted = Reply(pain_noted(content, When.AFTER, tap.score))
    await context.outbox.edit(chat_id, message.message_id, noted)
    offer = closed.check_offer
    markup = after_session_markup(content, offer.in_progress) if offer else None
    text = summary_text(
        content, closed.summary, stopped=closed.stopped, last_reach=closed.last_reach
    )
    await context.outbox.send(chat_id, Reply(text, markup))
    if closed.worse:
        view = worse_view(
            content, session_id, closed.summary, closed.eased, again=closed.again,
            checkin_id=closed.checkin_id,
        )  # fmt: skip
        await context.outbox.send(chat_id, view)
        return
    for exercise_id, standing in closed.offers:
        await context.outbox.send(
            chat_id, level_offer_view(content, session_id, exercise_id, standing)
        )


async def control_tapped(update: Update, context: CoachContext) -> None:
    """Pause, Resume or Stop, at any moment."""
    tap = await read(update, context, ControlTap)
    if tap is None:
        return
    person = person_of(update)
    moved = await settle(
        update, context, await control(context.services, person, tap.session_id, tap.control)
    )
    if moved is None:
        return
    message, content = tapped_message(update), context.content
    if tap.control is Control.RESUME:
        await context.outbox.edit(
            message.chat.id, message.message_id, Reply(content.texts.session.resumed)
        )
        await post_after(context, message.chat.id, tap.session_id, moved)
        return
    await _post_halt(context, message.chat.id, tap, moved)
    if message.message_id != moved.before.hold_message:
        await context.outbox.drop_buttons(message)
    texts = content.texts.session
    if tap.control is Control.PAUSE:
        paused = Reply(texts.paused, resume_keyboard(content, tap.session_id))
        await context.outbox.send(message.chat.id, paused)
        return
    await context.outbox.send(message.chat.id, Reply(texts.stopped))
    if moved.after.pain_before is not None:
        await context.outbox.send(message.chat.id, pain_view(content, tap.session_id, When.AFTER))


async def _post_halt(context: CoachContext, chat_id: int, tap: ControlTap, moved: Moved) -> None:
    """A hold cut short by Pause or Stop: its message says it did not count."""
    cut, shown = moved.cut_hold, moved.before.hold_message
    if cut is None or shown is None:
        return
    text = hold_cut_text(context.content, cut, stopped=tap.control is Control.STOP)
    await context.outbox.edit(chat_id, shown, Reply(text))


async def recheck_tapped(update: Update, context: CoachContext) -> None:
    """The "Check the warning signs" button after pain got worse: the /checkup check-in."""
    tap = await read(update, context, RecheckTap)
    if tap is None:
        return
    result = await recheck_after_session(
        context.services, person_of(update), tap.session_id, tap.checkin_id
    )
    checkup = await settle(update, context, result)
    if checkup is None:
        return
    message = tapped_message(update)
    await context.outbox.drop_buttons(message)
    await post_checkup(context, message.chat.id, checkup)


async def level_tapped(update: Update, context: CoachContext) -> None:
    """The person takes the next level, or keeps the current one."""
    tap = await read(update, context, LevelTap)
    if tap is None:
        return
    result = await choose_level(
        context.services, person_of(update).user_id, tap.session_id, tap.exercise_id,
        tap.offered, tap.answer == "yes",
    )  # fmt: skip
    chosen = await settle(update, context, result)
    if chosen is None:
        return
    message = tapped_message(update)
    text = level_answer_text(context.content, chosen.exercise_id, chosen.level, chosen.accepted)
    await context.outbox.edit(message.chat.id, message.message_id, Reply(text))
