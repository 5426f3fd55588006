"""The guided session's transitions: state + what happened -> a refusal, or the new state.

Every tap and every timer of a session is one event here. `apply` is pure: it names what to
log and how the state changes; the use case stores that and the views show it. A refusal says
why the event does not fit the state (an old button, a replayed tap, a timer that is stale).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from coach.doses import session_item, session_items
from coach.events import (
    CardChoice,
    CardChosen,
    Control,
    Controlled,
    Event,
    HoldEnded,
    LegAnswered,
    LegSpread,
    PainScored,
    ReachGiven,
    RecheckAnswered,
    Refusal,
    Refused,
    RepsAdded,
    RestEnded,
    SetFinished,
    SettledAnswered,
    StageDone,
    Transition,
    VoiceAnswered,
    VoiceEnded,
    When,
)
from coach.forms import form_of, gentle_pairs, steadier
from coach.legs import leg_spread
from coach.pain_path import recheck_at_start
from coach.plan import BACK_BEND, BENDING, SEVERE_PAIN
from coach.session import (
    BEND_STAGES,
    MAX_COUNT,
    EventKind,
    Logged,
    Phase,
    SessionItem,
    SessionState,
    Status,
    is_complete,
    once,
    rep_key,
    set_key,
)
from coach.steps import (
    AskLegWorse,
    AskPainBefore,
    AskRecheck,
    AskSettled,
    BendStage,
    CountReps,
    ShowCard,
    next_step,
)
from coach.timing import begin_hold, exercise_done, moved, timer
from coach.voicing import begin_voice, voice_answer, voice_timer
from content.models import Exercise


def apply(state: SessionState, event: Event, exercises: Mapping[str, Exercise]) -> Transition:
    """The one transition function of the guided session."""
    if isinstance(event, HoldEnded | RestEnded):
        return timer(state, event)
    if isinstance(event, VoiceEnded):
        return (
            voice_timer(state, event) if state.status is Status.ACTIVE else Refused(Refusal.NOT_DUE)
        )
    if isinstance(event, PainScored):
        return _pain(state, event, exercises)
    if state.status is not Status.ACTIVE:
        return Refused(Refusal.SESSION_OVER)
    rule = _RULES[type(event)]
    return rule(state, event, exercises)


# ---------------------------------------------------------------- pain, card, controls


def _pain(state: SessionState, event: PainScored, exercises: Mapping[str, Exercise]) -> Transition:
    """Store a pain score once; the score after ends the session (a stopped one too).

    Severe pain at the start gives a gentle day: the gentle routine instead of the full dose.
    It, and starting pain that climbed session after session, ask about the warning signs again
    (unless this session's weekly check just did).
    """
    active = state.status is Status.ACTIVE
    if event.when is When.BEFORE:
        if state.pain_before is not None:
            return Refused(Refusal.ALREADY_NOTED)
        if not active:
            return Refused(Refusal.SESSION_OVER)
        if not isinstance(next_step(state), AskPainBefore):
            return Refused(Refusal.OLD_STEP)
        scored = replace(state, pain_before=event.score)
        if event.score >= SEVERE_PAIN and not state.gentle:
            pairs = gentle_pairs(state.cautions, state.held)
            items = session_items(pairs, exercises, state.levels, gentle=True)
            scored = replace(scored, items=items, gentle=True)
        recheck = recheck_at_start(event.score, event.starts)
        if recheck is not None and state.recheck not in ("none", "new"):
            scored = replace(scored, recheck=recheck.reason)
        return moved(state, scored)
    if state.pain_after is not None:
        return Refused(Refusal.ALREADY_NOTED)
    at_end = active and state.position >= len(state.items)
    if not (at_end or state.status is Status.STOPPED):
        return Refused(Refusal.OLD_STEP if active else Refusal.SESSION_OVER)
    status = Status.DONE if at_end else state.status
    return moved(state, replace(state, pain_after=event.score, status=status))


def _card(state: SessionState, event: CardChosen, exercises: Mapping[str, Exercise]) -> Transition:
    """Start the exercise, switch to its steadier form, or log it skipped or too painful."""
    step = next_step(state)
    if not isinstance(step, ShowCard) or step.position != event.position:
        return Refused(Refusal.OLD_STEP)
    if event.choice is CardChoice.UNSTEADY:
        return _steadier(state, step.item, exercises)
    if event.choice is CardChoice.VOICE:
        return begin_voice(state, step.item, event.now)
    if event.choice is CardChoice.GO:
        return moved(state, begin_hold(replace(state, phase=Phase.DOING, stage=0), event.now))
    kind = EventKind.SKIP if event.choice is CardChoice.SKIP else EventKind.TOO_PAINFUL
    after = replace(state, position=state.position + 1)
    return moved(state, after, once(kind, step.item.exercise_id))


def _control(state: SessionState, event: Controlled, _: Mapping[str, Exercise]) -> Transition:
    """Pause, Resume or Stop; a running hold is cut (it does not count)."""
    if event.control is Control.RESUME:
        if state.phase is not Phase.PAUSED:
            return Refused(Refusal.ALREADY_RUNNING)
        return moved(state, begin_hold(replace(state, phase=Phase.DOING), event.now))
    if event.control is Control.PAUSE and state.phase is Phase.PAUSED:
        return Refused(Refusal.ALREADY_PAUSED)
    if event.control is Control.PAUSE and state.phase is not Phase.DOING:
        return Refused(Refusal.OLD_STEP)
    halted = replace(
        state,
        hold_ends_at=None,
        rest_ends_at=None,
        hold_message=None,
        voice_ends_at=None,
        voice_asked=False,
    )
    if event.control is Control.STOP:
        return moved(state, replace(halted, status=Status.STOPPED))
    return moved(state, replace(halted, phase=Phase.PAUSED))


def _steadier(
    state: SessionState, item: SessionItem, exercises: Mapping[str, Exercise]
) -> Transition:
    """'Too unsteady standing': the same exercise in its lying or held-on form."""
    variant = steadier(item.exercise_id, item.variant, state.cautions)
    if variant is None:
        return Refused(Refusal.OLD_STEP)
    exercise = exercises[item.exercise_id]
    switched = session_item(exercise, variant, state.level_of(exercise.id))
    items = (*state.items[: state.position], switched, *state.items[state.position + 1 :])
    return moved(state, replace(state, items=items))


def _settled(state: SessionState, event: SettledAnswered, _: Mapping[str, Exercise]) -> Transition:
    """Whether yesterday's soreness settled (the ladders hear of it in the use case)."""
    if not isinstance(next_step(state), AskSettled):
        return Refused(Refusal.ALREADY_NOTED)
    return moved(state, replace(state, settled=event.settled))


def _recheck(state: SessionState, event: RecheckAnswered, _: Mapping[str, Exercise]) -> Transition:
    """The weekly one-tap re-check: something new leaves the session for the check-in."""
    if not isinstance(next_step(state), AskRecheck):
        return Refused(Refusal.ALREADY_NOTED)
    if event.new:
        return moved(state, replace(state, recheck="new", status=Status.ABANDONED))
    return moved(state, replace(state, recheck="none"))


# ---------------------------------------------------------------- counted reps


def _drawn_counter(state: SessionState, position: int, set_no: int, drawn: int) -> Transition:
    """The counter a tap was drawn on, or why it is not the current one."""
    step = next_step(state)
    if not isinstance(step, CountReps) or (step.position, step.set_no) != (position, set_no):
        # A tap on a set already finished (or an exercise passed) was counted before.
        later = isinstance(step, CountReps) and (step.position, step.set_no) > (position, set_no)
        passed = state.position > position
        return Refused(Refusal.ALREADY_COUNTED if later or passed else Refusal.OLD_STEP)
    if step.count != drawn:
        return Refused(Refusal.ALREADY_COUNTED)
    return moved(state, state)


def _add(state: SessionState, event: RepsAdded, _: Mapping[str, Exercise]) -> Transition:
    """Log one +1/+5 tap under the step key of the count it was drawn at."""
    found = _drawn_counter(state, event.position, event.set_no, event.drawn)
    if isinstance(found, Refused):
        return found
    if event.drawn + event.added > MAX_COUNT:
        return Refused(Refusal.COUNT_ENOUGH)
    exercise_id = state.items[event.position].exercise_id
    key = rep_key(exercise_id, event.set_no, event.drawn)
    return moved(state, state, Logged(exercise_id, EventKind.REP, event.added, key))


def _set(state: SessionState, event: SetFinished, _: Mapping[str, Exercise]) -> Transition:
    """Log the set; after the last set the exercise is done."""
    found = _drawn_counter(state, event.position, event.set_no, event.drawn)
    if isinstance(found, Refused):
        return found
    if event.drawn == 0:
        return Refused(Refusal.COUNT_FIRST)
    item = state.items[event.position]
    key = set_key(item.exercise_id, event.set_no)
    logged = Logged(item.exercise_id, EventKind.SET, event.drawn, key)
    counted = replace(state, events=(*state.events, logged))
    if not is_complete(item, counted.done(item.exercise_id)):
        return moved(state, state, logged)
    after, done = exercise_done(state, item.exercise_id)
    return moved(state, after, logged, done)


# ---------------------------------------------------------------- bending


def _stage(state: SessionState, event: StageDone, _: Mapping[str, Exercise]) -> Transition:
    """Move the bend one stage on (the stage it was drawn at makes a double tap harmless)."""
    step = next_step(state)
    if not isinstance(step, BendStage) or step.position != event.position:
        return Refused(Refusal.OLD_STEP)
    if step.stage != event.stage:
        return Refused(Refusal.ALREADY_NOTED)
    return moved(state, replace(state, stage=event.stage + 1))


def _reach(state: SessionState, event: ReachGiven, _: Mapping[str, Exercise]) -> Transition:
    """Log how far the person reached."""
    step = next_step(state)
    if isinstance(step, AskLegWorse) and step.position == event.position:
        return Refused(Refusal.ALREADY_NOTED)
    if not isinstance(step, BendStage) or (step.position, step.stage) != (
        event.position,
        BEND_STAGES,
    ):
        return Refused(Refusal.OLD_STEP)
    return moved(state, state, once(EventKind.REACH, step.item.exercise_id, event.reach))


def _leg(state: SessionState, event: LegAnswered, exercises: Mapping[str, Exercise]) -> Transition:
    """Log the leg answer; "worse" pauses bending and brings in the back bend after it."""
    step = next_step(state)
    if not isinstance(step, AskLegWorse) or step.position != event.position:
        done_here = state.position > event.position
        return Refused(Refusal.ALREADY_NOTED if done_here else Refusal.OLD_STEP)
    exercise_id = step.item.exercise_id
    answer = once(EventKind.LEG_WORSE, exercise_id, 1 if event.worse else 0)
    after, done = exercise_done(state, exercise_id)
    has_back_bend = any(item.exercise_id == BACK_BEND for item in state.items)
    if event.worse and not has_back_bend and BACK_BEND not in state.held:
        # In the person's own form: held on, or on a firm bed, as their plan would say.
        variant = form_of(BACK_BEND, state.cautions)
        back_bend = session_item(exercises[BACK_BEND], variant, state.level_of(BACK_BEND))
        items = (*state.items[: event.position + 1], back_bend, *state.items[event.position + 1 :])
        after = replace(after, items=items)
    paused = BENDING if event.worse else None
    return moved(state, after, answer, done, paused_in_plan=paused)


Rule = Callable[[SessionState, Any, Mapping[str, Exercise]], Transition]
_RULES: dict[type, Rule] = {
    CardChosen: _card,
    RepsAdded: _add,
    SetFinished: _set,
    StageDone: _stage,
    ReachGiven: _reach,
    LegAnswered: _leg,
    LegSpread: leg_spread,
    SettledAnswered: _settled,
    RecheckAnswered: _recheck,
    Controlled: _control,
    VoiceAnswered: lambda state, event, _: voice_answer(state, event),
}
