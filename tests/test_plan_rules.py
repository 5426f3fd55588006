"""The article's rules, one by one: which exercises a person's answers give them."""

from hypothesis import given
from hypothesis import strategies as st

from coach.changes import ChangeKind, plan_changes
from coach.forms import BED, LYING, SEATED, SUPPORTED, WALL, gentle_pairs, steadier, top_levels
from coach.plan import (
    BACK_BEND,
    BACK_EXTENSION,
    BENDING,
    KNEE_ROTATION,
    PELVIC_LIFT,
    Lock,
    Since,
    Symptoms,
    build_plan,
    gentle_plan,
    plan_for,
)
from coach.pregnancy import Pregnancy
from coach.safety import Tier

PLAIN = {
    "triggers": "",
    "leg_pain": "no",
    "fear_bending": "no",
    "stiffness": "no",
    "cautions": "",
    "coping": "no",
    "duration": "under_6w",
    "pain_now": "4",
}


def exercises(plan):
    return [item.exercise_id for item in plan.items]


def plan_of(**answers):
    return build_plan(Symptoms.from_answers({**PLAIN, **answers}))


def test_everyone_gets_the_pelvic_lift_and_the_back_extension():
    assert exercises(build_plan(Symptoms())) == [PELVIC_LIFT, BACK_EXTENSION]


def test_fear_of_bending_adds_bending_step_by_step():
    for answer in ("yes", "little"):
        plan = plan_of(fear_bending=answer)
        assert BENDING in exercises(plan)
        assert not plan.item(BENDING).on_hold
    assert BENDING not in exercises(plan_of())


def test_bending_that_hurts_adds_bending_even_without_fear():
    plan = plan_of(triggers="bend")
    assert "bending_hurts" in plan.item(BENDING).reasons


def test_leg_pain_adds_the_standing_back_bend():
    item = plan_of(leg_pain="yes", below_knee="no").item(BACK_BEND)
    assert item is not None and item.variant is None and not item.on_hold


def test_pain_only_above_the_knee_allows_bending_with_the_leg_check():
    item = plan_of(leg_pain="yes", below_knee="no", fear_bending="yes").item(BENDING)
    assert not item.on_hold and "bending_leg_check" in item.reasons


def test_pain_below_the_knee_holds_bending_back():
    plan = plan_of(leg_pain="yes", below_knee="yes", fear_bending="yes")
    assert plan.item(BENDING).on_hold
    assert "bending_hold_leg" in plan.item(BENDING).reasons
    assert BENDING not in [i.exercise_id for i in plan.active_items]


def test_balance_problems_keep_everything_off_the_floor_and_off_wobbly_rungs():
    plan = plan_of(leg_pain="yes", fear_bending="yes", stiffness="yes", cautions="balance")
    for lying in (PELVIC_LIFT, BACK_EXTENSION, BACK_BEND, KNEE_ROTATION):
        assert plan.item(lying).variant == BED  # on a firm bed, not on the floor
        assert "form_bed" in plan.item(lying).reasons
    assert plan.item(BENDING).variant == SUPPORTED
    assert plan.item(PELVIC_LIFT).top_level == 0  # no lift on one leg, no ball
    assert "caution_balance" in plan.notes


def test_balance_alone_adds_no_back_bend():
    assert BACK_BEND not in exercises(plan_of(cautions="balance"))


def test_pregnancy_drops_lying_on_the_stomach_and_says_so():
    plan = plan_of(leg_pain="yes", cautions="pregnant,balance")
    assert BACK_EXTENSION not in exercises(plan)
    assert plan.item(BACK_BEND).variant == SUPPORTED  # not the lying one, on the stomach
    assert "caution_pregnant" in plan.notes


def test_thin_bones_stop_the_back_extension_before_weights_and_the_twist_before_deeper():
    plan = plan_of(cautions="osteoporosis", stiffness="yes", fear_bending="yes")
    assert plan.item(BACK_EXTENSION).top_level == 4  # "arms out", not "light weights"
    assert plan.item(KNEE_ROTATION).top_level == 0  # knees bent, not the leg stretched
    assert plan.item(BENDING).reasons == ("bending_thin_bones",)  # no "bending is safe"
    assert "caution_osteoporosis" in plan.notes
    assert plan_of().item(BACK_EXTENSION).top_level is None


