"""The check-in: which question comes next, and what the safety answers mean.

The screen asks four groups of warning signs (nerve signs, other emergencies, same day, a GP
soon), each with a "which ones?" follow-up when the answer is yes or not sure. A squeezed-nerve
sign the person is unsure about gets a self-check; a sign a clinician examined before, ticked
again, gets "new, or worse than when you were seen?". A same-day finding is told at once, on its
own, with a choice: finish the questions now, or stop here. Then the symptom questions build the
plan.
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
    back_since_seen,
    gone_since,
    locking,
    open_signs,
    reported_signs,
    tier_of,
)

# Asked once a same-day sign is found: go on now, or stop here until seen.
URGENT_NEXT = "urgent_next"
# Asked when signs reported before are no longer reported: did a clinician examine them?
WAS_CHECKED = "was_checked"
# A clinician examined me and said I can exercise (the stored value of older check-ins too).
EXAMINED = "checked"
# After a group's "which ones?": a sign a clinician examined is back. New or worse, or the same?
SEEN = {group: f"{which[:2]}_seen" for group, which, _ in GROUPS}
SAME = "same"  # "the same as when I was seen"; any other answer raises the alarm
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
SCREEN_QUESTIONS = tuple(q for group, which, _ in GROUPS for q in (group, which, SEEN[group]))
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
    # Signs reported before and not cleared: if they are gone now, ask whether a clinician saw them.
    to_confirm: tuple[str, ...] = field(default_factory=tuple)
    # The level each of those was reported at (what it still means if no clinician saw it).
    levels: tuple[tuple[str, Level], ...] = ()
    # Signs a clinician examined, at the level they were then: ticked again, they are asked about.
    cleared: tuple[tuple[str, Level], ...] = ()
    # Whether enough time has passed since the advice for a clinician's OK to open the plan.
    may_clear: bool = True

    @property
    def seen(self) -> dict[str, Cleared]:
        """The examined signs, by sign."""
        return {sign: Cleared(level) for sign, level in self.cleared}

    def returning(self, answers: Answers, group: str) -> list[str]:
        """Signs of one group a clinician examined that the person ticked again."""
        return back_since_seen(_group_signs(answers, group), self.seen)

    def open_now(self, answers: Answers) -> dict[str, Level]:
        """The signs these answers report that no clinician's examination covers.

        A sign back since it was examined counts once the person said how it is now.
        """
        waiting = {
            sign
            for group in SEEN
            if SEEN[group] not in answers
            for sign in self.returning(answers, group)
        }
        found = open_signs(reported_signs(answers), self.seen, same_as_seen(answers))
        now = {sign: level for sign, level in found.items() if sign not in waiting}
        return {**still_open(answers, self), **now}


def _group_signs(answers: Answers, group: str) -> dict[str, Level]:
    """The signs one group's answers report."""
    listed = next(signs for g, _, signs in GROUPS if g == group)
    return {s: lv for s, lv in reported_signs(answers).items() if s in listed}


def same_as_seen(answers: Answers) -> set[str]:
    """Signs the person said are just as they were when a clinician examined them."""
    return {
        s
        for group, seen in SEEN.items()
        if answers.get(seen) == SAME
        for s in _group_signs(answers, group)
    }


def screen_done(answers: Answers) -> bool:
    """Whether every group and follow-up of the screen is answered."""
    return all(not _is_asked(q, answers, Context()) or q in answers for q in SCREEN_QUESTIONS)


def _tier_so_far(answers: Answers, context: Context) -> Tier:
    """How urgent the signs answered so far are, beside what a clinician already examined."""
    return tier_of(context.open_now(answers))


def _is_asked(question_id: str, answers: Answers, context: Context) -> bool:
    """Whether this question belongs in the check-in given the answers so far."""
    for group, which, _ in GROUPS:
        if question_id == which:
            return answers.get(group) in (Level.YES, Level.UNSURE)
        if question_id == SEEN[group]:
            return which in answers and bool(context.returning(answers, group))
    for sign, check in SELF_CHECKS.items():
        if question_id == check:
            return answers.get("red_emergency") == Level.UNSURE and sign in _listed(answers)
    if question_id == URGENT_NEXT:
        return _tier_so_far(answers, context) is Tier.SAME_DAY
    if question_id == WAS_CHECKED:
        return screen_done(answers) and bool(gone_now(answers, context))
    if question_id == "below_knee":
        return answers.get("leg_pain") == "yes"
    if question_id == "surgery_ok":
        return "surgery" in answers.get("cautions", "").split(",")
    if question_id in ("pregnancy_ok", "pregnancy_weeks"):
        return "pregnant" in answers.get("cautions", "").split(",")
    return True


def gone_now(answers: Answers, context: Context) -> list[str]:
    """Signs reported before and not examined that these answers no longer report."""
    return gone_since(context.to_confirm, reported_signs(answers))


def still_open(answers: Answers, context: Context) -> dict[str, Level]:
    """Signs no longer ticked that still lock the plan: gone on their own, or not examined yet.

    Only an in-person assessment lifts a same-day or emergency lock.
    """
    answer = answers.get(WAS_CHECKED)
    if answer is None or (answer == EXAMINED and context.may_clear):
        return {}
    levels = dict(context.levels)
    return {sign: levels.get(sign, Level.YES) for sign in locking(gone_now(answers, context))}


def _listed(answers: Answers) -> set[str]:
    """The nerve signs the person picked in the follow-up."""
    return set(filter(None, answers.get("em_which", "").split(",")))


def resting(answers: Answers) -> bool:
    """The person chose to stop after the same-day advice: nothing more is asked for now."""
    return answers.get(URGENT_NEXT) == "stop"


def next_question(answers: Answers, context: Context | None = None) -> str | None:
    """The next question to ask, or None when the check-in is over."""
    context = context or Context()
    # An emergency ends the check-in at once: nothing else matters now.
    if _tier_so_far(answers, context) is Tier.EMERGENCY or resting(answers):
        return None
    return next(
        (q for q in _in_order() if q not in answers and _is_asked(q, answers, context)),
        None,
    )


def _in_order() -> list[str]:
    """Questions in asking order; the same-day choice right after the group that found it."""
    order: list[str] = []
    for group, which, _ in GROUPS:
        order += [group, which]
        if group == "red_emergency":
            order += list(SELF_CHECKS.values())
        order += [SEEN[group], URGENT_NEXT]
    return [*dict.fromkeys(order), WAS_CHECKED, *SYMPTOM_QUESTIONS]


def hidden_options(question_id: str, context: Context) -> frozenset[str]:
    """Options not offered to this person: history a clinician knows; a clearance too soon."""
    if question_id == "ur_which":
        return context.facts_known
    if question_id == WAS_CHECKED and not context.may_clear:
        # Only an in-person assessment lifts a lock, and not in the first hours after advice.
        return frozenset({EXAMINED})
    return frozenset()


def progress(answers: Answers) -> tuple[int, int]:
    """(answered, total) symptom questions, for a 'question 3 of 9' line."""
    asked = [q for q in SYMPTOM_QUESTIONS if _is_asked(q, answers, Context())]
    return sum(1 for q in asked if q in answers), len(asked)
