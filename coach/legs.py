"""Leg symptoms during the back bend and the back extension: the stop rule.

Pain spreading further down the leg, or new numbness or pins and needles, during one of these
means stop that exercise (facts.md); it then waits in the plan until the next check-in, as
bending does after it made leg pain worse. Pain moving back towards the spine is a good sign
and needs no button.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from coach.events import LegSpread, Refusal, Refused, Transition
from coach.programme import BACK_BEND, BACK_EXTENSION
from coach.session import EventKind, Phase, SessionState, once
from coach.timing import moved
from content.models import Exercise

# The exercises that carry the stop rule and its button while they are under way.
LEG_WATCHED = (BACK_BEND, BACK_EXTENSION)


def leg_spread(state: SessionState, event: LegSpread, _: Mapping[str, Exercise]) -> Transition:
    """Stop the exercise under way at once (a running hold does not count) and move on."""
    item = state.current
    if item is None or state.position != event.position:
        passed = state.position > event.position and event.position < len(state.items)
        stopped_there = passed and state.done(state.items[event.position].exercise_id).leg_worse
        return Refused(Refusal.ALREADY_NOTED if stopped_there else Refusal.OLD_STEP)
    if item.exercise_id not in LEG_WATCHED or state.phase is Phase.CARD:
        return Refused(Refusal.OLD_STEP)
    stopped = replace(
        state,
        position=state.position + 1,
        phase=Phase.CARD,
        stage=0,
        hold_ends_at=None,
        rest_ends_at=None,
        hold_message=None,
        voice_ends_at=None,
        voice_asked=False,
    )
    logged = once(EventKind.LEG_WORSE, item.exercise_id, 1)
    return moved(state, stopped, logged, paused_in_plan=item.exercise_id)
