"""The safety advice in the chat: the person's own emergency number, and each tier's message."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from coach.safety import Level, Tier, nerve_doubts, reported_signs, tier_of
from coach.timezones import country_of
from content import Markup, Words
from views.buttons import ClearedTap, DangerTap, SeenTap
from views.reply import Reply, button, rows
from views.report import with_report_offer

# What typed words that sound like a sign call for, by the sign's tier.
TYPED_ADVICE = {
    Tier.EMERGENCY: "danger-emergency",
    Tier.SAME_DAY: "danger-same-day",
    Tier.SOON: "danger-soon",
}
# After "yes, that's happening", by the tier of all the person's open signs.
CONFIRMED = {
    Tier.EMERGENCY: "danger-confirmed-emergency",
    Tier.SAME_DAY: "danger-confirmed-same-day",
    Tier.SOON: "danger-confirmed-soon",
    Tier.NONE: "danger-confirmed-seen",
}


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


def typed_signs_view(w: Words, signs: Sequence[str], zone: str | None, *, mentioned: str) -> Reply:
    """Typed words that sound like a warning sign: the advice at once, then 'is it happening?'."""
    tier = tier_of(dict.fromkeys(signs, Level.YES))
    advice = TYPED_ADVICE[tier]
    text = w(advice, signs=sign_names(w, signs), **phone(w, zone))
    keys = [
        [button(w("danger-yes-button"), DangerTap(mentioned, "yes"))],
        [button(w("danger-no-button"), DangerTap(mentioned, "no"))],
    ]
    return Reply(text, rows(*keys))


def typed_answer_view(w: Words, tier: Tier, zone: str | None) -> Reply:
    """After 'yes, that's happening': what the plan does now, and what to do."""
    advice = w(CONFIRMED[tier], **phone(w, zone))
    if tier in (Tier.SAME_DAY, Tier.SOON):
        advice = with_report_offer(w, advice)
    return Reply(advice)
