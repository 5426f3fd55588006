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
    private_only: str
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


class ProgressTexts(TextGroup):
    """/progress, its chart and the weekly summary."""

    title: str
    nothing_yet: str
    streak_none: str
    streak_one: str
    streak_many: str
    week: str
    week_on_track: str
    total: str
    total_one: str
    pain_down: str
    pain_up: str
    pain_steady: str
    pain_too_early: str
    span_days: str
    span_weeks: dict[str, str] = Field(min_length=4)
    reach: str
    reach_levels: list[str] = Field(min_length=4, max_length=4)
    reach_arrow: str
    exercises_header: str
    exercise: str
    level: str
    tally: str
    tally_holds: str
    no_reps_yet: str
    bends_by_reach: str
    no_bends_yet: str
    months: list[str] = Field(min_length=12, max_length=12)
    day: str
    chart_title: str
    chart_pain_axis: str
    chart_sessions_axis: str
    chart_before: str
    chart_after: str
    chart_plan: str
    chart_caption: str = Field(max_length=1024)
    weekly_title: str
    weekly_none: str
    weekly_cheer: list[str] = Field(min_length=1)
    weekly_pause: str
    weekly_setting_on: str
    weekly_setting_off: str
    weekly_on_button: str
    weekly_off_button: str
    weekly_on_toast: str
    weekly_off_toast: str


class FunctionCheckTexts(TextGroup):
    """The function check (Patient-Specific Functional Scale)."""

    header: str
    due: str
    first_due: str
    start_button: str
    continue_button: str
    after_session_button: str
    not_due: str
    in_progress: str
    ask_name_first: str
    ask_name_more: str
    name_too_long: str
    name_empty: str
    ask_rating: str
    rated: str
    ask_more: str
    more_button: str
    enough_button: str
    first_done: str
    first_line: str
    later_done: str
    change_up: str
    change_down: str
    change_small: str
    verdict_better: str
    verdict_worse: str
    verdict_same: str
    progress_line_first: str
    next_on: str
    answered_already: str
    finished_already: str


class DataTexts(TextGroup):
    """/export and /delete."""

    export_caption: str = Field(max_length=1024)
    delete_ask: str
    delete_yes_button: str
    delete_no_button: str
    deleted: str
    kept: str
    delete_expired: str
    already_erased: str


class ReminderTexts(TextGroup):
    """Time zone, reminder times, /reminders and the nudges themselves."""

    ask_zone_first: str
    ask_zone: str
    local_time_button: str
    not_now_button: str
    not_now: str
    zone_unknown: str
    ask_clock: str
    clock_unclear: str
    fixed_zone_note: str
    proposal: str
    accept_button: str
    accepted: str
    midday_offer: str
    ask_time: str
    time_set: str
    zone_set: str
    cancelled: str
    slot_names: dict[str, str] = Field(min_length=3)
    examples: dict[str, str] = Field(min_length=3)
    change_buttons: dict[str, str] = Field(min_length=3)
    change_zone_button: str
    pause_button: str
    resume_button: str
    midday_on_button: str
    midday_off_button: str
    cancel_button: str
    settings_header: str
    settings_lines: dict[str, str] = Field(min_length=3)
    settings_zone: str
    settings_paused: str
    not_set_up: str
    paused_toast: str
    resumed_toast: str
    already_toast: str
    midday_on_toast: str
    midday_off_toast: str
    midday_not_in_plan: str
    set_up_first: str
    morning: list[str] = Field(min_length=2)
    evening: list[str] = Field(min_length=2)
    evening_after_morning: list[str] = Field(min_length=2)
    snoozed: list[str] = Field(min_length=2)
    midday: list[str] = Field(min_length=2)
    today_line: str
    start_button: str
    snooze_button: str
    skip_button: str
    snoozed_note: str
    skipped_note: str
    started_note: str
    old_nudge: str
    already_snoozed: str
    reminders_paused: str


class SessionTexts(TextGroup):
    """The guided session: cards, holds, counts, bending, summary and the ladders."""

    intro: str
    nothing_today: str
    pain_before: str
    pain_after: str
    pain_before_noted: str
    pain_after_noted: str
    pain_high_before: str
    card: str
    card_level: str
    card_tip: str
    card_caution: str
    step_line: str
    start_button: str
    skip_button: str
    too_painful_button: str
    stop_session_button: str
    skipped_note: str
    too_painful_note: str
    hold: str
    released: str
    released_last: str
    hold_paused: str
    hold_stopped: str
    hold_cues: dict[str, str] = Field(min_length=1)
    release_cues: dict[str, str] = Field(min_length=1)
    sides: dict[str, str] = Field(min_length=1)
    counter: str
    counter_rest: str
    counter_target_met: str
    set_done: str
    add_one_button: str
    add_five_button: str
    set_done_button: str
    bend_stage: str
    bend_stages: dict[str, str] = Field(min_length=1)
    next_button: str
    reach_question: str
    reach_labels: dict[str, str] = Field(min_length=1)
    reach_noted: str
    leg_question: str
    leg_yes_button: str
    leg_no_button: str
    leg_noted: str
    leg_worse: str
    leg_fine: str
    pause_button: str
    stop_button: str
    resume_button: str
    paused: str
    resumed: str
    restarted: str
    restarted_next: str
    stopped: str
    resume_offer: str
    running: str
    fresh_button: str
    started_fresh: str
    summary_done: str
    summary_stopped: str
    summary_holds: str
    summary_holds_partial: str
    summary_reps: str
    summary_sets: str
    summary_reps_partial: str
    summary_reach: str
    summary_reach_last: str
    summary_leg_worse: str
    summary_skipped: str
    summary_too_painful: str
    summary_not_reached: str
    summary_pain: str
    encouragement: dict[str, str] = Field(min_length=1)
    encouragement_stopped: str
    worse: str
    worse_stepped_down: str
    worse_recheck: str
    worse_checkup_button: str
    worse_again: str
    level_offer: str
    level_yes_button: str
    level_no_button: str
    level_up: str
    level_kept: str
    already_noted: str
    already_counted: str
    count_first: str
    count_enough: str
    already_paused: str
    already_running: str
    session_over: str
    old_step: str


class Texts(TextGroup):
    """All text groups; each lives in `content/texts/<group>.yaml`."""

    common: CommonTexts
    onboarding: OnboardingTexts
    plan: PlanTexts
    progress: ProgressTexts
    function_check: FunctionCheckTexts
    data: DataTexts
    reminders: ReminderTexts
    session: SessionTexts
