"""The session timers as jobs: one `run_once` job a running hold, breather or voice set; the
end is stored on the row.

Jobs carry the session id only and call the timer use cases in `services.timer_ends`; this module
shows what those changed.
"""

from __future__ import annotations

from datetime import datetime

from telegram.error import Forbidden
from telegram.ext import Application, JobQueue

from coach.events import Moved
from coach.steps import HoldRep, VoiceSet
from content import Words
from conversation.context import CoachContext, words_of
from conversation.session_steps import post_after, post_next
from services import timer_ends
from services.timers import TimerKind
from views.holds import released_view
from views.reply import Reply
from views.session import resume_keyboard
from views.voicing import no_answer_text

# A busy loop may run a timer late; tens of seconds late is still worth running.
MISFIRE_GRACE_SECONDS = 30


def _name(session_id: int, kind: TimerKind) -> str:
    """Deterministic job names: one hold and one rest timer at most per session."""
    return f"session:{session_id}:{kind.value}"


class JobTimers:
    """The use cases' timers, as PTB JobQueue jobs (APScheduler underneath)."""

    def __init__(self, job_queue: JobQueue) -> None:
        self.job_queue = job_queue

    def arm(self, session_id: int, kind: TimerKind, at: datetime, chat_id: int) -> None:
        """Wake at `at`, replacing the session's timer of that kind; the job carries ids only."""
        for job in self.job_queue.get_jobs_by_name(_name(session_id, kind)):
            job.schedule_removal()
        self.job_queue.run_once(
            _CALLBACKS[kind],  # type: ignore[arg-type]
            when=at,
            name=_name(session_id, kind),
            data=session_id,
            chat_id=chat_id,
            job_kwargs={"misfire_grace_time": MISFIRE_GRACE_SECONDS},
        )

    def cancel(self, session_id: int) -> None:
        """Remove the session's pending hold and rest jobs."""
        for kind in TimerKind:
            for job in self.job_queue.get_jobs_by_name(_name(session_id, kind)):
                job.schedule_removal()

    def cancel_chat(self, chat_id: int) -> None:
        """Remove every pending job of one chat (a hold, a snooze): nothing may follow."""
        for job in self.job_queue.jobs():
            if job.chat_id == chat_id:
                job.schedule_removal()


def _ids(context: CoachContext) -> tuple[int, int]:
    """The session and chat a timer job is for."""
    assert context.job is not None
    return int(context.job.data), int(context.job.chat_id or 0)  # type: ignore[arg-type]


async def hold_ended(context: CoachContext) -> None:
    """The hold's end: its message says release and rest; then the breather or what is next."""
    session_id, chat_id = _ids(context)
    moved = await timer_ends.hold_ended(context.services, session_id, chat_id)
    if moved is None:
        return
    w = await words_of(context, chat_id)  # a private chat: its id is the person's
    try:
        await _release(context, w, chat_id, session_id, moved, controls=True)
        if moved.after.rest_ends_at is None:
            await post_after(context, w, chat_id, session_id, moved)
    except Forbidden:
        await timer_ends.person_blocked(context.services, session_id)


async def rest_ended(context: CoachContext) -> None:
    """The breather is over: the next rep starts on its own."""
    session_id, chat_id = _ids(context)
    moved = await timer_ends.rest_ended(context.services, session_id, chat_id)
    if moved is None:
        return
    try:
        await post_after(context, await words_of(context, chat_id), chat_id, session_id, moved)
    except Forbidden:
        await timer_ends.person_blocked(context.services, session_id)


async def voice_ended(context: CoachContext) -> None:
    """A voice-guided set's note is over: ask how it went; no answer at all: note it, go on."""
    session_id, chat_id = _ids(context)
    moved = await timer_ends.voice_ended(context.services, session_id, chat_id)
    if moved is None:
        return
    w = await words_of(context, chat_id)
    try:
        if not moved.after.voice_asked:
            step = moved.shown
            assert isinstance(step, VoiceSet)
            await context.outbox.send(chat_id, Reply(no_answer_text(w, step)))
        await post_after(context, w, chat_id, session_id, moved)
    except Forbidden:
        await timer_ends.person_blocked(context.services, session_id)


async def _release(
    context: CoachContext, w: Words, chat_id: int, session_id: int, moved: Moved, *, controls: bool
) -> None:
    """Say "release, rest" in a message of its own, so the hold's end is heard (it notifies)."""
    step = moved.shown
    if moved.before.hold_message is None or not isinstance(step, HoldRep):
        return
    view = released_view(w, session_id, step)
    await context.outbox.send(chat_id, view if controls else Reply(view.text))


async def _mark_released(
    context: CoachContext, w: Words, chat_id: int, session_id: int, moved: Moved
) -> None:
    """A hold that ended while we were away: its message says so quietly (no ping hours later)."""
    step = moved.shown
    if moved.before.hold_message is None or not isinstance(step, HoldRep):
        return
    view = released_view(w, session_id, step)
    await context.outbox.edit(chat_id, moved.before.hold_message, Reply(view.text))


async def recover_timers(context: CoachContext) -> None:
    """At start-up: re-arm timers still running, finish those that ran out while we were down."""
    for found in await timer_ends.recover_timers(context.services):
        try:
            await _released_while_away(context, found)
        except Forbidden:
            await timer_ends.person_blocked(context.services, found.session_id)


async def _released_while_away(context: CoachContext, found: timer_ends.Recovered) -> None:
    """The hold held while we were away counts; say so if it was recent, and how to go on."""
    moved, w = found.moved, await words_of(context, found.chat_id)
    if moved.logged:
        await _mark_released(context, w, found.chat_id, found.session_id, moved)
    if not found.prompt:
        return
    if moved.after.position > moved.before.position:
        # That was the exercise's last hold: carry on with what comes next.
        await context.outbox.send(found.chat_id, Reply(w("session-restarted-next")))
        await post_next(
            context, w, found.chat_id, found.session_id, moved.after, moved.next, began=False
        )
        return
    resume = Reply(w("session-restarted"), resume_keyboard(w, found.session_id))
    await context.outbox.send(found.chat_id, resume)


_CALLBACKS = {TimerKind.HOLD: hold_ended, TimerKind.REST: rest_ended, TimerKind.VOICE: voice_ended}


def schedule_recovery(application: Application) -> None:
    """Run `recover_timers` as soon as the job queue starts (tests and production alike)."""
    assert application.job_queue is not None
    application.job_queue.run_once(
        recover_timers,  # type: ignore[arg-type]
        when=0,
        name="session:recover",
        job_kwargs={"misfire_grace_time": None},
    )
