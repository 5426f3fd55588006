"""The pain path: what a rise in pain after a session means, decided in one rule.

Pain monitoring, not alarm: a small rise that has settled by the next morning is expected when
starting exercise. `pain_path` takes the facts (pain before and after, the next morning's answer,
the person's other recent sessions) and returns one outcome:

After the session (the morning's answer not yet known):
- `Steady`: pain no higher than before; the session counts towards the next level.
- `ExpectedRise`: up by 1 (below 8); expected when starting, and usually settled by the
  morning. Nothing moves yet; tomorrow's first session asks whether it settled.
- `WatchRise`: up by 2 (below 8): "pain got worse", though it may still settle. Nothing is
  eased yet; ask now whether anything besides the pain is new (the warning signs); the
  morning's answer decides.
- `StepBack`: up by 3 or more, or to 8 or more: what was tried goes one rung easier at once
  (a lighter dose at the first rung), and the warning signs are asked about too.

The next morning ("did yesterday's rise settle?"):
- `Settled`: it settled: a good session (it counts as clean, unless it had stepped back already).
- `StillSore`: it did not, after a rise of 1 (the clean count starts again) or after a big rise
  (stepped back already: nothing more changes); go gently, see someone if it lasts.
- `StillWorse`: a rise of 2 that did not settle: now it steps back.

Either time:
- `Pause`: a step back (at once or the next morning) that is the second bad session within 14
  days: the plan and the nudges wait until a GP or physiotherapist has seen the person.

A bad session, for that count, is a rise of 3 or more (or to 8+), or a rise of 2 that had not
settled by the next morning; one that settled counts as a good session.

Before a session (`recheck_at_start`):
- `Recheck`: pain of 8 or more at the start, or starting pain that climbed `RISING_STARTS`
  sessions in a row: ask about the warning signs again before going on (the machine,
  coach/moves.py, asks it unless this session's weekly check just did).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from coach.plan import SEVERE_PAIN
from coach.steps import HIGH, RISING

# "Pain got worse": up by this much, or to at least WORSE_AT when it was lower before.
WORSE_BY = 2
WORSE_AT = 8
# A rise this big (or to WORSE_AT) steps back at once; smaller ones wait to see if they settle.
STEP_BACK_BY = 3
# A second bad session within this many days pauses the plan until a clinician has seen them.
REPEAT_WINDOW = timedelta(days=14)
# Starting pain higher than the session before, this many sessions in a row: ask again about
# the warning signs, and offer the flare-up routine.
RISING_STARTS = 3


@dataclass(frozen=True)
class EarlierSession:
    """Another finished session of the person's: its pain scores and the morning's answer."""

    finished_at: datetime
    before: int | None
    after: int | None
    settled: bool | None  # None: not asked (no rise), or not answered yet


@dataclass(frozen=True)
class PainFacts:
    """What the rule needs to know about one session's pain."""

    before: int | None
    after: int | None
    settled: bool | None = None  # the next morning's answer; None: not known yet
    earlier: tuple[EarlierSession, ...] = ()  # the person's other sessions, to count bad ones
    now: datetime | None = None  # the two-week window ends here (None: every earlier one counts)


@dataclass(frozen=True)
class Steady:
    """Pain no higher than before: the session counts towards the next level."""


@dataclass(frozen=True)
class ExpectedRise:
    """Up by 1: expected when starting; the morning says whether it settled."""


@dataclass(frozen=True)
class WatchRise:
    """Up by 2: worse, but it may settle; the warning signs now, the morning decides."""


@dataclass(frozen=True)
class StepBack:
    """Up by 3 or more (or to 8+): one rung easier at once; the warning signs too."""


@dataclass(frozen=True)
class Settled:
    """The rise settled by the morning: a good session."""

    stepped_back: bool = False  # a big rise had stepped back already: nothing more moves


@dataclass(frozen=True)
class StillSore:
    """Not settled after a rise of 1 (the count starts again) or after a big rise."""

    stepped_back: bool = False  # a big rise had stepped back already: nothing more moves


@dataclass(frozen=True)
class StillWorse:
    """A rise of 2 that had not settled by the morning: one rung easier now."""


