"""A hold in the chat: the rep's message, its release, and a hold cut short."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from coach.steps import HoldRep
from content import Content
from content.texts import fill
from views.reply import Reply
from views.session import controls


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
    return Reply(text, InlineKeyboardMarkup([controls(content, session_id)]))


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
    return Reply(text, None if last else InlineKeyboardMarkup([controls(content, session_id)]))


def hold_cut_text(content: Content, step: HoldRep, *, stopped: bool) -> str:
    """A hold cut short by Pause or Stop: it does not count."""
    texts = content.texts.session
    template = texts.hold_stopped if stopped else texts.hold_paused
    return fill(template, rep=step.rep, total=step.item.total_holds)


# ---------------------------------------------------------------- counted reps
