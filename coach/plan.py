"""Triage: from a person's answers to their personal plan, following the article's rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coach.checkin import Answers
from coach.safety import Tier

PELVIC_LIFT = "pelvic_lift"
BACK_EXTENSION = "back_extension"
BENDING = "bending_forward"
BACK_BEND = "back_bend"
KNEE_ROTATION = "knee_rotation"
PROGRAMME_ORDER = (PELVIC_LIFT, BACK_EXTENSION, BENDING, BACK_BEND, KNEE_ROTATION)
LYING = "lying"  # the lying back bend
SUPPORTED = "supported"  # standing, one hand on a worktop or chair back
# Pain situations the pelvic lift is known to help with (the article's list).
PELVIC_LIFT_TRIGGERS = ("bend", "bed", "sit_stand", "walk")
# With thin bones no weights: the back extension's ladder stops before its "light weights" rung.
NO_WEIGHTS_TOP = {BACK_EXTENSION: 4}
# Pain this high at the start means a gentle day, not the full dose.
SEVERE_PAIN = 8
# Pain this high, if new or the worst ever, also wants a doctor the same day.
WORST_PAIN = 9
# A note that says why a GP soon: this prefix and a reason of coach.safety.reasons.
WHY = "why_"


@dataclass(frozen=True)
class Symptoms:
    """The symptom answers, read into plain facts."""

    triggers: frozenset[str] = frozenset()
    leg_pain: bool = False
    below_knee: bool = False
    fear_bending: bool = False
    stiffness: bool = False
    cautions: frozenset[str] = frozenset()
    surgery_ok: bool = True
    coping_hard: bool = False
    duration: str = ""
    pain_now: int = 0

    @property
    def balance_problems(self) -> bool:
        """Standing exercises are done holding on, or in their lying or seated form."""
        return "balance" in self.cautions

    @property
    def pregnant(self) -> bool:
        """No exercises lying on the stomach; a midwife or GP is asked first."""
        return "pregnant" in self.cautions

    @classmethod
    def from_answers(cls, answers: Answers) -> Symptoms:
        """Read the stored answer values."""
        return cls(
            triggers=_picked(answers, "triggers"),
            leg_pain=answers.get("leg_pain") == "yes",
            below_knee=answers.get("below_knee") == "yes",
            fear_bending=answers.get("fear_bending") in ("yes", "little"),
            stiffness=answers.get("stiffness") == "yes",
            cautions=_picked(answers, "cautions"),
            surgery_ok=answers.get("surgery_ok", "yes") == "yes",
            coping_hard=answers.get("coping") == "yes",
            duration=answers.get("duration", ""),
            pain_now=int(answers.get("pain_now", "0") or 0),
        )


def _picked(answers: Answers, question_id: str) -> frozenset[str]:
    """The options ticked on a multiple-choice question."""
    return frozenset(v for v in answers.get(question_id, "").split(",") if v)


class Lock(StrEnum):
    """Why the plan cannot be used yet."""

    EMERGENCY = "emergency"
    AWAITING_CLEARANCE = "awaiting_clearance"  # a doctor should see them today
    AWAITING_GO_AHEAD = "awaiting_go_ahead"  # recent back surgery: the surgeon's or physio's OK
    PAIN_PAUSE = "pain_pause"  # a second bad session in two weeks: a clinician, or the gentle plan


@dataclass(frozen=True)
class PlanItem:
    """One exercise in a plan, with why it is there and how it is adapted."""

    exercise_id: str
    reasons: tuple[str, ...]
    variant: str | None = None
    on_hold: bool = False
    top_level: int | None = None  # a caution stops the ladder here
    half: bool = False  # the gentle plan: half the reps


@dataclass(frozen=True)
class Plan:
    """A person's exercises in the order to do them, and what the plan must say besides."""

    items: tuple[PlanItem, ...]
    lock: Lock | None = None
    triggers: frozenset[str] = field(default_factory=frozenset)
    # Cautions and advice the plan tells (each a key: "caution_pregnant", "see_gp_soon"...).
    notes: tuple[str, ...] = ()

    def item(self, exercise_id: str) -> PlanItem | None:
        """The plan's entry for this exercise, if it has one."""
        return next((i for i in self.items if i.exercise_id == exercise_id), None)

    @property
    def active_items(self) -> tuple[PlanItem, ...]:
        """Exercises to do today (not on hold)."""
        return tuple(i for i in self.items if not i.on_hold)


def back_bend_variant(cautions: frozenset[str]) -> str | None:
    """The back bend for this person: standing, lying (balance), or held on (pregnancy too)."""
    if "balance" in cautions:
        return SUPPORTED if "pregnant" in cautions else LYING
    return None


def steadier(exercise_id: str, variant: str | None, cautions: frozenset[str]) -> str | None:
    """The form to switch to when standing feels too unsteady (None: there is no steadier one)."""
    if exercise_id == BACK_BEND and variant is None:
        return SUPPORTED if "pregnant" in cautions else LYING
    if exercise_id == BENDING and variant in (None, SUPPORTED):
        return SUPPORTED if variant is None else "seated"
    return None