def test_pregnancy_waits_for_the_midwife_then_changes_forms_from_week_16():
    answers = {**PLAIN, "cautions": "pregnant", "stiffness": "yes", "pregnancy_ok": "no"}
    assert (
        plan_for({**answers, "pregnancy_weeks": "under_12"}, Tier.NONE).lock
        is Lock.AWAITING_MIDWIFE
    )
    early = plan_for({**answers, "pregnancy_ok": "yes", "pregnancy_weeks": "under_12"}, Tier.NONE)
    assert early.lock is None and early.item(PELVIC_LIFT).variant is None
    assert "caution_pregnant_early" in early.notes
    later = plan_for(
        {**answers, "pregnancy_weeks": "under_12"},
        Tier.NONE,
        Since(pregnancy=Pregnancy(go_ahead=True, later=True)),
    )
    assert later.lock is None
    assert (later.item(PELVIC_LIFT).variant, later.item(KNEE_ROTATION).variant) == (WALL, SEATED)
    assert "caution_pregnant_later" in later.notes and BACK_EXTENSION not in exercises(later)
    assert top_levels({"pregnant"}) == {PELVIC_LIFT: 0, KNEE_ROTATION: 0}


def test_an_exercise_paused_when_leg_symptoms_spread_waits_on_hold():
    plan = plan_for({**PLAIN, "leg_pain": "yes"}, Tier.NONE, Since(held=frozenset({BACK_BEND})))
    assert plan.item(BACK_BEND).on_hold and "leg_spread_paused" in plan.item(BACK_BEND).reasons
    assert [e for e, _ in gentle_pairs(frozenset(), {BACK_BEND})] == [KNEE_ROTATION]


def test_recent_surgery_waits_for_the_go_ahead():
    answers = {**PLAIN, "cautions": "surgery", "surgery_ok": "no"}
    assert plan_for(answers, Tier.NONE).lock is Lock.AWAITING_GO_AHEAD
    assert plan_for({**answers, "surgery_ok": "yes"}, Tier.NONE).lock is None


def test_too_unsteady_standing_switches_to_a_steadier_form():
    assert steadier(BACK_BEND, None, frozenset()) == LYING
    assert steadier(BACK_BEND, None, frozenset({"pregnant"})) == SUPPORTED
    assert steadier(BENDING, None, frozenset()) == SUPPORTED
    assert steadier(BENDING, SUPPORTED, frozenset()) == "seated"
    assert steadier(BACK_BEND, LYING, frozenset()) is None
    assert steadier(PELVIC_LIFT, None, frozenset()) is None


def test_bending_paused_by_a_session_stays_on_hold():
    plan = build_plan(Symptoms.from_answers({**PLAIN, "fear_bending": "yes"}), bending_paused=True)
    assert plan.item(BENDING).on_hold and "bending_paused" in plan.item(BENDING).reasons


def test_stiffness_adds_the_knee_rotation_stretch():
    assert KNEE_ROTATION in exercises(plan_of(stiffness="yes"))
    assert KNEE_ROTATION not in exercises(plan_of())


def test_the_pelvic_lift_names_the_triggers_it_helps_with():
    plan = plan_of(triggers="bend,bed")
    assert "pelvic_lift_triggers" in plan.item(PELVIC_LIFT).reasons
    assert plan.triggers == {"bend", "bed"}


def test_the_plan_keeps_the_programme_order():
    plan = plan_of(leg_pain="yes", fear_bending="yes", stiffness="yes")
    assert exercises(plan) == [PELVIC_LIFT, BACK_EXTENSION, BENDING, BACK_BEND, KNEE_ROTATION]


def test_severe_pain_and_struggling_to_cope_are_noted():
    assert "severe_start" in plan_of(pain_now="8").notes
    assert "severe_start" not in plan_of(pain_now="7").notes
    assert "not_coping" in plan_of(coping="yes").notes


