"""Being the one active instance: wait for the lock, keep it while serving, give it back."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from storage.lease import RENEW_SECONDS, InstanceLock

log = logging.getLogger(__name__)

# How often a standby tries to become active.
RETRY_SECONDS = 1.0


class Leadership:
    """Only the holder of the instance lock polls, sweeps and runs timers."""

    def __init__(
        self,
        lock: InstanceLock,
        *,
        retry_seconds: float = RETRY_SECONDS,
        renew_seconds: float = RENEW_SECONDS,
    ) -> None:
        self.lock = lock
        self.retry_seconds = retry_seconds
        self.renew_seconds = renew_seconds

    async def wait_until_active(self, stop: asyncio.Event) -> bool:
        """True once we hold the lock; False when asked to stop while standing by."""
        standing_by = False
        while not stop.is_set():
            if await self.lock.acquire():
                if standing_by:
                    log.info("the active instance is gone; taking over")
                return True
            if not standing_by:
                log.info("another instance is active; standing by")
                standing_by = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.retry_seconds)
        return False

    async def keep(self, on_lost: Callable[[], None]) -> None:
        """Renew the lock until cancelled; call `on_lost` once if it stops being ours."""
        while True:
            await asyncio.sleep(self.renew_seconds)
            if not await self.lock.renew():
                log.error("this instance lost the active role; stepping down")
                on_lost()
                return

    async def step_down(self) -> None:
        """Release the lock so a standby takes over at its next try."""
        await self.lock.release()
