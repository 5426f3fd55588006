"""Renders reminder settings, the questions about zone and times, and the nudges themselves."""

from __future__ import annotations

from datetime import date, datetime
from random import Random

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.plan import Plan
from coach.progress import WEEKLY_TIME
from coach.reminders import EVENING, MIDDAY, MORNING, NUDGES
from coach.timezones import clock_text, zone_named
from content import Content
from content.texts import fill, pick
from handlers.callback_data import encode
from handlers.keyboards import button
from handlers.plan_view import item_name
from storage.reminders import ReminderSettings

SETTINGS = "rs"  # rs:<action>:<argument or ->
NUDGE = "rn"  # rn:<action>:<reminder id>:<local day yyyymmdd>
NONE = "-"
START, SNOOZE, SKIP = "go", "snz", "skp"


def local_now(zone_name: str | None, now: datetime) -> str:
    """The person's clock right now: 08:31."""
    return clock_text(now.astimezone(zone_named(zone_name)).time())


def day_code(day: date) -> str:
    """A local date as it travels in callback data."""
    return day.strftime("%Y%m%d")


def _settings_button(label: str, action: str, argument: str = NONE) -> InlineKeyboardButton:
    return button(label, encode(SETTINGS, action, argument))


def zone_question(content: Content, *, first: bool) -> tuple[str, InlineKeyboardMarkup]:
    """Which city? With the local-time fallback and a way out."""
    texts = content.texts.reminders
    text = texts.ask_zone_first if first else texts.ask_zone
    way_out = (
        _settings_button(texts.not_now_button, "no")
        if first
        else _settings_button(texts.cancel_button, "cancel")
    )
    markup = InlineKeyboardMarkup([[_settings_button(texts.local_time_button, "clock")], [way_out]])
    return text, markup


def cancel_only(content: Content) -> InlineKeyboardMarkup:
    """Just a Cancel button, under a question that waits for typed text."""
    return InlineKeyboardMarkup(
        [[_settings_button(content.texts.reminders.cancel_button, "cancel")]]
    )


def time_question(content: Content, kind: str) -> tuple[str, InlineKeyboardMarkup]:
    """What time for this nudge?"""
    texts = content.texts.reminders
    text = fill(texts.ask_time, slot=texts.slot_names[kind], example=texts.examples[kind])
    return text, cancel_only(content)


def proposal_view(
    content: Content, settings: ReminderSettings, now: datetime
) -> tuple[str, InlineKeyboardMarkup]:
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
    return text, markup


def midday_offer(content: Content) -> tuple[str, InlineKeyboardMarkup]:
    """The opt-in for a midday back-bend nudge."""
    texts = content.texts.reminders
    markup = InlineKeyboardMarkup([[_settings_button(texts.midday_on_button, "mid", "on")]])
    return texts.midday_offer, markup


def settings_view(
    content: Content, settings: ReminderSettings, now: datetime, *, midday_offered: bool
) -> tuple[str, InlineKeyboardMarkup]:
    """/reminders: each nudge's time, the zone, paused or not, and the buttons to change them."""
    texts = content.texts.reminders
    lines = [texts.settings_header]
    for kind in NUDGES:
        if kind in settings.times:
            lines.append(fill(texts.settings_lines[kind], at=clock_text(settings.times[kind])))
    lines.append(
        fill(
            texts.settings_zone,
            zone=settings.time_zone,
            now=local_now(settings.time_zone, now),
        )
    )
    weekly = content.texts.progress
    at = clock_text(WEEKLY_TIME)
    lines.append(
        fill(weekly.weekly_setting_on, at=at) if settings.weekly else weekly.weekly_setting_off
    )
    if settings.paused:
        lines.append(texts.settings_paused)
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
    rows.append(
        [
            _settings_button(texts.resume_button, "resume")
            if settings.paused
            else _settings_button(texts.pause_button, "pause")
        ]
    )
    return "\n".join(lines), InlineKeyboardMarkup(rows)


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
) -> tuple[str, InlineKeyboardMarkup]:
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
    code = day_code(day)
    later = [
        button(texts.snooze_button, encode(NUDGE, SNOOZE, reminder_id, code)),
        button(texts.skip_button, encode(NUDGE, SKIP, reminder_id, code)),
    ]
    if kind == MIDDAY:
        return opening, InlineKeyboardMarkup([later])
    names = " · ".join(item_name(content, item) for item in plan.active_items)
    text = f"{opening}\n\n{fill(texts.today_line, exercises=names)}"
    start = button(texts.start_button, encode(NUDGE, START, reminder_id, code))
    return text, InlineKeyboardMarkup([[start], later])
