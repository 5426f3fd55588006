"""The order of the check-in questions and what the safety answers mean."""

from hypothesis import given
from hypothesis import strategies as st

from coach.checkin import (
    ALL_QUESTIONS,
    EMERGENCY_SIGNS,
    SYMPTOM_QUESTIONS,
    URGENT_SIGNS,
    Safety,
    next_question,
    progress,
    safety,
)


def walk(choose):
    """Answer questions in order with `choose(question) -> value` until the check-in ends."""
    answers = {}
    while (question := next_question(answers)) is not None:
        answers[question] = choose(question)
    return answers


def test_a_plain_check_in_asks_safety_then_symptoms_and_skips_below_knee():
    answers = walk(lambda q: {"red_emergency": "none", "red_urgent": "none"}.get(q, "no"))
    assert list(answers) == [
        "red_emergency",
        "red_urgent",
        *[q for q in SYMPTOM_QUESTIONS if q != "below_knee"],
    ]
    assert safety(answers) is Safety.CLEAR


def test_leg_pain_asks_whether_it_goes_below_the_knee():
    answers = walk(
        lambda q: {"red_emergency": "none", "red_urgent": "none", "leg_pain": "yes"}.get(q, "no")
    )
    assert "below_knee" in answers


def test_an_emergency_sign_ends_the_check_in_at_once():
    assert next_question({"red_emergency": "yes"}) is None
    assert safety({"red_emergency": "yes"}) is Safety.EMERGENCY


def test_not_sure_asks_each_sign_on_its_own():
    assert next_question({"red_emergency": "unsure"}) == EMERGENCY_SIGNS[0]
    answers = {"red_emergency": "unsure", "em_saddle": "no", "em_bladder": "yes"}
    assert next_question(answers) is None
    assert safety(answers) is Safety.EMERGENCY


def test_still_not_sure_about_a_sign_means_seeing_a_doctor_first():
    answers = {
        "red_emergency": "unsure",
        **{s: "no" for s in EMERGENCY_SIGNS},
        "em_chest": "unsure",
    }
    answers["red_urgent"] = "none"
    assert safety(answers) is Safety.URGENT


def test_an_urgent_sign_keeps_asking_the_symptoms():
    answers = {"red_emergency": "none", "red_urgent": "unsure", **{s: "no" for s in URGENT_SIGNS}}
    assert safety(answers) is Safety.CLEAR
    answers["ur_night"] = "yes"
    assert safety(answers) is Safety.URGENT
    assert next_question(answers) == "triggers"


def test_progress_counts_only_symptom_questions_that_apply():
    assert progress({}) == (0, len(SYMPTOM_QUESTIONS) - 1)
    assert progress({"leg_pain": "yes"}) == (1, len(SYMPTOM_QUESTIONS))


@given(st.data())
def test_any_way_through_never_repeats_a_question_and_always_ends(data):
    answers = {}
    for _ in range(len(ALL_QUESTIONS) + 1):
        question = next_question(answers)
        if question is None:
            break
        assert question not in answers
        if question in ("red_emergency", "red_urgent"):
            choices = ["none", "yes", "unsure"]
        elif question in EMERGENCY_SIGNS + URGENT_SIGNS:
            choices = ["yes", "no", "unsure"]
        else:
            choices = ["yes", "no", "3"]
        answers[question] = data.draw(st.sampled_from(choices))
    assert next_question(answers) is None
    outcome = safety(answers)
    assert outcome is not None
    if "yes" in (answers.get("red_emergency"), *(answers.get(s) for s in EMERGENCY_SIGNS)):
        assert outcome is Safety.EMERGENCY
        assert not set(answers) & set(SYMPTOM_QUESTIONS)
