"""Every language says all that English says, with its placeholders, within Telegram's limits."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from coach.events import Refusal
from localchat.entities import parse_text
from tests.support.catalogues import COUNTS, messages, variables
from tests.support.programme import CONTENT

OTHERS = [lang for lang in CONTENT.library.languages if lang != "en"]
ROOT = Path(__file__).parent.parent
# Telegram refuses a callback answer (a toast) longer than this.
TOAST_LIMIT = 200


def toast_keys() -> set[str]:
    """Every text a tap can be answered with: each `Notice(...)` the bot's code names (a use
    case's toast, or a short answer that may become one), each session refusal a tap can meet
    (the timers' own have no text), a forged tap."""
    refusals = {f"session-{r.value.replace('_', '-')}" for r in Refusal}
    keys = {"common-forged-tap"} | {key for key in refusals if CONTENT.words("en").has(key)}
    for package in ("handlers", "services", "views", "delivery", "scheduler"):
        for path in (ROOT / package).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                called = getattr(node, "func", None)
                if isinstance(node, ast.Call) and getattr(called, "id", None) == "Notice":
                    keys |= _named(node.args[0])
    return keys


def _named(node: ast.expr) -> set[str]:
    """The text keys an argument names: a string, or either side of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _named(node.body) | _named(node.orelse)
    return set()  # a composed key: the session refusals, added above


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


def test_the_toast_keys_are_found_in_the_code():
    keys = toast_keys()
    assert {"onboarding-answered-already", "common-stale-tap", "place-already-noted"} <= keys
    assert {"reminders-paused-toast", "reminders-resumed-toast", "session-old-step"} <= keys
    assert all(CONTENT.words("en").has(key) for key in keys), sorted(keys)


@pytest.mark.parametrize("lang", CONTENT.library.languages)
def test_no_toast_is_longer_than_telegram_allows(lang):
    w, texts = CONTENT.words(lang), messages(lang)
    too_long = {}
    for key in sorted(toast_keys()):
        for count in COUNTS:
            values = dict.fromkeys(variables(texts[key]), count)
            shown = parse_text(w(key, **values), "HTML").text
            if len(shown) > TOAST_LIMIT:
                too_long[key] = len(shown)
    assert too_long == {}
