"""/export and /delete in the chat: the export file, and the question before erasing."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from content import Content
from views.buttons import EraseTap
from views.reply import Reply, button, grid


def export_document(rows: dict[str, list[dict[str, Any]]], now: datetime) -> bytes:
    """The export file: when it was made, and every table's rows (JSON keeps types and nulls)."""
    document = {"exported_at": now.isoformat(), "times_are": "UTC", "tables": rows}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def export_name(now: datetime) -> str:
    """The export's file name."""
    return f"back-coach-data-{now:%Y-%m-%d}.json"


def delete_question(content: Content, asked: datetime) -> Reply:
    """Erase everything? Yes / No, for a question asked now."""
    texts = content.texts.data
    at = int(asked.timestamp())
    keys = [
        button(texts.delete_yes_button, EraseTap("yes", at)),
        button(texts.delete_no_button, EraseTap("no", at)),
    ]
    return Reply(texts.delete_ask, grid(keys, 1))
