"""The check-in: which question comes next, and what the safety answers mean."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

EMERGENCY_GROUP = "red_emergency"
EMERGENCY_SIGNS = ("em_saddle", "em_bladder", "em_legs", "em_chest")
URGENT_GROUP = "red_urgent"
URGENT_SIGNS = ("ur_fever", "ur_weight", "ur_swelling", "ur_night", "ur_fall")
SYMPTOM_QUESTIONS = (
    "triggers",
    "leg_pain",
    "below_knee",
    "fear_bending",
    "stiffness",
    "balance",
    "duration",
    "pain_now",
)
ALL_QUESTIONS = (
    EMERGENCY_GROUP,
    *EMERGENCY_SIGNS,
    URGENT_GROUP,
    *URGENT_SIGNS,
    *SYMPTOM_QUESTIONS,
)

Answers = Mapping[str, str]


class Safety(StrEnum):
    """What the safety screen found."""

    CLEAR = "clear"
    URGENT = "urgent"
    EMERGENCY = "emergency"


def _group_outcome(answers: Answers, group: str, signs: tuple[str, ...]) -> str | None:
    """'yes', 'unsure' or 'none' for a group of signs, or None while still open."""
    group_answer = answers.get(group)
    if group_answer in ("yes", "none"):
        return group_answer
    if group_answer != "unsure":
        return None
    sign_answers = [answers.get(sign) for sign in signs]
    if "yes" in sign_answers:
        return "yes"
    if None in sign_answers:
        return None
    return "unsure" if "unsure" in sign_answers else "none"


def safety(answers: Answers) -> Safety | None:
    """The safety outcome so far; None while the screen is not finished."""
    emergency = _group_outcome(answers, EMERGENCY_GROUP, EMERGENCY_SIGNS)
    if emergency == "yes":
        return Safety.EMERGENCY
    urgent = _group_outcome(answers, URGENT_GROUP, URGENT_SIGNS)
    if emergency is None or urgent is None:
        return None
    # Not being sure about a danger sign is reason enough to see a doctor first.
    if "unsure" in (emergency, urgent) or urgent == "yes":
        return Safety.URGENT
    return Safety.CLEAR


def _is_asked(question_id: str, answers: Answers) -> bool:
    """Whether this question belongs in the check-in given the answers so far."""
    if question_id in EMERGENCY_SIGNS:
        return answers.get(EMERGENCY_GROUP) == "unsure"
    if question_id in URGENT_SIGNS:
        return answers.get(URGENT_GROUP) == "unsure"
    if question_id == "below_knee":
        return answers.get("leg_pain") == "yes"
    return True


def next_question(answers: Answers) -> str | None:
    """The next question to ask, or None when the check-in is over."""
    # One confirmed emergency sign ends the check-in at once: nothing else matters now.
    if _group_outcome(answers, EMERGENCY_GROUP, EMERGENCY_SIGNS) == "yes":
        return None
    return next(
        (q for q in ALL_QUESTIONS if q not in answers and _is_asked(q, answers)),
        None,
    )


def progress(answers: Answers) -> tuple[int, int]:
    """(answered, total) symptom questions, for a 'question 3 of 8' line."""
    asked = [q for q in SYMPTOM_QUESTIONS if _is_asked(q, answers)]
    return sum(1 for q in asked if q in answers), len(asked)
