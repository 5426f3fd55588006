"""The one strict codec for callback data: `prefix:field:field`, at most 64 bytes."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

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


# What one field may hold: any number (`int`), any well-formed word (`str`), or one of a few
# numbers (a range, a tuple) or words.
FieldSpec = type[int] | type[str] | Collection[int] | Collection[str]


@dataclass(frozen=True)
class Fields:
    """A button's fields, each checked against its spec; read them back by position."""

    values: tuple[int | str, ...]

    def id(self, position: int) -> int:
        """An id field."""
        value = self.values[position]
        assert isinstance(value, int), f"field {position} is not an id"
        return value

    def word(self, position: int) -> str:
        """A word field."""
        value = self.values[position]
        assert isinstance(value, str), f"field {position} is not a word"
        return value


def parse(data: str | None, prefix: str, *spec: FieldSpec) -> Fields:
    """The fields after `prefix`, one per spec; anything else is forged."""
    values: list[int | str] = []
    for field, kind in zip(decode(data, prefix, len(spec)), spec, strict=True):
        if kind is str:
            values.append(field)
            continue
        numeric = kind is int or isinstance(kind, range) or all(isinstance(k, int) for k in kind)
        value = decode_int(field) if numeric else field
        if kind is not int and value not in kind:  # type: ignore[operator]
            raise CallbackDataError(f"{field!r} is not one of the choices")
        values.append(value)
    return Fields(tuple(values))
