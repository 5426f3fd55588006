"""The end of a session: the summary, the pain-got-worse path, and the next-level offers."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from coach.progression import Standing
from coach.session import REACH_LEVELS, Kind
from coach.summary import ExerciseOutcome, ExerciseSummary, Summary
from content import Content
from content.texts import fill, pick
from views.buttons import LevelTap, RecheckTap
from views.plan import item_name
from views.reply import Reply, button, single


def _summary_line(content: Content, line: ExerciseSummary, last_reach: int | None) -> str:
    """One exercise's line in the summary."""
    texts = content.texts.session
    name = item_name(content, line.item)
    if line.outcome is ExerciseOutcome.SKIPPED:
        return fill(texts.summary_skipped, name=name)
    if line.outcome is ExerciseOutcome.TOO_PAINFUL:
        return fill(texts.summary_too_painful, name=name)
    if line.outcome is ExerciseOutcome.NOT_REACHED:
        return fill(texts.summary_not_reached, name=name)
    full = line.outcome is ExerciseOutcome.FULL
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
        names = ", ".join(content.exercise(e).name for e in eased)
        parts.append(fill(texts.worse_stepped_down, names=names))
    if again:
        parts.append(texts.worse_again)
    parts.append(texts.worse_recheck)
    markup = single(texts.worse_checkup_button, RecheckTap(session_id, checkin_id))
    return Reply("\n\n".join(parts), markup)


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
                button(texts.level_yes_button, LevelTap(session_id, exercise_id, offered, "yes")),
                button(texts.level_no_button, LevelTap(session_id, exercise_id, offered, "no")),
            ]
        ]
    )
    return Reply(text, markup)


def level_answer_text(content: Content, exercise_id: str, level: int, accepted: bool) -> str:
    """The offer once answered."""
    texts = content.texts.session
    exercise = content.exercise(exercise_id)
    template = texts.level_up if accepted else texts.level_kept
    return fill(template, name=exercise.name, level=exercise.level(level).name)
