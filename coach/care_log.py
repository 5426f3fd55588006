"""Moments of care the bot keeps a note of, so a report and the outcomes can count them."""

from __future__ import annotations

from enum import StrEnum


class CareKind(StrEnum):
    """What happened (the values are stored in `care_events.kind`)."""

    FLARE = "flare"  # the person opened the flare-up plan (/flare)
    PAUSED = "paused"  # a second bad session in two weeks paused the plan
    RESUMED_SEEN = "resumed_seen"  # the pause ended: a clinician saw them
    RESUMED_GENTLE = "resumed_gentle"  # the pause ended: they chose the gentle plan
