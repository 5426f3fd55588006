"""/session: starting, pain before and after, pause/resume/stop, the summary and the ladders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from coach.plan import Lock, Plan
from coach.progression import (
    REPEAT_WINDOW_DAYS,
    Standing,
    accept,
    decline,
    ladder_moves,
    offer_due,
    pain_got_worse,
    worse_again,
)
from coach.session import (
    HoldRep,
    Kind,
    Phase,
    SessionState,
    Status,
    Summary,
    encode_items,
    next_step,
    summarise,
)
from content import Content
from content.texts import fill
from handlers import function_check, onboarding, session_steps, session_view
from handlers.callback_data import pattern
from handlers.context import CoachContext
from handlers.replies import read_tap, reject_forged, reply
from handlers.session_flow import (
    Tapped,
    drop_buttons,
    finish_tap,
    owned,
    show,
    tapped_message,
)
from scheduler import holds
from storage.base import utcnow
from storage.checkins import current_checkin
from storage.plans import current_plan
from storage.session_models import ExerciseSession
from storage.sessions import (
    abandon,
    active_session,
    begin_session,
    finish,
    levels_of,
    lock_session,
    previous_reach,
    recent_pains,
    save_standing,
    state_of,
)
from storage.users import get_user, touch_user

# An unfinished session from the last few hours is today's to carry on; older ones are left.
RESUME_WINDOW = timedelta(hours=6)
SCORES = range(11)  # pain 0-10


# ---------------------------------------------------------------- starting


@dataclass
class Opening:
    """What /session found and did, worked out in the transaction, shown after it."""

    refusal: str | None = None
    session_id: int | None = None
    state: SessionState | None = None
    resumed: bool = False
    abandoned_id: int | None = None


def _refusal(content: Content, plan: Plan | None) -> str | None:
    """Why there is no session to do, if there is none."""
    texts = content.texts
    if plan is None:
        return texts.plan.no_plan_yet
    if plan.lock is Lock.EMERGENCY:
        return texts.common.emergency_locked
    if plan.lock is Lock.AWAITING_CLEARANCE:
        return texts.common.blocked_plan
    if not plan.active_items:
        return texts.session.nothing_today
    return None


async def _open(
    session: AsyncSession, content: Content, user_id: int, *, fresh: bool = False
) -> Opening:
    """Find today's unfinished session or begin a new one from the plan in force."""
    user = await get_user(session, user_id)
    plan = await current_plan(session, user) if user else None
    refusal = _refusal(content, plan)
    if refusal or plan is None:
        return Opening(refusal=refusal)
    opening = Opening()
    row = await active_session(session, user_id)
    if row is not None and (fresh or utcnow() - row.started_at > RESUME_WINDOW):
        abandon(row)
        opening.abandoned_id, row = row.id, None
    if row is None:
        row = await begin_session(session, user_id, encode_items(plan.active_items))
    else:
        opening.resumed = row.pain_before is not None
        row = await lock_session(session, row.id) or row
        if row.phase == Phase.DOING and row.hold_ends_at is None and row.rest_ends_at is None:
            row.phase = Phase.PAUSED  # the person comes back to a clear "Resume"
    opening.session_id = row.id
    opening.state = await state_of(session, row, content.exercises)
    return opening


async def start_session(context: CoachContext, user_id: int, chat_id: int) -> None:
    """Begin today's guided session for this person, or show where their unfinished one is."""
    content = context.content
    async with context.db.transaction() as session:
        opening = await _open(session, content, user_id)
    await _greet(context, chat_id, opening)


async def _greet(context: CoachContext, chat_id: int, opening: Opening) -> None:
    """Post the opening of a session (new or resumed)."""
    texts = context.content.texts.session
    if opening.refusal is not None:
        await reply(context, chat_id, opening.refusal)
        return
    assert opening.session_id is not None and opening.state is not None
    if opening.abandoned_id is not None and context.job_queue is not None:
        holds.cancel_timers(context.job_queue, opening.abandoned_id)
    state, session_id = opening.state, opening.session_id
    if opening.resumed:
        through = min(state.position, len(state.items))
        text, markup = session_view.resume_offer_view(
            context.content, session_id, through, len(state.items)
        )
        await reply(context, chat_id, text, reply_markup=markup)
    else:
        await reply(context, chat_id, fill(texts.intro, count=len(state.items)))
    await show(context, chat_id, session_id, state)


