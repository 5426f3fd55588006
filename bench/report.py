"""How long /report takes to make, and the pictures of a report and of /outcomes' chart.

    .venv/bin/python bench/report.py [--runs 5] [--pictures docs/reports]

One person has twelve weeks of practice (two sessions a day, pain easing, three function
checks, two warning signs, flare-ups, pain rises, a pause and its end); a Russian-speaking
person has the same; a crowd of eight gives /outcomes something to count. Everything goes
through the real Application against the in-process Bot API fake, on a scratch SQLite file
in bench/out/. "report" is from the tap on Skip until the PDF is sent (medians of --runs, the
first report apart: it loads the PDF library in the media worker); "drawing" is the PDF
alone, in this process; "another person's /help" is answered while a report is being made.
With --pictures the reports' pages (pdftoppm) and the outcomes chart are written there.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))  # the benchmark reuses the test fake (tests/ is not installed)

from progress import Stopwatch  # noqa: E402  (bench/, the script's own folder)

from coach.care_log import CareKind  # noqa: E402
from content import load_content  # noqa: E402
from media.report_pdf import draw_report  # noqa: E402
from media.worker import in_worker  # noqa: E402
from services.report_facts import facts_of  # noqa: E402
from storage import Database  # noqa: E402
from storage.migrate import upgrade_to_head  # noqa: E402
from storage.models import User  # noqa: E402
from tests.support.clock import SteadyClock  # noqa: E402
from tests.support.harness import Person, RunningBot  # noqa: E402
from tests.support.history import Month, add_month, add_person, add_session  # noqa: E402
from tests.support.people import answer_symptoms, screen_clear  # noqa: E402
from tests.support.population import a_population, add_someone  # noqa: E402
from tests.support.reports import add_care, add_function_checks, add_sign  # noqa: E402
from views.report_pages import report_pages  # noqa: E402

ANN, MASHA, BOB, OPERATOR = 1, 2, 3, 9001
ZONE = "Europe/London"
NOW = datetime.now(UTC)


async def twelve_weeks(db: Database, user_id: int, name: str) -> None:
    """Twelve weeks of practice up to yesterday, a few days missed, pain easing from 7 to 3."""
    async with db.transaction() as session:
        await add_person(session, user_id, name, ZONE)
        month = Month(days=83, pain_from=7, pain_to=3, missed_days=(9, 10, 30, 31, 32, 60))
        await add_month(session, user_id, NOW - timedelta(days=1), ZoneInfo(ZONE), month)


async def the_rest(url: str, user_id: int, activity: str) -> None:
    """After the first questions: function checks, two warning signs, flare-ups, rises, a pause."""
    db = Database(url)
    async with db.transaction() as session:
        first = NOW - timedelta(days=70)
        await add_function_checks(session, user_id, activity, (3, 5, 6, 8), first)
        add_sign(session, user_id, "ur_night", NOW - timedelta(days=40), NOW - timedelta(days=38))
        add_sign(session, user_id, "so_age", NOW - timedelta(days=82))
        for days_ago in (50, 23):
            add_care(session, user_id, CareKind.FLARE, NOW - timedelta(days=days_ago))
            await add_session(session, user_id, NOW - timedelta(days=days_ago, hours=3), 4, 7)
        add_care(session, user_id, CareKind.PAUSED, NOW - timedelta(days=23))
        add_care(session, user_id, CareKind.RESUMED_SEEN, NOW - timedelta(days=20))
    await db.close()


async def scratch() -> str:
    """A fresh database with the two people's twelve weeks and the crowd."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "report.db"
    path.unlink(missing_ok=True)
    url = f"sqlite+aiosqlite:///{path}"
    await asyncio.to_thread(upgrade_to_head, url)
    db = Database(url)
    await twelve_weeks(db, ANN, "Ann")
    await twelve_weeks(db, MASHA, "Маша")
    async with db.transaction() as session:
        for someone in a_population():
            await add_someone(session, someone, NOW)
    await db.close()
    return url


