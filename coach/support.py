"""How the back is affecting the person: nine one-tap questions, a score, and a support need.

The questions ask about the factors that predict slower recovery (pain spreading into a leg,
pain elsewhere, walking, dressing, feeling activity is unsafe, worry, feeling it will never get
better, not enjoying things, how bothersome it is), in our own words. It is modelled on the
published stratified-care approach but it is NOT Keele's STarT Back tool, and it is not
validated: it shapes the programme (lesson order, a gentler step up, a physiotherapist for the
higher group), it diagnoses nothing.

Scoring: one point a factor present ("a lot" or "extremely" for how bothersome), 0-9; the five
feelings (fear, worry, never better, mood, bother) are the distress part. Distress 4 or more:
higher need; otherwise 4 or more in all: medium; else lower.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from coach.progression import CLEAN_SESSIONS_TO_OFFER

YES_NO = ("yes", "no")
BOTHER = ("not_at_all", "slightly", "moderately", "very", "extremely")


@dataclass(frozen=True)
class SupportQuestion:
    """One question: its answer codes, those that count a point, and whether it is a feeling."""

    id: str
    options: tuple[str, ...] = YES_NO
    counts: frozenset[str] = frozenset({"yes"})
    distress: bool = False


QUESTIONS: tuple[SupportQuestion, ...] = (
    SupportQuestion("leg"),
    SupportQuestion("elsewhere"),
    SupportQuestion("walking"),
    SupportQuestion("dressing"),
    SupportQuestion("fear", distress=True),
    SupportQuestion("worry", distress=True),
    SupportQuestion("hopeless", distress=True),
    SupportQuestion("mood", distress=True),
    SupportQuestion("bother", BOTHER, frozenset({"very", "extremely"}), distress=True),
)
BY_ID = {question.id: question for question in QUESTIONS}
# A yes to this one points to help (the GP; the emergency number for thoughts of self-harm).
MOOD = "mood"
MAX_SCORE = len(QUESTIONS)
HIGHER_DISTRESS = 4
MEDIUM_TOTAL = 4
# Asked again this long after the last round (or after "maybe later").
RECHECK_AFTER = timedelta(days=28)
# The higher group steps up more gently: more clean sessions before the next level is offered.
GENTLE_CLEAN_SESSIONS = 6


class Group(StrEnum):
    """How much support the answers call for."""

    LOWER = "lower"
    MEDIUM = "medium"
    HIGHER = "higher"


@dataclass(frozen=True)
class Scored:
    """A finished round: the score (0-9), its distress part, and the group."""

    score: int
    distress: int
    group: Group


def next_question(answers: Mapping[str, str]) -> SupportQuestion | None:
    """The first question not answered yet (None: the round is complete)."""
    return next((q for q in QUESTIONS if q.id not in answers), None)


def fits(question_id: str, value: str) -> bool:
    """Whether `value` is an answer code of that question."""
    question = BY_ID.get(question_id)
    return question is not None and value in question.options


def score(answers: Mapping[str, str]) -> Scored:
    """Points for the factors present, and the support need they add up to."""
    points = {q.id: int(answers.get(q.id) in q.counts) for q in QUESTIONS}
    total = sum(points.values())
    distress = sum(points[q.id] for q in QUESTIONS if q.distress)
    if distress >= HIGHER_DISTRESS:
        group = Group.HIGHER
    elif total >= MEDIUM_TOTAL:
        group = Group.MEDIUM
    else:
        group = Group.LOWER
    return Scored(total, distress, group)


def encode(answers: Mapping[str, str]) -> str:
    """Answers as stored: `leg=yes,elsewhere=no,...` in question order (codes, never words)."""
    return ",".join(f"{q.id}={answers[q.id]}" for q in QUESTIONS if q.id in answers)


def decode(stored: str) -> dict[str, str]:
    """Stored answers back as codes (anything malformed is left out)."""
    pairs = (part.split("=", 1) for part in stored.split(",") if "=" in part)
    return {key: value for key, value in pairs if fits(key, value)}


def clean_sessions_to_offer(group: str | None) -> int:
    """Clean sessions at a level before the next one is offered."""
    return GENTLE_CLEAN_SESSIONS if group == Group.HIGHER else CLEAN_SESSIONS_TO_OFFER


def due(
    now: datetime, next_at: datetime | None, offered_at: datetime | None, day_start: datetime
) -> bool:
    """Whether to offer the questions now: never offered, or due and not offered yet today."""
    if offered_at is None:
        return True
    return next_at is not None and next_at <= now and offered_at < day_start
