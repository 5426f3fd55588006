"""The buttons of what the person's record holds and gives: the function check, the
clinician's report, and erasing everything.

The rules are in views.buttons; prefixes and field orders are what old messages still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from views.buttons import Score, YesNo
from views.codec import Button


@dataclass(frozen=True)
class CheckGo(Button):
    """Start or carry on with the function check."""

    prefix = "fcg"
    word: Literal["go"] = "go"


@dataclass(frozen=True)
class RateTap(Button):
    """A 0-10 rating of one activity in one check."""

    prefix = "fcr"
    check_id: int
    activity_id: int
    score: Score


@dataclass(frozen=True)
class MoreTap(Button):
    """After the first check's ratings: add another activity, or that's all."""

    prefix = "fcm"
    check_id: int
    choice: Literal["more", "end"]


@dataclass(frozen=True)
class ReportTap(Button):
    """Under /report's question: skip it and make the report, or print another name."""

    prefix = "rep"
    request_id: int
    choice: Literal["skip", "name"]


@dataclass(frozen=True)
class EraseTap(Button):
    """Yes or No to erasing everything, for the question asked at a unix time."""

    prefix = "del"
    answer: YesNo
    asked: int
