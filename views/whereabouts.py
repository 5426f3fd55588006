"""Where the person is, before the first safety screen: the question, and what was noted."""

from __future__ import annotations

from coach.whereabouts import Place
from content import Words
from views.buttons.checkin import PlaceTap
from views.reminders import keyboard_gone, location_offer
from views.reply import Reply, button, rows
from views.safety import numbers_for

SKIP = "skip"


def country_name(w: Words, code: str) -> str:
    """A country's name in the person's language (CLDR's, through Babel)."""
    return str(w.locale.territories.get(code, code))


def where_views(w: Words, likely: tuple[str, ...], not_found: str | None = None) -> list[Reply]:
    """Which country? Likely ones as buttons, a typed city or country, a location, or skip.

    Asked again after typed text we could not place (`not_found`), without the location hint.
    """
    keys = [[button(country_name(w, code), PlaceTap(code))] for code in likely]
    keys.append([button(w("place-skip-button"), PlaceTap(SKIP))])
    if not_found is None:
        return [Reply(w("place-question"), rows(*keys)), _location_hint(w)]
    key = "place-unknown" if not_found else "place-location-unknown"
    return [Reply(w(key, text=not_found), rows(*keys))]


def tapped_view(w: Words, code: str) -> Reply:
    """The question once a button answered it, with the answer under it."""
    label = w("place-skip-button") if code == SKIP else country_name(w, code)
    return Reply(f"{w('place-question')}\n\n<i>→ {label}</i>")


def _location_hint(w: Words) -> Reply:
    """The share-location button under the typing field, with what is kept of it."""
    offer = location_offer(w)
    return Reply(w("place-location-hint"), offer.markup)


def noted_view(w: Words, place: Place | None) -> Reply:
    """What was noted, with the numbers it gives; the location button goes away."""
    if place is None:
        return keyboard_gone(Reply(w("place-skipped")))
    if place.country is None:
        return keyboard_gone(Reply(w("place-noted-no-country")))
    numbers = numbers_for(w, place.country)
    name = country_name(w, place.country)
    return keyboard_gone(Reply(w("place-noted", country=name, **numbers)))
