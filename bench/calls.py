"""Bot API calls (sends + edits) for one whole session of the three-exercise plan, both modes.

    .venv/bin/python bench/calls.py

The plan is pelvic lift, back extension and knee rotation (stiffness, no fear of bending). One
person lives through a whole session on a fake clock against the local Bot API double, which
counts every call: once with the chat timer (holds timed in the chat), once guided by voice
(one voice note a set, "All ✓" at its end). Pictures are served from a warm cache, as they are
for every person after the first.
"""

from __future__ import annotations

import asyncio
import collections
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import time_machine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from content import load_content  # noqa: E402
from localchat.telegram import LocalTelegram  # noqa: E402
from storage.migrate import upgrade_to_head  # noqa: E402
from tests.support.clock import SteadyClock  # noqa: E402
from tests.support.harness import Person, RunningBot  # noqa: E402
from tests.support.people import answer_symptoms, screen_clear  # noqa: E402

START = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
COUNTED = ("send", "edit")


def counted(fake: LocalTelegram, since: int) -> collections.Counter[str]:
    """Sends and edits made after call number `since`, by method."""
    return collections.Counter(
        method for method, _ in fake.calls[since:] if method.startswith(COUNTED)
    )


async def live_through_holds(bot: RunningBot, person: Person) -> None:
    """Let the chat timer run every hold and breather of the exercise under way."""
    while "Rep " in person.last_text or "release" in person.last_text.lower():
        await bot.advance(5)


async def chat_timer_session(bot: RunningBot, person: Person) -> None:
    """Pelvic lift and knee rotation by the chat timer, back extension counted with buttons."""
    await person.tap("Start")  # pelvic lift
    await live_through_holds(bot, person)
    await person.tap("Start")  # back extension
    await person.tap("+5")
    await person.tap("+5")
    await person.tap("Set done")
    await person.tap("Start")  # knee rotation
    await live_through_holds(bot, person)


async def voice_session(bot: RunningBot, person: Person) -> None:
    """Each set guided by one voice note; at its end the bot asks, the person says "All"."""
    for _ in range(3):
        await person.tap("Guide me by voice")
        while "How did it go?" not in person.last_text:
            await bot.advance(5)
        await person.tap("All")


async def one_session(mode: str, folder: Path) -> collections.Counter[str]:
    """A fresh bot and person; the calls of one whole session from /session to the summary."""
    url = f"sqlite+aiosqlite:///{folder}/{mode}.db"
    await asyncio.to_thread(upgrade_to_head, url)
    with time_machine.travel(START, tick=False) as traveller:
        import time

        steady = SteadyClock()
        fake = LocalTelegram(clock=time.time, flood_clock=steady.now)
        bot = await RunningBot(fake, url, load_content(), traveller, steady=steady).start()
        try:
            person = Person(bot, 2001, "Ann")
            await screen_clear(person)
            await answer_symptoms(person, stiff="Yes")
            await warm_cache(bot, person, mode)
            since = len(fake.calls)
            await person.say("/session")
            await person.tap("3")
            await (chat_timer_session if mode == "chat" else voice_session)(bot, person)
            await person.tap("2")  # pain after
            assert not bot.raised, bot.raised
            if "-v" in sys.argv:
                for method, params in fake.calls[since:]:
                    if method.startswith(COUNTED):
                        shown = str(params.get("text") or params.get("caption") or "")
                        print(f"    {method:24} {shown[:70]!r}")
            return counted(fake, since)
        finally:
            await bot.stop()


async def warm_cache(bot: RunningBot, person: Person, mode: str) -> None:
    """Nothing: each mode's run starts with whatever the media cache already holds."""


def main() -> None:
    """Print the calls per session in each mode."""
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("chat", "voice"):
            try:
                calls = asyncio.run(one_session(mode, Path(folder)))
            except Exception as error:  # a mode the bot does not offer yet
                print(f"{mode:>6} mode: not measured ({error!r})")
                continue
            detail = ", ".join(f"{method} {n}" for method, n in sorted(calls.items()))
            print(f"{mode:>6} mode: {sum(calls.values())} calls per session ({detail})")


if __name__ == "__main__":
    main()
