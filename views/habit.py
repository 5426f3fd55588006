"""Habit strength beside the streak, and the one-time offer of fewer nudges."""

from __future__ import annotations

from coach.progress import Report
from content import Markup, Words
from views.buttons.keeping_going import EaseTap
from views.reply import Reply, button, rows


def habit_lines(w: Words, report: Report) -> list[Markup]:
    """'Habit strength: 86% of planned sessions', beside the streak (none before a planned day)."""
    return [] if report.habit is None else [w("habit-line", score=report.habit)]


def ease_offer(w: Words) -> Reply:
    """Three strong weeks: one nudge a day instead of two?"""
    keys = [
        button(w("habit-ease-yes-button"), EaseTap("yes")),
        button(w("habit-ease-no-button"), EaseTap("no")),
    ]
    return Reply(w("habit-ease-offer"), rows(keys))


def ease_answer(w: Words, eased: bool) -> Reply:
    """The offer once answered."""
    return Reply(w("habit-eased" if eased else "habit-kept"))
