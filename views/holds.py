"""A hold in the chat: the rep's message, its release, and a hold cut short."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from coach.steps import HoldRep
from content import Markup, Words
from views.reply import Reply
from views.session import controls, leg_rows


def _cue(w: Words, kind: str, step: HoldRep) -> Markup:
    """The hold or release cue of the exercise (or of its form), to the side of a stretch."""
    key = f"session-{kind}-cues-{step.item.exercise_id}"
    if step.item.variant and w.has(f"{key}-{step.item.variant}"):
        key = f"{key}-{step.item.variant}"
    return w(key, side=step.side or "none")


def _keys(w: Words, session_id: int, step: HoldRep) -> InlineKeyboardMarkup:
    """Pause and Stop (and, during the back bend, the button for leg symptoms that spread)."""
    return InlineKeyboardMarkup(
        [*leg_rows(w, session_id, step.position, step.item), controls(w, session_id)]
    )


def hold_view(w: Words, session_id: int, step: HoldRep) -> Reply:
    """A rep's message ("Rep 3/10: lift and hold (10 s)") with Pause and Stop."""
    text = w(
        "session-hold",
        rep=step.rep,
        total=step.item.total_holds,
        cue=_cue(w, "hold", step),
        seconds=step.item.hold_seconds,
    )
    return Reply(text, _keys(w, session_id, step))


def released_view(w: Words, session_id: int, step: HoldRep) -> Reply:
    """The same message when the hold ends: release and rest (controls stay while resting)."""
    last = step.rep >= step.item.total_holds
    text = w(
        "session-released-last" if last else "session-released",
        rep=step.rep,
        total=step.item.total_holds,
        release=_cue(w, "release", step),
    )
    return Reply(text, None if last else _keys(w, session_id, step))


def hold_cut_text(w: Words, step: HoldRep, *, stopped: bool) -> str:
    """A hold cut short by Pause or Stop: it does not count."""
    key = "session-hold-stopped" if stopped else "session-hold-paused"
    return w(key, rep=step.rep, total=step.item.total_holds)
