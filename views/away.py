"""Days away: how long, what the pause means, and how /reminders shows it."""

from __future__ import annotations

from datetime import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.away import AwaySpan
from content import Words
from views.barriers import away_keys
from views.buttons.keeping_going import AwayMenu, BackTap
from views.reply import Reply, button


def away_question(w: Words, barrier_id: int) -> Reply:
    """How long will you be away?"""
    return Reply(w("away-question"), InlineKeyboardMarkup(away_keys(w, barrier_id)))


def away_set(w: Words, span: AwaySpan, back_at: time | None, *, missed_excused: bool) -> Reply:
    """The pause is on: until when, and when the nudges come back (they do so on their own)."""
    last = w.weekday(span.last)
    if back_at is None:
        text = w("away-set-no-time", last=last)
    else:
        text = w("away-set", last=last, back=w.weekday(span.back), at=w.clock(back_at))
    if missed_excused:
        text = f"{text}\n{w('away-set-missed')}"
    return Reply(text)


def settings_line(w: Words, span: AwaySpan) -> str:
    """The line /reminders shows while the person is away."""
    return w("away-settings-line", last=w.weekday(span.last), back=w.weekday(span.back))


def settings_button(w: Words, span: AwaySpan | None) -> InlineKeyboardButton:
    """'I'm away', or 'I'm back' while away."""
    if span is not None:
        return button(w("away-back-button"), BackTap())
    return button(w("away-button"), AwayMenu(0))
