"""Reminder settings, the questions about zone and times, and the nudges themselves."""

from __future__ import annotations

from datetime import date, datetime
from random import Random

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from coach.awaiting import ClockUnclear, LocationUnknown, Unclear, ZoneUnknown
from coach.plan import Plan
from coach.reminders import (
    DEFAULT_TIMES,
    EVENING,
    MIDDAY,
    MORNING,
    NUDGES,
    WEEKLY_TIME,
    NudgeAction,
    ReminderSettings,
)
from coach.timezones import zone_named
from content import Markup, Words
from content.words import Notice
from views import away
from views.buttons.reminders import NudgeTap, SettingsAction, SettingsTap
from views.plan import item_name
from views.reply import Reply, button, notice_text


def local_now(w: Words, zone_name: str | None, now: datetime) -> str:
    """The person's clock right now: 08:31."""
    return w.clock(now.astimezone(zone_named(zone_name)).time())


def _settings_button(label: str, action: str, argument: str = "-") -> InlineKeyboardButton:
    """A button of the reminder settings."""
    return button(label, SettingsTap(SettingsAction(action), argument))  # type: ignore[arg-type]


def zone_question(w: Words, *, first: bool) -> Reply:
    """Which city? With the local-time fallback and a way out."""
    text = w("reminders-ask-zone-first") if first else w("reminders-ask-zone")
    way_out = (
        _settings_button(w("reminders-not-now-button"), "no")
        if first
        else _settings_button(w("reminders-cancel-button"), "cancel")
    )
    markup = InlineKeyboardMarkup(
        [[_settings_button(w("reminders-local-time-button"), "clock")], [way_out]]
    )
    return Reply(text, markup)


def reminders_offer(w: Words, zone: str | None, now: datetime) -> Reply:
    """Reminders with the first usable plan: the zone we know, to confirm; else which city?"""
    if zone is None:
        return zone_question(w, first=True)
    text = w(
        "reminders-confirm-zone",
        zone=zone,
        now=local_now(w, zone, now),
        morning=w.clock(DEFAULT_TIMES[MORNING]),
        evening=w.clock(DEFAULT_TIMES[EVENING]),
    )
    markup = InlineKeyboardMarkup(
        [
            [_settings_button(w("reminders-accept-button"), "zok")],
            [_settings_button(w("reminders-change-zone-button"), "zone")],
            [_settings_button(w("reminders-not-now-button"), "no")],
        ]
    )
    return Reply(text, markup)


def location_offer(w: Words) -> Reply:
    """The one-tap alternative to typing a city: Telegram's own share-location button."""
    share = KeyboardButton(w.plain("reminders-share-location-button"), request_location=True)
    keyboard = ReplyKeyboardMarkup([[share]], resize_keyboard=True, one_time_keyboard=True)
    return Reply(w("reminders-share-location-hint"), keyboard)


def zone_questions(w: Words, *, first: bool) -> list[Reply]:
    """The zone question, then the location button under the typing field."""
    return [zone_question(w, first=first), location_offer(w)]


def unclear_view(w: Words, answer: Unclear | Notice) -> Reply:
    """Why the typed text (or shared location) did not work, with a way out of the question."""
    match answer:
        case ZoneUnknown(text=text):
            return Reply(
                w("reminders-zone-unknown", text=text), zone_question(w, first=False).markup
            )
        case LocationUnknown():
            # The one-time location button hid itself: offer it again.
            return Reply(w("reminders-location-unknown"), location_offer(w).markup)
        case ClockUnclear():
            return Reply(w("reminders-clock-unclear"), cancel_only(w))
        case Notice():
            return Reply(notice_text(w, answer))


def keyboard_gone(reply: Reply) -> Reply:
    """The same message, taking the location button away (it has no buttons of its own)."""
    return Reply(reply.text, ReplyKeyboardRemove(), reply.photo, reply.photo_name)


def cancel_only(w: Words) -> InlineKeyboardMarkup:
    """Just a Cancel button, under a question that waits for typed text."""
    return InlineKeyboardMarkup([[_settings_button(w("reminders-cancel-button"), "cancel")]])


def time_question(w: Words, kind: str) -> Reply:
    """What time for this nudge?"""
    text = w(
        "reminders-ask-time",
        slot=w(f"reminders-slot-names-{kind}"),
        example=w(f"reminders-examples-{kind}"),
    )
    return Reply(text, cancel_only(w))


