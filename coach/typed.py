"""Typed words as the warning-sign matcher sees them: plain words in clauses, each with its stem.

Case, Latin accents (é, ü, ß), apostrophes and ё do not matter; a word matches the other forms of
a listed word through Snowball stems (legs/leg, Beinen/Bein, piernas/pierna, ногу/нога); and a
listed word of six letters or more also matches with one typo, found through its stem and an
index by first letter and length, so reading a message never compares it with every word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer
from rapidfuzz.distance import Levenshtein

# A message is read up to here: long enough for any sentence about a symptom.
READ_CHARS = 2000
STEMMERS = {"en": "english", "de": "german", "es": "spanish", "ru": "russian"}
TYPO_MIN_LETTERS = 6  # a listed word this long matches with one typo
TYPO_MIN_STEM = 5  # shorter stems are too alike to forgive a typo ("pierd" is not "piern")
TYPO_MIN_TYPED = 5  # nor is a typed word shorter than this
EXACT = "="  # a listed word written "=matarme" matches only as written, no other form
_APOSTROPHES = re.compile(r"['’`´ʼ]")
# Numbers and words apart ("6kg" is 6 and kg), and the marks that end a thought.
_PIECES = re.compile(r"\d+|[^\W\d_]+|[.!?;,:\n]")
# Accents on Latin letters only: the breve of Cyrillic й must stay.
_LATIN_ACCENTS = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")


@dataclass(frozen=True)
class Token:
    """One typed word: as typed (plain), its stem, and which clause of the message it is in."""

    text: str
    stem: str
    clause: int


def plain(text: str) -> str:
    """Lower case, Latin accents and apostrophes gone (Cyrillic й stays й), ё as е."""
    text = unicodedata.normalize("NFKC", text[:READ_CHARS]).casefold().replace("ё", "е")
    decomposed = unicodedata.normalize("NFD", _APOSTROPHES.sub("", text))
    return unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", decomposed)).replace("_", " ")


class Stemmer:
    """One language's Snowball stemmer, remembering the words it has seen."""

    def __init__(self, lang: str) -> None:
        self._snowball = snowballstemmer.stemmer(STEMMERS.get(lang, "english"))
        self._seen: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        stem = self._seen.get(word)
        if stem is None:
            stem = self._snowball.stemWord(word)
            if len(self._seen) < 50_000:  # bounded: strangers' words must not grow it forever
                self._seen[word] = stem
        return stem


def tokens(plain_text: str, stem: Stemmer, breaks: frozenset[str] = frozenset()) -> list[Token]:
    """The words of a message made plain; punctuation and "but" words start a new clause."""
    found: list[Token] = []
    clause = 0
    for piece in _PIECES.findall(plain_text):
        if not piece[0].isalnum() and piece[0] != "_":
            clause += 1
            continue
        if piece in breaks:
            clause += 1
        found.append(Token(piece, stem(piece), clause))
    return found


class Vocabulary:
    """The stems of every listed word, and which of them a typed word's stem stands for."""

    def __init__(self, stems: Iterable[tuple[str, str]]) -> None:
        self._exact: set[str] = set()  # words listed as "=word": only as written
        self._known: set[str] = set()
        self._listed: set[str] = set()
        # (first letter, length) -> (a listed word or its stem, the stem it stands for)
        self._words: dict[tuple[str, int], dict[str, str]] = {}
        self._stems: dict[tuple[str, int], dict[str, str]] = {}
        for word, stem in stems:
            if stem.startswith(EXACT):
                self._exact.add(word)
                continue
            self._known.add(stem)
            self._listed.add(word)
            if len(word) >= TYPO_MIN_LETTERS:
                self._words.setdefault((word[0], len(word)), {})[word] = stem
                if len(stem) >= TYPO_MIN_STEM:
                    self._stems.setdefault((stem[0], len(stem)), {})[stem] = stem
        self._meanings: dict[tuple[str, bool], frozenset[str]] = {}

    def meanings(self, token: Token, *, typos: bool = True) -> frozenset[str]:
        """The listed stems this typed word matches: its own, or (with `typos`) one a typo away."""
        key = (token.text, typos)
        found = self._meanings.get(key)
        if found is None:
            found = self._look_up(token, typos)
            if len(self._meanings) < 50_000:
                self._meanings[key] = found
        return found

    def _look_up(self, token: Token, typos: bool) -> frozenset[str]:
        known = frozenset((token.stem,)) if token.stem in self._known else frozenset()
        if token.text in self._exact:
            known |= {EXACT + token.text}
        if not typos or token.text in self._listed or len(token.text) < TYPO_MIN_TYPED:
            return known
        # As typed ("weekness" is not about weeks) or as a stem ("чуствую"): one letter more,
        # less or changed.
        near = _near(token.text, self._words)
        return known | near | (frozenset() if known else _near(token.stem, self._stems))


def _near(typed: str, index: dict[tuple[str, int], dict[str, str]]) -> frozenset[str]:
    """The stems of listed words one typo from `typed` (a typo rarely hits the first letter)."""
    if not typed:
        return frozenset()
    found = set()
    for size in (len(typed) - 1, len(typed), len(typed) + 1):
        for listed, stem in index.get((typed[0], size), {}).items():
            if Levenshtein.distance(typed, listed, score_cutoff=1) <= 1:
                found.add(stem)
    return frozenset(found)
