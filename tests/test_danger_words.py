"""The warning-sign matcher's rules, beyond the corpus: what it explains, what it refuses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.danger import AMBIGUITIES, Concepts, read
from coach.heard import Crisis, Denied, SignsTyped, Unclear, answers_to
from coach.safety import SIGNS, Cleared, Level
from content import ContentError, load_content
from content.loader import CONTENT_DIR

BOOKS = load_content().danger
# Signs nobody could say in a sentence: an age, and the old screen's unnamed ones.
NOT_TYPED = {"so_age", "em_other", "ur_other"}


def test_a_finding_names_its_way_and_the_typed_words_it_matched():
    reading = read("My BUM went numb!!", "en", BOOKS)
    assert reading.signs == ("em_saddle",)
    assert "em_saddle (en: numb + saddle) on 'bum numb'" in str(reading)


def test_every_sign_a_person_could_type_has_ways_in_every_language():
    for lang, book in BOOKS.items():
        assert set(book.signs) == set(SIGNS) - NOT_TYPED, lang
        assert book.crisis and set(book.ambiguous) == set(AMBIGUITIES), lang


def test_english_is_always_read_too():
    assert read("I have chest pain", "ru", BOOKS).signs == ("em_chest",)


@pytest.mark.parametrize(
    ("lang", "text", "sign"),
    [
        ("en", "no fever but my legs are numb", "em_legs"),  # the "no" stops at "but"
        ("en", "I'm not sure, maybe a fever", "ur_fever"),  # doubt is not a "no"
        ("de", "kein Fieber, aber mein Bein ist taub", "em_legs"),
        ("ru", "температуры нет, но нога немеет", "em_legs"),
        ("es", "no siento nada en las piernas", "em_legs"),  # the sign's own "no"
    ],
)
def test_a_no_reaches_only_its_own_sign(lang, text, sign):
    reading = read(text, lang, BOOKS)
    assert sign in reading.signs, reading


def test_a_sign_said_and_denied_in_one_message_counts_as_said():
    reading = read("no fever. actually yes, a fever since last night", "en", BOOKS)
    assert reading.signs == ("ur_fever",) and reading.negated == ()


def test_crisis_is_never_read_as_negated():
    assert read("I don't want to live like this any more", "en", BOOKS).crisis


def test_a_word_marked_exact_matches_no_other_form():
    assert not read("no puedo dormir, me estoy matando a trabajar", "es", BOOKS).crisis
    assert read("voy a matarme", "es", BOOKS).crisis


def test_a_broken_file_is_named_at_start_up(tmp_path: Path):
    shutil.copytree(CONTENT_DIR, tmp_path / "content", ignore=shutil.ignore_patterns("voice"))
    broken = tmp_path / "content" / "danger" / "de.yaml"
    broken.write_text(broken.read_text().replace("- numb + legs", "- numb + lgs", 1))
    with pytest.raises(ContentError, match=r"danger/de\.yaml.*'lgs'"):
        load_content(tmp_path / "content")


def test_a_file_naming_no_warning_sign_is_refused():
    book = BOOKS["en"].model_copy(update={"signs": {"em_knees": ["numb + legs"]}})
    with pytest.raises(ValueError, match=r"en\.yaml: 'em_knees' is not a warning sign"):
        Concepts("en", book)


def test_words_like_no_stay_words_in_the_files():
    # YAML 1.1 would read a bare no, off or on as a boolean: the files are read as text.
    assert "no" in BOOKS["en"].negation.before
    assert all(isinstance(word, str) for words in BOOKS["en"].words.values() for word in words)


def test_what_to_answer_puts_a_crisis_first_and_never_asks_about_a_seen_history():
    cleared = {"so_cancer": Cleared(Level.YES), "ur_night": Cleared(Level.YES)}
    answers = answers_to(read("I had cancer and I want to die", "en", BOOKS), cleared, None)
    assert answers == [Crisis(None)]  # the past cancer a doctor knows of is not news
    again = answers_to(read("much worse at night", "en", BOOKS), cleared, "Europe/Berlin")
    assert again == [SignsTyped(("ur_night",), "Europe/Berlin", again=True)]
    mixed = answers_to(read("worse at night and a fever", "en", BOOKS), cleared, None)
    assert mixed == [SignsTyped(("ur_fever", "ur_night"), None, again=False)]
    assert answers_to(read("I cant walk", "en", BOOKS), {}, None) == [Unclear("walk", "em_legs")]
    assert answers_to(read("no fever", "en", BOOKS), {}, None) == [Denied(("ur_fever",), None)]
