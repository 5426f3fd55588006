"""What a view hands back: a message's text and buttons (and a picture), and how to lay out keys."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from content import Words
from content.words import Notice
from media.library import MediaRequest
from views.codec import Button

Keyboard = InlineKeyboardMarkup


@dataclass(frozen=True)
class Reply:
    """One message to show: HTML text, inline buttons, and optionally a PNG it rides on.

    `media` names an exercise picture, demo or voice note the text rides on as its caption;
    the delivery makes it (or finds it made), and falls back to the text alone if it cannot.
    """

    text: str
    markup: Keyboard | None = None
    photo: bytes | None = None
    photo_name: str = "picture.png"
    media: MediaRequest | None = None


def button(label: str, tap: Button) -> InlineKeyboardButton:
    """One button that sends `tap` back when tapped."""
    return InlineKeyboardButton(label, callback_data=tap.data)


def rows(*lines: Sequence[InlineKeyboardButton]) -> Keyboard:
    """Buttons in the given rows."""
    return InlineKeyboardMarkup([list(line) for line in lines])


def grid(buttons: Sequence[InlineKeyboardButton], width: int) -> Keyboard:
    """Buttons in rows of `width`."""
    return InlineKeyboardMarkup(
        [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]
    )


def single(label: str, tap: Button) -> Keyboard:
    """A keyboard with one button."""
    return InlineKeyboardMarkup([[button(label, tap)]])


def notice_text(w: Words, notice: Notice) -> str:
    """A use case's notice in the person's words (dates and clock times their way)."""
    return w(notice.key, **{name: _shown(w, value) for name, value in notice.values.items()})


def _shown(w: Words, value: object) -> object:
    """A value as the person reads it."""
    if isinstance(value, date):
        return w.day(value)
    if isinstance(value, time):
        return w.clock(value)
    return value


def greeting_name(first_name: str) -> dict[str, str]:
    """The name to greet with, or none when it is empty or only invisible characters."""
    shown = "".join(c for c in first_name if unicodedata.category(c)[0] not in "CZ" or c == " ")
    shown = " ".join(shown.split())
    return {"name": shown, "named": "yes" if shown else "no"}
