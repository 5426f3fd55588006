"""Renders the guided session: cards, rep and hold messages, counters, bending, summary."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.progression import Standing
from coach.session import (
    BEND_STAGES,
    REACH_LEVELS,
    SET_REST_SECONDS,
    AskLegWorse,
    AskPainAfter,
    AskPainBefore,
    BendStage,
    CountReps,
    ExerciseSummary,
    HoldRep,
    Kind,
    Outcome,
    Paused,
    SessionItem,
    SessionState,
    ShowCard,
    Step,
    Summary,
)
from content import Content
from content.models import Dose
from content.texts import Markup, fill, pick
from handlers.callback_data import encode
from handlers.context import CoachContext
from handlers.keyboards import button, grid, single
from handlers.plan_view import dose_text

# Callback data prefixes of the session's buttons, one a kind of tap.
NEW = "s.new"  # s.new:go                                   start a session (plan, reminders)
FRESH = "s.fresh"  # s.fresh:<session>                       abandon it and start anew
PAIN = "s.pain"  # s.pain:<session>:<before|after>:<0-10>
CARD = "s.card"  # s.card:<session>:<position>:<go|skip|hurt>
ADD = "s.add"  # s.add:<session>:<position>:<set>:<count drawn>:<1|5>
SET = "s.set"  # s.set:<session>:<position>:<set>:<count drawn>
CONTROL = "s.ctl"  # s.ctl:<session>:<pause|resume|stop>
BEND = "s.bend"  # s.bend:<session>:<position>:<stage drawn>
REACH = "s.reach"  # s.reach:<session>:<position>:<0-3>
LEG = "s.leg"  # s.leg:<session>:<position>:<yes|no>
CHECKUP = "s.chk"  # s.chk:<session>:<check-in drawn at>     re-check the warning signs
LEVEL = "s.lvl"  # s.lvl:<session>:<exercise>:<level offered>:<yes|no>

Reply = tuple[str, InlineKeyboardMarkup | None]


def start_keyboard(content: Content) -> InlineKeyboardMarkup:
    """The "Start a session" button under the plan."""
    return single(content.texts.plan.start_session_button, encode(NEW, "go"))


def item_name(content: Content, item: SessionItem) -> str:
    """The exercise's name, or its variant's."""
    exercise = content.exercise(item.exercise_id)
    variant = exercise.variant(item.variant) if item.variant else None
    return variant.name if variant else exercise.name


def _dose(item: SessionItem) -> Dose:
    """The item's dose as the plan renders it."""
    return Dose(
        sets=item.sets, reps=item.reps, hold_seconds=item.hold_seconds, per_side=item.per_side
    )


def controls(content: Content, session_id: int) -> list[InlineKeyboardButton]:
    """Pause and Stop, offered under everything that is under way."""
    texts = content.texts.session
    return [
        button(texts.pause_button, encode(CONTROL, session_id, "pause")),
        button(texts.stop_button, encode(CONTROL, session_id, "stop")),
    ]


def resume_keyboard(content: Content, session_id: int) -> InlineKeyboardMarkup:
    """Resume and Stop, under a paused session."""
    texts = content.texts.session
    return InlineKeyboardMarkup(
        [
            [
                button(texts.resume_button, encode(CONTROL, session_id, "resume")),
                button(texts.stop_button, encode(CONTROL, session_id, "stop")),
            ]
        ]
    )


# ---------------------------------------------------------------- pain, intro, resume offer


def pain_view(content: Content, session_id: int, when: str) -> Reply:
    """The pain question ("How is your back?") with 0-10 buttons."""
    texts = content.texts.session
    text = texts.pain_before if when == "before" else texts.pain_after
    buttons = [button(str(n), encode(PAIN, session_id, when, n)) for n in range(11)]
    return text, grid(buttons, 6)


def pain_noted(content: Content, when: str, pain: int) -> str:
    """The pain question once answered."""
    texts = content.texts.session
    return fill(texts.pain_before_noted if when == "before" else texts.pain_after_noted, pain=pain)


