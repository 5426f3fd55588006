"""Reminder settings, the questions about zone and times, and the nudges themselves."""

from __future__ import annotations

from datetime import date, datetime
from random import Random

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.plan import Plan
from coach.reminders import (
    EVENING,
    MIDDAY,
    MORNING,
    NUDGES,
    WEEKLY_TIME,
    NudgeAction,
    ReminderSettings,
)
from coach.timezones import clock_text, zone_named
from content import Content
from content.texts import fill, pick
from views.buttons import NudgeTap, SettingsAction, SettingsTap
from views.plan import item_name
from views.reply import Reply, button


def local_now(zone_name: str | None, now: datetime) -> str:
    """The person's clock right now: 08:31."""
    return clock_text(now.astimezone(zone_named(zone_name)).time())


def _settings_button(label: str, action: str, argument: str = "-") -> InlineKeyboardButton:
    """A button of the reminder settings."""
    return button(label, SettingsTap(SettingsAction(action), argument))  # type: ignore[arg-type]


def zone_question(content: Content, *, first: bool) -> Reply:
    """Which city? With the local-time fallback and a way out."""
    texts = content.texts.reminders
    text = texts.ask_zone_first if first else texts.ask_zone
    way_out = (
        _settings_button(texts.not_now_button, "no")
        if first
        else _settings_button(texts.cancel_button, "cancel")
    )
    markup = InlineKeyboardMarkup([[_settings_button(texts.local_time_button, "clock")], [way_out]])
    return Reply(text, markup)


def cancel_only(content: Content) -> InlineKeyboardMarkup:
    """Just a Cancel button, under a question that waits for typed text."""
    return InlineKeyboardMarkup(
        [[_settings_button(content.texts.reminders.cancel_button, "cancel")]]
    )


def time_question(content: Content, kind: str) -> Reply:
    """What time for this nudge?"""
    texts = content.texts.reminders
    text = fill(texts.ask_time, slot=texts.slot_names[kind], example=texts.examples[kind])
    return Reply(text, cancel_only(content))


def proposal_view(content: Content, settings: ReminderSettings, now: datetime) -> Reply:
    """The suggested morning and evening times, to accept or change."""
    texts = content.texts.reminders
    text = fill(
        texts.proposal,
        zone=settings.time_zone,
        now=local_now(settings.time_zone, now),
        morning=clock_text(settings.times[MORNING]),
        evening=clock_text(settings.times[EVENING]),
    )
    markup = InlineKeyboardMarkup(
        [
            [_settings_button(texts.accept_button, "ok")],
            [
                _settings_button(texts.change_buttons[MORNING], "time", MORNING),
                _settings_button(texts.change_buttons[EVENING], "time", EVENING),
            ],
        ]
    )
    return Reply(text, markup)


def midday_offer(content: Content) -> Reply:
    """The opt-in for a midday back-bend nudge."""
    texts = content.texts.reminders
    markup = InlineKeyboardMarkup([[_settings_button(texts.midday_on_button, "mid", "on")]])
    return Reply(texts.midday_offer, markup)


def settings_view(
    content: Content, settings: ReminderSettings, now: datetime, *, midday_offered: bool
) -> Reply:
    """/reminders: each nudge's time, the zone, paused or not, and the buttons to change them."""
    texts, weekly = content.texts.reminders, content.texts.progress
    lines = [texts.settings_header]
    for kind in (k for k in NUDGES if k in settings.times):
        lines.append(fill(texts.settings_lines[kind], at=clock_text(settings.times[kind])))
    zone, local = settings.time_zone, local_now(settings.time_zone, now)
    lines.append(fill(texts.settings_zone, zone=zone, now=local))
    at = clock_text(WEEKLY_TIME)
    lines.append(
        fill(weekly.weekly_setting_on, at=at) if settings.weekly else weekly.weekly_setting_off
    )
    if settings.paused:
        lines.append(texts.settings_paused)
    return Reply("\n".join(lines), _settings_keys(content, settings, midday_offered))


def _settings_keys(
    content: Content, settings: ReminderSettings, midday_offered: bool
) -> InlineKeyboardMarkup:
    """The buttons under /reminders: change each time, the zone, the extras, pause."""
    texts, weekly = content.texts.reminders, content.texts.progress
    rows = [
        [
            _settings_button(texts.change_buttons[MORNING], "time", MORNING),
            _settings_button(texts.change_buttons[EVENING], "time", EVENING),
        ],
        [_settings_button(texts.change_zone_button, "zone")],
    ]
    if MIDDAY in settings.times:
        rows.append(
            [
                _settings_button(texts.change_buttons[MIDDAY], "time", MIDDAY),
                _settings_button(texts.midday_off_button, "mid", "off"),
            ]
        )
    elif midday_offered:
        rows.append([_settings_button(texts.midday_on_button, "mid", "on")])
    if settings.weekly:
        rows.append([_settings_button(weekly.weekly_off_button, "week", "off")])
    else:
        rows.append([_settings_button(weekly.weekly_on_button, "week", "on")])
    pause = (texts.resume_button, "resume") if settings.paused else (texts.pause_button, "pause")
    rows.append([_settings_button(*pause)])
    return InlineKeyboardMarkup(rows)


def nudge_view(
    content: Content,
    *,
    kind: str,
    snoozed: bool,
    sessions_done_today: int,
    plan: Plan,
    reminder_id: int,
    day: date,
    rng: Random | None = None,
) -> Reply:
    """A short, friendly nudge in varied words, with what today's session holds."""
    texts = content.texts.reminders
    if snoozed:
        opening = pick(texts.snoozed, rng)
    elif kind == MIDDAY:
        opening = pick(texts.midday, rng)
    elif kind == EVENING and sessions_done_today > 0:
        opening = pick(texts.evening_after_morning, rng)
    else:
        opening = pick(texts.evening if kind == EVENING else texts.morning, rng)
    later = [
        button(texts.snooze_button, NudgeTap(NudgeAction.SNOOZE, reminder_id, day)),
        button(texts.skip_button, NudgeTap(NudgeAction.SKIP, reminder_id, day)),
    ]
    if kind == MIDDAY:
        return Reply(opening, InlineKeyboardMarkup([later]))
    names = " · ".join(item_name(content, item) for item in plan.active_items)
    text = f"{opening}\n\n{fill(texts.today_line, exercises=names)}"
    start = button(texts.start_button, NudgeTap(NudgeAction.START, reminder_id, day))
    return Reply(text, InlineKeyboardMarkup([[start], later]))
