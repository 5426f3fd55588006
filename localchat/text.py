"""Visible text and its entities, counted in UTF-16 code units like Telegram counts them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class EntityParseError(ValueError):
    """Text could not be parsed; `str(exc)` is the part after "can't parse entities: "."""


@dataclass
class ParsedText:
    """Visible text and its entities, as Telegram would store the message."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def byte_offset(src: str, index: int) -> int:
    """UTF-8 byte offset of `src[index]`, the unit Telegram uses in parse errors."""
    return len(src[:index].encode("utf-8"))


class TextBuilder:
    """Accumulates visible text while tracking the UTF-16 length for entity offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[dict[str, Any]] = []

    def add(self, chunk: str) -> None:
        """Append visible text."""
        self.parts.append(chunk)
        self.length += utf16_len(chunk)

    def entity(self, kind: str, start: int, **extra: Any) -> None:
        """Record an entity from `start` to the current end, dropping empty ones like Telegram."""
        if self.length > start:
            self.entities.append({"type": kind, "offset": start, "length": self.length - start})
            self.entities[-1].update({k: v for k, v in extra.items() if v is not None})

    def result(self) -> ParsedText:
        """Finish: entities sorted by offset as Telegram returns them."""
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return ParsedText("".join(self.parts), self.entities)
