"""A plan, and what changed in it, as chat text."""

from __future__ import annotations

from coach.plan import Change, Plan, PlanItem
from coach.session import SessionItem
from content import Content
from content.models import Dose
from content.texts import Markup, fill
from views.buttons import NewSession
from views.reply import Keyboard, single


def dose_text(content: Content, dose: Dose) -> str:
    """'10 reps, hold each 10 s' and friends."""
    texts = content.texts.plan
    sets_text = fill(texts.sets_prefix, sets=dose.sets) if dose.sets > 1 else ""
    if dose.per_side:
        template = texts.dose_side_line
    elif dose.hold_seconds:
        template = texts.dose_hold_line
    else:
        template = texts.dose_line
    return fill(template, sets_text=Markup(sets_text), reps=dose.reps, hold=dose.hold_seconds)


def item_dose(content: Content, item: PlanItem, level: int = 0) -> Dose:
    """The dose of a plan item at the person's level (or its variant's dose)."""
    exercise = content.exercise(item.exercise_id)
    variant = exercise.variant(item.variant) if item.variant else None
    return variant.dose if variant else exercise.level(level).dose


def item_name(content: Content, item: PlanItem | SessionItem) -> str:
    """The name a person sees, naming the variant when there is one."""
    exercise = content.exercise(item.exercise_id)
    variant = exercise.variant(item.variant) if item.variant else None
    return variant.name if variant else exercise.name


def _reasons(content: Content, plan: Plan, item: PlanItem) -> str:
    texts = content.texts.plan
    named = [texts.triggers[t] for t in sorted(plan.triggers) if t in texts.triggers]
    triggers = (
        f" {texts.and_word} ".join([", ".join(named[:-1]), named[-1]])
        if len(named) > 1
        else "".join(named)
    )
    lines = []
    for key in item.reasons:
        if item.on_hold and key in ("bending_hold_leg", "bending_paused"):
            lines.append(fill(texts.on_hold, reason=Markup(texts.reasons[key])))
        else:
            lines.append(fill(texts.reasons[key], triggers=triggers))
    return "\n".join(lines)


def plan_text(content: Content, plan: Plan, levels: dict[str, int] | None = None) -> str:
    """The whole plan: each exercise with its dose, how often, and why."""
    texts = content.texts.plan
    parts = [texts.locked if plan.lock else texts.header]
    for number, item in enumerate(plan.items, start=1):
        exercise = content.exercise(item.exercise_id)
        dose = item_dose(content, item, (levels or {}).get(item.exercise_id, 0))
        parts.append(
            fill(
                texts.item,
                number=number,
                name=item_name(content, item),
                dose=Markup(dose_text(content, dose)),
                times=exercise.times_a_day,
                reasons=Markup(_reasons(content, plan, item)),
            )
        )
    parts.append(texts.footer)
    return "\n\n".join(parts)


def changes_text(content: Content, changes: list[Change]) -> str:
    """A short list of what a check-in changed."""
    texts = content.texts.plan
    if not changes:
        return texts.no_changes
    lines = [texts.changes_header]
    for change in changes:
        template = getattr(texts, change.kind.value)
        lines.append(fill(template, name=content.exercise(change.exercise_id).name))
    return "\n".join(lines)


def start_keyboard(content: Content) -> Keyboard:
    """The "Start a session" button under the plan."""
    return single(content.texts.plan.start_session_button, NewSession())
