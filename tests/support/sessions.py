"""Living through a guided session as a person would: tap Start, wait out holds, count reps."""

from __future__ import annotations

import re

from tests.support.harness import Person, RunningBot

COUNT = re.compile(r"Count: (\d+) of (\d+)")
# Enough steps for the longest plan; a session that has not ended by then is stuck.
MOST_STEPS = 400


async def run_session(bot: RunningBot, person: Person, *, before: str = "3", after: str = "2"):
    """From whatever the session shows now to its summary: pain scores, every card, every rep."""
    for _ in range(MOST_STEPS):
        text, labels = person.last_text, person.buttons_now
        if "how is your back now?" in text:
            await person.tap(after)
            return
        if "how is your back right now?" in text:
            await person.tap(before)
        elif "None of these" in labels:  # the weekly one-tap safety check
            await person.tap("None of these")
        elif "▶ Start" in labels:
            await person.tap("▶ Start")
        elif (counted := COUNT.search(text)) and any("Set done" in label for label in labels):
            done, target = map(int, counted.groups())
            await person.tap("+5" if target - done >= 5 else "+1" if done < target else "Set done")
        else:
            await bot.advance(5)  # a hold or a breather is being timed
    raise AssertionError(f"the session never ended; it shows: {person.last_text!r}")
