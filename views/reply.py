"""What a view hands back: a message's text and buttons (and a picture), and how to lay out keys."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from content import Words
from content.words import Notice
from media.library import MediaRequest
from views.codec import Button

Keyboard = InlineKeyboardMarkup
# The keyboard under the typing field (the location button), or taking it away.
TypingKeyboard = ReplyKeyboardMarkup | ReplyKeyboardRemove


@dataclass(frozen=True)
class Reply:
    """One message to show: HTML text, inline buttons, and optionally a PNG it rides on.

    `media` names an exercise picture, demo or voice note the text rides on as its caption;
    the delivery makes it (or finds it made), and falls back to the text alone if it cannot.
    """

    text: str
    markup: Keyboard | TypingKeyboard | None = None
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


# Letters and symbols that draw nothing, which people use for a name that looks empty.
BLANKS = frozenset("\u115f\u1160\u2800\u3164\uffa0\u034f\u17b4\u17b5")


def _draws(c: str) -> bool:
    """Whether a character of a name draws something on its own."""
    return c not in BLANKS and unicodedata.category(c)[0] not in "CZM"


def _kept(c: str) -> bool:
    """Whether a character stays in the name we greet with (accents on letters, spaces too)."""
    return c == " " or (c not in BLANKS and unicodedata.category(c)[0] not in "CZ")


def greeting_name(first_name: str) -> dict[str, str]:
    """The name to greet with, or none when it is empty or only invisible characters."""
    if not any(_draws(c) for c in first_name):
        return {"name": "", "named": "no"}
    shown = " ".join("".join(c for c in first_name if _kept(c)).split())
    return {"name": shown, "named": "yes"}
