"""How long a session takes, so the texts that say so ("about N minutes") tell the truth.

The guided time of each exercise is the voice guide's own timeline (coach/voice.py: the real
holds, rests, cadences and set rests); on top of it, reading each card and answering the pain
questions. Plans from the smallest (the two base exercises) to all five, at the first level and
at the top of each ladder. The last lines are the figures the welcome and /progress say (they
are computed by coach/session_length.py, the same way, when the text is shown).

    .venv/bin/python bench/session_time.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.session_length import PLANS, length_range, plan_minutes
from content import load_content


def main() -> None:
    """Print the table and the figures the texts say."""
    exercises = load_content().exercises
    print(f"{'plan':40} {'first level':>12} {'top level':>10}")
    for name, plan in PLANS.items():
        first = plan_minutes(plan, exercises, top=False)
        top = plan_minutes(plan, exercises, top=True)
        print(f"{name:40} {first:>10} min {top:>6} min")
    shortest, longest = length_range(exercises)
    print(f"a session, as the welcome says: {shortest} to {longest} minutes")
    shortest, longest = length_range(exercises, first_level=True)
    print(f"a first session, as /progress says: {shortest} to {longest} minutes")


if __name__ == "__main__":
    main()
