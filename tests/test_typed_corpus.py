"""Every sentence of the typed-words corpus is read as its label says (a lost one fails here)."""

from __future__ import annotations

import pytest

from coach.danger import read
from content import load_content
from tests.support.corpus import LANGUAGES, Sentence, corpus

BOOKS = load_content().danger
SENTENCES = [sentence for lang in LANGUAGES for sentence in corpus(lang)]


def test_each_language_has_enough_sentences_of_both_kinds():
    for lang in LANGUAGES:
        sentences = corpus(lang)
        assert sum(s.warning for s in sentences) >= 40, lang
        assert sum(not s.warning for s in sentences) >= 15, lang


@pytest.mark.parametrize("sentence", SENTENCES, ids=str)
def test_sentence_is_read_as_labelled(sentence: Sentence):
    reading = read(sentence.text, sentence.lang, BOOKS)
    # The failure names the concepts and the typed words they matched on, for a clinician.
    assert sentence.understood(reading), f"{sentence} was read as: {reading}"
