"""The safety advice in the chat: the person's own emergency number, and each tier's message."""

from __future__ import annotations

from collections.abc import Iterable

from coach.safety import nerve_doubts, reported_signs
from coach.timezones import country_of
from content import Markup, Words
from views.buttons import ClearedTap, SeenTap
from views.reply import Reply, button, rows
from views.report import with_report_offer


def phone(w: Words, zone: str | None) -> dict[str, Markup]:
    """`emergency` and `line` for the advice texts, from the person's time zone when known."""
    numbers = w.content.numbers.get(country_of(zone) or "")
    emergency = Markup(f"<b>{numbers.emergency}</b>") if numbers else w("safety-local-emergency")
    if numbers and numbers.same_day:
        line = w("safety-same-day-with-line", line=Markup(f"<b>{numbers.same_day}</b>"))
    else:
        line = w("safety-same-day-no-line")
    return {"emergency": emergency, "line": line}


def sign_names(w: Words, signs: Iterable[str]) -> Markup:
    """'a fever or chills, and pain high up between your shoulder blades'."""
    return Markup(w.listing([w(f"safety-sign-{sign}") for sign in signs]))


def emergency_view(w: Words, zone: str | None) -> Reply:
    """Emergency care now."""
    return Reply(w("safety-emergency", **phone(w, zone)))


def nerve_view(w: Words, zone: str | None) -> Reply:
    """Not sure about a squeezed-nerve sign: checked today, and exactly what means now."""
    return Reply(w("safety-nerve", **phone(w, zone)))


def same_day_view(w: Words, answers: dict[str, str], zone: str | None) -> Reply:
    """A doctor today, on its own (the nerve version when a nerve sign is still in doubt)."""
    nerve = bool(nerve_doubts(reported_signs(answers)))
    advice = w("safety-same-day-nerve" if nerve else "safety-same-day", **phone(w, zone))
    return Reply(with_report_offer(w, advice))


def seen_first_view(w: Words, signs: Iterable[str], checkin_id: int, *, morning: bool) -> Reply:
    """'Have you been seen?', with the clearance and, in /checkup, the questions again."""
    names = sign_names(w, signs)
    text = w("safety-follow-up" if morning else "safety-seen-first", signs=names)
    keys = [[button(w("safety-seen-button"), ClearedTap(checkin_id))]]
    if morning:
        keys.append([button(w("safety-later-button"), SeenTap(checkin_id, "later"))])
    else:
        keys.append([button(w("safety-not-yet-button"), SeenTap(checkin_id, "not_yet"))])
    return Reply(text, rows(*keys))
