"""The one strict codec for callback data: `prefix:field:field`, at most 64 bytes."""

from __future__ import annotations

import re

MAX_BYTES = 64
SEPARATOR = ":"
FIELD = re.compile(r"^[A-Za-z0-9_.+\-~]{1,24}$")


class CallbackDataError(ValueError):
    """Callback data that we did not make (forged, truncated or from another bot)."""


def encode(prefix: str, *fields: object) -> str:
    """Build callback data; refuses anything Telegram would reject or we could not parse."""
    parts = [prefix, *(str(f) for f in fields)]
    for part in parts:
        if not FIELD.match(part):
            raise CallbackDataError(f"field {part!r} is not allowed in callback data")
    data = SEPARATOR.join(parts)
    if len(data.encode()) > MAX_BYTES:
        raise CallbackDataError(f"callback data {data!r} is longer than {MAX_BYTES} bytes")
    return data


def decode(data: str | None, prefix: str, arity: int) -> list[str]:
    """The fields after `prefix`, exactly `arity` of them, each well formed."""
    if not data or len(data.encode()) > MAX_BYTES:
        raise CallbackDataError("missing or oversized callback data")
    parts = data.split(SEPARATOR)
    if parts[0] != prefix or len(parts) != arity + 1:
        raise CallbackDataError(f"callback data {data!r} does not fit {prefix}/{arity}")
    if not all(FIELD.match(p) for p in parts):
        raise CallbackDataError(f"callback data {data!r} has a malformed field")
    return parts[1:]


def decode_int(text: str) -> int:
    """A numeric field (an id); anything else is forged."""
    if not text.isdigit() or len(text) > 18:
        raise CallbackDataError(f"{text!r} is not an id")
    return int(text)


def pattern(prefix: str) -> str:
    """The anchored regex a CallbackQueryHandler uses to route one prefix."""
    return rf"^{re.escape(prefix)}{SEPARATOR}"
