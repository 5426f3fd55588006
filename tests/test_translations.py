"""Every language says all that English says, with its placeholders, within Telegram's limits."""

from __future__ import annotations

import pytest

from localchat.entities import parse_text
from tests.support.catalogues import COUNTS, messages, variables
from tests.support.programme import CONTENT

OTHERS = [lang for lang in CONTENT.library.languages if lang != "en"]


@pytest.mark.parametrize("lang", OTHERS)
def test_every_language_has_exactly_the_english_keys(lang):
    source, translated = set(messages("en")), set(messages(lang))
    assert sorted(source - translated) == [], f"missing in {lang}"
    assert sorted(translated - source) == [], f"only in {lang}: left over from an old text"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_translation_uses_exactly_the_english_placeholders(lang):
    source = messages("en")
    wrong = {
        key: (sorted(variables(message)), sorted(variables(source[key])))
        for key, message in messages(lang).items()
        if key in source and variables(message) != variables(source[key])
    }
    assert wrong == {}


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("lang", OTHERS)
def test_every_translation_renders_as_valid_html_within_telegram_limits(lang, count):
    w = CONTENT.words(lang)
    for key, message in messages(lang).items():
        text = w.plain(key, **dict.fromkeys(variables(message), count))
        parsed = parse_text(text, "HTML")  # raises on HTML Telegram would refuse
        assert 0 < len(parsed.text.strip()) <= 4096, key
        if key.endswith("-button") or "-option-" in key:
            assert len(parsed.text) <= 40, (key, parsed.text)  # fits a phone's row


def test_russian_counts_take_their_three_forms():
    w = CONTENT.words("ru")
    lines = [w.plain("progress-total", total=n) for n in (1, 2, 5, 21)]
    assert [line.split()[-1] for line in lines] == ["занятие", "занятия", "занятий", "занятие"]
