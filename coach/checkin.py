"""The check-in: which question comes next, and what the safety answers mean.

The screen asks three groups of warning signs (emergency, same day, soon), each with a
"which ones?" follow-up when the answer is yes or not sure; a squeezed-nerve sign the person is
unsure about gets a self-check. A same-day finding is told at once, on its own, with a choice:
finish the questions now, or stop here. Then the symptom questions build the plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from coach.safety import (
    GROUPS,
    SELF_CHECKS,
    Cleared,
    Level,
    Tier,
    gone_since,
    open_signs,
    reported_signs,
    tier_of,
)

# Asked once a same-day sign is found: go on now, or stop here until seen.
URGENT_NEXT = "urgent_next"
# Asked when signs reported before are no longer reported: did a doctor check them?
WAS_CHECKED = "was_checked"
SYMPTOM_QUESTIONS = (
    "triggers",
    "leg_pain",
    "below_knee",
    "fear_bending",
    "stiffness",
    "cautions",
    "surgery_ok",
    "pregnancy_ok",
    "pregnancy_weeks",
    "coping",
    "duration",
    "pain_now",
)
SCREEN_QUESTIONS = tuple(q for group, which, _ in GROUPS for q in (group, which))
ALL_QUESTIONS = (
    *SCREEN_QUESTIONS,
    *SELF_CHECKS.values(),
    URGENT_NEXT,
    WAS_CHECKED,
    *SYMPTOM_QUESTIONS,
)

Answers = Mapping[str, str]


@dataclass(frozen=True)
class Context:
    """What earlier check-ins tell this one."""

    # History a clinician has seen (a past cancer): not listed again as if new.
    facts_known: frozenset[str] = frozenset()
    # Signs reported before and not cleared: if they are gone now, ask whether a doctor saw them.
    to_confirm: tuple[str, ...] = field(default_factory=tuple)
    # Signs a clinician checked, at the level they were then: reported again, no new alarm.
    cleared: tuple[tuple[str, Level], ...] = ()

    def open_now(self, answers: Answers) -> dict[str, Level]:
        """The signs these answers report that no clinician's check covers."""
        return open_signs(reported_signs(answers), {s: Cleared(lv) for s, lv in self.cleared})


def screen_done(answers: Answers) -> bool:
    """Whether every group and follow-up of the screen is answered."""
    return all(not _is_asked(q, answers, Context()) or q in answers for q in SCREEN_QUESTIONS)


def _tier_so_far(answers: Answers, context: Context) -> Tier:
    """How urgent the signs answered so far are, beside what a clinician already checked."""
    return tier_of(context.open_now(answers))


def _is_asked(question_id: str, answers: Answers, context: Context) -> bool:
    """Whether this question belongs in the check-in given the answers so far."""
    for group, which, _ in GROUPS:
        if question_id == which:
            return answers.get(group) in (Level.YES, Level.UNSURE)
    for sign, check in SELF_CHECKS.items():
        if question_id == check:
            return answers.get("red_emergency") == Level.UNSURE and sign in _listed(answers)
    if question_id == URGENT_NEXT:
        return _tier_so_far(answers, context) is Tier.SAME_DAY
    if question_id == WAS_CHECKED:
        return screen_done(answers) and bool(
            gone_since(context.to_confirm, reported_signs(answers))
        )
    if question_id == "below_knee":
        return answers.get("leg_pain") == "yes"
    if question_id == "surgery_ok":
        return "surgery" in answers.get("cautions", "").split(",")
    if question_id in ("pregnancy_ok", "pregnancy_weeks"):
        return "pregnant" in answers.get("cautions", "").split(",")
    return True


def _listed(answers: Answers) -> set[str]:
    """The emergency signs the person picked in the follow-up."""
    return set(filter(None, answers.get("em_which", "").split(",")))


def resting(answers: Answers) -> bool:
    """The person chose to stop after the same-day advice: nothing more is asked for now."""
    return answers.get(URGENT_NEXT) == "stop"


def next_question(answers: Answers, context: Context | None = None) -> str | None:
    """The next question to ask, or None when the check-in is over."""
    context = context or Context()
    # An emergency ends the check-in at once: nothing else matters now.
    if _tier_so_far(answers, context) is Tier.EMERGENCY and _emergency_group_done(answers):
        return None
    if resting(answers):
        return None
    return next(
        (q for q in _in_order(answers) if q not in answers and _is_asked(q, answers, context)),
        None,
    )


def _emergency_group_done(answers: Answers) -> bool:
    """The emergency group and its follow-ups are answered."""
    asked = ("red_emergency", "em_which", *SELF_CHECKS.values())
    return all(q in answers or not _is_asked(q, answers, Context()) for q in asked)


def _in_order(answers: Answers) -> list[str]:
    """Questions in asking order; the same-day choice right after the group that found it."""
    order: list[str] = []
    for group, which, _ in GROUPS:
        order += [group, which]
        if group == "red_emergency":
            order += list(SELF_CHECKS.values())
        order.append(URGENT_NEXT)
    return [*dict.fromkeys(order), WAS_CHECKED, *SYMPTOM_QUESTIONS]


def hidden_options(question_id: str, context: Context) -> frozenset[str]:
    """Options not offered to this person (history already known to a clinician)."""
    return context.facts_known if question_id == "so_which" else frozenset()


def progress(answers: Answers) -> tuple[int, int]:
    """(answered, total) symptom questions, for a 'question 3 of 9' line."""
    asked = [q for q in SYMPTOM_QUESTIONS if _is_asked(q, answers, Context())]
    return sum(1 for q in asked if q in answers), len(asked)
