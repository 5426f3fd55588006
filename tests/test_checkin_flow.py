"""The order of the check-in questions and what the safety answers mean."""

from hypothesis import given
from hypothesis import strategies as st

from coach.checkin import (
    ALL_QUESTIONS,
    EXAMINED,
    SYMPTOM_QUESTIONS,
    URGENT_NEXT,
    WAS_CHECKED,
    Context,
    hidden_options,
    next_question,
    progress,
)
from coach.safety import (
    GROUPS,
    SIGNS,
    Cleared,
    Level,
    Tier,
    back_since_seen,
    open_signs,
    reported_signs,
    tier_of,
)

CLEAR_SCREEN = {
    "red_emergency": "none",
    "red_other": "none",
    "red_urgent": "none",
    "red_soon": "none",
}
WHICH_GROUP = {which: listed for _, which, listed in GROUPS}


def outcome(answers):
    """How soon the signs these answers report want the person seen."""
    return tier_of(reported_signs(answers))


def walk(choose, context=None):
    """Answer questions in order with `choose(question) -> value` until the check-in ends."""
    answers = {}
    while (question := next_question(answers, context)) is not None:
        answers[question] = choose(question)
    return answers


def test_a_plain_check_in_asks_four_groups_then_the_symptoms():
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


def test_not_sure_about_chest_pain_or_an_aneurysm_is_an_emergency_an_accident_same_day():
    for sign, tier in (
        ("em_chest", Tier.EMERGENCY),
        ("em_tummy", Tier.EMERGENCY),
        ("em_accident", Tier.SAME_DAY),
    ):
        answers = {"red_emergency": "none", "red_other": "unsure", "ot_which": sign}
        assert outcome(answers) is tier, sign
        assert next_question(answers) == (None if tier is Tier.EMERGENCY else URGENT_NEXT)


def test_a_same_day_sign_asks_whether_to_go_on_before_anything_else():
    answers = {
        "red_emergency": "none",
        "red_other": "none",
        "red_urgent": "yes",
        "ur_which": "ur_fever",
    }
    assert next_question(answers) == URGENT_NEXT
    assert next_question({**answers, URGENT_NEXT: "stop"}) is None
    assert next_question({**answers, URGENT_NEXT: "finish"}) == "red_soon"


def test_cancer_weight_loss_and_a_fracture_are_same_day_inflammatory_pain_a_gp_soon():
    for sign in ("so_cancer", "so_weight", "ur_fracture"):
        assert tier_of({sign: Level.YES}) is Tier.SAME_DAY, sign
    assert tier_of({"so_inflammatory": Level.YES}) is Tier.SOON


def test_a_fever_with_new_leg_weakness_or_numbness_is_an_emergency():
    assert tier_of({"ur_fever": Level.YES}) is Tier.SAME_DAY
    assert tier_of({"em_legs": Level.UNSURE}) is Tier.SAME_DAY
    assert tier_of({"ur_fever": Level.YES, "em_legs": Level.UNSURE}) is Tier.EMERGENCY
    answers = {
        "red_emergency": "unsure",
        "em_which": "em_legs",
        "sc_legs": "unsure",
        URGENT_NEXT: "finish",
        "red_other": "none",
        "red_urgent": "yes",
        "ur_which": "ur_fever",
    }
    assert next_question(answers) is None  # the screen ends at once: the emergency number


def test_only_a_new_pain_over_fifty_that_has_not_improved_in_a_month_is_same_day_together():
    one = {**CLEAR_SCREEN, "red_soon": "yes", "so_which": "so_month"}
    assert outcome(one) is Tier.SOON
    two = {**one, "so_which": "so_age,so_month"}
    assert next_question(two) == URGENT_NEXT
    assert outcome(two) is Tier.SAME_DAY
    other = {**one, "so_which": "so_month,so_inflammatory"}
    assert outcome(other) is Tier.SOON


def test_every_sign_has_a_tier_and_a_yes_on_it_is_at_least_a_gp_visit():
    for sign, about in SIGNS.items():
        assert tier_of({sign: Level.YES}) >= Tier.SOON
        assert tier_of({sign: Level.YES}) == about.tier


