"""Triage: from a person's answers to their personal plan, following the article's rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coach.checkin import Answers, Safety, safety

PELVIC_LIFT = "pelvic_lift"
BACK_EXTENSION = "back_extension"
BENDING = "bending_forward"
BACK_BEND = "back_bend"
KNEE_ROTATION = "knee_rotation"
PROGRAMME_ORDER = (PELVIC_LIFT, BACK_EXTENSION, BENDING, BACK_BEND, KNEE_ROTATION)
LYING = "lying"
# Pain situations the pelvic lift is known to help with (the article's list).
PELVIC_LIFT_TRIGGERS = ("bend", "bed", "sit_stand", "walk")


@dataclass(frozen=True)
class Symptoms:
    """The symptom answers, read into plain facts."""

    triggers: frozenset[str] = frozenset()
    leg_pain: bool = False
    below_knee: bool = False
    fear_bending: bool = False
    stiffness: bool = False
    balance_problems: bool = False
    duration: str = ""
    pain_now: int = 0

    @classmethod
    def from_answers(cls, answers: Answers) -> Symptoms:
        """Read the stored answer values."""
        triggers = answers.get("triggers", "")
        return cls(
            triggers=frozenset(t for t in triggers.split(",") if t),
            leg_pain=answers.get("leg_pain") == "yes",
            below_knee=answers.get("below_knee") == "yes",
            fear_bending=answers.get("fear_bending") in ("yes", "little"),
            stiffness=answers.get("stiffness") == "yes",
            balance_problems=answers.get("balance") == "yes",
            duration=answers.get("duration", ""),
            pain_now=int(answers.get("pain_now", "0") or 0),
        )


class Lock(StrEnum):
    """Why the plan cannot be used yet."""

    EMERGENCY = "emergency"
    AWAITING_CLEARANCE = "awaiting_clearance"


@dataclass(frozen=True)
class PlanItem:
    """One exercise in a plan, with why it is there and whether it is on hold."""

    exercise_id: str
    reasons: tuple[str, ...]
    variant: str | None = None
    on_hold: bool = False


@dataclass(frozen=True)
class Plan:
    """A person's exercises in the order to do them."""

    items: tuple[PlanItem, ...]
    lock: Lock | None = None
    triggers: frozenset[str] = field(default_factory=frozenset)

    def item(self, exercise_id: str) -> PlanItem | None:
        """The plan's entry for this exercise, if it has one."""
        return next((i for i in self.items if i.exercise_id == exercise_id), None)

    @property
    def active_items(self) -> tuple[PlanItem, ...]:
        """Exercises to do today (not on hold)."""
        return tuple(i for i in self.items if not i.on_hold)


def _pelvic_lift_reasons(symptoms: Symptoms) -> tuple[str, ...]:
    if symptoms.triggers & set(PELVIC_LIFT_TRIGGERS):
        return ("pelvic_lift_base", "pelvic_lift_triggers")
    return ("pelvic_lift_base",)


def _back_extension_reasons(symptoms: Symptoms) -> tuple[str, ...]:
    if symptoms.triggers & {"get_up", "sit_stand"}:
        return ("back_extension_base", "back_extension_get_up")
    return ("back_extension_base",)


def build_plan(symptoms: Symptoms, *, bending_paused: bool = False) -> Plan:
    """Apply the programme's rules to the symptoms."""
    items = [
        PlanItem(PELVIC_LIFT, _pelvic_lift_reasons(symptoms)),
        PlanItem(BACK_EXTENSION, _back_extension_reasons(symptoms)),
    ]
    if symptoms.fear_bending:
        # Bending can feed leg pain: hold it until the leg has settled.
        if symptoms.leg_pain:
            items.append(PlanItem(BENDING, ("bending_fear", "bending_hold_leg"), on_hold=True))
        elif bending_paused:
            items.append(PlanItem(BENDING, ("bending_fear", "bending_paused"), on_hold=True))
        else:
            items.append(PlanItem(BENDING, ("bending_fear",)))
    # Bending that stirred up the leg is replaced by the back bend, as leg pain itself is.
    bending_flared = bending_paused and symptoms.fear_bending and not symptoms.leg_pain
    if symptoms.leg_pain or bending_flared:
        reason = "back_bend_leg" if symptoms.leg_pain else "back_bend_after_bending"
        if symptoms.balance_problems:
            items.append(PlanItem(BACK_BEND, (reason, "back_bend_lying"), variant=LYING))
        else:
            items.append(PlanItem(BACK_BEND, (reason,)))
    if symptoms.stiffness:
        items.append(PlanItem(KNEE_ROTATION, ("knee_rotation_stiff",)))
    return Plan(items=tuple(items), triggers=symptoms.triggers)


def plan_for(answers: Answers, *, cleared: bool, bending_paused: bool = False) -> Plan | None:
    """The plan a finished check-in gives, locked when safety says so; None if unfinished."""
    outcome = safety(answers)
    if outcome is Safety.EMERGENCY:
        return Plan(items=(), lock=Lock.EMERGENCY)
    if outcome is None or "pain_now" not in answers:
        return None
    plan = build_plan(Symptoms.from_answers(answers), bending_paused=bending_paused)
    if outcome is Safety.URGENT and not cleared:
        return Plan(items=plan.items, lock=Lock.AWAITING_CLEARANCE, triggers=plan.triggers)
    return plan


class ChangeKind(StrEnum):
    """How one exercise changed between two plans."""

    ADDED = "added"
    REMOVED = "removed"
    HELD = "held"
    RESUMED = "resumed"
    VARIANT = "variant_changed"


@dataclass(frozen=True)
class Change:
    """One difference between an old and a new plan."""

    kind: ChangeKind
    exercise_id: str


def plan_changes(old: Plan | None, new: Plan) -> list[Change]:
    """What a new check-in changed, in programme order."""
    before: Mapping[str, PlanItem] = {i.exercise_id: i for i in (old.items if old else ())}
    after: Mapping[str, PlanItem] = {i.exercise_id: i for i in new.items}
    changes: list[Change] = []
    for exercise_id in PROGRAMME_ORDER:
        was, now = before.get(exercise_id), after.get(exercise_id)
        if was is None and now is not None:
            changes.append(Change(ChangeKind.ADDED, exercise_id))
        elif was is not None and now is None:
            changes.append(Change(ChangeKind.REMOVED, exercise_id))
        elif was is not None and now is not None:
            if was.on_hold != now.on_hold:
                kind = ChangeKind.HELD if now.on_hold else ChangeKind.RESUMED
                changes.append(Change(kind, exercise_id))
            elif was.variant != now.variant:
                changes.append(Change(ChangeKind.VARIANT, exercise_id))
    return changes
