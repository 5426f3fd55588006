"""The guided session in the chat: cards, rep and hold messages, counters, bending."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.events import Control, When
from coach.forms import OSTEOPOROSIS
from coach.legs import LEG_WATCHED
from coach.session import (
    BEND_STAGE_NAMES,
    BEND_STAGES,
    REACH_LEVELS,
    SET_REST_SECONDS,
    SessionItem,
    SessionState,
)
from coach.steps import (
    AskLegWorse,
    AskPainAfter,
    AskPainBefore,
    AskRecheck,
    AskSettled,
    BendStage,
    CountReps,
    Paused,
    ShowCard,
    Step,
)
from content import Words
from content.models import Dose
from views.buttons.care import SignsTap
from views.buttons.guided import (
    AddTap,
    BendTap,
    ControlTap,
    FreshSession,
    LegSpreadTap,
    LegTap,
    PainTap,
    ReachTap,
    SetTap,
)
from views.cards import card_view
from views.care import recheck_view, settled_question
from views.plan import item_name
from views.reply import Reply, button, grid, single


def _dose(item: SessionItem) -> Dose:
    """The item's dose as the plan renders it."""
    return Dose(
        sets=item.sets, reps=item.reps, hold_seconds=item.hold_seconds, per_side=item.per_side
    )


def controls(w: Words, session_id: int) -> list[InlineKeyboardButton]:
    """Pause and Stop, offered under everything that is under way."""
    return [
        button(w("session-pause-button"), ControlTap(session_id, Control.PAUSE)),
        button(w("session-stop-button"), ControlTap(session_id, Control.STOP)),
    ]


def leg_rows(
    w: Words, session_id: int, position: int, item: SessionItem
) -> list[list[InlineKeyboardButton]]:
    """During the back bend or extension: the button for leg symptoms that spread."""
    if item.exercise_id not in LEG_WATCHED:
        return []
    return [[button(w("programme-leg-spread-button"), LegSpreadTap(session_id, position))]]


def resume_keyboard(w: Words, session_id: int) -> InlineKeyboardMarkup:
    """Resume and Stop, under a paused session."""
    return InlineKeyboardMarkup(
        [
            [
                button(w("session-resume-button"), ControlTap(session_id, Control.RESUME)),
                button(w("session-stop-button"), ControlTap(session_id, Control.STOP)),
            ]
        ]
    )


# ---------------------------------------------------------------- pain, intro, resume offer


def pain_view(w: Words, session_id: int, when: When) -> Reply:
    """The pain question ("How is your back?") with 0-10 buttons."""
    text = w("session-pain-before") if when is When.BEFORE else w("session-pain-after")
    buttons = [button(str(n), PainTap(session_id, when, n)) for n in range(11)]
    return Reply(text, grid(buttons, 6))


def pain_noted(w: Words, when: When, pain: int) -> str:
    """The pain question once answered."""
    key = "session-pain-before-noted" if when is When.BEFORE else "session-pain-after-noted"
    return w(key, pain=pain)


def resume_offer_view(w: Words, session_id: int, through: int, total: int) -> Reply:
    """An unfinished session: where it stands, and a way to start fresh instead."""
    markup = single(w("session-fresh-button"), FreshSession(session_id))
    return Reply(w("session-resume-offer", done=through, total=total), markup)


def counter_view(w: Words, session_id: int, step: CountReps) -> Reply:
    """The running count of one set, with +1, +5 and Set done (each drawn at this count)."""
    item = step.item
    text = w(
        "session-counter",
        name=item_name(w, item),
        set_no=step.set_no,
        sets=item.sets,
        count=step.count,
        target=item.reps,
    )
    if step.count >= item.reps:
        text += "\n" + w("session-counter-target-met")
    elif step.set_no > 1 and step.count == 0:
        text += "\n" + w("session-counter-rest", seconds=SET_REST_SECONDS)
    at = (session_id, step.position, step.set_no, step.count)
    markup = InlineKeyboardMarkup(
        [
            [
                button(w("session-add-one-button"), AddTap(*at, 1)),
                button(w("session-add-five-button"), AddTap(*at, 5)),
                button(w("session-set-done-button"), SetTap(*at)),
            ],
            *leg_rows(w, session_id, step.position, item),
            controls(w, session_id),
        ]
    )
    return Reply(text, markup)


