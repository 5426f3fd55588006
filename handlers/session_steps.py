"""Taps within an exercise: the card, the running count, and the guided bend."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import CallbackQueryHandler

from coach.plan import LYING
from coach.session import (
    BEND_STAGES,
    MAX_COUNT,
    REACH_LEVELS,
    AskLegWorse,
    BendStage,
    CountReps,
    Phase,
    ShowCard,
    Status,
    is_complete,
    next_step,
    rep_key,
    set_key,
    with_back_bend_after,
)
from content import Content
from handlers import session_view
from handlers.callback_data import pattern
from handlers.context import CoachContext
from handlers.replies import read_tap, reply
from handlers.session_flow import (
    Tapped,
    exercise_done,
    finish_tap,
    owned,
    show,
    tapped_message,
)
from storage.base import utcnow
from storage.plans import latest_symptoms
from storage.session_models import ExerciseSession
from storage.sessions import log_event, log_once, state_of
from storage.users import get_user


async def card_tapped(update: Update, context: CoachContext) -> None:
    """Start, Skip or Too painful today on an exercise card."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.CARD, int, int, ("go", "skip", "hurt"))
    if tap is None:
        return
    session_id, position, action = tap.id(0), tap.id(1), tap.word(2)
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        tapped = (
            Tapped(forged=True)
            if row is None
            else await _card(session, row, content, position, action)
        )
    if not await finish_tap(update, context, tapped):
        return
    message, chat_id = tapped_message(update)
    card = tapped.extra["card"]
    assert isinstance(card, ShowCard) and tapped.state is not None
    if action == "go":
        await message.edit_reply_markup(None)
    else:
        texts = content.texts.session
        note = texts.skipped_note if action == "skip" else texts.too_painful_note
        level = tapped.state.level_of(card.item.exercise_id)
        body = session_view.card_text(content, card, len(tapped.state.items), level)
        await message.edit_text(f"{body}\n\n{note}")
    await show(context, chat_id, session_id, tapped.state)


async def _card(
    session: AsyncSession, row: ExerciseSession, content: Content, position: int, action: str
) -> Tapped:
    """Start the exercise, or log it skipped or too painful and move on."""
    texts = content.texts.session
    if row.status != Status.ACTIVE:
        return Tapped(toast=texts.session_over)
    step = next_step(await state_of(session, row, content.exercises))
    if not isinstance(step, ShowCard) or step.position != position:
        return Tapped(toast=texts.old_step)
    exercise_id = step.item.exercise_id
    if action == "go":
        row.phase, row.stage = Phase.DOING, 0
    else:
        await log_once(session, row, exercise_id, "skip" if action == "skip" else "too_painful")
        row.position += 1
    state = await state_of(session, row, content.exercises)
    return Tapped(state=state, extra={"card": step})


