"""The safety advice in the chat: the person's own numbers, and each tier's message.

`numbers_for` is the one place the emergency, same-day and crisis numbers are looked up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from coach.safety import Level, nerve_doubts, reasons
from content import Markup, Words
from content.models import Numbers
from views.reply import Reply
from views.report import with_report_offer


def _bold(number: str) -> Markup:
    """A phone number as the advice shows it."""
    return Markup(f"<b>{escape(number)}</b>")


def numbers_for(w: Words, country: str | None) -> dict[str, Markup]:
    """`emergency`, `line` (a doctor today) and `crisis` for a person in `country` (ISO code).

    An unknown country gets "your local emergency number" and "your doctor today".
    """
    numbers = w.content.numbers.get(country or "")
    if numbers is None:
        emergency = w("safety-local-emergency")
        line = w("safety-same-day-no-line", place="gp")
        return {"emergency": emergency, "line": line, "crisis": _crisis(w, None, emergency)}
    emergency = _emergency(w, numbers)
    return {
        "emergency": emergency,
        "line": _same_day(w, numbers),
        "crisis": _crisis(w, numbers, _bold(numbers.emergency)),
    }


def _emergency(w: Words, numbers: Numbers) -> Markup:
    """'<b>999</b>', '<b>112</b> or <b>999</b>', '<b>112</b> (ambulance <b>144</b>)'."""
    number = _bold(numbers.emergency)
    if numbers.also:
        return w("safety-emergency-or", number=number, other=_bold(numbers.also))
    if numbers.ambulance:
        return w("safety-emergency-ambulance", number=number, ambulance=_bold(numbers.ambulance))
    return number


def _same_day(w: Words, numbers: Numbers) -> Markup:
    """How to reach a doctor today: a line (with its service's name) or the usual place."""
    place = numbers.same_day_place
    if not numbers.same_day:
        return w("safety-same-day-no-line", place=place)
    name = escape(numbers.same_day_name or "")
    line = Markup(f"{name} {_bold(numbers.same_day)}".strip())
    return w("safety-same-day-with-line", line=line, place=place)


def _crisis(w: Words, numbers: Numbers | None, emergency: Markup) -> Markup:
    """A crisis line (with its name); where none is known, the emergency number itself."""
    if numbers is None or not numbers.crisis:
        return w("safety-crisis-unknown", emergency=emergency)
    if numbers.crisis_name:
        return w("safety-crisis-named", name=numbers.crisis_name, number=_bold(numbers.crisis))
    return _bold(numbers.crisis)


def sign_names(w: Words, signs: Iterable[str]) -> Markup:
    """'a fever or chills, and pain high up between your shoulder blades'."""
    return Markup(w.listing([w(f"safety-sign-{sign}") for sign in signs]))


def why_lines(w: Words, signs: Mapping[str, Level]) -> Markup:
    """What these signs may mean, a line for each kind (chest pain is not a squeezed nerve)."""
    return Markup("\n".join(w(f"safety-why-{reason}") for reason in reasons(signs)))


def emergency_view(w: Words, country: str | None, signs: Mapping[str, Level]) -> Reply:
    """Emergency care now: the number first, then what the signs may mean."""
    return Reply(w("safety-emergency", why=why_lines(w, signs), **numbers_for(w, country)))


def nerve_view(w: Words, country: str | None, *, self_check: bool) -> Reply:
    """Not sure about a squeezed-nerve sign: checked today, and exactly what means now."""
    check = "yes" if self_check else "no"
    return Reply(w("safety-nerve", check=check, **numbers_for(w, country)))


def same_day_view(w: Words, country: str | None, signs: Mapping[str, Level]) -> Reply:
    """A doctor today, on its own (the nerve version when a nerve sign is still in doubt)."""
    numbers, why = numbers_for(w, country), why_lines(w, signs)
    if nerve_doubts(signs):
        # The nerve advice says what the doubt means; another same-day sign adds its own line.
        nerve = w("safety-same-day-nerve", **numbers)
        return Reply(with_report_offer(w, Markup(f"{nerve}\n\n{why}") if why else nerve))
    return Reply(with_report_offer(w, w("safety-same-day", why=why, **numbers)))


def cannot_read_view(w: Words, country: str | None) -> Reply:
    """A voice note, picture or file: the bot cannot take it in, and where to turn."""
    return Reply(w("safety-cannot-read", **numbers_for(w, country)))
