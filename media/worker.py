"""The media worker: one process that draws and encodes, so no reply waits on the event loop.

It is started with the application ('spawn': nothing of the bot's state is forked), exits
when the bot's process ends (even by kill -9), and is replaced if it dies.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from media import charts, report_pdf

# One worker: media queue behind each other but never take the bot's own core.
WORKERS = 1

T = TypeVar("T")

_pool: ProcessPoolExecutor | None = None


def _exit_with_the_bot() -> None:
    """End this worker when the bot's process ends, even by kill -9 (no orphan holds memory)."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])  # ready once the parent is gone
        os._exit(0)

    threading.Thread(target=watch, name="watch-bot", daemon=True).start()


def _start_worker() -> None:
    """Watch the bot, and warm up what the first picture would otherwise wait for."""
    # Ctrl-C in a terminal reaches the whole process group: the bot stops us, not a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_the_bot()
    charts.warm_up()
    report_pdf.warm_up()


def _worker_pool() -> ProcessPoolExecutor:
    """The worker process, started on first use."""
    global _pool
    if _pool is None:
        context = multiprocessing.get_context("spawn")
        _pool = ProcessPoolExecutor(WORKERS, mp_context=context, initializer=_start_worker)
    return _pool


def start_worker() -> None:
    """Start the worker in the background at start-up, so the first picture is not slow."""
    global _pool
    # Born ignoring Ctrl-C (an ignored signal survives exec), so even a worker still importing
    # shows no traceback when a terminal's Ctrl-C reaches it: the bot stops it.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _worker_pool().submit(int)  # any picklable no-op makes the pool start its worker
    except BrokenProcessPool:
        _pool = None  # an earlier worker died; the next job starts a fresh one
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


async def in_worker(work: Callable[..., T], *args: object) -> T:
    """Run `work(*args)` in the worker while the event loop keeps answering other people."""
    global _pool
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(_worker_pool(), work, *args)
    except BrokenProcessPool:
        # The worker died (killed, out of memory): start a fresh one and try once more.
        _pool = None
        return await loop.run_in_executor(_worker_pool(), work, *args)