def gentle_pairs(cautions: frozenset[str]) -> tuple[tuple[str, str | None], ...]:
    """The gentle routine: the back bend (in the person's own form) and the knee rotation."""
    return ((BACK_BEND, back_bend_variant(cautions)), (KNEE_ROTATION, None))


def _pelvic_lift(symptoms: Symptoms) -> PlanItem:
    """The base for everyone."""
    if symptoms.triggers & set(PELVIC_LIFT_TRIGGERS):
        return PlanItem(PELVIC_LIFT, ("pelvic_lift_base", "pelvic_lift_triggers"))
    return PlanItem(PELVIC_LIFT, ("pelvic_lift_base",))


def _back_extension(symptoms: Symptoms) -> PlanItem | None:
    """Everyone, but not lying on the stomach in pregnancy; no weights with thin bones."""
    if symptoms.pregnant:
        return None
    reasons = ("back_extension_base",)
    if symptoms.triggers & {"get_up", "sit_stand"}:
        reasons += ("back_extension_get_up",)
    top = NO_WEIGHTS_TOP[BACK_EXTENSION] if "osteoporosis" in symptoms.cautions else None
    return PlanItem(BACK_EXTENSION, reasons, top_level=top)


def _bending(symptoms: Symptoms, bending_paused: bool) -> PlanItem | None:
    """Fear of bending, or bending that hurts; held while pain reaches below the knee."""
    if not (symptoms.fear_bending or "bend" in symptoms.triggers):
        return None
    first = "bending_fear" if symptoms.fear_bending else "bending_hurts"
    variant = SUPPORTED if symptoms.balance_problems else None
    if symptoms.below_knee:
        return PlanItem(BENDING, (first, "bending_hold_leg"), variant, on_hold=True)
    if bending_paused:
        return PlanItem(BENDING, (first, "bending_paused"), variant, on_hold=True)
    reasons = (first, "bending_leg_check") if symptoms.leg_pain else (first,)
    return PlanItem(BENDING, reasons, variant)


def _back_bend(symptoms: Symptoms, bending_paused: bool) -> PlanItem | None:
    """For pain spreading into a leg, and in place of bending that stirred it up."""
    wants_bending = symptoms.fear_bending or "bend" in symptoms.triggers
    bending_flared = bending_paused and wants_bending and not symptoms.leg_pain
    if not (symptoms.leg_pain or bending_flared):
        return None
    reason = "back_bend_leg" if symptoms.leg_pain else "back_bend_after_bending"
    variant = back_bend_variant(symptoms.cautions)
    extra = {LYING: ("back_bend_lying",), SUPPORTED: ("back_bend_supported",)}.get(variant, ())
    return PlanItem(BACK_BEND, (reason, *extra), variant)


def build_plan(symptoms: Symptoms, *, bending_paused: bool = False) -> Plan:
    """Apply the programme's rules to the symptoms."""
    items = [
        _pelvic_lift(symptoms),
        _back_extension(symptoms),
        _bending(symptoms, bending_paused),
        _back_bend(symptoms, bending_paused),
        PlanItem(KNEE_ROTATION, ("knee_rotation_stiff",)) if symptoms.stiffness else None,
    ]
    return Plan(
        items=tuple(i for i in items if i is not None),
        triggers=symptoms.triggers,
        notes=_notes(symptoms),
    )


def _notes(symptoms: Symptoms) -> tuple[str, ...]:
    """What each caution changed, and the advice the answers call for."""
    notes = [f"caution_{caution}" for caution in sorted(symptoms.cautions)]
    if symptoms.coping_hard:
        notes.append("not_coping")
    if symptoms.pain_now >= SEVERE_PAIN:
        notes.append("severe_start")
    if symptoms.pain_now >= WORST_PAIN:
        notes.append("worst_start")
    return tuple(notes)


def gentle_plan(symptoms: Symptoms) -> Plan:
    """For a flare-up or a bad run: the back bend and the knee rotation, at half the reps."""
    items = (
        PlanItem(BACK_BEND, ("gentle",), back_bend_variant(symptoms.cautions), half=True),
        PlanItem(KNEE_ROTATION, ("gentle",), half=True),
    )
    return Plan(items=items, notes=("gentle",))


def plan_for(answers: Answers, tier: Tier, *, bending_paused: bool = False) -> Plan | None:
    """The plan a check-in gives, locked when its open warning signs say so; None if unfinished.

    `tier` is how urgent the person's open signs are (the screen's, minus what a clinician
    has already checked).
    """
    if tier is Tier.EMERGENCY:
        return Plan(items=(), lock=Lock.EMERGENCY)
    if "pain_now" not in answers:
        # Stopped after the same-day advice: nothing to show until a doctor has seen them.
        return Plan(items=(), lock=Lock.AWAITING_CLEARANCE) if tier is Tier.SAME_DAY else None
    symptoms = Symptoms.from_answers(answers)
    plan = build_plan(symptoms, bending_paused=bending_paused)
    notes = (*plan.notes, "see_gp_soon") if tier is Tier.SOON else plan.notes
    lock = None
    if tier is Tier.SAME_DAY:
        lock = Lock.AWAITING_CLEARANCE
    elif not symptoms.surgery_ok:
        lock = Lock.AWAITING_GO_AHEAD
    return Plan(items=plan.items, lock=lock, triggers=plan.triggers, notes=notes)


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