def test_a_cleared_sign_back_is_news_unless_the_person_says_it_is_as_when_seen():
    cleared = {"ur_night": Cleared(Level.UNSURE)}
    back = {"ur_night": Level.UNSURE}
    assert back_since_seen(back, cleared) == ["ur_night"]
    assert open_signs(back, cleared) == back  # the alarm is the default
    assert open_signs(back, cleared, same_as_seen={"ur_night"}) == {}
    surer = {"ur_night": Level.YES}  # surer than when examined: worse by itself, nothing asked
    assert back_since_seen(surer, cleared) == []
    assert open_signs(surer, cleared, same_as_seen={"ur_night"}) == surer
    assert open_signs({"ur_fever": Level.YES}, cleared) == {"ur_fever": Level.YES}


def test_a_past_cancer_a_clinician_has_seen_is_never_new():
    cleared = {"so_cancer": Cleared(Level.YES)}
    assert back_since_seen({"so_cancer": Level.YES}, cleared) == []
    assert open_signs({"so_cancer": Level.YES}, cleared) == {}


def test_a_cleared_sign_ticked_again_asks_new_or_worse_with_the_alarm_on_anything_but_same():
    context = Context(cleared=(("em_bladder", Level.YES),))
    answers = {"red_emergency": "yes", "em_which": "em_bladder"}
    assert next_question(answers, context) == "em_seen"
    for answer, ends in (("worse", True), ("unsure", True), ("same", False)):
        given = {**answers, "em_seen": answer}
        assert (next_question(given, context) is None) is ends, answer
    assert context.open_now({**answers, "em_seen": "same"}) == {}


def test_a_sign_no_longer_reported_asks_whether_a_clinician_examined_it():
    context = Context(to_confirm=("ur_fever",))
    assert next_question(CLEAR_SCREEN, context) == WAS_CHECKED
    assert next_question(CLEAR_SCREEN) == "triggers"
    too_soon = Context(to_confirm=("ur_fever",), may_clear=False)
    assert hidden_options(WAS_CHECKED, too_soon) == {EXAMINED}
    assert hidden_options(WAS_CHECKED, context) == frozenset()


def test_a_past_cancer_once_cleared_is_not_offered_again():
    context = Context(facts_known=frozenset({"so_cancer"}))
    assert hidden_options("ur_which", context) == {"so_cancer"}
    assert hidden_options("so_which", context) == frozenset()


def test_progress_counts_only_symptom_questions_that_apply():
    base = len(SYMPTOM_QUESTIONS) - 4  # below the knee, the surgeon's and midwife's yes, weeks
    assert progress({}) == (0, base)
    assert progress({"leg_pain": "yes"}) == (1, base + 1)


SCREEN_CHOICES = {
    **{group: ["none", "yes", "unsure"] for group in CLEAR_SCREEN},
    URGENT_NEXT: ["finish", "stop"],
    WAS_CHECKED: ["checked", "not_yet", "gone"],
}


@given(st.data())
def test_any_way_through_never_repeats_a_question_and_always_ends(data):
    answers = {}
    for _ in range(len(ALL_QUESTIONS) + 1):
        question = next_question(answers)
        if question is None:
            break
        assert question not in answers
        if question in WHICH_GROUP:
            group = WHICH_GROUP[question]
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


def test_a_clinicians_ok_waits_two_hours_after_emergency_advice_and_the_morning_after_same_day():
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from coach.clearance import clearance_from, may_clear

    advised = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
    emergency, same_day = {"em_bladder": Level.YES}, {"ur_fever": Level.YES}
    assert not may_clear(emergency, advised, None, advised + timedelta(minutes=1))
    assert clearance_from(emergency, advised, None) == advised + timedelta(hours=2)
    berlin = ZoneInfo("Europe/Berlin")
    morning = clearance_from(same_day, advised, berlin)
    assert morning.astimezone(berlin) == datetime(2026, 11, 25, 6, 0, tzinfo=berlin)
    assert not may_clear(same_day, advised, berlin, advised + timedelta(hours=12))
    late = datetime(2026, 11, 24, 0, 30, tzinfo=UTC)  # 01:30 in Berlin: 06:00 that morning
    assert clearance_from(same_day, late, berlin).astimezone(berlin).day == 24
    assert clearance_from(same_day, advised, None) == advised + timedelta(hours=12)
    assert clearance_from({"so_month": Level.YES}, advised, berlin) is None  # nothing locks
