"""Asking whether a clinician has examined the person: /checkup, the morning follow-up, the
"did you get help?" two hours after emergency advice, and the last check before the plan opens.

The clearance button says what counts, and is never drawn before it may be used.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.safety import Tier
from content import Words
from views.buttons.checkin import ClearedTap, RecheckTap, SeenTap
from views.reply import Reply, button, rows
from views.safety import numbers_for, sign_names


def _examined(w: Words, checkin_id: int) -> list:
    """The clearance button: a clinician examined me and said I can exercise."""
    return [button(w("safety-seen-button"), ClearedTap(checkin_id))]


def seen_first_view(
    w: Words,
    signs: Sequence[str],
    checkin_id: int,
    country: str | None,
    *,
    tier: Tier,
    may_clear: bool,
) -> Reply:
    """/checkup while signs are open: examined since? Too soon for that: the advice again."""
    if not may_clear:
        return too_soon_view(w, signs, checkin_id, country, tier=tier)
    text = w("safety-seen-first", signs=sign_names(w, signs))
    again = [button(w("safety-not-yet-button"), SeenTap(checkin_id, "not_yet"))]
    return Reply(text, rows(_examined(w, checkin_id), again))


def too_soon_view(
    w: Words, signs: Sequence[str], checkin_id: int, country: str | None, *, tier: Tier
) -> Reply:
    """A clearance before it may be given: the advice again, and the questions if need be."""
    key = "safety-too-soon-emergency" if tier is Tier.EMERGENCY else "safety-too-soon"
    text = w(key, signs=sign_names(w, signs), **numbers_for(w, country))
    again = [button(w("safety-questions-again-button"), SeenTap(checkin_id, "not_yet"))]
    return Reply(text, rows(again))


def follow_up_view(
    w: Words,
    signs: Sequence[str],
    checkin_id: int,
    country: str | None,
    *,
    tier: Tier,
    help_check: bool,
) -> Reply:
    """The morning after the advice, or two hours after emergency advice: were you seen?"""
    if help_check:
        key = "safety-help-check"
    else:
        key = "safety-follow-up-emergency" if tier is Tier.EMERGENCY else "safety-follow-up"
    text = w(key, signs=sign_names(w, signs), **numbers_for(w, country))
    later = [button(w("safety-later-button"), SeenTap(checkin_id, "later"))]
    return Reply(text, rows(_examined(w, checkin_id), later))


def not_yet_view(w: Words, country: str | None, *, emergency: bool) -> Reply:
    """Not seen yet: the advice again, as urgent as the open signs."""
    key = "safety-not-yet-emergency" if emergency else "safety-not-yet"
    return Reply(w(key, **numbers_for(w, country)))


def recheck_view(w: Words, checkin_id: int) -> Reply:
    """Before a clinician's OK opens the plan: the emergency signs once more."""
    keys = [
        [button(w("safety-recheck-none-button"), RecheckTap(checkin_id, "none"))],
        [button(w("safety-recheck-new-button"), RecheckTap(checkin_id, "new"))],
    ]
    return Reply(w("safety-recheck"), rows(*keys))
