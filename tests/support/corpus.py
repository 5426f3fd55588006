"""The typed-words corpus (tests/typed_corpus/<lang>.yaml): sentences people really type,
each with what it means; shared by tests/test_typed_corpus.py and bench/typed_words.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from coach.danger import Reading

CORPUS = Path(__file__).resolve().parent.parent / "typed_corpus"
LANGUAGES = ("en", "de", "es", "ru")


@dataclass(frozen=True)
class Sentence:
    """One typed sentence and its label: a sign, "crisis", "ambiguous <id>", "none", "distress"
    or "not <sign>" (a sign the person says they do not have)."""

    lang: str
    text: str
    label: str
    warning: bool  # a warning sentence (must be caught), or an everyday one (must not ask)

    @property
    def negated(self) -> bool:
        return self.label.startswith("not ")

    def understood(self, reading: Reading) -> bool:
        """Whether the matcher read the sentence as its label says."""
        kind, _, rest = self.label.partition(" ")
        if kind == "crisis":
            return reading.crisis
        if kind == "ambiguous":
            return reading.ambiguity == rest and not reading.signs
        if kind == "not":
            return rest in reading.negated and not reading.asks
        if kind == "distress":
            return reading.distress
        if kind == "none":
            return not (reading.asks or reading.negated or reading.distress)
        return kind in reading.signs

    def __str__(self) -> str:
        return f"{self.lang}: {self.text!r} ({self.label})"


def corpus(lang: str) -> list[Sentence]:
    """Every sentence of one language, warning ones first."""
    data = yaml.safe_load((CORPUS / f"{lang}.yaml").read_text(encoding="utf-8"))
    return [
        Sentence(lang, str(text), str(label), section == "warning")
        for section in ("warning", "everyday")
        for text, label in data[section].items()
    ]
