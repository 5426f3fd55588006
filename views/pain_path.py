"""The pain path in words: what each outcome of coach/pain_path.py says to the person."""

from __future__ import annotations

from coach.pain_path import (
    ExpectedRise,
    PainOutcome,
    Pause,
    Settled,
    Steady,
    StepBack,
    StillSore,
    StillWorse,
    WatchRise,
)
from coach.progression import Eased
from coach.summary import Summary
from content import Markup, Words
from views.buttons.care import FlareTap, RiseTap
from views.care import pause_view
from views.plan import exercise_name
from views.reply import Reply, button, rows, single


def pain_path_view(
    w: Words, session_id: int, summary: Summary, outcome: PainOutcome, eased: Eased
) -> list[Reply]:
    """What follows the summary (or the morning's answer) for this outcome, in order."""
    match outcome:
        case Steady():
            return []
        case ExpectedRise():
            return [Reply(w("session-sore-note"))]  # usually settled by the morning
        case WatchRise():
            return [_rise_view(w, session_id, summary, Eased())]  # the morning decides
        case StepBack():
            return [_rise_view(w, session_id, summary, eased)]
        case Pause(after=StepBack()):
            return [pause_view(w)]
        case Pause(after=StillWorse()):
            return [_not_settled(w, eased), pause_view(w)]
        case Settled(stepped_back=stepped_back):
            return [Reply(w("care-settled-yes-big" if stepped_back else "care-settled-yes"))]
        case StillSore():
            return [_not_settled(w, Eased())]
        case StillWorse():
            return [_not_settled(w, eased)]


def settled_noted(w: Words, outcome: PainOutcome) -> Reply:
    """The morning question, once answered."""
    key = "care-settled-noted-yes" if isinstance(outcome, Settled) else "care-settled-noted-no"
    return Reply(w(key))


def _eased_lines(w: Words, eased: Eased) -> list[str]:
    """One line for each way the exercises were made easier."""
    lines = []
    for key, ids in (("care-eased-levels", eased.levels), ("care-eased-lighter", eased.lighter)):
        if ids:
            names = Markup(w.listing([exercise_name(w, e) for e in ids]))
            lines.append(w(key, names=names, count=len(ids)))
    return lines


def _not_settled(w: Words, eased: Eased) -> Reply:
    """Not settled by the morning: what changes today, and when to see someone."""
    first = w("care-settled-no-eased") if eased else w("care-settled-no-same")
    text = "\n".join([first, *_eased_lines(w, eased)]) + "\n\n" + w("care-settled-see")
    return Reply(Markup(text), single(w("care-flare-button"), FlareTap()))


def _rise_text(w: Words, summary: Summary, eased: Eased) -> str:
    """The pain went up: what changes (or that tomorrow decides), then the one question."""
    parts = [w("session-worse", before=summary.pain_before, after=summary.pain_after)]
    if eased:
        parts.append("\n".join([w("session-worse-eased"), *_eased_lines(w, eased)]))
    else:
        parts.append(w("session-worse-wait"))  # nothing eased: tomorrow's answer decides
    return "\n".join(parts)


def _rise_view(w: Words, session_id: int, summary: Summary, eased: Eased) -> Reply:
    """After pain went up: one short message, one question; the warning signs one tap away."""
    text = f"{_rise_text(w, summary, eased)}\n\n{w('programme-rise-question')}"
    keys = rows(
        [button(w("programme-rise-pain-button"), RiseTap(session_id, "pain"))],
        [button(w("programme-rise-new-button"), RiseTap(session_id, "new"))],
    )
    return Reply(text, keys)


def just_pain_view(w: Words) -> Reply:
    """ "Just the pain": go gently, and the flare-up routine if it flares."""
    return Reply(w("programme-rise-just-pain"), single(w("care-flare-button"), FlareTap()))
