"""The buttons of the reminders: their settings, and the nudge sent for a day.

The rules are in views.buttons; prefixes and field orders are what old messages still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from coach.reminders import NudgeAction
from views.codec import Button


class SettingsAction(StrEnum):
    """The buttons under the zone question, the proposal and /reminders."""

    ACCEPT = "ok"
    NOT_NOW = "no"
    CANCEL = "cancel"
    CLOCK = "clock"
    ZONE = "zone"
    TIME = "time"
    PAUSE = "pause"
    RESUME = "resume"
    MIDDAY = "mid"
    WEEKLY = "week"
    CONFIRM = "zok"  # the zone known from where the person is: reminders there, yes


@dataclass(frozen=True)
class SettingsTap(Button):
    """One reminder setting; the argument is a nudge kind, on/off, or '-'."""

    prefix = "rs"
    action: SettingsAction
    argument: Literal["-", "on", "off", "morning", "midday", "evening"] = "-"


@dataclass(frozen=True)
class NudgeTap(Button):
    """Start now, Snooze or Skip today under the nudge sent for a local day."""

    prefix = "rn"
    action: NudgeAction
    reminder_id: int
    day: date