def resume_offer_view(content: Content, session_id: int, through: int, total: int) -> Reply:
    """An unfinished session: where it stands, and a way to start fresh instead."""
    texts = content.texts.session
    markup = single(texts.fresh_button, encode(FRESH, session_id))
    return fill(texts.resume_offer, done=through, total=total), markup


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
            [button(texts.start_button, encode(CARD, session_id, position, "go"))],
            [
                button(texts.skip_button, encode(CARD, session_id, position, "skip")),
                button(texts.too_painful_button, encode(CARD, session_id, position, "hurt")),
            ],
            [button(texts.stop_session_button, encode(CONTROL, session_id, "stop"))],
        ]
    )
    return card_text(content, step, total, level), markup


# ---------------------------------------------------------------- holds


def _cue(content: Content, cues: dict[str, str], step: HoldRep) -> str:
    """The exercise's hold or release cue, with the side for a per-side stretch."""
    side = content.texts.session.sides.get(step.side or "", "")
    return fill(cues[step.item.exercise_id], side=side)


def hold_view(content: Content, session_id: int, step: HoldRep) -> Reply:
    """A rep's message ("Rep 3/10: lift and hold (10 s)") with Pause and Stop."""
    texts = content.texts.session
    text = fill(
        texts.hold,
        rep=step.rep,
        total=step.item.total_holds,
        cue=_cue(content, texts.hold_cues, step),
        seconds=step.item.hold_seconds,
    )
    return text, InlineKeyboardMarkup([controls(content, session_id)])


def released_view(content: Content, session_id: int, step: HoldRep) -> Reply:
    """The same message when the hold ends: release and rest (controls stay while resting)."""
    texts = content.texts.session
    last = step.rep >= step.item.total_holds
    text = fill(
        texts.released_last if last else texts.released,
        rep=step.rep,
        total=step.item.total_holds,
        release=_cue(content, texts.release_cues, step),
    )
    return text, None if last else InlineKeyboardMarkup([controls(content, session_id)])


def hold_cut_text(content: Content, step: HoldRep, *, stopped: bool) -> str:
    """A hold cut short by Pause or Stop: it does not count."""
    texts = content.texts.session
    template = texts.hold_stopped if stopped else texts.hold_paused
    return fill(template, rep=step.rep, total=step.item.total_holds)


# ---------------------------------------------------------------- counted reps


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
                button(texts.add_one_button, encode(ADD, *at, 1)),
                button(texts.add_five_button, encode(ADD, *at, 5)),
                button(texts.set_done_button, encode(SET, *at)),
            ],
            controls(content, session_id),
        ]
    )
    return text, markup


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
            button(labels[key], encode(REACH, session_id, step.position, value))
            for value, key in enumerate(REACH_LEVELS)
        ]
        text = fill(texts.reach_question, more=max(step.item.reps - 1, 0))
        return text, InlineKeyboardMarkup([buttons[:2], buttons[2:], controls(content, session_id)])
    stage_text = list(texts.bend_stages.values())[step.stage]
    text = fill(texts.bend_stage, number=step.stage + 1, total=BEND_STAGES, stage=stage_text)
    next_button = button(texts.next_button, encode(BEND, session_id, step.position, step.stage))
    return text, InlineKeyboardMarkup([[next_button], controls(content, session_id)])


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
                button(texts.leg_yes_button, encode(LEG, session_id, step.position, "yes")),
                button(texts.leg_no_button, encode(LEG, session_id, step.position, "no")),
            ]
        ]
    )
    return texts.leg_question, markup


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
        return pain_view(content, session_id, "before")
    if isinstance(step, AskPainAfter):
        return pain_view(content, session_id, "after")
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
        return texts.paused, resume_keyboard(content, session_id)
    raise ValueError(f"no view for {step!r}")


async def send_step(
    context: CoachContext, chat_id: int, session_id: int, state: SessionState, step: Step
) -> None:
    """Post the view of a step."""
    text, markup = step_view(context.content, session_id, state, step)
    await context.bot.send_message(chat_id, text, reply_markup=markup)


# ---------------------------------------------------------------- the end


