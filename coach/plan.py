"""Triage: from a person's answers to their personal plan, following the article's rules."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from enum import StrEnum

from coach.checkin import Answers
from coach.forms import (
    BALANCE,
    LATER_PREGNANCY,
    OSTEOPOROSIS,
    PREGNANT,
    form_of,
    gentle_pairs,
    top_levels,
)
from coach.pregnancy import Pregnancy, pregnancy_now
from coach.programme import (
    BACK_BEND,
    BACK_EXTENSION,
    BENDING,
    KNEE_ROTATION,
    PELVIC_LIFT,
)
from coach.safety import Tier

# Pain situations the pelvic lift is known to help with (the article's list).
PELVIC_LIFT_TRIGGERS = ("bend", "bed", "sit_stand", "walk")
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
    # The cautions ticked, and "pregnant_later" once week 16 may have come.
    cautions: frozenset[str] = frozenset()
    surgery_ok: bool = True
    pregnancy_ok: bool = True  # a midwife or doctor said yes (only asked in pregnancy)
    coping_hard: bool = False
    duration: str = ""
    pain_now: int = 0

    @property
    def balance_problems(self) -> bool:
        """Standing exercises are done holding on, lying ones on a firm bed."""
        return BALANCE in self.cautions

    @property
    def pregnant(self) -> bool:
        """No exercises lying on the stomach; a midwife or doctor says yes first."""
        return PREGNANT in self.cautions

    @classmethod
    def from_answers(cls, answers: Answers, pregnancy: Pregnancy | None = None) -> Symptoms:
        """Read the stored answer values (`pregnancy`: what they mean today, if known)."""
        cautions = _picked(answers, "cautions")
        if PREGNANT in cautions:
            pregnancy = pregnancy or pregnancy_now(answers)
        if pregnancy is not None and pregnancy.later:
            cautions |= {LATER_PREGNANCY}
        return cls(
            triggers=_picked(answers, "triggers"),
            leg_pain=answers.get("leg_pain") == "yes",
            below_knee=answers.get("below_knee") == "yes",
            fear_bending=answers.get("fear_bending") in ("yes", "little"),
            stiffness=answers.get("stiffness") == "yes",
            cautions=cautions,
            surgery_ok=answers.get("surgery_ok", "yes") == "yes",
            pregnancy_ok=pregnancy.go_ahead if pregnancy is not None else True,
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
    AWAITING_MIDWIFE = "awaiting_midwife"  # pregnancy: the midwife's or doctor's yes
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


# Why a form is in the plan instead of the exercise as the article describes it.
FORM_REASONS = {
    "bed": ("form_bed",),
    "wall": ("form_later_pregnancy",),
    "seated": ("form_later_pregnancy",),
    "lying": ("back_bend_lying",),
    "supported": ("back_bend_supported",),
}


def _item(
    exercise_id: str, reasons: tuple[str, ...], symptoms: Symptoms, *, on_hold: bool = False
) -> PlanItem:
    """An exercise in the person's form, with the rung their cautions allow and why."""
    form = form_of(exercise_id, symptoms.cautions)
    reasons += FORM_REASONS.get(form or "", ())
    top = top_levels(symptoms.cautions).get(exercise_id)
    return PlanItem(exercise_id, reasons, form, on_hold=on_hold, top_level=top)


def _pelvic_lift(symptoms: Symptoms) -> PlanItem:
    """The base for everyone."""
    if symptoms.triggers & set(PELVIC_LIFT_TRIGGERS):
        return _item(PELVIC_LIFT, ("pelvic_lift_base", "pelvic_lift_triggers"), symptoms)
    return _item(PELVIC_LIFT, ("pelvic_lift_base",), symptoms)


def _back_extension(symptoms: Symptoms, held: Collection[str]) -> PlanItem | None:
    """Everyone, but not lying on the stomach in pregnancy; no weights with thin bones."""
    if symptoms.pregnant:
        return None
    reasons = ("back_extension_base",)
    if symptoms.triggers & {"get_up", "sit_stand"}:
        reasons += ("back_extension_get_up",)
    if BACK_EXTENSION in held:
        return _item(BACK_EXTENSION, (*reasons, "leg_spread_paused"), symptoms, on_hold=True)
    return _item(BACK_EXTENSION, reasons, symptoms)


