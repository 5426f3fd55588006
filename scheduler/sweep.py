"""The reminder sweep: one repeating job claims what is due, sends it paced, records the outcome.

Each tick works in small batches: one transaction claims due rows (FOR UPDATE SKIP LOCKED on
PostgreSQL) and advances each to its next slot; then the batch is sent; then a second
transaction records what Telegram said (blocked people, requests to wait). Start-up loads
nothing per person: the job finds due rows through the index on `reminders.next_due_at`.

Delivery is at-most-once: a crash after a claim commits can lose the reminders in hand for
that slot (at most two batches, two seconds' worth), but nothing is ever sent twice.

Each kind has one composer in `COMPOSERS`: it returns the `Reply` for the sweep to send at its
pace, or None when there is nothing to say.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TypeVar

from telegram.error import Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, Job

from coach.reminders import EVENING, FOLLOW_UP, HELP_CHECK, MIDDAY, MORNING, WEEKLY
from conversation.context import CoachContext, words_of
from delivery.pacing import Pacer, retry_seconds
from media.chart_spec import Chart
from services import nudges
from services.lessons import morning_offer
from services.nudges import DueReminder
from services.progress import week_of
from storage.base import utcnow
from views.barriers import question_view, welcome_back
from views.clearance import follow_up_view
from views.habit import ease_offer
from views.lessons import with_offers
from views.progress import chart_of, weekly_has_chart, weekly_text
from views.reminders import nudge_view
from views.reply import Reply

log = logging.getLogger(__name__)

SWEEP_JOB = "reminder-sweep"
INTERVAL_SECONDS = 30
# Soon after start-up, so reminders missed during a short downtime go out late, not never.
FIRST_TICK_SECONDS = 5
# A tick delayed by a busy loop still runs (APScheduler's default grace is 1 s).
MISFIRE_GRACE_SECONDS = 25
# Telegram allows about 30 messages a second; reminders take 20 so replies keep the rest.
SENDS_PER_SECOND = 20
# A batch is a second of sending; a crash loses at most the two batches in hand.
BATCH_SIZE = SENDS_PER_SECOND
# Stop claiming new batches before the next tick is due; a tick that still runs over lets
# the next one start beside it (they share the pacer, so the pace stays the same).
TICK_BUDGET_SECONDS = INTERVAL_SECONDS - 3.0
OVERLAPPING_TICKS = 2

T = TypeVar("T")


@dataclass(frozen=True)
class ChartFollows:
    """A message whose chart follows it through the media queue (drawing never holds the sweep)."""

    reply: Reply
    chart: Chart


Message = Reply | ChartFollows
Composer = Callable[[CoachContext, DueReminder], Awaitable[Message | None]]


async def compose_nudge(context: CoachContext, due: DueReminder) -> Reply | None:
    """The morning, midday or evening nudge; None when there is nothing to nudge for today."""
    draft = await nudges.nudge_for(context.services, due)
    if draft is None:
        return None
    w = await words_of(context, due.user_id)
    nudge = nudge_view(
        w,
        kind=due.kind,
        snoozed=due.snoozed,
        sessions_done_today=draft.sessions_done_today,
        plan=draft.plan,
        reminder_id=due.reminder_id,
        day=due.day,
    )
    barrier = draft.support.barrier_id
    # The morning nudge carries the day's lesson (none while locked or in a session), unless it
    # asks what got in the way: then the lesson waits for the day's first session.
    morning = due.kind == MORNING and barrier is None
    lesson = await morning_offer(context.services, due.user_id, draft.plan) if morning else None
    nudge = with_offers(w, nudge, lesson, None)
    # After days away: welcome back; after a missed day: what got in the way?
    if draft.support.back:
        nudge = welcome_back(w, nudge)
    if barrier is not None:
        nudge = question_view(w, nudge, barrier, due.reminder_id, due.day)
    return nudge


async def compose_weekly(context: CoachContext, due: DueReminder) -> Message | None:
    """The week in a few lines at once; the chart, when there is one, follows it."""
    week = await week_of(context.services, due.user_id)
    if week is None:
        return None
    report, w = week.progress.report, await words_of(context, due.user_id)
    text = weekly_text(w, week.first_name, report)
    # Three strong weeks: the summary carries the one-time offer of fewer nudges.
    offer = ease_offer(w) if week.progress.ease_offer else None
    summary = Reply(f"{text}\n\n{offer.text}", offer.markup) if offer else Reply(text)
    if not weekly_has_chart(report, text):
        return summary
    return ChartFollows(summary, chart_of(w, report))


async def compose_follow_up(context: CoachContext, due: DueReminder) -> Reply | None:
    """After the advice: were you able to be seen? did you get help? (once, if still open)."""
    found = await nudges.follow_up_for(context.services, due)
    if found is None:
        return None
    w = await words_of(context, due.user_id)
    return follow_up_view(
        w,
        found.signs,
        found.checkin_id,
        found.country,
        tier=found.tier,
        help_check=found.help_check,
    )


# One composer per reminder kind; a new kind is one more line.
COMPOSERS: dict[str, Composer] = {
    MORNING: compose_nudge,
    MIDDAY: compose_nudge,
    EVENING: compose_nudge,
    WEEKLY: compose_weekly,
    FOLLOW_UP: compose_follow_up,
    HELP_CHECK: compose_follow_up,
}


class DeliveryOutcome(StrEnum):
    """What became of one claimed reminder."""

    SENT = "sent"
    NOT_NEEDED = "not_needed"
    BLOCKED = "blocked"
    DEFERRED = "deferred"
    FAILED = "failed"


@dataclass(frozen=True)
class Delivery:
    """One claimed reminder and what happened to it."""

    due: DueReminder
    outcome: DeliveryOutcome
    retry_after: timedelta | None = None


# Each claimed reminder with its message, or with its outcome when there is nothing to send.
Composed = list[tuple[DueReminder, Message | Delivery]]


async def sweep(context: CoachContext) -> None:
    """One tick: claim due reminders batch by batch, send each, record what Telegram said."""
    assert context.job is not None
    pacer: Pacer = context.job.data  # type: ignore[assignment]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TICK_BUDGET_SECONDS
    tally: collections.Counter[str] = collections.Counter()
    sending: asyncio.Task[list[Delivery]] | None = None
    while loop.time() < deadline:
        # At-most-once: the advance is committed before sending, so a crash never sends twice.
        claim = await nudges.claim(context.services, BATCH_SIZE)
        tally["skipped"] += claim.taken - len(claim.due)
        composed = await _compose_batch(context, claim.due)
        # The next batch is claimed and composed while this one goes out.
        previous, sending = sending, asyncio.create_task(_send_batch(context, pacer, composed))
        if previous is not None:
            await _record(context, await previous, tally)
        if claim.taken < BATCH_SIZE:
            break
    if sending is not None:
        await _record(context, await sending, tally)
    if counts := +tally:
        log.info("reminder sweep: %s", ", ".join(f"{n} {what}" for what, n in counts.items()))


async def _compose_batch(context: CoachContext, batch: list[DueReminder]) -> Composed:
    """Compose each reminder, one at a time: composing reads the database."""
    return [(due, await _guarded(due, _compose(context, due))) for due in batch]


async def _send_batch(context: CoachContext, pacer: Pacer, composed: Composed) -> list[Delivery]:
    """Send a composed batch at the sweep's pace."""
    sends = [
        _guarded(due, _send(context, pacer, due, made))
        if not isinstance(made, Delivery)
        else _settled(made)
        for due, made in composed
    ]
    return list(await asyncio.gather(*sends))


