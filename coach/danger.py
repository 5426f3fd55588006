"""Typed words that name a warning sign: concepts, not strings.

content/danger/<lang>.yaml names groups of words (numb, legs, bladder...) and, for each warning
sign, the ways to say it: groups that must all appear within a few words of each other, in any
order ("numb + legs" finds "my left leg is kind of numb" and "numbness in both legs"). A word
matches its other forms and, when long, one typo (coach/typed.py). A "no" before a sign marks it
negated; look-alikes ("hay fever") hide their words; a way that fits two readings ("I can't walk")
names the question that tells them apart. Every finding says which way matched on which typed
words, so a clinician can see why a sentence asked. No learned model decides anything here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coach.safety import CRISIS, SIGNS
from coach.typed import EXACT, Stemmer, Token, Vocabulary, plain, tokens
from content.models import DangerBook

ENGLISH = "en"  # always read too: people mix in English words, and its lists are the fullest
NEGATION_REACH = 4  # a "no" this many words before a sign, in its clause, says it is absent
AFTER_REACH = 3  # "Fieber hab ich keins", "температуры нет": the "no" after the sign
SPANS_PER_PART = 6  # a word said more often than this adds nothing but time
# The questions that tell two readings apart, and the sign the first reading is.
AMBIGUITIES = {"walk": "em_legs"}
_NO, _NO_AFTER, _DOUBT = "~no", "~no_after", "~doubt"  # not valid group names in the files
_WORDS = re.compile(r"=?\w+")


class Kind(StrEnum):
    """What a way of saying something means."""

    SIGN = "sign"
    CRISIS = "crisis"
    AMBIGUOUS = "ambiguous"
    DISTRESS = "distress"
    LOOKS_ALIKE = "looks_alike"


@dataclass(frozen=True)
class Finding:
    """One concept found in a message: which way of the file matched, on which typed words."""

    kind: Kind
    concept: str  # a sign id, "crisis", a question id, "distress"
    way: str  # as written in content/danger/<lang>.yaml: "numb + legs"
    lang: str
    words: tuple[str, ...]
    negated: bool = False

    def __str__(self) -> str:
        no = "not " if self.negated else ""
        return f"{no}{self.concept} ({self.lang}: {self.way}) on {' '.join(self.words)!r}"


@dataclass(frozen=True)
class Reading:
    """Everything a message says about warning signs, with the findings behind it."""

    findings: tuple[Finding, ...] = ()

    def _concepts(self, kind: Kind, *, negated: bool = False) -> list[str]:
        return [f.concept for f in self.findings if f.kind is kind and f.negated is negated]

    @property
    def signs(self) -> tuple[str, ...]:
        """The signs the message says are there, most urgent first."""
        return by_urgency(self._concepts(Kind.SIGN))

    @property
    def negated(self) -> tuple[str, ...]:
        """Signs the message says are absent ("no fever"), unless it also says they are there."""
        return by_urgency(set(self._concepts(Kind.SIGN, negated=True)) - set(self.signs))

    @property
    def crisis(self) -> bool:
        """Thoughts of ending one's life."""
        return bool(self._concepts(Kind.CRISIS))

    @property
    def ambiguity(self) -> str | None:
        """The question that tells two readings apart, when no sign is plainly there."""
        asked = self._concepts(Kind.AMBIGUOUS)
        return asked[0] if asked and not self.signs else None

    @property
    def distress(self) -> bool:
        """Pain or panic in words, with no sign, question or crisis to answer first."""
        plainly = self.signs or self.ambiguity or self.crisis
        return bool(self._concepts(Kind.DISTRESS)) and not plainly

    @property
    def asks(self) -> bool:
        """Whether the message calls for a question about a sign (or the crisis line)."""
        return bool(self.signs or self.ambiguity or self.crisis)

    def __str__(self) -> str:
        return "; ".join(str(f) for f in self.findings) or "nothing"


def by_urgency(signs: Iterable[str]) -> tuple[str, ...]:
    """Signs without repeats, most urgent first, then in the catalogue's order."""
    order = list(SIGNS)
    return tuple(sorted(set(signs), key=lambda s: (-SIGNS[s].tier, order.index(s))))