def set_done_text(w: Words, step: CountReps) -> str:
    """The counter once its set is done."""
    return w(
        "session-set-done",
        name=item_name(w, step.item),
        set_no=step.set_no,
        sets=step.item.sets,
        count=step.count,
    )


# ---------------------------------------------------------------- bending


def bend_view(
    w: Words, session_id: int, step: BendStage, cautions: frozenset[str] = frozenset()
) -> Reply:
    """One guided stage of the bend, or (after the last) how far they reached.

    With thin bones the bend stops part way and nothing rewards going further: the reach
    question names no goal and has no "the floor".
    """
    thin = OSTEOPOROSIS in cautions
    if step.stage >= BEND_STAGES:
        reaches = REACH_LEVELS[:-1] if thin else REACH_LEVELS
        labels = [w(f"session-reach-labels-{key}") for key in reaches]
        if thin:
            labels[0] = w("programme-reach-above-knees")  # stopping part way is the aim
        buttons = [
            button(label, ReachTap(session_id, step.position, value))
            for value, label in enumerate(labels)
        ]
        more = max(step.item.reps - 1, 0)
        question = "programme-reach-question-thin-bones" if thin else "session-reach-question"
        keys = InlineKeyboardMarkup([buttons[:2], buttons[2:], controls(w, session_id)])
        return Reply(w(question, more=more), keys)
    stage = BEND_STAGE_NAMES[step.stage]
    key = f"programme-bend-thin-bones-{stage}"
    stage_text = w(key) if thin and w.has(key) else w(f"session-bend-stages-{stage}")
    text = w("session-bend-stage", number=step.stage + 1, total=BEND_STAGES, stage=stage_text)
    next_button = button(w("session-next-button"), BendTap(session_id, step.position, step.stage))
    return Reply(text, InlineKeyboardMarkup([[next_button], controls(w, session_id)]))


def reach_noted(w: Words, reach: int) -> str:
    """The reach question once answered."""
    return w("session-reach-noted", reach=w(f"session-reach-labels-{REACH_LEVELS[reach]}"))


def leg_view(w: Words, session_id: int, step: AskLegWorse) -> Reply:
    """The leg question after bending, Yes / No."""
    markup = InlineKeyboardMarkup(
        [
            [
                button(w("session-leg-yes-button"), LegTap(session_id, step.position, "yes")),
                button(w("session-leg-no-button"), LegTap(session_id, step.position, "no")),
            ]
        ]
    )
    return Reply(w("session-leg-question"), markup)


def leg_worse_view(w: Words, session_id: int, key: str, **values: str) -> Reply:
    """Leg symptoms got worse during an exercise: it waits in the plan; the warning signs are one
    tap away (the same path after bending, the back bend and the back extension)."""
    return Reply(w(key, **values), single(w("programme-signs-button"), SignsTap(session_id)))


def leg_noted(w: Words, worse: bool) -> str:
    """The leg question once answered."""
    answer = w("session-leg-yes-button") if worse else w("session-leg-no-button")
    return w("session-leg-noted", question=w("session-leg-question"), answer=answer)


# ---------------------------------------------------------------- any step but a hold


def step_view(w: Words, session_id: int, state: SessionState, step: Step) -> Reply:
    """What to post for a step (a hold is posted as its timer starts: scheduler.session_timers)."""
    if isinstance(step, AskSettled):
        return settled_question(w, session_id)
    if isinstance(step, AskRecheck):
        return recheck_view(w, session_id, reason=step.reason)
    if isinstance(step, AskPainBefore):
        return pain_view(w, session_id, When.BEFORE)
    if isinstance(step, AskPainAfter):
        return pain_view(w, session_id, When.AFTER)
    if isinstance(step, ShowCard):
        return card_view(w, session_id, state, step)
    if isinstance(step, CountReps):
        return counter_view(w, session_id, step)
    if isinstance(step, BendStage):
        return bend_view(w, session_id, step, state.cautions)
    if isinstance(step, AskLegWorse):
        return leg_view(w, session_id, step)
    if isinstance(step, Paused):
        return Reply(w("session-paused"), resume_keyboard(w, session_id))
    raise ValueError(f"no view for {step!r}")
