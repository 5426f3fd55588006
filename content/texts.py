"""Every message text, grouped by feature; texts are HTML templates with `{placeholders}`."""

from __future__ import annotations

import html
import random

from pydantic import BaseModel, ConfigDict, Field


class Markup(str):
    """A fragment that is already valid HTML and must not be escaped again."""

    __slots__ = ()


def fill(template: str, **values: object) -> str:
    """Put values into a text; anything a person typed is escaped so it cannot break HTML."""
    safe = {
        name: value if isinstance(value, Markup) else html.escape(str(value), quote=False)
        for name, value in values.items()
    }
    return template.format(**safe)


def pick(variants: list[str], rng: random.Random | None = None) -> str:
    """One of several wordings, so repeated messages do not read like a machine."""
    return (rng or random).choice(variants)


class TextGroup(BaseModel):
    """One feature's texts: every field must be present, unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class CommonTexts(TextGroup):
    """Texts every feature shares."""

    error_sorry: str
    stale_button: str
    forged_button: str
    use_buttons: str
    not_understood: str
    help: str
    blocked_plan: str
    emergency_locked: str
    commands: dict[str, str] = Field(min_length=1)


class OnboardingTexts(TextGroup):
    """Welcome, safety screen, symptom check and their outcomes."""

    welcome_new: str
    welcome_back: str
    begin_button: str
    resume_button: str
    checkup_intro: str
    progress_header: str
    choose_then_done: str
    done_button: str
    selected_mark: str
    answered_already: str
    emergency: str
    urgent: str
    urgent_more: str
    cleared_button: str
    cleared: str
    not_urgent_now: str
    checkin_in_progress: str
    where_you_are_checkin: str
    where_you_are_plan: str
    where_you_are_locked: str
    where_you_are_emergency: str


class PlanTexts(TextGroup):
    """The personal plan and what changed in it."""

    header: str
    item: str
    on_hold: str
    locked: str
    footer: str
    no_plan_yet: str
    start_session_button: str
    changes_header: str
    no_changes: str
    added: str
    removed: str
    held: str
    resumed: str
    variant_changed: str
    dose_line: str
    dose_hold_line: str
    dose_side_line: str
    sets_prefix: str
    and_word: str
    reasons: dict[str, str] = Field(min_length=1)
    triggers: dict[str, str] = Field(min_length=1)


class Texts(TextGroup):
    """All text groups; each lives in `content/texts/<group>.yaml`."""

    common: CommonTexts
    onboarding: OnboardingTexts
    plan: PlanTexts