@dataclass(frozen=True)
class _Way:
    kind: Kind
    concept: str
    text: str
    parts: tuple[str, ...]


Span = tuple[int, int]  # typed words [start, end) one listed term covers
Found = dict[str, list[Span]]  # group -> where its terms are in the message


class Concepts:
    """One language's file, compiled once: every term as stems, indexed by its first stem."""

    def __init__(self, lang: str, book: DangerBook) -> None:
        self.lang, self.window, self.stem = lang, book.window, Stemmer(lang)
        negation = book.negation
        self.breaks = frozenset(plain(word) for word in negation.breaks)
        groups = {**book.words, _NO: negation.before, _NO_AFTER: negation.after}
        self._terms: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        listed: list[tuple[str, str]] = []
        for group, terms in {**groups, _DOUBT: negation.doubt}.items():
            for term in terms:
                words = _WORDS.findall(plain(term))
                stems = tuple(word if word[0] == EXACT else self.stem(word) for word in words)
                pairs = zip(words, stems, strict=True)
                listed += ((word.removeprefix(EXACT), stem) for word, stem in pairs)
                if stems:
                    self._terms.setdefault(stems[0], []).append((group, stems))
        self.vocabulary = Vocabulary(listed)
        self.looks_alike = [_way(Kind.LOOKS_ALIKE, "looks_alike", w) for w in book.looks_alike]
        self.ways = _ways_of(lang, book)
        self._needing: dict[str, list[int]] = {}  # group -> the ways that need it
        for index, way in enumerate(self.ways):
            for part in way.parts:
                self._needing.setdefault(part, []).append(index)

    def read(
        self, plain_text: str, *, typos: bool = True, masked: frozenset[int] = frozenset()
    ) -> tuple[list[Finding], frozenset[int]]:
        """Every concept a message (made plain) names, the most specific reading of its words;
        and the words look-alikes hid (`masked`: hidden already, by another language's file)."""
        typed = tokens(plain_text, self.stem, self.breaks)
        found = self._occurrences(typed, typos)
        hidden = set(masked)
        for way in self.looks_alike:
            hidden.update(p for at in self._fits(way, found, frozenset()) for p in at)
        placed = []
        candidates = {i for group in found for i in self._needing.get(group, ())}
        for way in (self.ways[i] for i in sorted(candidates)):
            if not all(part in found for part in way.parts):
                continue
            if way.kind is Kind.DISTRESS and hidden:
                continue  # "hay fever is killing me" is not about the back
            placed += [(way, at) for at in self._fits(way, found, frozenset(hidden))]
        findings: dict[tuple[str, bool], Finding] = {}
        for way, at in placed:
            if any(set(at) < set(other) for _, other in placed):
                continue  # "numb" alone is the legs, but "numb bum" is the saddle area
            negated = way.kind is not Kind.CRISIS and self._negated(at, typed, found)
            words = tuple(typed[p].text for p in at)
            finding = Finding(way.kind, way.concept, way.text, self.lang, words, negated)
            findings.setdefault((way.concept, negated), finding)
        return list(findings.values()), frozenset(hidden)

    def _occurrences(self, typed: Sequence[Token], typos: bool) -> Found:
        meanings = [self.vocabulary.meanings(token, typos=typos) for token in typed]
        found: Found = {}
        for start, here in enumerate(meanings):
            for stem in here:
                for group, stems in self._terms.get(stem, ()):
                    end = start + len(stems)
                    if end > len(typed):
                        continue
                    if all(stems[k] in meanings[start + k] for k in range(1, len(stems))):
                        spans = found.setdefault(group, [])
                        if (start, end) not in spans:
                            spans.append((start, end))
        return found

    def _fits(self, way: _Way, found: Found, masked: frozenset[int]) -> list[tuple[int, ...]]:
        """Each set of typed words on which all of a way's parts lie within the window."""
        options = []
        for part in way.parts:
            spans = [s for s in found.get(part, ()) if masked.isdisjoint(range(*s))]
            if not spans:
                return []
            options.append(spans[:SPANS_PER_PART])
        fits: dict[tuple[int, ...], int] = {}
        for choice in itertools.product(*options):
            start, end = min(s for s, _ in choice), max(e for _, e in choice)
            positions = [p for s, e in choice for p in range(s, e)]
            if end - start <= self.window and len(set(positions)) == len(positions):
                fits.setdefault(tuple(sorted(positions)), end - start)
        return sorted(fits, key=fits.__getitem__)  # the tightest first

    def _negated(self, at: tuple[int, ...], typed: Sequence[Token], found: Found) -> bool:
        """Whether a "no" of the person's own (not part of the sign, not "not sure") covers it."""
        first, last = at[0], at[-1]
        said = {p for s, e in found.get(_NO, ()) for p in range(s, e)}
        if not said.isdisjoint(at):
            return False  # the sign's own "no" ("no siento nada", "не чувствую ничего")
        doubt = {p for s, e in found.get(_DOUBT, ()) for p in range(s, e)}
        for start, end in found.get(_NO, ()):
            if not doubt.isdisjoint(range(start, end)) or not set(at).isdisjoint(range(start, end)):
                continue
            if first < start <= last:  # "legs are not numb"
                return True
            near = 0 < first - (end - 1) <= NEGATION_REACH
            if near and typed[end - 1].clause == typed[first].clause:
                return True
        return any(
            0 < start - last <= AFTER_REACH and typed[start].clause == typed[last].clause
            for start, _ in found.get(_NO_AFTER, ())
        )


