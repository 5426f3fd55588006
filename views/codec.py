"""The one strict codec for callback data: `prefix:field:field`, at most 64 bytes.

A button is a frozen dataclass with a `prefix`; its fields' types say what each may hold: an
`int` (an id), `Annotated[int, range(...)]`, a `StrEnum`, a `Literal` of words or numbers, a
`date` (travels as YYYYMMDD) or a plain well-formed word (`str`). Anything else is forged.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any, ClassVar, Self

MAX_BYTES = 64
SEPARATOR = ":"
FIELD = re.compile(r"^[A-Za-z0-9_.+\-~]{1,24}$")
MAX_ID_DIGITS = 18


class CallbackDataError(ValueError):
    """Callback data that we did not make (forged, truncated or from another bot)."""


class Button:
    """Typed callback data: subclasses are frozen dataclasses with a class-level `prefix`."""

    prefix: ClassVar[str]

    @property
    def data(self) -> str:
        """The callback data this button sends back when tapped."""
        values = [getattr(self, f.name) for f in dataclasses.fields(self)]  # type: ignore[arg-type]
        return encode(self.prefix, *(_text_of(v) for v in values))

    @classmethod
    def parse(cls, data: str | None) -> Self:
        """The button behind callback data; anything we did not make raises CallbackDataError."""
        parts = decode(data, cls.prefix, len(_kinds(cls)))
        values = [_value_of(text, kind) for text, kind in zip(parts, _kinds(cls), strict=True)]
        return cls(*values)


def encode(prefix: str, *fields: str) -> str:
    """Build callback data; refuses anything Telegram would reject or we could not parse."""
    parts = [prefix, *fields]
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


def pattern(prefix: str) -> str:
    """The anchored regex a CallbackQueryHandler uses to route one prefix."""
    return rf"^{re.escape(prefix)}{SEPARATOR}"


@cache
def _kinds(cls: type) -> tuple[Any, ...]:
    """The declared type of each field, in order (with Annotated constraints kept)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return tuple(hints[f.name] for f in dataclasses.fields(cls))


def _text_of(value: object) -> str:
    """How one field value travels."""
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return str(value.value if isinstance(value, StrEnum) else value)


def _number(text: str) -> int:
    """A numeric field (an id, a count); anything else is forged."""
    if not text.isdigit() or len(text) > MAX_ID_DIGITS:
        raise CallbackDataError(f"{text!r} is not a number")
    return int(text)


def _value_of(text: str, kind: Any) -> object:
    """One field, checked against its declared type."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Annotated:
        value = _value_of(text, args[0])
        if value not in args[1]:
            raise CallbackDataError(f"{text!r} is out of range")
        return value
    if origin is typing.Literal:
        choices = {str(a): a for a in args}
        if text not in choices:
            raise CallbackDataError(f"{text!r} is not one of the choices")
        return choices[text]
    if kind is int:
        return _number(text)
    if kind is date:
        try:
            return datetime.strptime(text, "%Y%m%d").date() if len(text) == 8 else _bad(text)
        except ValueError:
            return _bad(text)
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        try:
            return kind(text)
        except ValueError:
            return _bad(text)
    return text


def _bad(text: str) -> object:
    """Refuse one field."""
    raise CallbackDataError(f"{text!r} is not a valid field")
