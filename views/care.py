"""Looking after a sore back: the morning-after question, the weekly re-check, gentle days,
the pause after a second bad session, and /flare."""

from __future__ import annotations

from content import Markup, Words
from views.buttons.care import FlareTap, PauseTap, QuickCheckTap, SettledTap
from views.reply import Reply, button, rows, single
from views.report import with_report_offer
from views.safety import numbers_for


def settled_question(w: Words, session_id: int) -> Reply:
    """Did yesterday's extra soreness settle by this morning?"""
    keys = [
        button(w("care-settled-yes-button"), SettledTap(session_id, "yes")),
        button(w("care-settled-no-button"), SettledTap(session_id, "no")),
    ]
    return Reply(w("care-settled-question"), rows(keys))


# Why the re-check is asked, and its opening line: the first session of a week, pain that went
# up in a session, starting pain that climbed session after session, pain of 8 or more at the
# start, leg symptoms that got worse during an exercise.
RECHECK_INTROS = {
    "ask": "care-recheck-weekly",
    "worse": "care-recheck-after-worse",
    "rising": "programme-recheck-rising",
    "high": "programme-recheck-high",
    "leg": "programme-recheck-leg",
}


def recheck_view(w: Words, session_id: int, *, reason: str) -> Reply:
    """The one-tap re-check: the warning signs in short, 'none of these' or 'something new'
    (after pain that climbs from session to session, the flare-up routine is offered too)."""
    keys = [
        [button(w("care-recheck-none-button"), QuickCheckTap(session_id, "none"))],
        [button(w("care-recheck-new-button"), QuickCheckTap(session_id, "new"))],
    ]
    if reason == "rising":
        keys.append([button(w("care-flare-button"), FlareTap())])
    return Reply(f"{w(RECHECK_INTROS[reason])}\n{w('care-recheck-signs')}", rows(*keys))


def gentle_day(w: Words, country: str | None, *, worst: bool) -> Reply:
    """Severe pain at the start: a gentle session today, what helps, and when to see someone."""
    numbers = numbers_for(w, country)
    text = w("care-gentle-day", **numbers)
    if worst:
        text = Markup(f"{text}\n\n{w('care-worst-ever', **numbers)}")
    return Reply(text)


def pause_view(w: Words) -> Reply:
    """The plan and the reminders wait: a clinician's OK, or the gentle plan."""
    keys = [
        [button(w("care-pause-seen-button"), PauseTap("seen"))],
        [button(w("care-pause-gentle-button"), PauseTap("gentle"))],
    ]
    return Reply(with_report_offer(w, w("care-paused")), rows(*keys))


def flare_view(w: Words, country: str | None) -> Reply:
    """/flare: the gentle routine, how long flare-ups last, what helps, when to see someone."""
    flare = w("care-flare", **numbers_for(w, country))
    return Reply(flare, single(w("care-flare-go-button"), FlareTap()))