async def _compose(context: CoachContext, due: DueReminder) -> Message | Delivery:
    """Ask the kind's composer what to say (nothing, sometimes)."""
    composer = COMPOSERS.get(due.kind)
    if composer is None:
        log.error("no composer for reminder kind %r (reminder %s)", due.kind, due.reminder_id)
        return Delivery(due, DeliveryOutcome.FAILED)
    reply = await composer(context, due)
    return reply if reply is not None else Delivery(due, DeliveryOutcome.NOT_NEEDED)


async def _send(context: CoachContext, pacer: Pacer, due: DueReminder, made: Message) -> Delivery:
    """Send one composed reminder through the bot's rate limiter, at the sweep's pace."""
    await pacer.wait()
    if isinstance(made, ChartFollows):
        await context.outbox.send(due.chat_id, made.reply)
        context.media.send_chart_later(due.chat_id, made.chart)
    else:
        await context.outbox.send(due.chat_id, made)
    return Delivery(due, DeliveryOutcome.SENT)


async def _settled(delivery: Delivery) -> Delivery:
    """An outcome already known (nothing to send, or composing failed)."""
    return delivery


async def _guarded(due: DueReminder, work: Awaitable[T]) -> T | Delivery:
    """Run composing or sending; what Telegram answered becomes the reminder's outcome."""
    try:
        return await work
    except Forbidden:
        return Delivery(due, DeliveryOutcome.BLOCKED)
    except RetryAfter as error:
        # The rate limiter already retried; wait as Telegram asked, then the next tick sends it.
        return Delivery(due, DeliveryOutcome.DEFERRED, timedelta(seconds=retry_seconds(error)))
    except TelegramError as error:
        log.warning("reminder %s to user %s failed: %s", due.reminder_id, due.user_id, error)
        return Delivery(due, DeliveryOutcome.FAILED)
    except Exception:
        # A bug in one composer costs one reminder, never the whole tick.
        log.exception("reminder %s for user %s failed", due.reminder_id, due.user_id)
        return Delivery(due, DeliveryOutcome.FAILED)


async def _record(
    context: CoachContext, deliveries: list[Delivery], tally: collections.Counter[str]
) -> None:
    """Remember who blocked the bot and which reminders Telegram asked us to send later."""
    tally.update(d.outcome.value for d in deliveries)
    blocked = [d.due.user_id for d in deliveries if d.outcome is DeliveryOutcome.BLOCKED]
    deferred = [
        (d.due, utcnow() + d.retry_after)
        for d in deliveries
        if d.outcome is DeliveryOutcome.DEFERRED and d.retry_after is not None
    ]
    for user_id in blocked:
        log.info("user %s blocked the bot; no more reminders", user_id)
    if blocked or deferred:
        await nudges.record(context.services, blocked, deferred)


def schedule_sweep(
    application: Application,
    *,
    rate: float = SENDS_PER_SECOND,
    first: float = FIRST_TICK_SECONDS,
    interval: float = INTERVAL_SECONDS,
) -> Job:
    """Add the one repeating sweep job to the application's JobQueue."""
    assert application.job_queue is not None
    return application.job_queue.run_repeating(
        sweep,  # type: ignore[arg-type]
        interval=interval,
        first=first,
        name=SWEEP_JOB,
        data=Pacer(rate, application.bot_data.clock),
        job_kwargs={
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
            "coalesce": True,
            "max_instances": OVERLAPPING_TICKS,
        },
    )
