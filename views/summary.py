"""The end of a session: the summary and the next-level offers (the pain path: pain_path.py)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from coach.pain_path import PainOutcome, Steady
from coach.progression import Standing
from coach.session import REACH_LEVELS, Kind
from coach.summary import ExerciseOutcome, ExerciseSummary, Summary
from content import Markup, Words
from views.buttons.care import FlareTap
from views.buttons.guided import LevelTap, ShortSession
from views.plan import exercise_name, item_name
from views.reply import Keyboard, Reply, button, rows


def _summary_line(w: Words, line: ExerciseSummary, last_reach: int | None) -> str:
    """One exercise's line in the summary."""
    name = item_name(w, line.item)
    if line.outcome is ExerciseOutcome.SKIPPED:
        return w("session-summary-skipped", name=name)
    if line.outcome is ExerciseOutcome.TOO_PAINFUL:
        return w("session-summary-too-painful", name=name)
    if line.outcome is ExerciseOutcome.NOT_REACHED:
        return w("session-summary-not-reached", name=name)
    if line.outcome is ExerciseOutcome.LEG_STOPPED:
        return w("programme-summary-leg-stopped", name=name)
    full = line.outcome is ExerciseOutcome.FULL
    if line.item.kind is Kind.HOLD:
        key = "session-summary-holds" if full else "session-summary-holds-partial"
        return w(key, name=name, holds=line.holds, total=line.item.total_holds)
    if line.item.kind is Kind.COUNT:
        if not full:
            return w("session-summary-reps-partial", name=name, reps=line.reps)
        key = "session-summary-sets" if line.sets > 1 else "session-summary-reps"
        return w(key, name=name, sets=line.sets, reps=line.reps)
    if line.reach is None:
        return w("session-summary-reps-partial", name=name, reps=0)
    reach = _reach(w, line.reach)
    if line.leg_worse:
        return w("session-summary-leg-worse", name=name, reach=reach)
    if last_reach is None:
        return w("session-summary-reach", name=name, reach=reach)
    return w("session-summary-reach-last", name=name, reach=reach, last=_reach(w, last_reach))


def _reach(w: Words, reach: int) -> Markup:
    """'Mid-shin'."""
    return w(f"session-reach-labels-{REACH_LEVELS[reach]}")


def summary_text(
    w: Words, summary: Summary, outcome: PainOutcome, *, stopped: bool, last_reach: int | None
) -> str:
    """Exercises done, reps and sets, holds, reach, the two pain scores and a kind word
    (no "done" and no praise when nothing was done)."""
    if stopped:
        header = "session-summary-stopped"
    else:
        header = "programme-summary-nothing" if summary.nothing_done else "session-summary-done"
    lines = [w(header), ""]
    lines += [_summary_line(w, line, last_reach) for line in summary.exercises]
    if summary.pain_before is not None and summary.pain_after is not None:
        lines += [
            "",
            w("session-summary-pain", before=summary.pain_before, after=summary.pain_after),
        ]
    lines += ["", _kind_word(w, summary, outcome, stopped=stopped)]
    return "\n".join(lines)


def _kind_word(w: Words, summary: Summary, outcome: PainOutcome, *, stopped: bool) -> str:
    """A closing word that fits the session: no cheering when the pain went up."""
    if stopped:
        return w("session-encouragement-stopped")
    if summary.nothing_done:
        return w("programme-encouragement-nothing")
    if not isinstance(outcome, Steady):  # the pain went up
        return w("session-encouragement-sore")
    return w.pick("session-encouragement")


def nothing_done_markup(w: Words) -> Keyboard:
    """Under a session where nothing was done: the flare-up routine, or a shorter session."""
    return rows(
        [button(w("care-flare-button"), FlareTap())],
        [button(w("programme-short-button"), ShortSession())],
    )


def level_offer_view(w: Words, session_id: int, exercise_id: str, standing: Standing) -> Reply:
    """The offer of the next level, Yes / Not yet."""
    exercise = w.content.exercise(exercise_id)
    rung = exercise.level(standing.level + 1)
    offered = standing.level + 1
    rung_words = f"exercise-{exercise_id}-level-{rung.id}"
    text = w(
        "session-level-offer",
        name=exercise_name(w, exercise_id),
        count=standing.clean_sessions,
        level=w(f"{rung_words}-name"),
        how=w(f"{rung_words}-how"),
    )
    markup = InlineKeyboardMarkup(
        [
            [
                button(
                    w("session-level-yes-button"), LevelTap(session_id, exercise_id, offered, "yes")
                ),
                button(
                    w("session-level-no-button"), LevelTap(session_id, exercise_id, offered, "no")
                ),
            ]
        ]
    )
    return Reply(text, markup)


def level_answer_text(w: Words, exercise_id: str, level: int, accepted: bool) -> str:
    """The offer once answered."""
    exercise = w.content.exercise(exercise_id)
    rung = exercise.level(level)
    key = "session-level-up" if accepted else "session-level-kept"
    level_name = w(f"exercise-{exercise_id}-level-{rung.id}-name")
    return w(key, name=exercise_name(w, exercise_id), level=level_name)
