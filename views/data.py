"""/export and /delete in the chat: the export file, and the question before erasing."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from content import Words
from views.buttons.records import EraseTap
from views.reply import Reply, button, grid


def export_document(rows: dict[str, list[dict[str, Any]]], now: datetime) -> bytes:
    """The export file: when it was made, and every table's rows (JSON keeps types and nulls)."""
    document = {"exported_at": now.isoformat(), "times_are": "UTC", "tables": rows}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def export_name(w: Words, now: datetime) -> str:
    """The export's file name, in the person's words."""
    return w.plain("data-export-file-name", date=now.strftime("%Y-%m-%d"))


def delete_question(w: Words, asked: datetime) -> Reply:
    """Erase everything? Yes / No, for a question asked now."""
    at = int(asked.timestamp())
    keys = [
        button(w("data-delete-yes-button"), EraseTap("yes", at)),
        button(w("data-delete-no-button"), EraseTap("no", at)),
    ]
    return Reply(w("data-delete-ask"), grid(keys, 1))
