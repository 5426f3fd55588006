"""What to answer typed words about warning signs: one decision for each thing a message says.

A crisis comes first; then the signs it names (asking "is it new or worse?" when a clinician
cleared them all before); else the question that tells an unclear sentence apart; else a gentle
question about signs the person says they do not have; else, for pain with no sign, the flare
plan. History a clinician has seen (a past cancer) is a fact, not news, and is never asked again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coach.danger import AMBIGUITIES, Reading
from coach.safety import SIGNS, Cleared


@dataclass(frozen=True)
class Crisis:
    """Thoughts of ending one's life: a crisis line, and the emergency number if in danger now."""

    country: str | None  # whose numbers the reply names


@dataclass(frozen=True)
class SignsTyped:
    """Warning signs in the person's words; `again`: a clinician cleared them all before."""

    signs: tuple[str, ...]
    country: str | None  # whose numbers the reply names
    again: bool = False


@dataclass(frozen=True)
class Denied:
    """Signs the person says they do not have ("no fever"): a gentle question, nothing locks."""

    signs: tuple[str, ...]
    country: str | None  # whose numbers the reply names


@dataclass(frozen=True)
class Unclear:
    """A sentence that fits a sign and plain pain: the question that tells them apart."""

    question: str
    sign: str  # what the first answer means


@dataclass(frozen=True)
class Distressed:
    """Pain or panic in words, with no sign: the flare plan, kindly."""

    country: str | None  # whose numbers the reply names


Heard = Crisis | SignsTyped | Denied | Unclear | Distressed


def answers_to(
    reading: Reading, cleared: Mapping[str, Cleared], country: str | None
) -> list[Heard]:
    """What to answer a typed message, most pressing first (nothing: not ours to answer)."""
    heard: list[Heard] = [Crisis(country)] if reading.crisis else []
    signs = _news(reading.signs, cleared)
    if signs:
        return [*heard, SignsTyped(signs, country, again=all(s in cleared for s in signs))]
    if heard:
        return heard
    if reading.ambiguity is not None:
        return [Unclear(reading.ambiguity, AMBIGUITIES[reading.ambiguity])]
    denied = _news(reading.negated, cleared)
    if denied:
        return [Denied(denied, country)]
    return [Distressed(country)] if reading.distress else []


def _news(signs: tuple[str, ...], cleared: Mapping[str, Cleared]) -> tuple[str, ...]:
    """The signs worth asking about: all but history a clinician has already seen."""
    return tuple(s for s in signs if not (SIGNS[s].fact and s in cleared))
