"""Small helpers to lay out inline keyboards."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup


def button(label: str, data: str) -> InlineKeyboardButton:
    """One button that sends `data` back when tapped."""
    return InlineKeyboardButton(label, callback_data=data)


def grid(buttons: Sequence[InlineKeyboardButton], width: int) -> InlineKeyboardMarkup:
    """Buttons in rows of `width`."""
    rows = [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]
    return InlineKeyboardMarkup(rows)


def single(label: str, data: str) -> InlineKeyboardMarkup:
    """A keyboard with one button."""
    return InlineKeyboardMarkup([[button(label, data)]])
