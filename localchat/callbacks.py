"""Callback queries: handed out when a person taps a button, answered by the bot once, in time."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping

from localchat.limits import QUERY_TOO_OLD, check_toast
from localchat.transcript import Transcript
from localchat.wire import Json, bad_request


class Callbacks(Mapping[str, Json]):
    """Every callback query by id: who tapped what, when, and the bot's answer (if any)."""

    def __init__(self, clock: Callable[[], float], deadline: float, log: Transcript) -> None:
        self.clock = clock
        self.deadline = deadline  # seconds Telegram waits for an answer before giving up
        self.log = log
        self._queries: dict[str, Json] = {}
        self._ids = itertools.count(1)

    def __getitem__(self, query_id: str) -> Json:
        return self._queries[query_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._queries)

    def __len__(self) -> int:
        return len(self._queries)

    def clear(self) -> None:
        """Forget every query (a test that made unanswered ones on purpose)."""
        self._queries.clear()

    def issue(self, user_id: int, message_id: int, data: str) -> str:
        """A new query for a tap on `data` under bot message `message_id`; its id."""
        query_id = f"{user_id}{next(self._ids):08d}"
        self._queries[query_id] = {
            "user_id": user_id,
            "message_id": message_id,
            "data": data,
            "answered": False,
            "answer": None,
            "issued_at": self.clock(),
            "answered_at": None,
        }
        return query_id

    def answer(self, params: Json) -> bool:
        """answerCallbackQuery: once per query, within the deadline, text <= 200 chars."""
        query = self._queries.get(str(params.get("callback_query_id")))
        if query is None or query["answered"]:
            raise bad_request(QUERY_TOO_OLD)
        now = self.clock()
        if now - query["issued_at"] > self.deadline:
            raise bad_request(QUERY_TOO_OLD)
        text = params.get("text")
        check_toast(text)
        answer = {k: v for k, v in params.items() if k != "callback_query_id"}
        query.update(answered=True, answer=answer, answered_at=now)
        if text:
            kind = "alert" if params.get("show_alert") else "toast"
            self.log.add(query["user_id"], "bot", kind, text=text)
        return True

    def unanswered(self) -> list[str]:
        """Ids of callback queries handed out but never answered."""
        return [qid for qid, query in self._queries.items() if not query["answered"]]
