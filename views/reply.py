"""What a view hands back: a message's text and buttons (and a picture), and how to lay out keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.timezones import clock_text
from content import Content
from content.texts import fill
from views.codec import Button

Keyboard = InlineKeyboardMarkup


@dataclass(frozen=True)
class Reply:
    """One message to show: HTML text, inline buttons, and optionally a PNG it rides on."""

    text: str
    markup: Keyboard | None = None
    photo: bytes | None = None
    photo_name: str = "picture.png"


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


def text_of(content: Content, key: str) -> str:
    """The text template stored under `group.name` in the content files."""
    group, _, name = key.partition(".")
    template = getattr(getattr(content.texts, group), name)
    assert isinstance(template, str), f"{key} is not a single text"
    return template


def day_text(content: Content, day: date) -> str:
    """'3 Nov'."""
    texts = content.texts.progress
    return fill(texts.day, day=day.day, month=texts.months[day.month - 1])


def say(content: Content, key: str, **values: object) -> str:
    """A text filled with its values (dates and clock times written as people read them)."""
    return fill(text_of(content, key), **{k: _shown(content, v) for k, v in values.items()})


def _shown(content: Content, value: object) -> object:
    """A value as the person reads it."""
    if isinstance(value, date):
        return day_text(content, value)
    if isinstance(value, time):
        return clock_text(value)
    return value