def _summary_line(content: Content, line: ExerciseSummary, last_reach: int | None) -> str:
    """One exercise's line in the summary."""
    texts = content.texts.session
    name = item_name(content, line.item)
    if line.outcome is Outcome.SKIPPED:
        return fill(texts.summary_skipped, name=name)
    if line.outcome is Outcome.TOO_PAINFUL:
        return fill(texts.summary_too_painful, name=name)
    if line.outcome is Outcome.NOT_REACHED:
        return fill(texts.summary_not_reached, name=name)
    full = line.outcome is Outcome.FULL
    if line.item.kind is Kind.HOLD:
        template = texts.summary_holds if full else texts.summary_holds_partial
        return fill(template, name=name, holds=line.holds, total=line.item.total_holds)
    if line.item.kind is Kind.COUNT:
        if not full:
            return fill(texts.summary_reps_partial, name=name, reps=line.reps)
        template = texts.summary_sets if line.sets > 1 else texts.summary_reps
        return fill(template, name=name, sets=line.sets, reps=line.reps)
    if line.reach is None:
        return fill(texts.summary_reps_partial, name=name, reps=0)
    labels = texts.reach_labels
    reach = labels[REACH_LEVELS[line.reach]]
    if line.leg_worse:
        return fill(texts.summary_leg_worse, name=name, reach=reach)
    if last_reach is None:
        return fill(texts.summary_reach, name=name, reach=reach)
    last = labels[REACH_LEVELS[last_reach]]
    return fill(texts.summary_reach_last, name=name, reach=reach, last=last)


def summary_text(
    content: Content, summary: Summary, *, stopped: bool, last_reach: int | None
) -> str:
    """Exercises done, reps and sets, holds, reach, the two pain scores and a kind word."""
    texts = content.texts.session
    lines = [texts.summary_stopped if stopped else texts.summary_done, ""]
    lines += [_summary_line(content, line, last_reach) for line in summary.exercises]
    if summary.pain_before is not None and summary.pain_after is not None:
        lines += [
            "",
            fill(texts.summary_pain, before=summary.pain_before, after=summary.pain_after),
        ]
    cheer = texts.encouragement_stopped if stopped else pick(list(texts.encouragement.values()))
    lines += ["", cheer]
    return "\n".join(lines)


def worse_view(
    content: Content,
    session_id: int,
    summary: Summary,
    eased: Sequence[str],
    *,
    again: bool,
    checkin_id: int,
) -> Reply:
    """The "pain got worse" path: ease off, re-check the warning signs, see a clinician."""
    texts = content.texts.session
    parts = [fill(texts.worse, before=summary.pain_before, after=summary.pain_after)]
    if eased:
        parts.append(fill(texts.worse_stepped_down, names=", ".join(eased)))
    if again:
        parts.append(texts.worse_again)
    parts.append(texts.worse_recheck)
    markup = single(texts.worse_checkup_button, encode(CHECKUP, session_id, checkin_id))
    return "\n\n".join(parts), markup


def level_offer_view(
    content: Content, session_id: int, exercise_id: str, standing: Standing
) -> Reply:
    """The offer of the next level, Yes / Not yet."""
    texts = content.texts.session
    exercise = content.exercise(exercise_id)
    rung = exercise.level(standing.level + 1)
    offered = standing.level + 1
    text = fill(
        texts.level_offer,
        name=exercise.name,
        count=standing.clean_sessions,
        level=rung.name,
        how=rung.how,
    )
    markup = InlineKeyboardMarkup(
        [
            [
                button(
                    texts.level_yes_button, encode(LEVEL, session_id, exercise_id, offered, "yes")
                ),
                button(
                    texts.level_no_button, encode(LEVEL, session_id, exercise_id, offered, "no")
                ),
            ]
        ]
    )
    return text, markup


def level_answer_text(content: Content, exercise_id: str, level: int, accepted: bool) -> str:
    """The offer once answered."""
    texts = content.texts.session
    exercise = content.exercise(exercise_id)
    template = texts.level_up if accepted else texts.level_kept
    return fill(template, name=exercise.name, level=exercise.level(level).name)
