"""The article's rules, one by one: which exercises a person's answers give them."""

from hypothesis import given
from hypothesis import strategies as st

from coach.plan import (
    BACK_BEND,
    BACK_EXTENSION,
    BENDING,
    KNEE_ROTATION,
    LYING,
    PELVIC_LIFT,
    ChangeKind,
    Lock,
    Symptoms,
    build_plan,
    plan_changes,
    plan_for,
)

CLEAR_SAFETY = {"red_emergency": "none", "red_urgent": "none"}
PLAIN = {
    "triggers": "",
    "leg_pain": "no",
    "fear_bending": "no",
    "stiffness": "no",
    "balance": "no",
    "duration": "under_6w",
    "pain_now": "4",
}


def exercises(plan):
    return [item.exercise_id for item in plan.items]


def test_everyone_gets_the_pelvic_lift_and_the_back_extension():
    plan = build_plan(Symptoms())
    assert exercises(plan) == [PELVIC_LIFT, BACK_EXTENSION]


def test_fear_of_bending_adds_bending_step_by_step():
    for answer in ("yes", "little"):
        plan = build_plan(Symptoms.from_answers({**PLAIN, "fear_bending": answer}))
        assert BENDING in exercises(plan)
        assert not plan.item(BENDING).on_hold
    assert BENDING not in exercises(build_plan(Symptoms.from_answers(PLAIN)))


def test_leg_pain_adds_the_standing_back_bend():
    plan = build_plan(Symptoms.from_answers({**PLAIN, "leg_pain": "yes", "below_knee": "no"}))
    item = plan.item(BACK_BEND)
    assert item is not None and item.variant is None and not item.on_hold


def test_balance_problems_give_the_lying_back_bend():
    plan = build_plan(Symptoms.from_answers({**PLAIN, "leg_pain": "yes", "balance": "yes"}))
    assert plan.item(BACK_BEND).variant == LYING


def test_balance_alone_adds_no_back_bend():
    assert BACK_BEND not in exercises(
        build_plan(Symptoms.from_answers({**PLAIN, "balance": "yes"}))
    )


def test_leg_pain_holds_bending_until_the_leg_settles():
    answers = {**PLAIN, "leg_pain": "yes", "fear_bending": "yes"}
    plan = build_plan(Symptoms.from_answers(answers))
    assert plan.item(BENDING).on_hold
    assert "bending_hold_leg" in plan.item(BENDING).reasons
    assert BENDING not in [i.exercise_id for i in plan.active_items]


def test_bending_paused_by_a_session_stays_on_hold():
    plan = build_plan(Symptoms.from_answers({**PLAIN, "fear_bending": "yes"}), bending_paused=True)
    assert plan.item(BENDING).on_hold and "bending_paused" in plan.item(BENDING).reasons


def test_stiffness_adds_the_knee_rotation_stretch():
    assert KNEE_ROTATION in exercises(
        build_plan(Symptoms.from_answers({**PLAIN, "stiffness": "yes"}))
    )
    assert KNEE_ROTATION not in exercises(build_plan(Symptoms.from_answers(PLAIN)))


def test_the_pelvic_lift_names_the_triggers_it_helps_with():
    plan = build_plan(Symptoms.from_answers({**PLAIN, "triggers": "bend,bed"}))
    assert "pelvic_lift_triggers" in plan.item(PELVIC_LIFT).reasons
    assert plan.triggers == {"bend", "bed"}


def test_the_plan_keeps_the_programme_order():
    answers = {**PLAIN, "leg_pain": "yes", "fear_bending": "yes", "stiffness": "yes"}
    assert exercises(build_plan(Symptoms.from_answers(answers))) == [
        PELVIC_LIFT,
        BACK_EXTENSION,
        BENDING,
        BACK_BEND,
        KNEE_ROTATION,
    ]


def test_an_urgent_sign_locks_the_plan_until_cleared():
    answers = {"red_emergency": "none", "red_urgent": "yes", **PLAIN}
    assert plan_for(answers, cleared=False).lock is Lock.AWAITING_CLEARANCE
    assert plan_for(answers, cleared=True).lock is None


def test_an_emergency_sign_gives_no_exercises():
    plan = plan_for({"red_emergency": "yes"}, cleared=True)
    assert plan.lock is Lock.EMERGENCY and plan.items == ()


def test_an_unfinished_check_in_gives_no_plan():
    assert plan_for(CLEAR_SAFETY, cleared=False) is None


def test_changes_name_what_a_new_check_in_changed():
    old = build_plan(Symptoms.from_answers({**PLAIN, "fear_bending": "yes"}))
    new = build_plan(
        Symptoms.from_answers(
            {**PLAIN, "fear_bending": "yes", "leg_pain": "yes", "stiffness": "yes"}
        )
    )
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
    balance_problems=st.booleans(),
    pain_now=st.integers(0, 10),
)


@given(symptoms, st.booleans())
def test_rules_hold_for_every_combination_of_answers(found, paused):
    plan = build_plan(found, bending_paused=paused)
    ids = exercises(plan)
    assert ids[:2] == [PELVIC_LIFT, BACK_EXTENSION]
    assert len(ids) == len(set(ids))
    assert (BACK_BEND in ids) == (found.leg_pain or (paused and found.fear_bending))
    assert (KNEE_ROTATION in ids) == found.stiffness
    assert (BENDING in ids) == found.fear_bending
    if BENDING in ids:
        # Bending is never active while the leg is flaring.
        assert plan.item(BENDING).on_hold == (found.leg_pain or paused)
    assert all(item.reasons for item in plan.items)


def test_bending_paused_by_leg_pain_brings_in_the_back_bend():
    plan = build_plan(Symptoms.from_answers({**PLAIN, "fear_bending": "yes"}), bending_paused=True)
    assert plan.item(BACK_BEND) is not None and not plan.item(BACK_BEND).on_hold
    assert "back_bend_after_bending" in plan.item(BACK_BEND).reasons
    balance = Symptoms.from_answers({**PLAIN, "fear_bending": "yes", "balance": "yes"})
    assert build_plan(balance, bending_paused=True).item(BACK_BEND).variant == LYING