async def add_tapped(update: Update, context: CoachContext) -> None:
    """+1 or +5 on a running count; the count it was drawn with makes a replay harmless."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.ADD, int, int, int, int, (1, 5))
    if tap is None:
        return
    session_id, position, set_no, count, added = (tap.id(n) for n in range(5))
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        else:
            tapped = await _add(session, row, content, (position, set_no, count), added)
    if not await finish_tap(update, context, tapped):
        return
    message, _ = tapped_message(update)
    step = tapped.extra["step"]
    assert isinstance(step, CountReps)
    text, markup = session_view.counter_view(content, session_id, step)
    await message.edit_text(text, reply_markup=markup)


async def _current_count(
    session: AsyncSession,
    row: ExerciseSession,
    content: Content,
    drawn: tuple[int, int, int],
) -> CountReps | str:
    """The counter the tap was drawn on, or the toast explaining why it is not current."""
    texts = content.texts.session
    if row.status != Status.ACTIVE:
        return texts.session_over
    step = next_step(await state_of(session, row, content.exercises))
    position, set_no, count = drawn
    if not isinstance(step, CountReps) or (step.position, step.set_no) != (position, set_no):
        # A tap on a set already finished (or an exercise passed) was counted before.
        earlier_set = isinstance(step, CountReps) and (step.position, step.set_no) > (
            position,
            set_no,
        )
        passed = row.position > position
        return texts.already_counted if earlier_set or passed else texts.old_step
    if step.count != count:
        return texts.already_counted
    return step


async def _add(
    session: AsyncSession,
    row: ExerciseSession,
    content: Content,
    drawn: tuple[int, int, int],
    added: int,
) -> Tapped:
    """Log one +1/+5 tap under the step key of the count it was drawn at."""
    texts = content.texts.session
    step = await _current_count(session, row, content, drawn)
    if isinstance(step, str):
        return Tapped(toast=step)
    if step.count + added > MAX_COUNT:
        return Tapped(toast=texts.count_enough)
    exercise_id = step.item.exercise_id
    key = rep_key(exercise_id, step.set_no, step.count)
    if not await log_event(session, row, exercise_id, "rep", added, key):
        return Tapped(toast=texts.already_counted)
    counted = CountReps(step.position, step.item, step.set_no, step.count + added)
    return Tapped(extra={"step": counted})


async def set_tapped(update: Update, context: CoachContext) -> None:
    """Set done: log the set; then the next set's counter, or the next exercise."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.SET, int, int, int, int)
    if tap is None:
        return
    session_id, position, set_no, count = (tap.id(n) for n in range(4))
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        else:
            tapped = await _set_done(session, row, content, (position, set_no, count))
    if not await finish_tap(update, context, tapped):
        return
    message, chat_id = tapped_message(update)
    step = tapped.extra["step"]
    assert isinstance(step, CountReps) and tapped.state is not None
    await message.edit_text(session_view.set_done_text(content, step))
    await show(context, chat_id, session_id, tapped.state)


async def _set_done(
    session: AsyncSession, row: ExerciseSession, content: Content, drawn: tuple[int, int, int]
) -> Tapped:
    """Log the set; after the last set the exercise is done."""
    texts = content.texts.session
    step = await _current_count(session, row, content, drawn)
    if isinstance(step, str):
        return Tapped(toast=step)
    if step.count == 0:
        return Tapped(toast=texts.count_first)
    item = step.item
    key = set_key(item.exercise_id, step.set_no)
    if not await log_event(session, row, item.exercise_id, "set", step.count, key):
        return Tapped(toast=texts.already_counted)
    state = await state_of(session, row, content.exercises)
    if is_complete(item, state.done(item.exercise_id)):
        await exercise_done(session, row, item.exercise_id)
        state = await state_of(session, row, content.exercises)
    return Tapped(state=state, extra={"step": step})


async def bend_tapped(update: Update, context: CoachContext) -> None:
    """Next stage of the guided bend (the stage it was drawn at makes a double tap harmless)."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.BEND, int, int, range(BEND_STAGES))
    if tap is None:
        return
    session_id, position, stage = tap.id(0), tap.id(1), tap.id(2)
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        else:
            tapped = await _next_stage(session, row, content, position, stage)
    if not await finish_tap(update, context, tapped):
        return
    message, _ = tapped_message(update)
    step = tapped.extra["step"]
    assert isinstance(step, BendStage)
    text, markup = session_view.bend_view(content, session_id, step)
    await message.edit_text(text, reply_markup=markup)


async def _next_stage(
    session: AsyncSession, row: ExerciseSession, content: Content, position: int, stage: int
) -> Tapped:
    """Move the bend one stage on."""
    texts = content.texts.session
    if row.status != Status.ACTIVE:
        return Tapped(toast=texts.session_over)
    step = next_step(await state_of(session, row, content.exercises))
    if not isinstance(step, BendStage) or step.position != position:
        return Tapped(toast=texts.old_step)
    if step.stage != stage:
        return Tapped(toast=texts.already_noted)
    row.stage = stage + 1
    return Tapped(extra={"step": BendStage(position, step.item, stage + 1)})


async def reach_tapped(update: Update, context: CoachContext) -> None:
    """How far the person reached: knees, mid-shin, ankles or the floor."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.REACH, int, int, range(len(REACH_LEVELS)))
    if tap is None:
        return
    session_id, position, reach = tap.id(0), tap.id(1), tap.id(2)
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        else:
            tapped = await _reach(session, row, content, position, reach)
    if not await finish_tap(update, context, tapped):
        return
    message, chat_id = tapped_message(update)
    await message.edit_text(session_view.reach_noted(content, reach))
    assert tapped.state is not None
    await show(context, chat_id, session_id, tapped.state)


