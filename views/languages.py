"""/language and the welcome: the languages we speak, each named in itself."""

from __future__ import annotations

from typing import Literal

from telegram import InlineKeyboardButton

from coach.languages import LANGUAGES
from coach.session_length import length_range
from content import Words
from views.buttons.checkin import Begin, LanguageTap
from views.reply import Keyboard, Reply, button, greeting_name, rows


def _language_buttons(
    w: Words, place: Literal["menu", "welcome"]
) -> list[list[InlineKeyboardButton]]:
    """A button per language, each in its own words (so anyone can find theirs), two a row."""
    keys = [button(w(f"language-name-{code}"), LanguageTap(code, place)) for code in LANGUAGES]  # type: ignore[arg-type]
    return [keys[i : i + 2] for i in range(0, len(keys), 2)]


def language_keys(w: Words) -> Keyboard:
    """/language's buttons."""
    return rows(*_language_buttons(w, "menu"))


def welcome_view(w: Words, first_name: str, *, offer_languages: bool) -> Reply:
    """The first welcome, with Let's begin (and the languages, when Telegram told us none)."""
    begin = [button(w("onboarding-begin-button"), Begin())]
    lines = [begin, *_language_buttons(w, "welcome")] if offer_languages else [begin]
    shortest, longest = length_range(w.content.exercises)  # as bench/session_time.py prints
    name = greeting_name(first_name)
    text = w("onboarding-welcome-new", shortest=shortest, longest=longest, **name)
    return Reply(text, rows(*lines))
