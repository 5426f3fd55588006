"""The order of the check-in questions and what the safety answers mean."""

from hypothesis import given
from hypothesis import strategies as st

from coach.checkin import (
    ALL_QUESTIONS,
    SYMPTOM_QUESTIONS,
    URGENT_NEXT,
    WAS_CHECKED,
    Context,
    next_question,
    progress,
)
from coach.safety import ASKED, SIGNS, Cleared, Level, Tier, open_signs, reported_signs, tier_of

CLEAR_SCREEN = {"red_emergency": "none", "red_urgent": "none", "red_soon": "none"}


def outcome(answers):
    """How soon the signs these answers report want the person seen."""
    return tier_of(reported_signs(answers))


def walk(choose, context=None):
    """Answer questions in order with `choose(question) -> value` until the check-in ends."""
    answers = {}
    while (question := next_question(answers, context)) is not None:
        answers[question] = choose(question)
    return answers


def test_a_plain_check_in_asks_three_groups_then_the_symptoms():
    answers = walk(lambda q: CLEAR_SCREEN.get(q, "no"))
    skipped = {"below_knee", "surgery_ok", "pregnancy_ok", "pregnancy_weeks"}
    assert list(answers) == [*CLEAR_SCREEN, *[q for q in SYMPTOM_QUESTIONS if q not in skipped]]
    assert outcome(answers) is Tier.NONE


def test_leg_pain_asks_below_the_knee_and_surgery_asks_for_the_go_ahead():
    given = {**CLEAR_SCREEN, "leg_pain": "yes", "cautions": "surgery"}
    answers = walk(lambda q: given.get(q, "no"))
    assert {"below_knee", "surgery_ok"} <= set(answers)


def test_pregnancy_asks_for_the_midwife_s_yes_and_how_far_along():
    given = {**CLEAR_SCREEN, "cautions": "pregnant"}
    answers = walk(lambda q: given.get(q, "no"))
    assert {"pregnancy_ok", "pregnancy_weeks"} <= set(answers)
    assert list(answers).index("pregnancy_ok") == list(answers).index("cautions") + 1


def test_an_emergency_sign_ends_the_check_in_after_its_group():
    answers = {"red_emergency": "yes"}
    assert next_question(answers) == "em_which"
    answers["em_which"] = "em_legs"
    assert next_question(answers) is None
    assert outcome(answers) is Tier.EMERGENCY


def test_not_sure_about_a_nerve_sign_asks_its_self_check_and_means_same_day():
    answers = {"red_emergency": "unsure", "em_which": "em_bladder"}
    assert next_question(answers) == "sc_bladder"
    answers["sc_bladder"] = "no"  # even a normal self-check: still seen today
    assert next_question(answers) == URGENT_NEXT
    answers |= {URGENT_NEXT: "finish", "red_urgent": "none", "red_soon": "none"}
    assert outcome(answers) is Tier.SAME_DAY


def test_a_self_check_that_finds_the_sign_is_an_emergency():
    answers = {"red_emergency": "unsure", "em_which": "em_saddle", "sc_saddle": "yes"}
    assert next_question(answers) is None
    assert outcome(answers) is Tier.EMERGENCY


def test_not_sure_about_chest_pain_has_no_self_check_but_is_same_day():
    answers = {"red_emergency": "unsure", "em_which": "em_chest"}
    assert next_question(answers) == URGENT_NEXT


def test_a_same_day_sign_asks_whether_to_go_on_before_anything_else():
    answers = {"red_emergency": "none", "red_urgent": "yes", "ur_which": "ur_fever"}
    assert next_question(answers) == URGENT_NEXT
    assert next_question({**answers, URGENT_NEXT: "stop"}) is None
    assert next_question({**answers, URGENT_NEXT: "finish"}) == "red_soon"


def test_one_soon_sign_is_a_gp_visit_two_together_are_same_day():
    one = {**CLEAR_SCREEN, "red_soon": "yes", "so_which": "so_month"}
    assert outcome(one) is Tier.SOON
    two = {**one, "so_which": "so_weight,so_month"}
    assert next_question(two) == URGENT_NEXT
    assert outcome(two) is Tier.SAME_DAY


def test_every_sign_has_a_tier_and_a_yes_on_it_is_at_least_a_gp_visit():
    for sign, about in SIGNS.items():
        assert tier_of({sign: Level.YES}) >= Tier.SOON
        assert tier_of({sign: Level.YES}) == about.tier


def test_a_cleared_sign_opens_again_only_when_it_comes_back_worse():
    cleared = {"ur_night": Cleared(Level.UNSURE)}
    assert open_signs({"ur_night": Level.UNSURE}, cleared) == {}
    assert open_signs({"ur_night": Level.YES}, cleared) == {"ur_night": Level.YES}
    assert open_signs({"ur_fever": Level.YES}, cleared) == {"ur_fever": Level.YES}


def test_a_sign_no_longer_reported_asks_whether_a_doctor_checked_it():
    context = Context(to_confirm=("ur_fever",))
    assert next_question(CLEAR_SCREEN, context) == WAS_CHECKED
    assert next_question(CLEAR_SCREEN) == "triggers"


def test_a_past_cancer_once_cleared_is_not_offered_again():
    from coach.checkin import hidden_options

    context = Context(facts_known=frozenset({"so_cancer"}))
    assert hidden_options("so_which", context) == {"so_cancer"}
    assert hidden_options("ur_which", context) == frozenset()


def test_progress_counts_only_symptom_questions_that_apply():
    base = len(SYMPTOM_QUESTIONS) - 4  # below the knee, the surgeon's and midwife's yes, weeks
    assert progress({}) == (0, base)
    assert progress({"leg_pain": "yes"}) == (1, base + 1)


SCREEN_CHOICES = {
    "red_emergency": ["none", "yes", "unsure"],
    "red_urgent": ["none", "yes", "unsure"],
    "red_soon": ["none", "yes", "unsure"],
    URGENT_NEXT: ["finish", "stop"],
    WAS_CHECKED: ["checked", "gone"],
}


@given(st.data())
def test_any_way_through_never_repeats_a_question_and_always_ends(data):
    answers = {}
    for _ in range(len(ALL_QUESTIONS) + 1):
        question = next_question(answers)
        if question is None:
            break
        assert question not in answers
        if question.endswith("_which"):
            group = [s for s in ASKED if s.startswith(question[:2])]
            picked = data.draw(st.lists(st.sampled_from(group), min_size=1, unique=True))
            answers[question] = ",".join(picked)
            continue
        choices = SCREEN_CHOICES.get(question, ["yes", "no", "unsure", "3"])
        answers[question] = data.draw(st.sampled_from(choices))
    assert next_question(answers) is None
    if outcome(answers) is Tier.EMERGENCY:
        assert not set(answers) & set(SYMPTOM_QUESTIONS)
    if outcome(answers) is Tier.SAME_DAY:
        assert URGENT_NEXT in answers  # the choice to stop was offered
