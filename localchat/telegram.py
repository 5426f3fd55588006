"""`LocalTelegram`: the Bot API answered in memory, strictly, with the chats it leads to.

`await telegram.handle(method, params)` answers `(http_status, json_body)` exactly like Telegram
would, including its error wording, so python-telegram-bot raises the same `BadRequest`,
`Forbidden` or `RetryAfter` it would raise in production. People act through the methods of
`PersonSide` (`message_update`, `tap`, ...); what the bot shows is read back with `messages`,
`texts` and friends, and every step of the conversation lands in the transcript.
"""

from __future__ import annotations

import collections
import inspect
import itertools
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path

from localchat.catalog import PARAMETERS, check_call
from localchat.chats import Chat, CommandMenus, Descriptions, buttons, message_view
from localchat.edits import EditingMethods
from localchat.files import FileStore
from localchat.floods import FloodGate
from localchat.transcript import Transcript
from localchat.updates import UpdateQueue
from localchat.wire import ApiError, Json

log = logging.getLogger("localchat")


def _handler_name(method: str) -> str:
    """`sendMessage` -> `_api_send_message`."""
    return "_api_" + re.sub(r"(?<!^)([A-Z])", r"_\1", method).lower()


class LocalTelegram(EditingMethods):
    """In-memory Bot API: validates every call like Telegram and records what people see."""

    def __init__(
        self,
        token: str = "123:ABC",
        clock: Callable[[], float] = time.monotonic,
        flood_clock: Callable[[], float] | None = None,
        global_rate: int | None = None,
        per_chat_rate: float | None = None,
        per_chat_burst: int = 3,
        *,
        bot_username: str = "back_coach_test_bot",
        known_chats_only: bool = True,
        strict_amp: bool = True,
        callback_deadline: float = 10.0,
        files_dir: Path | None = None,
    ) -> None:
        self.token = token
        self.clock = clock  # stamps edits
        # Flood windows and callback deadlines may run on their own steady clock (the one the
        # bot's waits move), so a tap answered only after paced sends is too old in fake time.
        self.steady = flood_clock or clock
        self.floods = FloodGate(self.steady, global_rate, per_chat_rate, per_chat_burst)
        self.known_chats_only = known_chats_only
        self.strict_amp = strict_amp
        self.callback_deadline = callback_deadline
        bot_id = token.split(":", 1)[0]
        self.bot_user: Json = {
            "id": int(bot_id) if bot_id.isdigit() else 1,
            "is_bot": True,
            "first_name": "Back Coach",
            "username": bot_username,
        }
        self.calls: list[tuple[str, Json]] = []
        self.errors: list[tuple[str, str]] = []
        self.stats: collections.Counter[str] = collections.Counter()
        self.log = Transcript()
        self.inbox = UpdateQueue()
        self.menus = CommandMenus()
        self.about = Descriptions()
        self.chats: dict[int, Chat] = {}
        self.files = FileStore(files_dir)
        self.callbacks: dict[str, Json] = {}
        self._callback_ids = itertools.count(1)
        self._refusals: dict[str, ApiError] = {}
        self._methods = {name: getattr(self, _handler_name(name)) for name in PARAMETERS}
        # Optional observers, e.g. the CLI server console printing the conversation live.
        self.on_event: Callable[[Json], None] | None = None
        self.on_error: Callable[[str, str], None] | None = None
        self.log.subscribe(self._tell_observer)

    # ------------------------------------------------------------------ answering calls

    async def request(self, token: str | None, method: str, params: Json) -> tuple[int, Json]:
        """Like `handle`, but first checks the token from the URL (401 like Telegram)."""
        if token != self.token:
            self.errors.append((method, "Unauthorized"))
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        return await self.handle(method, params)

    async def handle(self, method: str, params: Json) -> tuple[int, Json]:
        """Answer one Bot API call with (HTTP status, JSON body)."""
        self.calls.append((method, params))
        self.stats[method] += 1
        try:
            name = check_call(method, params)
            if name in self._refusals:
                raise self._refusals[name]
            result = self._methods[name](params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as exc:
            return self._error(method, params, exc)
        except Exception as exc:  # a bug in the local chat: make it loud, keep serving
            log.exception("the local chat failed on %s", method)
            return self._error(method, params, ApiError(500, f"Internal local chat error: {exc!r}"))
        return 200, {"ok": True, "result": result}

    def refuse_method(self, method: str, description: str, code: int = 400) -> None:
        """From now on every call of `method` fails with this error (a Telegram bad day)."""
        self._refusals[check_call(method, {})] = ApiError(code, description)

    def _error(self, method: str, params: Json, exc: ApiError) -> tuple[int, Json]:
        """Record the error, show it under the message it concerns, answer like Telegram."""
        if exc.code == 429:
            self.stats["429"] += 1
        else:
            self.errors.append((method, exc.description))
            log.warning("Bot API error the bot caused: %s: %s", method, exc.description)
            chat_id, message_id = self._concerns(params)
            self.log.note(
                chat_id, "error", method=method, description=exc.description, message_id=message_id
            )
            if self.on_error:
                self.on_error(method, exc.description)
        return exc.code, exc.body()

    def _concerns(self, params: Json) -> tuple[int | None, int | None]:
        """The chat and message a failed call was about, when it names them."""
        query = self.callbacks.get(str(params.get("callback_query_id")))
        if query is not None:
            return query["user_id"], query["message_id"]
        chat_id, message_id = params.get("chat_id"), params.get("message_id")
        return (
            chat_id if isinstance(chat_id, int) else None,
            message_id if isinstance(message_id, int) else None,
        )

    def _tell_observer(self, entry: Json) -> None:
        """Pass conversation entries (not notes) to the optional `on_event` observer."""
        if self.on_event and entry["kind"] not in ("error", "commands", "about"):
            self.on_event(entry)

    # ------------------------------------------------------------------ reading what is shown

    @property
    def transcript(self) -> list[Json]:
        """Every entry of every chat, in order."""
        return self.log.entries

    @property
    def updates(self) -> list[Json]:
        """Every update ever produced."""
        return self.inbox.history

    @property
    def commands(self) -> dict[tuple[str, str], list[Json]]:
        """The command lists by (scope, language_code)."""
        return self.menus.lists

    @property
    def webhook_url(self) -> str:
        """The webhook set with setWebhook ("" for none)."""
        return self.inbox.webhook_url

    @property
    def global_rate(self) -> int | None:
        """Sends a second the bot may make in all (None: no limit)."""
        return self.floods.global_rate

    @global_rate.setter
    def global_rate(self, rate: int | None) -> None:
        self.floods.global_rate = rate

    @property
    def per_chat_rate(self) -> float | None:
        """Sends a second into one chat once its burst is spent (None: no limit)."""
        return self.floods.per_chat_rate

    @per_chat_rate.setter
    def per_chat_rate(self, rate: float | None) -> None:
        self.floods.per_chat_rate = rate

    @property
    def per_chat_burst(self) -> int:
        """Sends into one chat that may go at once."""
        return self.floods.per_chat_burst

    @per_chat_burst.setter
    def per_chat_burst(self, burst: int) -> None:
        self.floods.per_chat_burst = burst

    def flood(self, chat_id: int, times: int, retry_after: int = 1) -> None:
        """The next `times` messages to this chat answer 429, however long the bot waited."""
        self.floods.flood(chat_id, times, retry_after)

    def release_pollers(self) -> None:
        """End every pending long poll now (when the HTTP server stops)."""
        self.inbox.release_pollers()

    def messages(self, chat_id: int) -> list[Json]:
        """The bot's messages in the chat as currently shown (edits applied, deletions gone)."""
        chat = self.chats.get(chat_id)
        return list(chat.messages.values()) if chat else []

    def last_message(self, chat_id: int) -> Json:
        """The newest bot message still shown in the chat."""
        shown = self.messages(chat_id)
        if not shown:
            raise LookupError(f"the bot has shown nothing in chat {chat_id}")
        return shown[-1]

    def texts(self, chat_id: int) -> list[str]:
        """Visible text (or caption) of every bot message in the chat."""
        return [message_view(record)["text"] or "" for record in self.messages(chat_id)]

    buttons = staticmethod(buttons)

    def reply_keyboard(self, chat_id: int) -> Json | None:
        """The reply keyboard currently shown to the person, if any."""
        chat = self.chats.get(chat_id)
        return chat.keyboard if chat else None

    def unanswered_callbacks(self) -> list[str]:
        """Ids of callback queries handed out but never answered."""
        return [qid for qid, query in self.callbacks.items() if not query["answered"]]

    def edits(self, chat_id: int) -> list[Json]:
        """Edit log of the chat: dicts with t (from clock()), method, message_id, text, markup."""
        chat = self.chats.get(chat_id)
        return list(chat.edits) if chat else []

    def chat_transcript(self, chat_id: int, since: int = 0) -> list[Json]:
        """Transcript entries (messages, taps, bot messages, edits...) of one chat."""
        return self.log.of_chat(chat_id, since)

    def chat_view(self, chat_id: int) -> list[Json]:
        """JSON-safe view of the chat's messages as shown (for the page and the CLI)."""
        return [message_view(record) for record in self.messages(chat_id)]

    def description_for(self, language: str | None = None) -> Json:
        """What a person sees before pressing Start, in their language (else everybody's)."""
        return {
            "description": self.about.shown("description", language),
            "short_description": self.about.shown("short_description", language),
        }

    def menu_for(self, chat_id: int, language: str | None = None) -> list[Json]:
        """The command menu this person sees, for their language."""
        return self.menus.menu_for(chat_id, language)
