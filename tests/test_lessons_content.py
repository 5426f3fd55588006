"""The course as content: stable ids, every text in every language, one phone screen each,
the support-need questions, the bot's descriptions, and the lessons' pictures."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image, ImageStat

from coach.support import QUESTIONS
from content import load_content
from delivery.media import shown_length
from media.lesson_pictures import PICTURES, lesson_picture_key, render_lesson_picture
from media.library import MediaKind, lesson_picture, render
from views.lessons import lesson_view

CONTENT = load_content()
LANGUAGES = CONTENT.library.languages
# Other features link to these ids (why_exercise_works answers "not sure it helps").
STABLE_IDS = {
    "hurt_not_harm", "sensitive_system", "keep_moving", "scans_and_wear", "bending_is_normal",
    "pacing", "flare_ups", "sleep", "stress_mood", "work", "medicines", "heat_walking",
    "confidence", "why_exercise_works", "recovery_outlook",
}  # fmt: skip
CAPTION = 1024
# About 200 words a minute on a phone: a lesson is read in well under two.
MOST_WORDS = 180


def test_the_course_has_the_fifteen_stable_lessons():
    assert set(CONTENT.course.lessons) == STABLE_IDS
    assert sorted(CONTENT.course.courses["higher"]) == sorted(STABLE_IDS)
    assert CONTENT.course.courses["higher"][:3] == [
        "hurt_not_harm",
        "recovery_outlook",
        "sensitive_system",
    ]  # reassurance first for the higher need
    assert len(CONTENT.course.courses["lower"]) < len(CONTENT.course.courses["higher"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_lesson_fits_one_phone_screen_with_its_question(lang):
    w = CONTENT.words(lang)
    for lesson in CONTENT.course.lessons.values():
        view = lesson_view(w, lesson.id, "Europe/Berlin")
        words = len(re.sub(r"<[^>]+>", "", view.text).split())
        assert shown_length(view.text) <= CAPTION, (lesson.id, shown_length(view.text))
        assert words <= MOST_WORDS, (lesson.id, words)
        assert len(w.plain(f"lesson-{lesson.id}-title")) <= 38  # "✓ " + title on one button
        assert len(w.plain(f"lesson-{lesson.id}-question")) <= 300
        for code in lesson.options:
            assert w.has(f"lesson-{lesson.id}-option-{code}")
        for side in ("right", "wrong"):
            assert len(w.plain(f"lesson-{lesson.id}-{side}")) <= 400


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_medicines_lesson_names_no_dose(lang):
    body = CONTENT.words(lang).plain("lesson-medicines-body")
    assert not re.search(r"\d", body)  # no milligrams, no tablets a day
    assert "NICE" in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_support_questions_and_the_descriptions_have_their_words(lang):
    w = CONTENT.words(lang)
    for question in QUESTIONS:
        assert w.has(f"support-question-{question.id}")
        for code in question.options:
            assert w.has(f"support-option-{code}")
    for group in ("lower", "medium", "higher"):
        assert w.has(f"support-result-{group}") and w.has(f"support-group-{group}")
    description, short = w.plain("about-description"), w.plain("about-short-description")
    assert 0 < len(description) <= 512 and 0 < len(short) <= 120
    assert "<" not in description + short  # plain text: Telegram shows it as it is


def test_every_lesson_picture_is_a_phone_sized_png_that_is_not_blank():
    keys = set()
    for lesson_id in PICTURES:
        image = Image.open(io.BytesIO(render_lesson_picture(lesson_id)))
        assert image.format == "PNG" and image.size == (1280, 800)
        assert max(ImageStat.Stat(image.convert("L")).stddev) > 10, lesson_id  # not blank
        keys.add(lesson_picture_key(lesson_id))
    assert len(keys) == len(PICTURES) and set(PICTURES) <= STABLE_IDS


def test_a_lesson_picture_is_made_like_the_exercise_pictures_and_some_lessons_have_none():
    request = lesson_picture("pacing")
    assert request is not None and request.kind is MediaKind.PICTURE
    assert request.key.startswith("l-") and request.key == lesson_picture("pacing").key
    assert render(request) == render_lesson_picture("pacing")  # the same bytes every time
    assert lesson_picture("medicines") is None
