"""The updates waiting for the bot: getUpdates long polling, confirmation by offset, webhooks."""

from __future__ import annotations

import asyncio
import itertools

from localchat.wire import ApiError, Json, bad_request

# Update types Telegram delivers when allowed_updates is empty (chat_member etc. are opt-in).
DEFAULT_UPDATE_TYPES = frozenset(
    {"message", "edited_message", "channel_post", "edited_channel_post", "inline_query",
     "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query", "poll",
     "poll_answer", "my_chat_member", "chat_join_request"}
)  # fmt: skip
TERMINATED = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
    "delete the webhook first"
)


def update_type(update: Json) -> str:
    """The payload key of an update ("message", "callback_query", ...)."""
    return next(key for key in update if key != "update_id")


class UpdateQueue:
    """Updates in the order people made them, handed out by getUpdates like Telegram does."""

    def __init__(self) -> None:
        self.history: list[Json] = []  # every update ever produced, for inspection
        self.webhook_url = ""
        self._queue: list[Json] = []
        self._ids = itertools.count(1)
        self._allowed = DEFAULT_UPDATE_TYPES
        self._waiters: set[asyncio.Event] = set()
        self._poll_ticket: object | None = None
        self._release_generation = 0

    def put(self, payload: Json) -> Json:
        """Give the update an id, queue it and wake a waiting poller."""
        update = {"update_id": next(self._ids), **payload}
        self.history.append(update)
        self._queue.append(update)
        self._wake()
        return update

    def set_webhook(self, params: Json) -> bool:
        """setWebhook: an HTTPS URL only (the updates then go there, not to getUpdates)."""
        url = params.get("url") or ""
        if url and not str(url).startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        return self._hook(url, params)

    def delete_webhook(self, params: Json) -> bool:
        """deleteWebhook: back to getUpdates."""
        return self._hook("", params)

    def _hook(self, url: str, params: Json) -> bool:
        """Set the webhook URL ("" for none), dropping the waiting updates when asked."""
        self.webhook_url = url
        if params.get("drop_pending_updates"):
            self._queue.clear()
        return True

    def release_pollers(self) -> None:
        """End every pending long poll now with [] (used when the HTTP server stops)."""
        self._release_generation += 1
        self._wake()

    async def get_updates(self, params: Json) -> list[Json]:
        """getUpdates: confirm updates below offset, long-poll up to `timeout` seconds."""
        if self.webhook_url:
            raise ApiError(409, WEBHOOK_ACTIVE)
        offset, limit = params.get("offset"), min(max(int(params.get("limit") or 100), 1), 100)
        if isinstance(params.get("allowed_updates"), list):
            self._allowed = frozenset(params["allowed_updates"]) or DEFAULT_UPDATE_TYPES
        # A newer getUpdates terminates the older one with 409, exactly like Telegram.
        ticket = self._poll_ticket = object()
        self._wake()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + float(params.get("timeout") or 0)
        generation = self._release_generation
        while True:
            ready = self._pending(offset)[:limit]
            remaining = deadline - loop.time()
            if ready or remaining <= 0 or generation != self._release_generation:
                return ready
            await self._wait(remaining)
            if self._poll_ticket is not ticket:
                raise ApiError(409, TERMINATED)

    async def _wait(self, seconds: float) -> None:
        """Sleep until an update arrives, another poller starts, or `seconds` pass."""
        event = asyncio.Event()
        self._waiters.add(event)
        try:
            await asyncio.wait_for(event.wait(), seconds)
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(event)

    def _wake(self) -> None:
        """Wake every long-polling getUpdates."""
        for event in self._waiters:
            event.set()

    def _pending(self, offset: int | None) -> list[Json]:
        """Drop confirmed and filtered-out updates; return what is left to deliver."""
        if isinstance(offset, int) and offset < 0:
            return self._queue[offset:]
        if isinstance(offset, int):
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        self._queue = [u for u in self._queue if update_type(u) in self._allowed]
        return list(self._queue)