@dataclass(frozen=True)
class Pause:
    """The second bad session in two weeks: the plan waits for a GP or physiotherapist."""

    after: StepBack | StillWorse  # the step back that made it the second


PainOutcome = (
    Steady | ExpectedRise | WatchRise | StepBack | Settled | StillSore | StillWorse | Pause
)


def pain_path(facts: PainFacts) -> PainOutcome:
    """The one rule: what this session's pain means, now."""
    if facts.settled is None:
        return _after_session(facts)
    return _next_morning(facts)


def _after_session(facts: PainFacts) -> PainOutcome:
    """Just after the pain score: step back at once, wait for the morning, or nothing."""
    before, after = facts.before, facts.after
    if steps_back_now(before, after):
        return Pause(StepBack()) if bad_before(facts) else StepBack()
    if pain_got_worse(before, after):
        return WatchRise()
    return ExpectedRise() if rise(before, after) else Steady()


def _next_morning(facts: PainFacts) -> PainOutcome:
    """The morning's answer: a settled rise is a good session; a rise of 2 that stayed steps
    back (a big rise stepped back the evening before)."""
    big = steps_back_now(facts.before, facts.after)
    if facts.settled:
        return Settled(stepped_back=big)
    if big or not pain_got_worse(facts.before, facts.after):
        return StillSore(stepped_back=big)
    return Pause(StillWorse()) if bad_before(facts) else StillWorse()


def window_start(now: datetime) -> datetime:
    """The earliest finish of an earlier session that still counts towards the pause."""
    return now - REPEAT_WINDOW


def bad_before(facts: PainFacts) -> bool:
    """Whether an earlier session within the two weeks also counts against."""
    since = window_start(facts.now) if facts.now is not None else None
    recent = [e for e in facts.earlier if since is None or e.finished_at >= since]
    return worse_again([(e.before, e.after, e.settled) for e in recent])


def rise(before: int | None, after: int | None) -> int:
    """How many points the pain went up in a session (0 when it did not, or is unknown)."""
    if before is None or after is None:
        return 0
    return max(0, after - before)


def pain_got_worse(before: int | None, after: int | None) -> bool:
    """Up by 2 or more, or to 8 or more when it was lower before ("9 -> 8" is not worse)."""
    up = rise(before, after)
    return up >= WORSE_BY or (up > 0 and after is not None and after >= WORSE_AT)


def steps_back_now(before: int | None, after: int | None) -> bool:
    """A rise that counts against progression at once: 3 or more, or to 8 or more."""
    up = rise(before, after)
    return up >= STEP_BACK_BY or (up > 0 and after is not None and after >= WORSE_AT)


def waits_to_settle(before: int | None, after: int | None) -> bool:
    """A small rise: expected when starting; tomorrow's first session asks whether it settled."""
    return rise(before, after) > 0 and not steps_back_now(before, after)


def counts_against(before: int | None, after: int | None, settled: bool | None) -> bool:
    """A bad session for the two-week count: a rise of 3 or more (or to 8+), or a rise of 2
    that had not settled by the next morning ("settled counts as a good session")."""
    return steps_back_now(before, after) or (pain_got_worse(before, after) and settled is False)


def worse_again(previous: Sequence[tuple[int | None, int | None, bool | None]]) -> bool:
    """Whether an earlier recent session also counts against: the second one pauses the plan."""
    return any(counts_against(before, after, settled) for before, after, settled in previous)


def starts_rising(starts: Sequence[int]) -> bool:
    """Starting pain higher than the session before, RISING_STARTS sessions in a row."""
    last = starts[-(RISING_STARTS + 1) :]
    return len(last) == RISING_STARTS + 1 and all(a < b for a, b in pairwise(last))


@dataclass(frozen=True)
class Recheck:
    """Ask about the warning signs again before this session (`reason`: HIGH or RISING)."""

    reason: str


def recheck_at_start(score: int, earlier_starts: Sequence[int]) -> Recheck | None:
    """Pain of 8 or more at the start, or starting pain climbing session after session."""
    if score >= SEVERE_PAIN:
        return Recheck(HIGH)
    return Recheck(RISING) if starts_rising((*earlier_starts, score)) else None
