"""What a scheduled sender hands the sweep to deliver."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardMarkup


@dataclass(frozen=True)
class Outgoing:
    """One message to deliver: text with buttons, or (with `photo`) a picture with a caption."""

    text: str
    reply_markup: InlineKeyboardMarkup | None = None
    photo: bytes | None = None
