"""`LocalTelegram`: the Bot API answered in memory, strictly, with the chats it leads to.

`await telegram.handle(method, params)` answers `(http_status, json_body)` exactly like Telegram
would, including its error wording, so python-telegram-bot raises the same `BadRequest`,
`Forbidden` or `RetryAfter` it would raise in production. It owns its parts, each a class of
its own: the chats, the files, the updates waiting for the bot, flood control, callback
queries, the bot's profile and what the bot sends; `methods` maps each Bot API method it
answers to the part's handler. People act through `message_update`, `tap` and friends; what the
bot shows is read back with `messages`, `texts`...; every step lands in the transcript.
"""

from __future__ import annotations

import collections
import inspect
import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from localchat.callbacks import Callbacks
from localchat.catalog import check_call
from localchat.chats import Chats, buttons
from localchat.files import FileStore
from localchat.floods import FloodGate
from localchat.messages import BotMessages
from localchat.people import People
from localchat.profile import BotProfile
from localchat.transcript import Transcript
from localchat.updates import UpdateQueue
from localchat.wire import ApiError, Json

log = logging.getLogger("localchat")
# A part's method that answers one Bot API call (a coroutine when it waits: polls, file checks).
Handler = Callable[[Json], Any]


class LocalTelegram:
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
        callback_deadline: float = 10.0,
        files_dir: Path | None = None,
    ) -> None:
        self.token = token
        # Flood windows and callback deadlines may run on their own steady clock (the one the
        # bot's waits move), so a tap answered only after paced sends is too old in fake time.
        steady = flood_clock or clock
        self.log = Transcript()
        self.profile = BotProfile(token, bot_username, self.log)
        self.bot_user = self.profile.user
        self.chats = Chats(known_only=known_chats_only)
        self.files = FileStore(files_dir)
        self.updates = UpdateQueue()
        self.floods = FloodGate(steady, global_rate, per_chat_rate, per_chat_burst)
        self.callbacks = Callbacks(steady, callback_deadline, self.log)
        self.sent = BotMessages(self.chats, self.files, self.floods, self.log, self.bot_user, clock)
        self.people = People(self.chats, self.updates, self.callbacks, self.log, self.bot_user)
        self.methods = self._method_table()
        self.calls: list[tuple[str, Json]] = []
        self.errors: list[tuple[str, str]] = []
        self.stats: collections.Counter[str] = collections.Counter()
        self._refusals: dict[str, ApiError] = {}
        # Optional observers, e.g. the CLI server console printing the conversation live.
        self.on_event: Callable[[Json], None] | None = None
        self.on_error: Callable[[str, str], None] | None = None
        self.log.subscribe(self._tell_observer)
        self._offer_the_parts()

    def _method_table(self) -> dict[str, Handler]:
        """Each Bot API method the local chat answers, and the part that answers it."""
        profile, updates, sent = self.profile, self.updates, self.sent
        return {
            "getMe": profile.get_me,
            "setMyCommands": profile.set_commands,
            "setMyDescription": profile.set_description,
            "setMyShortDescription": profile.set_short_description,
            "getUpdates": updates.get_updates,
            "setWebhook": updates.set_webhook,
            "deleteWebhook": updates.delete_webhook,
            "sendMessage": sent.send_message,
            "sendPhoto": partial(sent.send_file, "photo"),
            "sendAnimation": partial(sent.send_file, "animation"),
            "sendVoice": partial(sent.send_file, "voice"),
            "sendDocument": partial(sent.send_file, "document"),
            "editMessageText": sent.edit_text,
            "editMessageCaption": sent.edit_caption,
            "editMessageReplyMarkup": sent.edit_markup,
            "answerCallbackQuery": self.callbacks.answer,
        }

    def _offer_the_parts(self) -> None:
        """The parts' helpers that tests, the page and the CLI call on the LocalTelegram."""
        people, chats = self.people, self.chats
        # What a person does; each returns the update the bot will get.
        self.add_user = chats.add_user
        self.message_update = people.message_update
        self.tap = people.tap
        self.callback_update = people.callback_update
        self.find_button = people.find_button
        self.location_update = people.location_update
        self.share_location = people.share_location
        self.media_update = people.media_update
        self.my_chat_member_update = people.my_chat_member_update
        self.block = people.block
        self.unblock = people.unblock
        self.inject_update = self.updates.put  # any update payload (a group message...)
        # What the bot shows and did.
        self.messages = chats.messages
        self.last_message = chats.last_message
        self.texts = chats.texts
        self.buttons = buttons
        self.reply_keyboard = chats.reply_keyboard
        self.edits = chats.edits
        self.chat_view = chats.chat_view
        self.chat_transcript = self.log.of_chat
        self.unanswered_callbacks = self.callbacks.unanswered
        self.menu_for = self.profile.menu_for
        self.description_for = self.profile.description_for
        self.commands = self.profile.commands
        # Telegram having a bad moment.
        self.flood = self.floods.flood
        self.release_pollers = self.updates.release_pollers

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
            result = self.methods[name](params)
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

    @property
    def transcript(self) -> list[Json]:
        """Every entry of every chat, in order."""
        return self.log.entries