def _bending(symptoms: Symptoms, bending_paused: bool) -> PlanItem | None:
    """Fear of bending, or bending that hurts; held while pain reaches below the knee."""
    if not (symptoms.fear_bending or "bend" in symptoms.triggers):
        return None
    first = "bending_fear" if symptoms.fear_bending else "bending_hurts"
    if OSTEOPOROSIS in symptoms.cautions:
        first = "bending_thin_bones"  # part way and unloaded: no "bending is safe", no floor
    variant = form_of(BENDING, symptoms.cautions)
    if symptoms.below_knee:
        return PlanItem(BENDING, (first, "bending_hold_leg"), variant, on_hold=True)
    if bending_paused:
        return PlanItem(BENDING, (first, "bending_paused"), variant, on_hold=True)
    reasons = (first, "bending_leg_check") if symptoms.leg_pain else (first,)
    return PlanItem(BENDING, reasons, variant)


def _back_bend(symptoms: Symptoms, bending_paused: bool, held: Collection[str]) -> PlanItem | None:
    """For pain spreading into a leg, and in place of bending that stirred it up."""
    wants_bending = symptoms.fear_bending or "bend" in symptoms.triggers
    bending_flared = bending_paused and wants_bending and not symptoms.leg_pain
    if not (symptoms.leg_pain or bending_flared):
        return None
    reason = "back_bend_leg" if symptoms.leg_pain else "back_bend_after_bending"
    if BACK_BEND in held:
        return _item(BACK_BEND, (reason, "leg_spread_paused"), symptoms, on_hold=True)
    return _item(BACK_BEND, (reason,), symptoms)


def build_plan(
    symptoms: Symptoms, *, bending_paused: bool = False, held: Collection[str] = ()
) -> Plan:
    """Apply the programme's rules to the symptoms (`held`: paused after leg symptoms spread)."""
    items = [
        _pelvic_lift(symptoms),
        _back_extension(symptoms, held),
        _bending(symptoms, bending_paused),
        _back_bend(symptoms, bending_paused, held),
        _item(KNEE_ROTATION, ("knee_rotation_stiff",), symptoms) if symptoms.stiffness else None,
    ]
    return Plan(
        items=tuple(i for i in items if i is not None),
        triggers=symptoms.triggers,
        notes=_notes(symptoms),
    )


def _notes(symptoms: Symptoms) -> tuple[str, ...]:
    """What each caution changed, and the advice the answers call for."""
    notes = [f"caution_{caution}" for caution in sorted(symptoms.cautions)]
    if symptoms.pregnant and LATER_PREGNANCY not in symptoms.cautions:
        notes.append("caution_pregnant_early")  # the later forms come by themselves, in time
    if symptoms.coping_hard:
        notes.append("not_coping")
    if symptoms.pain_now >= SEVERE_PAIN:
        notes.append("severe_start")
    if symptoms.pain_now >= WORST_PAIN:
        notes.append("worst_start")
    return tuple(notes)


def gentle_plan(symptoms: Symptoms, held: Collection[str] = ()) -> Plan:
    """For a flare-up or a bad run: the back bend and the knee rotation, at half the reps."""
    tops = top_levels(symptoms.cautions)
    items = tuple(
        PlanItem(e, ("gentle",), form, top_level=tops.get(e), half=True)
        for e, form in gentle_pairs(symptoms.cautions, held)
    )
    return Plan(items=items, notes=("gentle",))


@dataclass(frozen=True)
class Since:
    """What happened since the check-in that the plan must know (all kept on the person's row)."""

    bending_paused: bool = False
    held: frozenset[str] = frozenset()  # paused after leg symptoms spread during them
    pregnancy: Pregnancy | None = None  # the pregnancy answers as of today


def plan_for(answers: Answers, tier: Tier, since: Since | None = None) -> Plan | None:
    """The plan a check-in gives, locked when its open warning signs say so; None if unfinished.

    `tier` is how urgent the person's open signs are (the screen's, minus what a clinician
    has already checked).
    """
    since = since or Since()
    if tier is Tier.EMERGENCY:
        return Plan(items=(), lock=Lock.EMERGENCY)
    if "pain_now" not in answers:
        # Stopped after the same-day advice: nothing to show until a doctor has seen them.
        return Plan(items=(), lock=Lock.AWAITING_CLEARANCE) if tier is Tier.SAME_DAY else None
    symptoms = Symptoms.from_answers(answers, since.pregnancy)
    plan = build_plan(symptoms, bending_paused=since.bending_paused, held=since.held)
    notes = (*plan.notes, "see_gp_soon") if tier is Tier.SOON else plan.notes
    lock = None
    if tier is Tier.SAME_DAY:
        lock = Lock.AWAITING_CLEARANCE
    elif not symptoms.surgery_ok:
        lock = Lock.AWAITING_GO_AHEAD
    elif not symptoms.pregnancy_ok:
        lock = Lock.AWAITING_MIDWIFE
    return replace(plan, lock=lock, notes=notes)
