"""What the person sees next in a guided session, read off its state."""

from __future__ import annotations

from dataclasses import dataclass

from coach.session import BEND_STAGES, Kind, Phase, SessionItem, SessionState, Status, side_of


@dataclass(frozen=True)
class AskSettled:
    """Yesterday's session raised the pain: did it settle by this morning?"""

    session_id: int


# Why a session asks "anything new?" about the warning signs (`SessionState.recheck`, stored):
# the first session of a week (before the pain score), starting pain that climbed session after
# session, or pain of 8 or more at the start (both after it). Answered: "none" or "new".
WEEKLY, RISING, HIGH = "ask", "rising", "high"
AFTER_THE_SCORE = (RISING, HIGH)


@dataclass(frozen=True)
class AskRecheck:
    """Anything new from the list of warning signs? (`reason`: WEEKLY, RISING or HIGH)"""

    reason: str = WEEKLY


@dataclass(frozen=True)
class AskPainBefore:
    """Ask how the back is before starting."""


@dataclass(frozen=True)
class ShowCard:
    """Show an exercise's card with Start, Skip and Too painful today."""

    position: int
    item: SessionItem


@dataclass(frozen=True)
class HoldRep:
    """Post the next hold ("Rep 3/10: lift and hold") and time it."""

    position: int
    item: SessionItem
    rep: int
    side: str | None


@dataclass(frozen=True)
class CountReps:
    """Show the running count of one set."""

    position: int
    item: SessionItem
    set_no: int
    count: int


@dataclass(frozen=True)
class VoiceSet:
    """A set guided by a voice note: under way (early answers welcome), or asked how it went."""

    position: int
    item: SessionItem
    asked: bool


@dataclass(frozen=True)
class BendStage:
    """Guide one stage of the bend (stage == BEND_STAGES asks how far they reached)."""

    position: int
    item: SessionItem
    stage: int


@dataclass(frozen=True)
class AskLegWorse:
    """Ask whether the pain down the leg got worse while bending."""

    position: int
    item: SessionItem


@dataclass(frozen=True)
class Paused:
    """The session waits for Resume."""

    position: int
    item: SessionItem


@dataclass(frozen=True)
class AskPainAfter:
    """Ask how the back is now."""


@dataclass(frozen=True)
class Finished:
    """Nothing more to do in this session."""


Step = (
    AskSettled
    | AskRecheck
    | AskPainBefore
    | ShowCard
    | HoldRep
    | CountReps
    | VoiceSet
    | BendStage
    | AskLegWorse
    | Paused
    | AskPainAfter
    | Finished
)


def _doing(state: SessionState, item: SessionItem) -> Step:
    """The next thing within an exercise under way."""
    done = state.done(item.exercise_id)
    position = state.position
    if state.voice_ends_at is not None:
        return VoiceSet(position, item, state.voice_asked)
    if item.kind is Kind.HOLD:
        rep = min(done.holds + 1, item.total_holds)
        return HoldRep(position, item, rep, side_of(item, rep))
    if item.kind is Kind.COUNT:
        return CountReps(position, item, min(done.sets_done + 1, item.sets), done.reps_in_set)
    if done.reach is None:
        return BendStage(position, item, min(state.stage, BEND_STAGES))
    return AskLegWorse(position, item)


def next_step(state: SessionState) -> Step:
    """What the person sees next."""
    if state.status in (Status.DONE, Status.ABANDONED) or state.pain_after is not None:
        return Finished()
    if state.status is Status.STOPPED:
        return AskPainAfter()
    if state.pain_before is None:
        return _before_the_start(state)
    if state.recheck in AFTER_THE_SCORE:
        return AskRecheck(state.recheck)
    item = state.current
    if item is None:
        return AskPainAfter()
    if state.phase is Phase.CARD:
        return ShowCard(state.position, item)
    if state.phase is Phase.PAUSED:
        return Paused(state.position, item)
    return _doing(state, item)


def _before_the_start(state: SessionState) -> Step:
    """The questions before the first exercise, in order."""
    if state.settle_of is not None and state.settled is None:
        return AskSettled(state.settle_of)
    if state.recheck == WEEKLY:
        return AskRecheck()
    return AskPainBefore()