async def session_command(update: Update, context: CoachContext) -> None:
    """/session: today's guided session."""
    assert update.effective_user and update.effective_chat
    person, chat_id = update.effective_user, update.effective_chat.id
    async with context.db.transaction() as session:
        await touch_user(session, person.id, chat_id, person.first_name)
    await start_session(context, person.id, chat_id)


async def new_tapped(update: Update, context: CoachContext) -> None:
    """The plan's "Start a session" button."""
    query = update.callback_query
    assert query is not None and query.message is not None
    if await read_tap(update, context, session_view.NEW, str) is None:
        return
    await query.answer()
    await start_session(context, query.from_user.id, query.message.chat.id)


async def fresh_tapped(update: Update, context: CoachContext) -> None:
    """The "Start fresh" button: leave the unfinished session behind, begin a new one."""
    query = update.callback_query
    assert query is not None and query.message is not None
    tap = await read_tap(update, context, session_view.FRESH, int)
    if tap is None:
        return
    session_id = tap.id(0)
    texts = context.content.texts.session
    opening = None
    async with owned(context, session_id, query.from_user.id) as (session, row):
        tapped = Tapped(forged=row is None)
        if row is not None and row.status != Status.ACTIVE:
            tapped.toast = texts.session_over
        elif row is not None:
            opening = await _open(session, context.content, row.user_id, fresh=True)
    if not await finish_tap(update, context, tapped):
        return
    assert opening is not None
    await query.edit_message_text(texts.started_fresh)
    await _greet(context, query.message.chat.id, opening)


# ---------------------------------------------------------------- pain before and after


