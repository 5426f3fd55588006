"""Typed words that sound like a warning sign: never ignored, whatever the bot was waiting for.

The phrase lists live in content/danger/<language>.yaml, one list per warning sign. A message
matches a phrase when the phrase's words appear in it in order, side by side; case, accents of
Latin letters, apostrophes and punctuation do not matter ("I CAN'T feel my legs!" matches
"cant feel my legs").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from coach.safety import SIGNS

Phrases = Mapping[str, Sequence[str]]  # sign id -> phrases that mention it
# A message is read up to here: long enough for any sentence about a symptom.
READ_CHARS = 2000
_APOSTROPHES = re.compile(r"['’`´ʼ]")
_NOT_WORD = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    """Lower case, Latin accents and apostrophes gone, words separated by single spaces."""
    text = unicodedata.normalize("NFKC", text[:READ_CHARS]).casefold().replace("ё", "е")
    text = _APOSTROPHES.sub("", text)
    decomposed = unicodedata.normalize("NFD", text)
    # Strip combining marks from Latin letters only: Cyrillic й must stay й.
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    plain = unicodedata.normalize("NFC", "".join(kept)).replace("_", " ")
    return " ".join(_NOT_WORD.sub(" ", plain).split())


@lru_cache(maxsize=4096)
def _phrase(phrase: str) -> str:
    """A phrase of the lists, normalised once."""
    return normalise(phrase)


def signs_in(text: str, books: Iterable[Phrases]) -> tuple[str, ...]:
    """The warning signs a typed message mentions, most urgent first (none: an empty tuple)."""
    padded = f" {normalise(text)} "
    found: set[str] = set()
    for book in books:
        for sign, phrases in book.items():
            if sign not in found and any(f" {_phrase(p)} " in padded for p in phrases):
                found.add(sign)
    order = list(SIGNS)
    return tuple(sorted(found, key=lambda s: (-SIGNS[s].tier, order.index(s))))


def sign_code(signs: Sequence[str]) -> str:
    """The signs as one short word for a button: each sign's stable one-character code."""
    return "".join(SIGNS[sign].code for sign in signs)


_BY_CODE = {sign.code: sign.id for sign in SIGNS.values()}


def signs_of_code(code: str) -> tuple[str, ...]:
    """The signs a button's word names; ValueError for anything `sign_code` did not make."""
    if not code or len(set(code)) != len(code) or any(c not in _BY_CODE for c in code):
        raise ValueError(code)
    return tuple(_BY_CODE[c] for c in code)
