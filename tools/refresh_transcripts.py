"""Write the transcripts in docs/transcripts/ again from the end-to-end tests that walk them.

    .venv/bin/python tools/refresh_transcripts.py

Each transcript is one chat of one test (`BACKCOACH_TRANSCRIPTS` makes the tests keep them), so
the documents always show what the bot says today.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "transcripts"

# Document -> (test file, test name, chat id).
TRANSCRIPTS = {
    "first-three-days": ("test_first_days_e2e", "test_the_first_three_days", 3301),
    "first-minutes-de-AT": (
        "test_languages_e2e",
        "test_onboarding_session_reminders_and_progress_in_the_persons_language[de-AT]",
        2001,
    ),
    "first-minutes-es-MX": (
        "test_languages_e2e",
        "test_onboarding_session_reminders_and_progress_in_the_persons_language[es-MX]",
        2001,
    ),
    "first-minutes-ru": (
        "test_languages_e2e",
        "test_onboarding_session_reminders_and_progress_in_the_persons_language[ru]",
        2001,
    ),
    "went-away-on-its-own-after-a-bladder-sign": (
        "test_locks_e2e",
        "test_went_away_on_its_own_after_a_bladder_sign_keeps_the_lock",
        1001,
    ),
    "clearance-the-next-morning": (
        "test_locks_e2e",
        "test_a_clearance_the_next_morning_asks_the_emergency_signs_again_first",
        1001,
    ),
    "examined-sign-ticked-again-a-week-later": (
        "test_safety_e2e",
        "test_a_sign_a_clinician_saw_is_asked_about_when_ticked_again_a_week_later",
        1001,
    ),
    "not-sure-about-bladder-control": (
        "test_safety_e2e",
        "test_not_sure_about_bladder_control_and_still_not_sure_after_the_self_check",
        1001,
    ),
    "voice-note": (
        "test_numbers_e2e",
        "test_a_voice_note_gets_one_calm_answer_with_the_numbers_and_where_to_turn",
        1001,
    ),
    "pain-rise-3-to-6-then-settled": (
        "test_safety_e2e",
        "test_a_rise_of_three_that_settles_is_expected_but_still_waits_for_the_next_level",
        1001,
    ),
    "typed-i-cant-feel-my-legs": (
        "test_danger_words_e2e",
        "test_i_cant_feel_my_legs_mid_check_in_locks_the_plan_and_asks_again_tomorrow",
        1001,
    ),
    "typed-i-cant-walk-far": (
        "test_danger_words_e2e",
        "test_an_unclear_sentence_asks_the_question_that_tells_it_apart",
        1001,
    ),
    "typed-a-cleared-sign-again": (
        "test_danger_words_e2e",
        "test_a_cleared_sign_typed_again_asks_if_it_is_new_or_worse",
        1001,
    ),
    **{
        f"typed-crisis-{lang}": (
            "test_danger_words_e2e",
            f"test_a_typed_crisis_names_the_crisis_line_of_the_persons_country[{lang}]",
            3200,
        )
        for lang in ("en", "de", "es", "ru")
    },
    "pregnancy-midwife-yes-then-first-session": (
        "test_programme_e2e",
        "test_pregnancy_waits_for_the_midwife_then_opens_for_a_first_session",
        1001,
    ),
    "thin-bones-plan-and-bending-card": (
        "test_programme_e2e",
        "test_thin_bones_plan_and_bending_card_have_no_floor_goal",
        1001,
    ),
    "a-session-of-skips": (
        "test_programme_e2e",
        "test_a_session_of_skips_ends_honestly_and_offers_a_smaller_start",
        1001,
    ),
    "lessons-first-two-days": (
        "test_lessons_e2e",
        "test_a_lesson_after_the_first_session_and_the_next_with_the_morning_nudge[en]",
        3001,
    ),
    "support-need-higher": (
        "test_support_need_e2e",
        "test_the_questions_after_the_first_plan_shape_the_lessons_and_suggest_a_physio",
        3101,
    ),
    "missed-day-barrier": (
        "test_missed_days_e2e",
        "test_a_missed_day_asks_once_and_no_time_gets_a_three_minute_session",
        1001,
    ),
}


def main() -> int:
    """Run the tests that walk the transcripts, then copy each chat to its document."""
    with tempfile.TemporaryDirectory() as scratch:
        files = sorted({f"tests/{module}.py" for module, _, _ in TRANSCRIPTS.values()})
        env = {**os.environ, "BACKCOACH_TRANSCRIPTS": scratch}
        python = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *files]
        if subprocess.run(python, cwd=ROOT, env=env).returncode != 0:
            return 1
        for name, (_, test, chat_id) in TRANSCRIPTS.items():
            shutil.copyfile(Path(scratch) / f"{test}-{chat_id}.txt", DOCS / f"{name}.txt")
    print(f"wrote {len(TRANSCRIPTS)} transcripts to {DOCS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
