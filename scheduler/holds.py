"""Hold timers: one `run_once` job a running hold or rest, its end stored on the session row."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application, JobQueue

from coach.session import (
    HoldRep,
    Phase,
    SessionState,
    Status,
    hold_key,
    is_complete,
    next_step,
    once_key,
)
from content import Content
from handlers import session_view
from handlers.context import CoachContext
from storage.base import utcnow
from storage.models import User
from storage.session_models import ExerciseSession
from storage.sessions import lock_session, log_event, sessions_with_timers, state_of
from storage.users import set_active

log = logging.getLogger(__name__)

# A busy loop may run a timer late; tens of seconds late is still worth running.
MISFIRE_GRACE_SECONDS = 30
# A job woken this much before its stored end belongs to an older hold: leave it.
EARLY_TOLERANCE = timedelta(seconds=1)
# A timer that ran out while the bot was down this recently gets a "tap Resume" message.
PROMPT_WINDOW = timedelta(minutes=30)


def _name(session_id: int, kind: str) -> str:
    """Deterministic job names: one hold and one rest timer at most per session."""
    return f"session:{session_id}:{kind}"


def cancel_timers(job_queue: JobQueue, session_id: int) -> None:
    """Remove the session's pending hold and rest jobs."""
    for kind in ("hold", "rest"):
        for job in job_queue.get_jobs_by_name(_name(session_id, kind)):
            job.schedule_removal()


def _arm(job_queue: JobQueue, kind: str, session_id: int, chat_id: int, at: datetime) -> None:
    """Schedule one timer (replacing any with the same name); the job carries ids only."""
    callback = hold_ended if kind == "hold" else rest_ended
    for job in job_queue.get_jobs_by_name(_name(session_id, kind)):
        job.schedule_removal()
    job_queue.run_once(
        callback,
        when=at,
        name=_name(session_id, kind),
        data=session_id,
        chat_id=chat_id,
        job_kwargs={"misfire_grace_time": MISFIRE_GRACE_SECONDS},
    )


# ---------------------------------------------------------------- starting a hold


async def begin_hold(context: CoachContext, session_id: int, chat_id: int) -> None:
    """Post the next rep ("Rep 3/10: lift and hold") and time it; the end is stored first."""
    content = context.content
    async with context.db.transaction() as session:
        row = await lock_session(session, session_id)
        if row is None or not _may_start_hold(row):
            return
        step = next_step(await state_of(session, row, content.exercises))
        if not isinstance(step, HoldRep):
            return
        ends_at = utcnow() + timedelta(seconds=step.item.hold_seconds)
        row.hold_ends_at, row.hold_message_id = ends_at, None
    text, markup = session_view.hold_view(content, session_id, step)
    message = await context.bot.send_message(chat_id, text, reply_markup=markup)
    async with context.db.transaction() as session:
        row = await lock_session(session, session_id)
        if row is None or row.hold_ends_at is None or row.hold_message_id is not None:
            return  # paused or stopped while the message was on its way
        row.hold_message_id = message.message_id
    assert context.job_queue is not None
    _arm(context.job_queue, "hold", session_id, chat_id, ends_at)


def _may_start_hold(row: ExerciseSession) -> bool:
    """Only an exercise under way with no timer running starts a hold."""
    return (
        row.status == Status.ACTIVE
        and row.phase == Phase.DOING
        and row.hold_ends_at is None
        and row.rest_ends_at is None
    )


# ---------------------------------------------------------------- ending a hold


@dataclass
class HoldEnd:
    """What ending one hold changed, worked out in the transaction, shown after it."""

    step: HoldRep
    message_id: int | None
    exercise_done: bool


async def end_hold(session: AsyncSession, row: ExerciseSession, content: Content) -> HoldEnd | None:
    """Log the hold that just ended; finish the exercise after its last hold."""
    step = next_step(await state_of(session, row, content.exercises))
    row.hold_ends_at = None
    if not isinstance(step, HoldRep):
        return None
    item = step.item
    await log_event(
        session,
        row,
        item.exercise_id,
        "hold",
        item.hold_seconds,
        hold_key(item.exercise_id, step.rep),
    )
    ended = HoldEnd(step, row.hold_message_id, exercise_done=False)
    row.hold_message_id = None
    if is_complete(item, (await state_of(session, row, content.exercises)).done(item.exercise_id)):
        await log_event(
            session, row, item.exercise_id, "done", 1, once_key("done", item.exercise_id)
        )
        row.position += 1
        row.phase, row.stage = Phase.CARD, 0
        ended.exercise_done = True
    return ended


async def hold_ended(context: CoachContext) -> None:
    """The hold's end: edit its message to "release, rest", then rest or move on."""
    assert context.job is not None and context.job_queue is not None
    session_id, chat_id = int(context.job.data), int(context.job.chat_id or 0)
    content = context.content
    async with context.db.transaction() as session:
        row = await lock_session(session, session_id)
        if row is None or row.status != Status.ACTIVE or row.hold_ends_at is None:
            return
        if row.hold_ends_at > utcnow() + EARLY_TOLERANCE:
            return
        ended = await end_hold(session, row, content)
        if ended is None:
            return
        if not ended.exercise_done:
            row.rest_ends_at = utcnow() + timedelta(seconds=ended.step.item.rest_seconds)
        rest_ends_at = row.rest_ends_at
        state = await state_of(session, row, content.exercises)
    try:
        await _release(context, chat_id, session_id, ended)
        if rest_ends_at is not None:
            _arm(context.job_queue, "rest", session_id, chat_id, rest_ends_at)
        else:
            await session_view.send_step(context, chat_id, session_id, state, next_step(state))
    except Forbidden:
        await _blocked(context, session_id)