async def pain_tapped(update: Update, context: CoachContext) -> None:
    """A pain score, before or after."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.PAIN, int, ("before", "after"), SCORES)
    if tap is None:
        return
    session_id, when, pain = tap.id(0), tap.word(1), tap.id(2)
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        elif when == "before":
            tapped = await _pain_before(session, row, content, pain)
        else:
            tapped = await _pain_after(session, row, content, pain)
    if not await finish_tap(update, context, tapped):
        return
    message, chat_id = tapped_message(update)
    await message.edit_text(session_view.pain_noted(content, when, pain))
    if when == "before":
        if pain >= 8:
            await reply(context, chat_id, content.texts.session.pain_high_before)
        assert tapped.state is not None
        await show(context, chat_id, session_id, tapped.state)
    else:
        closing = tapped.extra["closing"]
        assert isinstance(closing, Closing)
        # Issue 5: a button for the function check under the summary, when it is due.
        offer = None
        if not (closing.stopped or closing.worse):
            offer = await function_check.offer_after_session(context, query.from_user.id)
        await _send_closing(context, chat_id, session_id, closing, offer)


async def _pain_before(
    session: AsyncSession, row: ExerciseSession, content: Content, pain: int
) -> Tapped:
    """Store the pain score before the first exercise, once."""
    texts = content.texts.session
    if row.pain_before is not None:
        return Tapped(toast=texts.already_noted)
    if row.status != Status.ACTIVE:
        return Tapped(toast=texts.session_over)
    row.pain_before = pain
    return Tapped(state=await state_of(session, row, content.exercises))


async def _pain_after(
    session: AsyncSession, row: ExerciseSession, content: Content, pain: int
) -> Tapped:
    """Store the pain score at the end, once, and close the session."""
    texts = content.texts.session
    if row.pain_after is not None:
        return Tapped(toast=texts.already_noted)
    state = await state_of(session, row, content.exercises)
    at_end = row.status == Status.ACTIVE and row.position >= len(state.items)
    if not (at_end or row.status == Status.STOPPED):
        return Tapped(toast=texts.old_step if row.status == Status.ACTIVE else texts.session_over)
    row.pain_after = pain
    return Tapped(extra={"closing": await _close(session, row, content)})


# ---------------------------------------------------------------- the end: summary and ladders


@dataclass
class Closing:
    """What a finished session means: its summary, the ladders, the pain-got-worse path."""

    summary: Summary
    stopped: bool
    worse: bool = False
    eased: list[str] = field(default_factory=list)
    again: bool = False
    offers: list[tuple[str, Standing]] = field(default_factory=list)
    last_reach: int | None = None
    checkin_id: int = 0


async def _close(session: AsyncSession, row: ExerciseSession, content: Content) -> Closing:
    """Finish the session, move the ladders, and decide on the pain-got-worse path."""
    stopped = row.status == Status.STOPPED
    if not stopped:
        finish(row, Status.DONE)
    state = await state_of(session, row, content.exercises)
    summary = summarise(state)
    standings = await levels_of(session, row.user_id)
    moves = ladder_moves(summary, standings, content.exercises, stopped=stopped)
    for exercise_id, standing in moves.standings.items():
        await save_standing(session, row.user_id, exercise_id, standing)
    closing = Closing(summary, stopped, pain_got_worse(row.pain_before, row.pain_after))
    closing.eased = [content.exercise(e).name for e in moves.eased]
    closing.offers = [(e, moves.standings[e]) for e in moves.offers]
    if closing.worse:
        earlier = await recent_pains(session, row.user_id, row.id, REPEAT_WINDOW_DAYS)
        closing.again = worse_again(earlier)
        latest = await current_checkin(session, row.user_id)
        closing.checkin_id = latest.id if latest else 0
    if any(item.kind is Kind.BENDING for item in state.items):
        closing.last_reach = await previous_reach(session, row.user_id, row.id)
    return closing


async def _send_closing(
    context: CoachContext,
    chat_id: int,
    session_id: int,
    closing: Closing,
    offer: InlineKeyboardMarkup | None = None,
) -> None:
    """Summary and encouragement; then the pain-got-worse path or the level offers."""
    content = context.content
    summary = session_view.summary_text(
        content, closing.summary, stopped=closing.stopped, last_reach=closing.last_reach
    )
    await reply(context, chat_id, summary, reply_markup=offer)
    if closing.worse:
        text, markup = session_view.worse_view(
            content,
            session_id,
            closing.summary,
            closing.eased,
            again=closing.again,
            checkin_id=closing.checkin_id,
        )
        await reply(context, chat_id, text, reply_markup=markup)
        return
    for exercise_id, standing in closing.offers:
        text, markup = session_view.level_offer_view(content, session_id, exercise_id, standing)
        await reply(context, chat_id, text, reply_markup=markup)


# ---------------------------------------------------------------- pause, resume, stop


async def control_tapped(update: Update, context: CoachContext) -> None:
    """Pause, Resume or Stop, at any moment."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.CONTROL, int, ("pause", "resume", "stop"))
    if tap is None:
        return
    session_id, action = tap.id(0), tap.word(1)
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        elif action == "resume":
            tapped = await _resume(session, row, content)
        else:
            tapped = await _halt(session, row, content, stop=action == "stop")
    if not await finish_tap(update, context, tapped):
        return
    message, chat_id = tapped_message(update)
    if action == "resume":
        await message.edit_text(content.texts.session.resumed)
        assert tapped.state is not None
        await show(context, chat_id, session_id, tapped.state)
        return
    await _after_halt(context, message, chat_id, session_id, tapped, stop=action == "stop")


async def _halt(
    session: AsyncSession, row: ExerciseSession, content: Content, *, stop: bool
) -> Tapped:
    """Pause or stop: a running hold is cut (it does not count) and the timers end."""
    texts = content.texts.session
    if row.status != Status.ACTIVE:
        return Tapped(toast=texts.session_over)
    if not stop and row.phase == Phase.PAUSED:
        return Tapped(toast=texts.already_paused)
    if not stop and row.phase != Phase.DOING:
        return Tapped(toast=texts.old_step)
    state = await state_of(session, row, content.exercises)
    step = next_step(state)
    cut = (step, row.hold_message_id) if row.hold_ends_at and isinstance(step, HoldRep) else None
    row.hold_ends_at, row.rest_ends_at, row.hold_message_id = None, None, None
    if stop:
        finish(row, Status.STOPPED)
    else:
        row.phase = Phase.PAUSED
    return Tapped(state=state, extra={"cut": cut, "asks_pain": row.pain_before is not None})


