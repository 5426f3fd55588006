"""A plan, and what changed in it, as chat text; the names and doses every view shares."""

from __future__ import annotations

from coach.changes import Change
from coach.doses import session_items
from coach.plan import WHY, Lock, Plan, PlanItem
from coach.session import SessionItem
from coach.voice import session_minutes
from content import Markup, Words
from content.models import Dose
from views.buttons.guided import NewSession
from views.reply import Keyboard, single
from views.safety import numbers_for

# Plan notes that send the person to a GP or physiotherapist (then /report is offered).
SEE_SOMEONE = frozenset({"not_coping", "see_gp_soon"})
# A plan that waits for someone's yes says whose (the others wait for a clinician's check).
LOCKED_HEADERS = {Lock.AWAITING_MIDWIFE: "programme-plan-midwife"}


def dose_text(w: Words, dose: Dose) -> str:
    """'10 reps, hold each 10 s' and friends."""
    side = "yes" if dose.per_side else "no"
    return w("plan-dose", sets=dose.sets, reps=dose.reps, hold=dose.hold_seconds, side=side)


def item_dose(w: Words, item: PlanItem, level: int = 0) -> Dose:
    """The dose of a plan item at the person's level (or its variant's dose)."""
    return w.content.exercise(item.exercise_id).dose_of(item.variant, level)


def exercise_name(w: Words, exercise_id: str) -> str:
    """An exercise's name."""
    return w(f"exercise-{exercise_id}-name")


def item_name(w: Words, item: PlanItem | SessionItem) -> str:
    """The name a person sees, naming the variant when there is one."""
    if item.variant:
        return w(f"exercise-{item.exercise_id}-variant-{item.variant}-name")
    return exercise_name(w, item.exercise_id)


def reasons_text(w: Words, plan: Plan, item: PlanItem) -> str:
    """Why the exercise is in the plan, one line a reason."""
    triggers = w.listing([w(f"plan-triggers-{t}") for t in sorted(plan.triggers)])
    lines = []
    for key in item.reasons:
        if item.on_hold and key in ("bending_hold_leg", "bending_paused", "leg_spread_paused"):
            lines.append(w("plan-on-hold", reason=Markup(w(f"plan-reasons-{key}"))))
        else:
            lines.append(w(f"plan-reasons-{key}", triggers=Markup(triggers)))
    return "\n".join(lines)


def plan_text(
    w: Words, plan: Plan, levels: dict[str, int] | None = None, country: str | None = None
) -> str:
    """The whole plan: each exercise with its dose, how often, and why."""
    parts = [w(LOCKED_HEADERS.get(plan.lock, "plan-locked")) if plan.lock else w("plan-header")]
    for number, item in enumerate(plan.items, start=1):
        dose = item_dose(w, item, (levels or {}).get(item.exercise_id, 0))
        parts.append(
            w(
                "plan-item",
                number=number,
                name=Markup(item_name(w, item)),
                dose=Markup(dose_text(w, dose)),
                times=Markup(w(f"exercise-{item.exercise_id}-times")),
                reasons=Markup(reasons_text(w, plan, item)),
            )
        )
    numbers = numbers_for(w, country)  # for the notes that name a number
    parts += [_note(w, note, numbers) for note in plan.notes]
    if any(note in SEE_SOMEONE or note.startswith(WHY) for note in plan.notes):
        parts.append(w("report-offer"))
    if plan.active_items:
        parts.append(w("plan-minutes", minutes=_minutes(w, plan, levels or {})))
    parts.append(w("plan-footer"))
    return "\n\n".join(parts)


def _note(w: Words, note: str, numbers: dict[str, Markup]) -> str:
    """One note under the plan; a reason for seeing a GP soon is the safety text's own."""
    if note.startswith(WHY):
        return w(f"safety-why-{note.removeprefix(WHY)}")
    return w(f"plan-note-{note}", **numbers)


def _minutes(w: Words, plan: Plan, levels: dict[str, int]) -> int:
    """How long one session of the plan takes at the person's levels."""
    pairs = [(i.exercise_id, i.variant) for i in plan.active_items]
    half = any(i.half for i in plan.active_items)
    return session_minutes(session_items(pairs, w.content.exercises, levels, gentle=half))


def changes_text(w: Words, changes: list[Change]) -> str:
    """A short list of what a check-in changed."""
    if not changes:
        return w("plan-no-changes")
    lines = [w("plan-changes-header")]
    for change in changes:
        name = Markup(exercise_name(w, change.exercise_id))
        lines.append(w(f"plan-{change.kind.value.replace('_', '-')}", name=name))
    return "\n".join(lines)


def start_keyboard(w: Words) -> Keyboard:
    """The "Start a session" button under the plan."""
    return single(w("plan-start-session-button"), NewSession())
