"""How long a session takes, so the texts that say so ("about N minutes") tell the truth.

The guided time of each exercise is the voice guide's own timeline (coach/voice.py: the real
holds, rests, cadences and set rests); on top of it, reading each card and answering the pain
questions. Plans from the smallest (the two base exercises) to all five, at the first level and
at the top of each ladder.

    .venv/bin/python bench/session_time.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.plan import BACK_BEND, BACK_EXTENSION, BENDING, KNEE_ROTATION, PELVIC_LIFT
from coach.session import session_items
from coach.voice import session_minutes
from content import load_content

PLANS = {
    "base (pelvic lift, back extension)": (PELVIC_LIFT, BACK_EXTENSION),
    "three (plus knee rotation)": (PELVIC_LIFT, BACK_EXTENSION, KNEE_ROTATION),
    "all five": (PELVIC_LIFT, BACK_EXTENSION, BENDING, BACK_BEND, KNEE_ROTATION),
}


def minutes(plan: tuple[str, ...], top: bool) -> int:
    """The session's length in minutes at the first level, or at the top of every ladder."""
    content = load_content()
    levels = {e: len(content.exercise(e).levels) - 1 for e in plan} if top else {}
    return session_minutes(session_items([(e, None) for e in plan], content.exercises, levels))


def main() -> None:
    """Print the table."""
    print(f"{'plan':40} {'first level':>12} {'top level':>10}")
    for name, plan in PLANS.items():
        print(f"{name:40} {minutes(plan, False):>10} min {minutes(plan, True):>6} min")


if __name__ == "__main__":
    main()
