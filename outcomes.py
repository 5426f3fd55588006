"""The outcomes across everyone, for operators without Telegram: `python -m outcomes`.

Prints the same figures /outcomes sends (fewer than five people shows as "<5"), read from
DATABASE_URL; `--chart outcomes.png` also writes the chart, `--lang ru` another language.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from coach.outcomes import Outcomes
from content import load_content
from media.outcomes_chart import draw_outcomes_chart
from services.outcomes import outcomes_in
from settings import Settings
from storage import Database
from views.outcomes import outcomes_chart, outcomes_text
from views.paper import plain


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """--lang and --chart."""
    parser = argparse.ArgumentParser(prog="python -m outcomes", description=__doc__)
    parser.add_argument("--lang", default="en", choices=("en", "de", "es", "ru"))
    parser.add_argument("--chart", type=Path, help="also write the chart to this PNG file")
    return parser.parse_args(argv)


async def _figures(url: str) -> Outcomes:
    """The figures, read once."""
    db = Database(url)
    try:
        return await outcomes_in(db)
    finally:
        await db.close()


def main(argv: list[str] | None = None) -> int:
    """Print the outcomes; write the chart when asked."""
    args = parse_args(argv)
    settings = Settings()
    w = load_content().words(args.lang)
    figures = asyncio.run(_figures(settings.database_url))
    print(plain(outcomes_text(w, figures)))
    if args.chart:
        args.chart.write_bytes(draw_outcomes_chart(outcomes_chart(w, figures)))
        print(f"\n{args.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
