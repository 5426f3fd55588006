"""The programme as data: exercises, questions and every text a person reads."""

from content.loader import ContentError, load_content
from content.models import Content, Exercise, Lesson, Question, Words
from content.words import Markup

__all__ = [
    "Content",
    "ContentError",
    "Exercise",
    "Lesson",
    "Markup",
    "Question",
    "Words",
    "load_content",
]