async def _after_halt(
    context: CoachContext,
    message: Message,
    chat_id: int,
    session_id: int,
    tapped: Tapped,
    *,
    stop: bool,
) -> None:
    """Tell the person: the cut hold's message, then Paused, or Stopped and the pain question."""
    content = context.content
    if context.job_queue is not None:
        holds.cancel_timers(context.job_queue, session_id)
    cut = tapped.extra["cut"]
    cut_message = None
    if isinstance(cut, tuple) and cut[1] is not None:
        step, cut_message = cut
        text = session_view.hold_cut_text(content, step, stopped=stop)
        await context.bot.edit_message_text(text, chat_id=chat_id, message_id=cut_message)
    await drop_buttons(message, keep=cut_message)
    if not stop:
        text, markup = (
            content.texts.session.paused,
            session_view.resume_keyboard(content, session_id),
        )
        await reply(context, chat_id, text, reply_markup=markup)
        return
    await reply(context, chat_id, content.texts.session.stopped)
    if tapped.extra["asks_pain"]:
        text, markup = session_view.pain_view(content, session_id, "after")
        await reply(context, chat_id, text, reply_markup=markup)


async def _resume(session: AsyncSession, row: ExerciseSession, content: Content) -> Tapped:
    """Resume a paused session where it stood."""
    texts = content.texts.session
    if row.status != Status.ACTIVE:
        return Tapped(toast=texts.session_over)
    if row.phase != Phase.PAUSED:
        return Tapped(toast=texts.already_running)
    row.phase = Phase.DOING
    return Tapped(state=await state_of(session, row, content.exercises))


# ---------------------------------------------------------------- after the session


async def checkup_tapped(update: Update, context: CoachContext) -> None:
    """The "Check the warning signs" button after pain got worse: the /checkup check-in."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.CHECKUP, int, int)
    if tap is None:
        return
    session_id, drawn_at = tap.id(0), tap.id(1)
    async with owned(context, session_id, query.from_user.id) as (session, row):
        # A newer check-in than the one the button was drawn at: it was used already.
        latest = await current_checkin(session, row.user_id) if row else None
        used = latest is not None and latest.id != drawn_at
    if row is None:
        await reject_forged(update, context)
        return
    if used:
        await query.answer(context.content.texts.session.already_noted)
        return
    await query.answer()
    message, _ = tapped_message(update)
    await drop_buttons(message)
    await onboarding.checkup(update, context)


async def level_tapped(update: Update, context: CoachContext) -> None:
    """The person takes the next level, or keeps the current one."""
    query = update.callback_query
    assert query is not None
    content = context.content
    tap = await read_tap(
        update, context, session_view.LEVEL, int, content.exercises, int, ("yes", "no")
    )
    if tap is None:
        return
    session_id, exercise_id, offered = tap.id(0), tap.word(1), tap.id(2)
    accepted = tap.word(3) == "yes"
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        else:
            tapped = await _level(session, row, content, exercise_id, offered, accepted)
    if not await finish_tap(update, context, tapped):
        return
    message, _ = tapped_message(update)
    level = offered if accepted else offered - 1
    await message.edit_text(session_view.level_answer_text(content, exercise_id, level, accepted))


async def _level(
    session: AsyncSession,
    row: ExerciseSession,
    content: Content,
    exercise_id: str,
    offered: int,
    accepted: bool,
) -> Tapped:
    """Take or decline the offered level, if it is still on offer."""
    exercise = content.exercise(exercise_id)
    standing = (await levels_of(session, row.user_id)).get(exercise_id, Standing())
    top = len(exercise.levels) - 1
    if standing.level + 1 != offered or not offer_due(standing, top):
        return Tapped(toast=content.texts.session.already_noted)
    moved = accept(standing) if accepted else decline(standing)
    await save_standing(session, row.user_id, exercise_id, moved)
    return Tapped()


HANDLERS = [
    CommandHandler("session", session_command),
    CallbackQueryHandler(new_tapped, pattern=pattern(session_view.NEW)),
    CallbackQueryHandler(fresh_tapped, pattern=pattern(session_view.FRESH)),
    CallbackQueryHandler(pain_tapped, pattern=pattern(session_view.PAIN)),
    CallbackQueryHandler(control_tapped, pattern=pattern(session_view.CONTROL)),
    CallbackQueryHandler(checkup_tapped, pattern=pattern(session_view.CHECKUP)),
    CallbackQueryHandler(level_tapped, pattern=pattern(session_view.LEVEL)),
    *session_steps.HANDLERS,
]