async def time_reports(bot: RunningBot, fake: Stopwatch, runs: int) -> dict[str, Any]:
    """Ann's first report (typed question), `runs` more (Skip), and Bob's /help meanwhile."""
    ann, bob = Person(bot, ANN, "Ann"), Person(bot, BOB, "Bob")
    made, others = [], []
    for _ in range(runs + 1):
        await ann.say("/report")
        fake.sent_at.clear()
        began = time.perf_counter()
        await ann.tap("Skip")
        made.append(fake.sent_at["sendDocument"] - began)
    for _ in range(runs):
        await ann.say("/report")
        fake.sent_at.clear()
        making = asyncio.create_task(ann.tap("Skip"))
        while "answerCallbackQuery" not in fake.sent_at:
            await asyncio.sleep(0.0005)
        began = time.perf_counter()
        await bob.say("/help")
        others.append(time.perf_counter() - began)
        await making
    await ann.say("/report")
    fake.sent_at.clear()
    began = time.perf_counter()
    await ann.say("Is it safe to go back to running, and should I have a scan?")
    typed = fake.sent_at["sendDocument"] - began
    return {
        "first": made[0],
        "report": statistics.median(made[1:]),
        "typed": typed,
        "other": statistics.median(others),
    }


async def drawing_only(url: str, runs: int) -> float:
    """The PDF alone (laid out and drawn in this process), median of `runs`."""
    db = Database(url)
    async with db.transaction() as tx:
        user = await tx.get(User, ANN)
        assert user is not None
        facts = await facts_of(tx, user, "Ann", "A question", NOW)
    await db.close()
    pages = report_pages(load_content().words("en"), facts)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        draw_report(pages)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def pictures(fake: Stopwatch, folder: Path) -> list[Path]:
    """Each language's report as PDF and page images, and the outcomes chart."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for user_id, lang in ((ANN, "en"), (MASHA, "ru")):
        document = [m for m in fake.messages(user_id) if m["kind"] == "document"][-1]
        pdf = folder / f"report-{lang}.pdf"
        pdf.write_bytes(document["file"])
        subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(folder / f"report-{lang}")],
                       check=True)  # fmt: skip
        written += [pdf, *sorted(folder.glob(f"report-{lang}-*.png"))]
    chart = [m for m in fake.messages(OPERATOR) if m["kind"] == "photo"][-1]
    (folder / "outcomes-chart.png").write_bytes(chart["file"])
    return [*written, folder / "outcomes-chart.png"]


async def main() -> None:
    """Build the data, time the reports, write the pictures, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pictures", type=Path, help="write the page images here")
    args = parser.parse_args()
    url = await scratch()
    fake = Stopwatch()
    bot = RunningBot(fake, url, load_content(), steady=SteadyClock(), operator_ids=str(OPERATOR))
    await bot.start()
    try:
        began = time.perf_counter()
        await in_worker(int)  # the media worker has started and warmed up
        warm = time.perf_counter() - began
        for person in (Person(bot, ANN, "Ann"), Person(bot, MASHA, "Маша")):
            await screen_clear(person)
            await answer_symptoms(person, cautions=("Thin bones (osteoporosis)",))
        await the_rest(url, ANN, "putting on socks")
        await the_rest(url, MASHA, "надевать носки")
        figures = await time_reports(bot, fake, args.runs)
        masha = Person(bot, MASHA, "Маша", language_code="ru")
        await masha.say("/report")
        await masha.say("Можно ли мне снова бегать?")
        await Person(bot, OPERATOR, "Olga").say("/outcomes")
    finally:
        await bot.stop()
    drawing = await drawing_only(url, args.runs)
    print(f"media worker warm after   : {warm * 1000:7.1f} ms (from start-up, in the background)")
    print(f"/report, tap to PDF sent : {figures['report'] * 1000:7.1f} ms (median of {args.runs})")
    print(f"the first report          : {figures['first'] * 1000:7.1f} ms")
    print(f"with a typed question     : {figures['typed'] * 1000:7.1f} ms")
    print(f"the PDF alone (drawing)   : {drawing * 1000:7.1f} ms (median of {args.runs})")
    print(f"another person's /help while a report is made: {figures['other'] * 1000:.1f} ms")
    if args.pictures:
        for path in pictures(fake, args.pictures):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    asyncio.run(main())
