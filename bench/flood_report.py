"""How the flood is watched and reported: the fake that notes when things happened, and the figures.

`bench/flood.py` runs the flood; this module keeps the watching and the printing out of its way.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localchat.telegram import LocalTelegram


class WatchedTelegram(LocalTelegram):
    """The fake, noting when the bot last called anything but the long poll."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.last_call = time.monotonic()
        self.polls: list[tuple[float, int]] = []
        self.handed: dict[int, float] = {}  # update_id -> when getUpdates handed it over

    async def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method != "getUpdates":
            self.last_call = time.monotonic()
        status, body = await super().handle(method, params)
        if method == "getUpdates" and body.get("result"):
            self.polls.append((time.monotonic(), len(body["result"])))
        for update in body.get("result") or [] if method == "getUpdates" else []:
            self.handed.setdefault(update["update_id"], time.monotonic())
            query = self.callbacks.get(str(update.get("callback_query", {}).get("id")))
            if query is not None:
                query.setdefault("fetched_at", time.monotonic())
        return status, body


def percentile(values: list[float], p: int) -> float:
    """The p-th percentile, in milliseconds."""
    if len(values) < 2:
        return 1000 * (values[0] if values else 0.0)
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[p - 1]


@dataclass
class Flooded:
    """What one run measured, to report."""

    fake: WatchedTelegram
    log: Path
    sent: int
    started: float
    flooded_at: float
    idle: float
    quiet: list[float]  # the calm person's replies before the flood
    during: list[float]  # and during it
    taps_before: set[str]
    errors_before: int
    flood_ids: list[int]  # the updates the flood made, to time how fast the bot took them in


def report(args: argparse.Namespace, run: Flooded) -> None:
    """Print the figures: inputs, Bot API errors, the bot's log, tap and reply latencies."""
    fake = run.fake
    taps = [q for qid, q in fake.callbacks.items() if qid not in run.taps_before]
    answered = [q["answered_at"] - q["issued_at"] for q in taps if q["answered"]]
    errors = collections.Counter(
        f"{method}: {text[:60]}" for method, text in fake.errors[run.errors_before :]
    )
    lines = run.log.read_text(errors="replace")
    levels = collections.Counter(
        word for line in lines.splitlines() for word in line.split()[2:3] if word.isupper()
    )
    print(f"\n{args.people} people x {args.inputs} inputs, Telegram's limits, SQLite")
    print(
        f"inputs sent                {run.sent} in {1000 * (run.flooded_at - run.started):.0f} ms"
    )
    print(f"Bot API errors             {sum(errors.values())}")
    for kind, count in errors.most_common():
        print(f"  {count:>5}  {kind}")
    print(f"429 answers (retried)      {fake.stats['429']}")
    print(f"tracebacks in the bot log  {lines.count('Traceback')}")
    print(f"log lines by level         {dict(levels) or 'none'}")
    print(f"taps                       {len(taps)}, unanswered {len(taps) - len(answered)}")
    report_latencies(run, taps, answered)
    print(f"idle again after           {run.idle:.1f} s (last Bot API call after the last input)")
    report_intake(run, taps)
    batches = [(round(t - run.started, 1), n) for t, n in fake.polls if t >= run.started][:12]
    print(f"getUpdates batches (s after the flood began, updates): {batches}")
    print(f"bot log: {run.log}")


def report_latencies(run: Flooded, taps: list[dict[str, Any]], answered: list[float]) -> None:
    """Taps: issued to answered, issued to fetched, fetched to answered; the calm replies."""
    fetched = [q["fetched_at"] - q["issued_at"] for q in taps if "fetched_at" in q]
    on_arrival = [
        q["answered_at"] - q["fetched_at"] for q in taps if q["answered"] and "fetched_at" in q
    ]
    quiet, during = run.quiet, run.during
    print(
        f"tap to answer ms           p50 {percentile(answered, 50):.0f}  "
        f"p99 {percentile(answered, 99):.0f}  max {1000 * max(answered, default=0):.0f}"
    )
    print(
        f"taps reached the bot ms   p50 {percentile(fetched, 50):.0f}  "
        f"p99 {percentile(fetched, 99):.0f}  (getUpdates handed them over)"
    )
    print(
        f"arrival to answer ms      p50 {percentile(on_arrival, 50):.0f}  "
        f"p99 {percentile(on_arrival, 99):.0f}  max {1000 * max(on_arrival, default=0):.0f}"
    )
    print(
        f"calm person's reply ms     no flood p50 {percentile(quiet, 50):.0f} "
        f"p99 {percentile(quiet, 99):.0f}; during the flood p50 {percentile(during, 50):.0f} "
        f"p99 {percentile(during, 99):.0f}"
    )


def report_intake(run: Flooded, taps: list[dict[str, Any]]) -> None:
    """Updates per second: taken in by getUpdates, and taps answered, from the flood's start."""
    fake, started, ids = run.fake, run.started, run.flood_ids
    read = max((fake.handed.get(i, float("inf")) for i in ids), default=started) - started
    answered = [q["answered_at"] for q in taps if q["answered"]]
    done = max(answered, default=started) - started
    print(
        f"updates per second         taken in {len(ids) / read:.0f} "
        f"({len(ids)} in {read:.2f} s); taps answered {len(answered) / done:.0f} "
        f"({len(answered)} in {done:.2f} s)"
    )
