"""Fake time for timers and reminders: move the clock, then let due jobs run to the end."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobEvent,
)
from apscheduler.schedulers.base import BaseScheduler

# A guard against a job that never finishes; it is never reached by a passing test.
IDLE_TIMEOUT_SECONDS = 10.0


@dataclass
class JobCounter:
    """Counts jobs handed to the executor and jobs that ended, to know when all are done."""

    submitted: int = 0
    ended: int = 0
    missed: list[str] = field(default_factory=list)

    def __call__(self, event: JobEvent) -> None:
        if event.code == EVENT_JOB_SUBMITTED:
            self.submitted += 1
            return
        if event.code == EVENT_JOB_MISSED:  # a submitted run found too late: it ends unrun
            self.missed.append(event.job_id)
        self.ended += 1


def watch(scheduler: BaseScheduler) -> JobCounter:
    """Start counting a scheduler's jobs."""
    counter = JobCounter()
    mask = EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED
    scheduler.add_listener(counter, mask)
    return counter


async def run_due_jobs(scheduler: BaseScheduler, counter: JobCounter) -> None:
    """Wake the scheduler at the (faked) current time and wait until every job it ran ended."""
    scheduler.wakeup()
    await asyncio.sleep(0)
    await all_ended(counter)


async def all_ended(counter: JobCounter) -> None:
    """Wait until every job handed to the executor has ended (run, failed or cancelled)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + IDLE_TIMEOUT_SECONDS
    while counter.ended < counter.submitted:
        if loop.time() > deadline:
            raise TimeoutError("a scheduled job did not finish")
        # Jobs wait on real I/O (the database), so yield to the loop until they are done.
        await asyncio.sleep(0.001)


@dataclass
class SteadyClock:
    """The bot's steady clock in faked time: the wall clock plus every wait the bot sat out.

    Waiting returns at once and moves only this clock, never the wall clock the timers and
    reminders run on, so pacing and 429 pauses cost no real time and shift no schedule.
    Waits that overlap all end when the longest does (fine for sends to different chats).
    """

    waited: float = 0.0

    def now(self) -> float:
        return time.time() + self.waited

    async def sleep(self, seconds: float) -> None:
        # Waiters share one time line: each moves it to its own wake-up time, never back.
        wake = self.now() + seconds
        self.waited += max(0.0, wake - self.now())
        await asyncio.sleep(0)
