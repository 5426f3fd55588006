"""What a new check-in changed in the plan: exercises added, removed, held, back, or re-formed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from coach.plan import Plan, PlanItem
from coach.programme import PROGRAMME_ORDER


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
