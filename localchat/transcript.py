"""The conversation as it happened: an append-only log of both sides, and its plain-text form."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from localchat.chats import MEDIA_KINDS
from localchat.wire import Json

Listener = Callable[[Json], None]


class Transcript:
    """Every person action and bot effect, in order, with listeners told of each new entry."""

    def __init__(self) -> None:
        self.entries: list[Json] = []
        self.notes: list[Json] = []  # Bot API errors and menu changes: shown, not said
        self._listeners: list[Listener] = []

    def add(self, chat_id: int | None, who: str, kind: str, **fields: Any) -> Json:
        """Append an entry and tell every listener."""
        entry = {"seq": len(self.entries), "chat_id": chat_id, "who": who, "kind": kind}
        entry.update(time=time.time(), **fields)
        self.entries.append(entry)
        for listener in list(self._listeners):
            listener(entry)
        return entry

    def note(self, chat_id: int | None, kind: str, **fields: Any) -> Json:
        """Tell listeners of something that is not part of the conversation, and keep it."""
        entry = {"seq": len(self.entries), "chat_id": chat_id, "who": "bot", "kind": kind}
        entry.update(time=time.time(), **fields)
        self.notes.append(entry)
        for listener in list(self._listeners):
            listener(entry)
        return entry

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with each new entry; returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def of_chat(self, chat_id: int, since: int = 0) -> list[Json]:
        """Entries of one chat from sequence number `since` on."""
        return [entry for entry in self.entries[since:] if entry["chat_id"] == chat_id]

    def notes_of_chat(self, chat_id: int) -> list[Json]:
        """The notes (errors) about one chat."""
        return [note for note in self.notes if note["chat_id"] == chat_id]


def render_transcript(entries: list[Json]) -> str:
    """A readable conversation: user lines, bot messages with [buttons], edits, toasts."""
    return "\n".join(line for entry in entries for line in _render_entry(entry))


def render_chat(messages: list[Json]) -> str:
    """The chat as currently shown (what `GET /control/chat/<id>` returns), readable."""
    return "\n".join(line for view in messages for line in _render_message("BOT", view))


def _render_entry(entry: Json) -> list[str]:
    """Lines for one transcript entry."""
    kind = entry["kind"]
    if entry["who"] == "user":
        if kind == "message":
            return _indent(f"USER: {entry['text']}")
        if kind == "tap":
            return [f"USER taps [{entry['text']}]"]
        return [f"USER {kind}s the bot"]
    if kind in ("toast", "alert"):
        return _indent(f"BOT ({kind}): {entry['text']}")
    if kind == "error":
        return [f"!! {entry['method']}: {entry['description']}"]
    if kind in ("commands", "about"):
        return []  # a menu or description change shows in the page, not in the conversation
    return _render_message("BOT" + (" edits" if kind == "edit" else ""), entry)


def _render_message(prefix: str, view: Json) -> list[str]:
    """Lines for one bot message view: header, text, button rows, reply keyboard."""
    head = f"{prefix} #{view['message_id']}"
    if view.get("content") in MEDIA_KINDS:
        head += f" [{view['content']} {view['file_name']}, {view['file_size']} bytes]"
    lines = _indent(f"{head}: {view['text'] or ''}".rstrip(": "))
    for row in view.get("buttons") or []:
        lines.append("    " + " ".join(f"[{label}]" for label, _ in row))
    for row in view.get("keyboard") or []:
        lines.append("    keyboard: " + " ".join(f"({label})" for label in row))
    return lines


def _indent(text: str) -> list[str]:
    """First line as is, continuation lines indented so multi-line messages stay readable."""
    first, *rest = text.split("\n")
    return [first, *("    " + line for line in rest)]
