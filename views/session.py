"""The guided session in the chat: cards, rep and hold messages, counters, bending."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.events import CardChoice, Control, When
from coach.session import BEND_STAGES, REACH_LEVELS, SET_REST_SECONDS, SessionItem, SessionState
from coach.steps import (
    AskLegWorse,
    AskPainAfter,
    AskPainBefore,
    BendStage,
    CountReps,
    Paused,
    ShowCard,
    Step,
)
from content import Content
from content.models import Dose
from content.texts import Markup, fill
from views.buttons import (
    AddTap,
    BendTap,
    CardTap,
    ControlTap,
    FreshSession,
    LegTap,
    PainTap,
    ReachTap,
    SetTap,
)
from views.plan import dose_text, item_name
from views.reply import Reply, button, grid, single


def _dose(item: SessionItem) -> Dose:
    """The item's dose as the plan renders it."""
    return Dose(
        sets=item.sets, reps=item.reps, hold_seconds=item.hold_seconds, per_side=item.per_side
    )


def controls(content: Content, session_id: int) -> list[InlineKeyboardButton]:
    """Pause and Stop, offered under everything that is under way."""
    texts = content.texts.session
    return [
        button(texts.pause_button, ControlTap(session_id, Control.PAUSE)),
        button(texts.stop_button, ControlTap(session_id, Control.STOP)),
    ]


def resume_keyboard(content: Content, session_id: int) -> InlineKeyboardMarkup:
    """Resume and Stop, under a paused session."""
    texts = content.texts.session
    return InlineKeyboardMarkup(
        [
            [
                button(texts.resume_button, ControlTap(session_id, Control.RESUME)),
                button(texts.stop_button, ControlTap(session_id, Control.STOP)),
            ]
        ]
    )


# ---------------------------------------------------------------- pain, intro, resume offer


def pain_view(content: Content, session_id: int, when: When) -> Reply:
    """The pain question ("How is your back?") with 0-10 buttons."""
    texts = content.texts.session
    text = texts.pain_before if when is When.BEFORE else texts.pain_after
    buttons = [button(str(n), PainTap(session_id, when, n)) for n in range(11)]
    return Reply(text, grid(buttons, 6))


def pain_noted(content: Content, when: When, pain: int) -> str:
    """The pain question once answered."""
    texts = content.texts.session
    template = texts.pain_before_noted if when is When.BEFORE else texts.pain_after_noted
    return fill(template, pain=pain)


def resume_offer_view(content: Content, session_id: int, through: int, total: int) -> Reply:
    """An unfinished session: where it stands, and a way to start fresh instead."""
    texts = content.texts.session
    markup = single(texts.fresh_button, FreshSession(session_id))
    return Reply(fill(texts.resume_offer, done=through, total=total), markup)


# ---------------------------------------------------------------- the exercise card


def card_text(content: Content, step: ShowCard, total: int, level: int) -> str:
    """Name, purpose, numbered steps, today's dose and one tip."""
    texts = content.texts.session
    item = step.item
    exercise = content.exercise(item.exercise_id)
    variant = exercise.variant(item.variant) if item.variant else None
    steps = variant.steps if variant else exercise.steps
    lines = [fill(texts.step_line, number=n, step=s) for n, s in enumerate(steps, start=1)]
    text = fill(
        texts.card,
        number=step.position + 1,
        total=total,
        name=item_name(content, item),
        purpose=exercise.purpose,
        steps=Markup("\n".join(lines)),
        dose=Markup(dose_text(content, _dose(item))),
    )
    lines = [text]
    if variant is None and len(exercise.levels) > 1:
        rung = exercise.level(level)
        number = min(level, len(exercise.levels) - 1) + 1
        lines.append(
            fill(
                texts.card_level,
                number=number,
                total=len(exercise.levels),
                name=rung.name,
                how=rung.how,
            )
        )
    lines.append(fill(texts.card_tip, tip=exercise.tips[0]))
    if exercise.cautions:
        lines.append(fill(texts.card_caution, caution=exercise.cautions[0]))
    return "\n".join(lines)


def card_view(content: Content, session_id: int, step: ShowCard, total: int, level: int) -> Reply:
    """The card with Start, Skip, Too painful today and Stop session."""
    texts = content.texts.session
    position = step.position
    markup = InlineKeyboardMarkup(
        [
            [button(texts.start_button, CardTap(session_id, position, CardChoice.GO))],
            [
                button(texts.skip_button, CardTap(session_id, position, CardChoice.SKIP)),
                button(texts.too_painful_button, CardTap(session_id, position, CardChoice.HURT)),
            ],
            [button(texts.stop_session_button, ControlTap(session_id, Control.STOP))],
        ]
    )
    return Reply(card_text(content, step, total, level), markup)