def proposal_view(w: Words, settings: ReminderSettings, now: datetime) -> Reply:
    """The suggested morning and evening times, to accept or change."""
    text = w(
        "reminders-proposal",
        zone=settings.time_zone,
        now=local_now(w, settings.time_zone, now),
        morning=w.clock(settings.times[MORNING]),
        evening=w.clock(settings.times[EVENING]),
    )
    markup = InlineKeyboardMarkup(
        [
            [_settings_button(w("reminders-accept-button"), "ok")],
            [
                _settings_button(w(f"reminders-change-buttons-{MORNING}"), "time", MORNING),
                _settings_button(w(f"reminders-change-buttons-{EVENING}"), "time", EVENING),
            ],
        ]
    )
    return Reply(text, markup)


def midday_offer(w: Words) -> Reply:
    """The opt-in for a midday back-bend nudge."""
    markup = InlineKeyboardMarkup(
        [[_settings_button(w("reminders-midday-on-button"), "mid", "on")]]
    )
    return Reply(w("reminders-midday-offer"), markup)


def settings_view(
    w: Words, settings: ReminderSettings, now: datetime, *, midday_offered: bool
) -> Reply:
    """/reminders: each nudge's time, the zone, paused or not, and the buttons to change them."""
    lines = [w("reminders-settings-header")]
    for kind in (k for k in NUDGES if k in settings.times):
        lines.append(w(f"reminders-settings-lines-{kind}", at=w.clock(settings.times[kind])))
    zone, local = settings.time_zone, local_now(w, settings.time_zone, now)
    lines.append(w("reminders-settings-zone", zone=zone, now=local))
    at = w.clock(WEEKLY_TIME)
    lines.append(
        w("progress-weekly-setting-on", at=at)
        if settings.weekly
        else w("progress-weekly-setting-off")
    )
    if settings.paused:
        lines.append(w("reminders-settings-paused"))
    if settings.away is not None:
        lines.append(away.settings_line(w, settings.away))
    return Reply("\n".join(lines), _settings_keys(w, settings, midday_offered))


def _settings_keys(
    w: Words, settings: ReminderSettings, midday_offered: bool
) -> InlineKeyboardMarkup:
    """The buttons under /reminders: change each time, the zone, the extras, pause."""
    rows = [
        [
            _settings_button(w(f"reminders-change-buttons-{MORNING}"), "time", MORNING),
            _settings_button(w(f"reminders-change-buttons-{EVENING}"), "time", EVENING),
        ],
        [_settings_button(w("reminders-change-zone-button"), "zone")],
    ]
    if MIDDAY in settings.times:
        rows.append(
            [
                _settings_button(w(f"reminders-change-buttons-{MIDDAY}"), "time", MIDDAY),
                _settings_button(w("reminders-midday-off-button"), "mid", "off"),
            ]
        )
    elif midday_offered:
        rows.append([_settings_button(w("reminders-midday-on-button"), "mid", "on")])
    if settings.weekly:
        rows.append([_settings_button(w("progress-weekly-off-button"), "week", "off")])
    else:
        rows.append([_settings_button(w("progress-weekly-on-button"), "week", "on")])
    pause = (
        (w("reminders-resume-button"), "resume")
        if settings.paused
        else (w("reminders-pause-button"), "pause")
    )
    rows.append([_settings_button(*pause), away.settings_button(w, settings.away)])
    return InlineKeyboardMarkup(rows)


def nudge_view(
    w: Words,
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
    if snoozed:
        opening = w.pick("reminders-snoozed", rng)
    elif kind == MIDDAY:
        opening = w.pick("reminders-midday", rng)
    elif kind == EVENING and sessions_done_today > 0:
        opening = w.pick("reminders-evening-after-morning", rng)
    else:
        opening = w.pick("reminders-evening" if kind == EVENING else "reminders-morning", rng)
    later = [
        button(w("reminders-snooze-button"), NudgeTap(NudgeAction.SNOOZE, reminder_id, day)),
        button(w("reminders-skip-button"), NudgeTap(NudgeAction.SKIP, reminder_id, day)),
    ]
    if kind == MIDDAY:
        return Reply(opening, InlineKeyboardMarkup([later]))
    names = Markup(" · ".join(item_name(w, item) for item in plan.active_items))
    text = f"{opening}\n\n{w('reminders-today-line', exercises=names)}"
    start = button(w("reminders-start-button"), NudgeTap(NudgeAction.START, reminder_id, day))
    return Reply(text, InlineKeyboardMarkup([[start], later]))