def test_the_gentle_plan_is_the_back_bend_and_knee_rotation_at_half_dose():
    plan = gentle_plan(Symptoms.from_answers({**PLAIN, "cautions": "balance"}))
    assert exercises(plan) == [BACK_BEND, KNEE_ROTATION]
    assert all(item.half for item in plan.items)
    assert plan.item(BACK_BEND).variant == BED


def test_a_same_day_sign_locks_the_plan_until_cleared():
    assert plan_for(PLAIN, Tier.SAME_DAY).lock is Lock.AWAITING_CLEARANCE
    assert plan_for(PLAIN, Tier.NONE).lock is None


def test_a_gp_visit_soon_is_a_note_not_a_lock():
    plan = plan_for(PLAIN, Tier.SOON)
    assert plan.lock is None and "see_gp_soon" in plan.notes


def test_an_emergency_sign_gives_no_exercises():
    plan = plan_for({}, Tier.EMERGENCY)
    assert plan.lock is Lock.EMERGENCY and plan.items == ()


def test_an_unfinished_check_in_gives_no_plan_unless_it_stopped_for_a_doctor():
    assert plan_for({"red_emergency": "none"}, Tier.NONE) is None
    assert plan_for({"red_urgent": "yes"}, Tier.SAME_DAY).lock is Lock.AWAITING_CLEARANCE


def test_changes_name_what_a_new_check_in_changed():
    old = plan_of(fear_bending="yes")
    new = plan_of(fear_bending="yes", leg_pain="yes", below_knee="yes", stiffness="yes")
    changes = {(c.kind, c.exercise_id) for c in plan_changes(old, new)}
    assert changes == {
        (ChangeKind.HELD, BENDING),
        (ChangeKind.ADDED, BACK_BEND),
        (ChangeKind.ADDED, KNEE_ROTATION),
    }
    assert plan_changes(new, new) == []


symptoms = st.builds(
    Symptoms,
    triggers=st.frozensets(st.sampled_from(["bend", "sit_stand", "get_up", "bed", "walk"])),
    leg_pain=st.booleans(),
    below_knee=st.booleans(),
    fear_bending=st.booleans(),
    stiffness=st.booleans(),
    cautions=st.frozensets(
        st.sampled_from(["pregnant", "surgery", "osteoporosis", "balance", "pregnant_later"])
    ).map(lambda c: c if "pregnant" in c else c - {"pregnant_later"}),
    pain_now=st.integers(0, 10),
)


@given(symptoms, st.booleans())
def test_rules_hold_for_every_combination_of_answers(found, paused):
    plan = build_plan(found, bending_paused=paused)
    ids = exercises(plan)
    wants_bending = found.fear_bending or "bend" in found.triggers
    assert ids[0] == PELVIC_LIFT
    assert (BACK_EXTENSION in ids) == (not found.pregnant)
    assert len(ids) == len(set(ids))
    assert (BACK_BEND in ids) == (found.leg_pain or (paused and wants_bending))
    assert (KNEE_ROTATION in ids) == found.stiffness
    assert (BENDING in ids) == wants_bending
    if BENDING in ids:
        # Bending is never active while pain reaches below the knee or a session paused it.
        assert plan.item(BENDING).on_hold == (found.below_knee or paused)
    if found.pregnant and BACK_BEND in ids:
        assert plan.item(BACK_BEND).variant not in (LYING, BED)  # never on the stomach
    if "pregnant_later" in found.cautions:
        assert plan.item(PELVIC_LIFT).variant == WALL  # never long on the back
    if found.balance_problems:
        assert plan.item(PELVIC_LIFT).top_level == 0
        assert all(item.variant is not None for item in plan.items)  # nothing on the floor
    assert all(item.reasons for item in plan.items)


def test_bending_paused_by_leg_pain_brings_in_the_back_bend():
    plan = build_plan(Symptoms.from_answers({**PLAIN, "fear_bending": "yes"}), bending_paused=True)
    assert plan.item(BACK_BEND) is not None and not plan.item(BACK_BEND).on_hold
    assert "back_bend_after_bending" in plan.item(BACK_BEND).reasons
    balance = Symptoms.from_answers({**PLAIN, "fear_bending": "yes", "cautions": "balance"})
    assert build_plan(balance, bending_paused=True).item(BACK_BEND).variant == BED