def counter_view(content: Content, session_id: int, step: CountReps) -> Reply:
    """The running count of one set, with +1, +5 and Set done (each drawn at this count)."""
    texts = content.texts.session
    item = step.item
    text = fill(
        texts.counter,
        name=item_name(content, item),
        set_no=step.set_no,
        sets=item.sets,
        count=step.count,
        target=item.reps,
    )
    if step.count >= item.reps:
        text += "\n" + texts.counter_target_met
    elif step.set_no > 1 and step.count == 0:
        text += "\n" + fill(texts.counter_rest, seconds=SET_REST_SECONDS)
    at = (session_id, step.position, step.set_no, step.count)
    markup = InlineKeyboardMarkup(
        [
            [
                button(texts.add_one_button, AddTap(*at, 1)),
                button(texts.add_five_button, AddTap(*at, 5)),
                button(texts.set_done_button, SetTap(*at)),
            ],
            controls(content, session_id),
        ]
    )
    return Reply(text, markup)


def set_done_text(content: Content, step: CountReps) -> str:
    """The counter once its set is done."""
    return fill(
        content.texts.session.set_done,
        name=item_name(content, step.item),
        set_no=step.set_no,
        sets=step.item.sets,
        count=step.count,
    )


# ---------------------------------------------------------------- bending


def bend_view(content: Content, session_id: int, step: BendStage) -> Reply:
    """One guided stage of the bend, or (after the last) how far they reached."""
    texts = content.texts.session
    if step.stage >= BEND_STAGES:
        labels = texts.reach_labels
        buttons = [
            button(labels[key], ReachTap(session_id, step.position, value))
            for value, key in enumerate(REACH_LEVELS)
        ]
        text = fill(texts.reach_question, more=max(step.item.reps - 1, 0))
        keys = InlineKeyboardMarkup([buttons[:2], buttons[2:], controls(content, session_id)])
        return Reply(text, keys)
    stage_text = list(texts.bend_stages.values())[step.stage]
    text = fill(texts.bend_stage, number=step.stage + 1, total=BEND_STAGES, stage=stage_text)
    next_button = button(texts.next_button, BendTap(session_id, step.position, step.stage))
    return Reply(text, InlineKeyboardMarkup([[next_button], controls(content, session_id)]))


def reach_noted(content: Content, reach: int) -> str:
    """The reach question once answered."""
    texts = content.texts.session
    return fill(texts.reach_noted, reach=texts.reach_labels[REACH_LEVELS[reach]])


def leg_view(content: Content, session_id: int, step: AskLegWorse) -> Reply:
    """The leg question after bending, Yes / No."""
    texts = content.texts.session
    markup = InlineKeyboardMarkup(
        [
            [
                button(texts.leg_yes_button, LegTap(session_id, step.position, "yes")),
                button(texts.leg_no_button, LegTap(session_id, step.position, "no")),
            ]
        ]
    )
    return Reply(texts.leg_question, markup)


def leg_noted(content: Content, worse: bool) -> str:
    """The leg question once answered."""
    texts = content.texts.session
    answer = texts.leg_yes_button if worse else texts.leg_no_button
    return fill(texts.leg_noted, question=texts.leg_question, answer=answer)


# ---------------------------------------------------------------- any step but a hold


def step_view(content: Content, session_id: int, state: SessionState, step: Step) -> Reply:
    """What to post for a step (holds are posted by the hold timer, see scheduler.holds)."""
    texts = content.texts.session
    if isinstance(step, AskPainBefore):
        return pain_view(content, session_id, When.BEFORE)
    if isinstance(step, AskPainAfter):
        return pain_view(content, session_id, When.AFTER)
    if isinstance(step, ShowCard):
        level = state.level_of(step.item.exercise_id)
        return card_view(content, session_id, step, len(state.items), level)
    if isinstance(step, CountReps):
        return counter_view(content, session_id, step)
    if isinstance(step, BendStage):
        return bend_view(content, session_id, step)
    if isinstance(step, AskLegWorse):
        return leg_view(content, session_id, step)
    if isinstance(step, Paused):
        return Reply(texts.paused, resume_keyboard(content, session_id))
    raise ValueError(f"no view for {step!r}")
