"""Waiting on the real clock for something outside the test's event loop (a process, a browser)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

# How often a condition is looked at again: short, and never blocking the loop.
POLL_SECONDS = 0.01


async def eventually(
    condition: Callable[[], object],
    seconds: float,
    *,
    gone: Callable[[], str | None] | None = None,
) -> None:
    """Poll `condition` on the event loop until it holds; fail after `seconds`.

    `gone` names a reason to stop at once (a process that ended, with its log), or None.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if gone is not None and (reason := gone()) is not None:
            raise AssertionError(reason)
        if loop.time() > deadline:
            raise TimeoutError(f"not true after {seconds} s")
        await asyncio.sleep(POLL_SECONDS)
