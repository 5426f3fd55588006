"""The content files: they load, they say what coach needs, and a broken file is named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from coach.checkin import ALL_QUESTIONS
from coach.plan import PROGRAMME_ORDER, Symptoms, build_plan
from content import ContentError, load_content
from content.loader import CONTENT_DIR
from content.texts import TextGroup
from handlers.callback_data import MAX_BYTES
from localchat.entities import parse_text

NAMES = {
    "pelvic_lift": "Pelvic lift",
    "back_extension": "Back extension",
    "bending_forward": "Bending forward step by step",
    "back_bend": "Standing back bend",
    "knee_rotation": "Knee rotation stretch",
}


def all_texts(group: TextGroup):
    for name, value in group:
        if isinstance(value, TextGroup):
            yield from all_texts(value)
        elif isinstance(value, dict):
            yield from ((f"{name}.{k}", v) for k, v in value.items())
        elif isinstance(value, list):
            yield from ((f"{name}.{i}", v) for i, v in enumerate(value))
        else:
            yield name, value


def test_the_five_exercises_carry_the_names_people_see(content):
    assert {key: e.name for key, e in content.exercises.items()} == NAMES
    assert tuple(content.exercises) == PROGRAMME_ORDER


def test_the_article_doses_are_in_the_content(content):
    pelvic = content.exercise("pelvic_lift")
    assert (pelvic.level(0).dose.reps, pelvic.level(0).dose.hold_seconds) == (10, 10)
    assert [level.dose.reps for level in content.exercise("back_extension").levels[:3]] == [
        10,
        15,
        20,
    ]
    assert content.exercise("back_extension").levels[3].dose.sets == 3
    lying = content.exercise("back_bend").variant("lying")
    assert (lying.dose.reps, lying.dose.hold_seconds) == (10, 3)
    assert content.exercise("knee_rotation").level(0).dose.hold_seconds == 10


def test_every_question_coach_asks_exists(content):
    assert set(ALL_QUESTIONS) == set(content.questions)


def test_every_reason_a_plan_can_give_has_a_text(content):
    keys = {reason for reason in content.texts.plan.reasons}
    everything = Symptoms(frozenset({"bend"}), True, True, True, True, True, "", 5)
    for symptoms in (
        everything,
        Symptoms(fear_bending=True),
        Symptoms(triggers=frozenset({"get_up"})),
    ):
        for paused in (True, False):
            for item in build_plan(symptoms, bending_paused=paused).items:
                assert set(item.reasons) <= keys
    question = content.question("triggers")
    assert {o.value for o in question.options} == set(content.texts.plan.triggers)


def test_every_text_is_valid_html_within_telegram_limits(content):
    samples = [*all_texts(content.texts)]
    samples += [(q.id, q.text) for q in content.questions.values()]
    for name, template in samples:
        filled = template.replace("{", "").replace("}", "")
        parsed = parse_text(filled, "HTML")
        assert 0 < len(parsed.text) <= 4096, name


def test_button_labels_and_data_fit(content):
    for question in content.questions.values():
        for option in question.options:
            data = f"ck:{10**12}:{question.id}:+{option.value}"
            assert len(data.encode()) <= MAX_BYTES


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def test_a_broken_exercise_names_the_file_and_field(broken_copy: Path):
    path = broken_copy / "exercises.yaml"
    records = yaml.safe_load(path.read_text())
    records[0]["levels"][0]["dose"]["reps"] = "many"
    path.write_text(yaml.safe_dump(records))
    with pytest.raises(ContentError) as error:
        load_content(broken_copy)
    assert "exercises.yaml" in str(error.value)
    assert "pelvic_lift.levels.0.dose.reps" in str(error.value)


def test_a_missing_text_names_the_file_and_field(broken_copy: Path):
    path = broken_copy / "texts" / "onboarding.yaml"
    texts = yaml.safe_load(path.read_text())
    del texts["welcome_new"]
    path.write_text(yaml.safe_dump(texts))
    with pytest.raises(ContentError) as error:
        load_content(broken_copy)
    assert "onboarding.yaml" in str(error.value) and "welcome_new" in str(error.value)


def test_invalid_yaml_is_named(broken_copy: Path):
    (broken_copy / "questions.yaml").write_text("- id: [unclosed\n")
    with pytest.raises(ContentError, match=r"questions\.yaml"):
        load_content(broken_copy)


def test_the_longest_plan_and_its_changes_fit_one_valid_message(content):
    from coach.plan import plan_changes
    from handlers.plan_view import changes_text, plan_text

    everything = Symptoms(
        frozenset({"bend", "sit_stand", "get_up", "bed", "walk"}),
        True,
        True,
        True,
        True,
        True,
        "",
        9,
    )
    plan = build_plan(everything, bending_paused=True)
    for text in (plan_text(content, plan), changes_text(content, plan_changes(None, plan))):
        parsed = parse_text(text, "HTML")
        assert 0 < len(parsed.text) <= 4096