async def _release(
    context: CoachContext, chat_id: int, session_id: int, ended: HoldEnd, *, controls: bool = True
) -> None:
    """Edit the rep's message to "release, rest"; a message the person deleted is no obstacle."""
    if ended.message_id is None:
        return
    text, markup = session_view.released_view(context.content, session_id, ended.step)
    try:
        await context.bot.edit_message_text(
            text,
            chat_id=chat_id,
            message_id=ended.message_id,
            reply_markup=markup if controls else None,
        )
    except BadRequest as error:
        log.info("could not edit the hold message of session %s: %s", session_id, error)


async def rest_ended(context: CoachContext) -> None:
    """The breather is over: the next rep starts on its own."""
    assert context.job is not None
    session_id, chat_id = int(context.job.data), int(context.job.chat_id or 0)
    async with context.db.transaction() as session:
        row = await lock_session(session, session_id)
        if row is None or row.status != Status.ACTIVE or row.rest_ends_at is None:
            return
        if row.rest_ends_at > utcnow() + EARLY_TOLERANCE:
            return
        row.rest_ends_at = None
    try:
        await begin_hold(context, session_id, chat_id)
    except Forbidden:
        await _blocked(context, session_id)


async def _blocked(context: CoachContext, session_id: int) -> None:
    """The person blocked the bot mid-session: stop timing and stop writing to them."""
    async with context.db.transaction() as session:
        row = await lock_session(session, session_id)
        if row is None:
            return
        row.hold_ends_at = row.rest_ends_at = None
        row.phase = Phase.PAUSED if row.phase == Phase.DOING else row.phase
        await set_active(session, row.user_id, False)
    log.info("user of session %s blocked the bot; its timers stopped", session_id)


# ---------------------------------------------------------------- after a restart


@dataclass
class Recovery:
    """What to do about one session whose timer was running when the process died."""

    chat_id: int
    rearm: tuple[str, datetime] | None = None
    ended: HoldEnd | None = None
    prompt: bool = False
    state: SessionState | None = None


async def recover_timers(context: CoachContext) -> None:
    """At start-up: re-arm timers still running, finish those that ran out while we were down."""
    async with context.db.transaction() as session:
        session_ids = await sessions_with_timers(session)
    for session_id in session_ids:
        await _recover(context, session_id)


async def _recover(context: CoachContext, session_id: int) -> None:
    """One session: a running timer is re-armed; a finished hold counts once and pauses."""
    assert context.job_queue is not None
    recovery = await _plan_recovery(context, session_id)
    if recovery is None:
        return
    if recovery.rearm is not None:
        kind, at = recovery.rearm
        _arm(context.job_queue, kind, session_id, recovery.chat_id, at)
        return
    content = context.content
    try:
        if recovery.ended is not None:
            await _release(context, recovery.chat_id, session_id, recovery.ended, controls=False)
        if not recovery.prompt:
            return
        if recovery.ended is not None and recovery.ended.exercise_done:
            # That was the exercise's last hold: carry on with what comes next.
            state, chat_id = recovery.state, recovery.chat_id
            assert state is not None
            await context.bot.send_message(chat_id, content.texts.session.restarted_next)
            await session_view.send_step(context, chat_id, session_id, state, next_step(state))
            return
        await context.bot.send_message(
            recovery.chat_id,
            content.texts.session.restarted,
            reply_markup=session_view.resume_keyboard(content, session_id),
        )
    except Forbidden:
        await _blocked(context, session_id)


async def _plan_recovery(context: CoachContext, session_id: int) -> Recovery | None:
    """Decide and store what happens to a timer found after a restart."""
    now = utcnow()
    async with context.db.transaction() as session:
        row = await lock_session(session, session_id)
        if row is None or row.status != Status.ACTIVE:
            return None
        user = await session.get(User, row.user_id)
        recovery = Recovery(chat_id=user.chat_id if user else row.user_id)
        if row.hold_ends_at is not None and row.hold_ends_at > now:
            recovery.rearm = ("hold", row.hold_ends_at)
            return recovery
        if row.rest_ends_at is not None and row.rest_ends_at > now:
            recovery.rearm = ("rest", row.rest_ends_at)
            return recovery
        ran_out = row.hold_ends_at or row.rest_ends_at or now
        if row.hold_ends_at is not None:
            # The person held while we were away: it counts, once.
            recovery.ended = await end_hold(session, row, context.content)
        row.hold_ends_at = row.rest_ends_at = None
        if row.phase == Phase.DOING:
            row.phase = Phase.PAUSED
        recovery.prompt = now - ran_out <= PROMPT_WINDOW
        recovery.state = await state_of(session, row, context.content.exercises)
        return recovery


def schedule_recovery(application: Application) -> None:
    """Run `recover_timers` as soon as the job queue starts (tests and production alike)."""
    assert application.job_queue is not None
    application.job_queue.run_once(
        recover_timers, when=0, name="session:recover", job_kwargs={"misfire_grace_time": None}
    )
