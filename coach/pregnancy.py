"""Pregnancy: a midwife's or doctor's yes before a new programme, then forms that suit the stage.

From about week 16 lying flat on the back for long is not advised. Nobody should pass that week
still doing the lift on their back because they answered months ago, so we ask whether the
person is under 12 weeks or further: "further" gets the later forms at once, "under 12" gets
them four weeks after the answer, before week 16 can come.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from coach.forms import PREGNANT

GO_AHEAD = "pregnancy_ok"  # did a midwife or doctor say yes to this programme?
WEEKS = "pregnancy_weeks"  # how far along: under 12 weeks, or 12 or more
EARLY = "under_12"
# Under 12 weeks at the answer: at least four weeks before week 16.
EARLY_FOR = timedelta(weeks=4)


@dataclass(frozen=True)
class Pregnancy:
    """What the pregnancy answers mean today."""

    go_ahead: bool  # a midwife or doctor said yes (in the check-in, or by the button since)
    later: bool  # week 16 may have come: nothing lies on the back for long


def is_pregnant(answers: Mapping[str, str]) -> bool:
    """Whether the cautions answer says the person is pregnant."""
    return PREGNANT in answers.get("cautions", "").split(",")


def pregnancy_now(
    answers: Mapping[str, str],
    *,
    answered_at: datetime | None = None,
    now: datetime | None = None,
    go_ahead_at: datetime | None = None,
) -> Pregnancy | None:
    """The pregnancy as of `now`, from a check-in finished at `answered_at` (None: not pregnant).

    A yes given by the button after that check-in counts; a later check-in's answer wins over it.
    Without times the answers are read as given just now.
    """
    if not is_pregnant(answers):
        return None
    confirmed = go_ahead_at is not None and (answered_at is None or go_ahead_at >= answered_at)
    go_ahead = answers.get(GO_AHEAD) == "yes" or confirmed
    early = answers.get(WEEKS) == EARLY
    if early and answered_at is not None and now is not None:
        early = now < answered_at + EARLY_FOR
    return Pregnancy(go_ahead, later=not early)
