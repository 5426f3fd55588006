"""The content files: they load, they say what the code asks for, and a broken file is named."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
import yaml

from coach.changes import ChangeKind
from coach.checkin import ALL_QUESTIONS
from coach.doses import session_item
from coach.events import Refusal
from coach.plan import Symptoms, build_plan
from coach.programme import PROGRAMME_ORDER
from coach.reminders import NUDGES
from coach.session import BEND_STAGE_NAMES, REACH_LEVELS, Kind
from content import ContentError, load_content
from content.loader import CONTENT_DIR
from localchat.entities import parse_text
from tests.support.catalogues import COUNTS, messages, variables
from views.buttons.checkin import AnswerTap
from views.codec import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
NAMES = {
    "pelvic_lift": "Pelvic lift",
    "back_extension": "Back extension",
    "bending_forward": "Bending forward step by step",
    "back_bend": "Standing back bend",
    "knee_rotation": "Knee rotation stretch",
}


# Plural rules differ most between these counts (Russian: 1, 2, 5, 11, 21, 22).
def test_the_five_exercises_carry_the_names_people_see(content):
    w = content.words()
    assert {key: w(f"exercise-{key}-name") for key in content.exercises} == NAMES
    assert tuple(content.exercises) == PROGRAMME_ORDER


def test_the_article_doses_are_in_the_content(content):
    pelvic = content.exercise("pelvic_lift")
    assert (pelvic.level(0).dose.reps, pelvic.level(0).dose.hold_seconds) == (10, 10)
    reps = [level.dose.reps for level in content.exercise("back_extension").levels[:3]]
    assert reps == [10, 15, 20]
    assert content.exercise("back_extension").levels[3].dose.sets == 3
    lying = content.exercise("back_bend").variant("lying")
    assert lying is not None and (lying.dose.reps, lying.dose.hold_seconds) == (10, 3)
    assert content.exercise("knee_rotation").level(0).dose.hold_seconds == 10


def test_every_question_coach_asks_exists_with_its_words(content):
    assert set(ALL_QUESTIONS) == set(content.questions)
    w = content.words()
    for question in content.questions.values():
        assert w.has(f"question-{question.id}")
        for value in question.options:
            assert w.has(f"question-{question.id}-option-{value}"), (question.id, value)


def test_every_exercise_level_and_variant_has_its_words(content):
    w = content.words()
    for exercise in content.exercises.values():
        about = f"exercise-{exercise.id}"
        for suffix in ("name", "purpose", "times"):
            assert w.has(f"{about}-{suffix}")
        assert w.numbered(f"{about}-step") and w.numbered(f"{about}-tip")
        for level in exercise.levels:
            assert w.has(f"{about}-level-{level.id}-name") and w.has(
                f"{about}-level-{level.id}-how"
            )
        for variant in exercise.variants:
            assert w.has(f"{about}-variant-{variant.id}-name")
            assert w.numbered(f"{about}-variant-{variant.id}-step")
            item = session_item(exercise, variant.id, 0)
            if item.kind is Kind.HOLD:
                assert w.has(f"session-hold-cues-{exercise.id}")
        if session_item(exercise, None, 0).kind is Kind.HOLD:
            assert w.has(f"session-hold-cues-{exercise.id}")
            assert w.has(f"session-release-cues-{exercise.id}")
        tips = w.numbered(f"{about}-tip")
        for caution, numbers in exercise.tips_withheld.items():
            assert all(1 <= n <= len(tips) for n in numbers), (exercise.id, caution)
            assert len(numbers) < len(tips)  # a card always has a tip left to show


def test_every_word_the_code_composes_a_key_for_exists(content):
    w = content.words()
    shown = [reason for reason in Refusal if reason is not Refusal.NOT_DUE]  # timers say nothing
    keys = [f"session-{reason.value.replace('_', '-')}" for reason in shown]
    keys += [f"plan-{kind.value.replace('_', '-')}" for kind in ChangeKind]
    keys += [f"session-reach-labels-{reach}" for reach in REACH_LEVELS]
    keys += [f"session-bend-stages-{stage}" for stage in BEND_STAGE_NAMES]
    for kind in NUDGES:
        keys += [f"reminders-{group}-{kind}" for group in ("slot-names", "examples")]
        keys += [f"reminders-{group}-{kind}" for group in ("change-buttons", "settings-lines")]
    keys += [f"plan-triggers-{value}" for value in content.question("triggers").options]
    missing = [key for key in keys if not w.has(key)]
    assert missing == []


def test_every_key_written_in_the_code_exists(content):
    # w("key"), w.plain("key"), Notice("key"): each literal key names an English text.
    w = content.words()
    written = set()
    for path in ROOT.glob("*/*.py"):
        if path.parts[-2] in {"views", "handlers", "scheduler", "services", "delivery"}:
            source = path.read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(source)):
                text = node.value if isinstance(node, ast.Constant) else None
                if isinstance(text, str) and re.fullmatch(r"[a-z]+(-[a-z0-9_]+)+", text):
                    written.add(text)
    assert len(written) > 100
    found = {key for key in written if w.has(key) or w.has(f"{key}-1")}  # or numbered wordings
    not_texts = {"reminder-sweep", "media-queue", "utf-8"}  # job names, a codec
    assert sorted(written - found - not_texts) == []


def test_every_reason_a_plan_can_give_has_a_text(content):
    w = content.words()
    everything = Symptoms(
        triggers=frozenset({"bend", "get_up"}), leg_pain=True, fear_bending=True,
        stiffness=True, cautions=frozenset({"balance", "osteoporosis"}), pain_now=9,
    )  # fmt: skip
    for symptoms in (
        everything,
        Symptoms(leg_pain=True, below_knee=True, fear_bending=True),
        Symptoms(triggers=frozenset({"bend"}), cautions=frozenset({"balance", "pregnant"})),
        Symptoms(leg_pain=True, stiffness=True, cautions=frozenset({"pregnant"})),
        Symptoms(stiffness=True, cautions=frozenset({"pregnant", "pregnant_later", "balance"})),
        Symptoms(triggers=frozenset({"get_up"})),
    ):
        for paused in (True, False):
            held = {"back_bend", "back_extension"} if paused else set()
            plan = build_plan(symptoms, bending_paused=paused, held=held)
            for item in plan.items:
                assert all(w.has(f"plan-reasons-{reason}") for reason in item.reasons)
            assert all(w.has(f"plan-note-{note}") for note in plan.notes)


@pytest.mark.parametrize("count", COUNTS)
def test_every_text_renders_as_valid_html_within_telegram_limits(content, count):
    w = content.words()
    for key, message in messages().items():
        values = dict.fromkeys(variables(message), count)
        text = w.plain(key, **values)
        parsed = parse_text(text, "HTML")
        assert 0 < len(parsed.text.strip()) <= 4096, key
        if key.endswith("-button") or "-option-" in key:
            assert len(parsed.text) <= 40, key  # a label that fits a phone's row


def test_button_labels_and_data_fit(content):
    for question in content.questions.values():
        for value in question.options:
            data = AnswerTap(10**12, question.id, f"+{value}").data
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


def test_a_missing_language_folder_is_named(broken_copy: Path):
    shutil.rmtree(broken_copy / "locales" / "en")
    with pytest.raises(ContentError, match="English"):
        load_content(broken_copy)


def test_invalid_yaml_is_named(broken_copy: Path):
    (broken_copy / "questions.yaml").write_text("- id: [unclosed\n")
    with pytest.raises(ContentError, match=r"questions\.yaml"):
        load_content(broken_copy)


def test_the_longest_plan_and_its_changes_fit_one_valid_message(content):
    from coach.changes import plan_changes
    from views.plan import changes_text, plan_text

    w = content.words()
    everything = Symptoms(
        triggers=frozenset({"bend", "sit_stand", "get_up", "bed", "walk"}), leg_pain=True,
        fear_bending=True, stiffness=True, coping_hard=True, pain_now=9,
        cautions=frozenset({"pregnant", "surgery", "osteoporosis", "balance"}),
    )  # fmt: skip
    plan = build_plan(everything, bending_paused=True)
    for text in (plan_text(w, plan), changes_text(w, plan_changes(None, plan))):
        parsed = parse_text(text, "HTML")
        assert 0 < len(parsed.text) <= 4096