def _way(kind: Kind, concept: str, text: str) -> _Way:
    return _Way(kind, concept, text, tuple(text.split(" + ")))


def _ways_of(lang: str, book: DangerBook) -> list[_Way]:
    """Every way of the file, checked against the catalogue of signs and questions."""
    for sign in book.signs:
        if sign not in SIGNS:
            raise ValueError(f"content/danger/{lang}.yaml: {sign!r} is not a warning sign")
    for question in book.ambiguous:
        if question not in AMBIGUITIES:
            raise ValueError(f"content/danger/{lang}.yaml: no question {question!r} to ask")
    ways = [_way(Kind.CRISIS, CRISIS, w) for w in book.crisis]
    ways += [_way(Kind.SIGN, sign, w) for sign, listed in book.signs.items() for w in listed]
    ways += [_way(Kind.AMBIGUOUS, q, w) for q, listed in book.ambiguous.items() for w in listed]
    return ways + [_way(Kind.DISTRESS, "distress", w) for w in book.distress]


_COMPILED: dict[int, tuple[DangerBook, Concepts]] = {}


def concepts_of(lang: str, book: DangerBook) -> Concepts:
    """A language's compiled concepts, built on first use and kept."""
    kept = _COMPILED.get(id(book))
    if kept is None or kept[0] is not book:
        kept = (book, Concepts(lang, book))
        _COMPILED[id(book)] = kept
    return kept[1]


def prepare(books: Mapping[str, DangerBook]) -> None:
    """Compile every language at start-up: the first message waits for nothing, and a file that
    names no warning sign (ValueError) stops the bot before it answers anyone."""
    for lang, book in books.items():
        concepts_of(lang, book)


def read(text: str, lang: str, books: Mapping[str, DangerBook]) -> Reading:
    """What a typed message says about warning signs, in its language and in English."""
    findings: list[Finding] = []
    typed, hidden = plain(text), frozenset[int]()
    for each in dict.fromkeys((lang, ENGLISH)):
        if each in books:
            # English inside another language is read exactly ("temperatura" is no typo), and
            # not where the person's own language saw a look-alike ("Temperatur draußen").
            more, hidden = concepts_of(each, books[each]).read(
                typed, typos=each == lang, masked=hidden
            )
            findings += more
    return Reading(tuple(findings))


def sign_code(signs: Sequence[str]) -> str:
    """The signs as one short word for a button: each sign's stable one-character code."""
    return "".join(SIGNS[sign].code for sign in signs)


_BY_CODE = {sign.code: sign.id for sign in SIGNS.values()}


def signs_of_code(code: str) -> tuple[str, ...]:
    """The signs a button's word names; ValueError for anything `sign_code` did not make."""
    if not code or len(set(code)) != len(code) or any(c not in _BY_CODE for c in code):
        raise ValueError(code)
    return tuple(_BY_CODE[c] for c in code)
