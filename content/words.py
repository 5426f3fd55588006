"""Every text a person reads, by key and language: Project Fluent catalogues in content/locales.

Fluent keeps plurals, selectors and variables in the translation itself, so a translator edits
`.ftl` files without reading Python. English is the source and the fallback: a key missing in
another language falls back to it, with a log line naming the key and the language.
Dates, times and numbers are written the language's way with Babel (CLDR).
"""

from __future__ import annotations

import html
import logging
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from functools import cached_property
from pathlib import Path

from babel import Locale
from babel.dates import format_skeleton, format_time
from babel.lists import format_list
from fluent.runtime import FluentBundle, FluentResource

log = logging.getLogger(__name__)

SOURCE = "en"
# Our English is international: the day before the month ("Sun, 8 Dec"), not the US order.
CLDR_LOCALES = {"en": "en_001"}


class Markup(str):
    """A fragment that is already valid HTML and must not be escaped again."""

    __slots__ = ()


@dataclass(frozen=True)
class Notice:
    """A sentence for the person, named by its text key, with the values it needs."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Catalogue:
    """The parsed messages of one language."""

    lang: str
    bundle: FluentBundle
    ids: frozenset[str]


def read_catalogue(folder: Path) -> Catalogue:
    """Every `.ftl` file of one language folder, in one bundle."""
    lang = folder.name
    bundle = FluentBundle([lang], use_isolating=False)
    ids: set[str] = set()
    for path in sorted(folder.glob("*.ftl")):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            identifier = getattr(getattr(entry, "id", None), "name", None)
            if identifier is not None and not identifier.startswith("-"):
                ids.add(identifier)
        bundle.add_resource(resource)
    return Catalogue(lang, bundle, frozenset(ids))


class Phrasebook:
    """The texts of one language (falling back to English), ready to fill."""

    def __init__(self, catalogue: Catalogue, source: Catalogue) -> None:
        self.catalogue = catalogue
        self.source = source
        self.lang = catalogue.lang

    @cached_property
    def locale(self) -> Locale:
        """The language's CLDR data (dates, plural rules)."""
        return Locale.parse(CLDR_LOCALES.get(self.lang, self.lang))

    def has(self, key: str) -> bool:
        """Whether the key exists in this language or in English."""
        return key in self.catalogue.ids or key in self.source.ids

    def plain(self, key: str, **values: object) -> str:
        """The text filled with its values as they are (for pictures and file names)."""
        catalogue = self.catalogue
        if key not in catalogue.ids:
            if key not in self.source.ids:
                raise KeyError(f"no text {key!r}")
            if catalogue is not self.source:
                log.warning("text %r is missing in %r; using English", key, self.lang)
            catalogue = self.source
        message = catalogue.bundle.get_message(key)
        text, errors = catalogue.bundle.format_pattern(message.value, dict(values))
        if errors:
            raise ValueError(f"text {key!r} in {catalogue.lang!r}: {errors}")
        return text

    def __call__(self, key: str, **values: object) -> Markup:
        """The HTML text filled with its values; what a person typed is escaped."""
        return Markup(self.plain(key, **{name: _safe(value) for name, value in values.items()}))

    def numbered(self, key: str) -> list[Markup]:
        """`key-1`, `key-2` ... as far as they go (steps, tips, varied wordings)."""
        return list(_numbered(self, key))

    def pick(self, key: str, rng: random.Random | None = None) -> Markup:
        """One of several wordings, so repeated messages do not read like a machine."""
        return (rng or random).choice(self.numbered(key))

    def day(self, day: date) -> str:
        """'8 Dec', '8. Dez.', '8 dic', '8 дек.': CLDR's skeleton picks each language's order."""
        return format_skeleton("MMMd", day, locale=self.locale)

    def weekday(self, day: date) -> str:
        """'Sun, 8 Dec', 'So., 8. Dez.', 'dom, 8 dic', 'вс, 8 дек.'."""
        return format_skeleton("MMMEd", day, locale=self.locale)

    def listing(self, items: list[str]) -> str:
        """'a, b and c' the language's way."""
        return format_list(items, locale=self.locale) if items else ""

    def clock(self, at: time) -> str:
        """A time of day the language's way (07:30 almost everywhere we speak)."""
        return format_time(at, "HH:mm", locale=self.locale)


def _numbered(words: Phrasebook, key: str) -> Iterator[Markup]:
    """The numbered texts under a key, in order."""
    number = 1
    while words.has(f"{key}-{number}"):
        yield words(f"{key}-{number}")
        number += 1


def _safe(value: object) -> object:
    """A value ready for HTML: numbers stay numbers (plurals), text is escaped unless Markup."""
    if isinstance(value, Markup | int | float):
        return value
    return html.escape(str(value), quote=False)


@dataclass(frozen=True)
class Library:
    """Every language we speak, and the Words of each."""

    catalogues: Mapping[str, Catalogue]

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages, English first."""
        return (SOURCE, *sorted(lang for lang in self.catalogues if lang != SOURCE))

    def catalogue(self, lang: str | None) -> Catalogue:
        """The texts of a language we speak, or English."""
        return self.catalogues.get(lang or SOURCE, self.catalogues[SOURCE])


def read_library(folder: Path) -> Library:
    """Every language folder under `folder` (one folder per language code)."""
    catalogues = {
        path.name: read_catalogue(path) for path in sorted(folder.iterdir()) if path.is_dir()
    }
    if SOURCE not in catalogues:
        raise FileNotFoundError(f"{folder}: the English texts ({SOURCE}/) are missing")
    return Library(catalogues)