async def _reach(
    session: AsyncSession, row: ExerciseSession, content: Content, position: int, reach: int
) -> Tapped:
    """Log how far the person reached."""
    texts = content.texts.session
    if row.status != Status.ACTIVE:
        return Tapped(toast=texts.session_over)
    step = next_step(await state_of(session, row, content.exercises))
    if isinstance(step, AskLegWorse) and step.position == position:
        return Tapped(toast=texts.already_noted)
    if not isinstance(step, BendStage) or (step.position, step.stage) != (position, BEND_STAGES):
        return Tapped(toast=texts.old_step)
    await log_once(session, row, step.item.exercise_id, "reach", reach)
    return Tapped(state=await state_of(session, row, content.exercises))


async def leg_tapped(update: Update, context: CoachContext) -> None:
    """Did the leg pain get worse? Yes stops bending and switches to the standing back bend."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, session_view.LEG, int, int, ("yes", "no"))
    if tap is None:
        return
    session_id, position, worse = tap.id(0), tap.id(1), tap.word(2) == "yes"
    content = context.content
    async with owned(context, session_id, query.from_user.id) as (session, row):
        if row is None:
            tapped = Tapped(forged=True)
        else:
            tapped = await _leg(session, row, content, position, worse)
    if not await finish_tap(update, context, tapped):
        return
    message, chat_id = tapped_message(update)
    texts = content.texts.session
    await message.edit_text(session_view.leg_noted(content, worse))
    await reply(context, chat_id, texts.leg_worse if worse else texts.leg_fine)
    assert tapped.state is not None
    await show(context, chat_id, session_id, tapped.state)


async def _leg(
    session: AsyncSession, row: ExerciseSession, content: Content, position: int, worse: bool
) -> Tapped:
    """Log the leg answer; "worse" pauses bending and brings in the back bend."""
    texts = content.texts.session
    if row.status != Status.ACTIVE:
        return Tapped(toast=texts.session_over)
    step = next_step(await state_of(session, row, content.exercises))
    if not isinstance(step, AskLegWorse) or step.position != position:
        done_here = row.position > position
        return Tapped(toast=texts.already_noted if done_here else texts.old_step)
    exercise_id = step.item.exercise_id
    await log_once(session, row, exercise_id, "leg_worse", 1 if worse else 0)
    if worse:
        # Bending waits in the plan until the next finished check-in says the leg has settled.
        user = await get_user(session, row.user_id)
        if user is not None:
            user.bending_paused_at = utcnow()
        # Someone with balance problems does the lying version, as their plan would say.
        balance = (await latest_symptoms(session, row.user_id)).balance_problems
        row.exercises = with_back_bend_after(row.exercises, position, LYING if balance else None)
    await exercise_done(session, row, exercise_id)
    return Tapped(state=await state_of(session, row, content.exercises))


HANDLERS = [
    CallbackQueryHandler(card_tapped, pattern=pattern(session_view.CARD)),
    CallbackQueryHandler(add_tapped, pattern=pattern(session_view.ADD)),
    CallbackQueryHandler(set_tapped, pattern=pattern(session_view.SET)),
    CallbackQueryHandler(bend_tapped, pattern=pattern(session_view.BEND)),
    CallbackQueryHandler(reach_tapped, pattern=pattern(session_view.REACH)),
    CallbackQueryHandler(leg_tapped, pattern=pattern(session_view.LEG)),
]
