"""The buttons of the lessons and the support-need questions.

The rules are in views.buttons; prefixes and field orders are what old messages still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from views.codec import Button


@dataclass(frozen=True)
class LessonTap(Button):
    """Open a lesson: the day's (under a nudge or a summary), or any from /learn."""

    prefix = "ls"
    lesson_id: str


@dataclass(frozen=True)
class QuizTap(Button):
    """An answer (a code) to the question that closes one opening of a lesson."""

    prefix = "lq"
    lesson_id: str
    opening: int
    answer: str


@dataclass(frozen=True)
class SupportGo(Button):
    """'Yes, ask me' or 'Maybe later' to the support-need questions."""

    prefix = "sg"
    choice: Literal["yes", "later"]


@dataclass(frozen=True)
class SupportTap(Button):
    """One answer (a code) in a round of the support-need questions."""

    prefix = "sq"
    round_id: int
    question_id: str
    answer: str
