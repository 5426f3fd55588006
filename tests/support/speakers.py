"""People who tap buttons by what they say in their own language (any of our four)."""

from __future__ import annotations

from content import Words
from localchat.entities import parse_text
from tests.support.harness import Person

# Telegram's code -> the language we answer in.
CLIENTS = {"en": "en", "de-AT": "de", "es-MX": "es", "ru": "ru"}


def visible(w: Words, key: str, **values: object) -> str:
    """What a person sees of a text: its HTML rendered, as Telegram shows it."""
    return parse_text(w(key, **values), "HTML").text


class Speaker:
    """A person who taps the buttons by what they say in their own language."""

    def __init__(self, person: Person, w: Words) -> None:
        self.person, self.w = person, w

    async def tap(self, key: str) -> None:
        """Tap the newest button labelled with this text in the person's language."""
        await self.person.tap(self.w.plain(key))

    def saw(self, key: str, **values: object) -> bool:
        """Whether the chat shows this text, exactly as the catalogue words it."""
        return any(visible(self.w, key, **values) in text for text in self.person.texts)

    async def begin(self, place: str | None = None) -> None:
        """/start, "Let's begin" and where they are: skipped, or a place typed."""
        await self.person.say("/start")
        await self.tap("onboarding-begin-button")
        if place is None:
            await self.tap("place-skip-button")
        else:
            await self.person.say(place)

    async def report(self, group: str, sign: str, level: str = "yes") -> None:
        """Answer one safety group with `level`, naming one sign of it."""
        await self.tap(f"question-{group}-option-{level}")
        which = {"red_emergency": "em", "red_other": "ot", "red_urgent": "ur", "red_soon": "so"}
        await self.tap(f"question-{which[group]}_which-option-{sign}")
        await self.tap("onboarding-done-button")
