"""Updates per second and reply latency of the real bot under many people, next to an echo bot.

    .venv/bin/python bench/throughput.py [--people 100] [--database sqlite|postgresql]
                                         [--api-latency-ms 0] [--profile] [--skip-echo]

Both bots run as real processes (`python bot.py`, `python bench/echo_bot.py`) polling the same
loopback Bot API fake over HTTP, so each pays for what production pays: HTTP, JSON, the rate
limiter, the database. Every simulated person goes through onboarding and a button-heavy session
(hold exercises are skipped: their timers would measure the clock, not the bot), as fast as the
bot answers. A calibration run with one person first counts what each step makes the bot show,
so that under load a person waits for the whole reply before the next tap. Reply latency is
from sending an update to that whole reply being visible. The echo bot gets the same number of
messages from the same number of people, bare and then behind the same FloodControl as ours
(under Telegram's 30 messages a second, which caps any bot that replies). --api-latency-ms makes
each Bot API call (but the long poll) take a network round trip, as calls to api.telegram.org
do.
--profile samples the bot with py-spy and prints the heaviest functions.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from botprocess import OUT, ROOT, postgres_answers, scratch_database, seed_people
from crowd import Chats, DistantTelegram, Figures, Step, calibrate, crowd

from localchat.server import LocalChat, serve
from localchat.telegram import LocalTelegram

ONBOARDING: list[Step] = [
    ("say", "/start"), ("tap", "Let's begin"), ("tap", "Skip for now"), ("tap", "None of these"),
    ("tap", "None of these"), ("tap", "None of these"), ("tap", "None of these"),
    ("tap", "Bending forward"), ("tap", "Done"), ("tap", "No"),
    ("tap", "Yes"), ("tap", "Yes"), ("tap", "Done"), ("tap", "No"), ("tap", "Less than 6 weeks"),
    ("tap", "4"),
]  # fmt: skip
SESSION: list[Step] = [
    ("say", "/session"), ("tap", "3"), ("tap", "Skip"),
    ("tap", "Start"), ("tap", "+5"), *[("tap", "+1")] * 5, ("tap", "Set done"),
    ("tap", "Start"), *[("tap", "Next")] * 5, ("tap", "Mid-shin"), ("tap", "No"),
    ("tap", "Skip"), ("tap", "2"),
]  # fmt: skip
SCRIPT = ONBOARDING + SESSION


async def until_polling(fake: LocalTelegram, process: subprocess.Popen[bytes], log: Path) -> None:
    """Until the bot asks for updates."""
    while "getUpdates" not in fake.stats:
        if process.poll() is not None:
            sys.exit(f"the bot exited with {process.returncode}; see {log}")
        await asyncio.sleep(0.02)


async def stop(process: subprocess.Popen[bytes], log: Path) -> None:
    """SIGTERM, and insist on a clean exit (the fake keeps answering while the bot stops)."""
    process.send_signal(signal.SIGTERM)
    deadline = asyncio.get_running_loop().time() + 60
    while process.poll() is None and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)
    if process.poll() != 0:
        sys.exit(f"the bot exited with {process.returncode}; see {log}")


def start_profiler(pid: int, label: str) -> tuple[subprocess.Popen[bytes], Path]:
    """py-spy sampling the bot while it runs Python (holds the GIL), as collapsed stacks."""
    path = OUT / f"profile-{label}.txt"
    spy = subprocess.Popen(
        [str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(pid), "--rate", "250",
         "--gil", "--format", "raw", "--output", str(path), "--nonblocking"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return spy, path


def print_profile(path: Path, top: int = 25) -> None:
    """The functions where the bot spent its CPU: inclusive (ours and libraries) and self."""
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        frames, samples = stack.split(";"), int(count)
        total += samples
        own[frames[-1]] += samples
        for frame in set(frames):
            inclusive[frame] += samples
    print(f"\nprofile: {total} samples; inclusive share of the heaviest frames")
    for frame, samples in inclusive.most_common(top):
        print(f"  {100 * samples / total:5.1f}%  {frame[:150]}")
    print("self share (where the CPU actually was)")
    for frame, samples in own.most_common(top):
        print(f"  {100 * samples / total:5.1f}%  {frame[:150]}")


async def run_bot(
    label: str, command: list[str], env: dict[str, str], people: int, script: Sequence[Step],
    profile: bool, round_trip: float,
) -> Figures:  # fmt: skip
    """Start one bot process on a fresh fake, calibrate, let the crowd in, stop it."""
    fake = DistantTelegram(round_trip)
    server: LocalChat = await serve(fake)
    chats = Chats(fake)
    log = OUT / f"throughput-{label}.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            cwd=OUT,
            env={**env, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_BASE_URL": server.base_url},
            stdout=subprocess.DEVNULL,
            stderr=log_file,
            start_new_session=True,  # so a failed run can stop its helper processes too
        )
    try:
        await until_polling(fake, process, log)
        expected = await calibrate(fake, chats, script)
        spy = start_profiler(process.pid, label) if profile else None
        calls_before, cpu_before = _api_calls(fake), _cpu_seconds(process.pid)
        fake_cpu_before = _cpu_seconds(os.getpid())
        figures = await crowd(fake, chats, people, script, expected)
        figures.api_calls = _api_calls(fake) - calls_before
        figures.cpu_seconds = _cpu_seconds(process.pid) - cpu_before
        figures.fake_cpu_seconds = _cpu_seconds(os.getpid()) - fake_cpu_before
        if spy is not None:
            spy[0].send_signal(signal.SIGINT)
            spy[0].wait(timeout=60)
        await stop(process, log)
        if fake.errors:
            print(f"  {label}: the bot caused Bot API errors: {fake.errors[:3]}")
        if spy is not None:
            print_profile(spy[1])
        return figures
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        await server.stop()


def _api_calls(fake: LocalTelegram) -> int:
    """Bot API calls so far, long polls excluded."""
    return sum(n for method, n in fake.stats.items() if method not in ("getUpdates", "429"))


def _cpu_seconds(pid: int) -> float:
    """CPU time the process has used (user + system)."""
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def report(label: str, figures: Figures) -> None:
    """One line of figures."""
    print(
        f"{label:<14}{figures.updates:>8}{figures.seconds:>9.1f}{figures.per_second:>10.1f}"
        f"{figures.percentile(50):>9.0f}{figures.percentile(95):>9.0f}{figures.percentile(99):>9.0f}"
        f"{figures.api_calls / figures.updates:>11.2f}"
        f"{1000 * figures.cpu_seconds / figures.updates:>11.1f}"
        f"{100 * figures.cpu_seconds / figures.seconds:>8.0f}%"
        f"{100 * figures.fake_cpu_seconds / figures.seconds:>9.0f}%"
    )


async def main_async(args: argparse.Namespace) -> None:
    """Our bot, then the echo bot, then the table."""
    OUT.mkdir(parents=True, exist_ok=True)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("WEBHOOK_")}
    async with scratch_database(args.database, "backcoach_bench_throughput") as url:
        await seed_people(url, 0)
        env = {**base_env, "DATABASE_URL": url, "LOG_LEVEL": "INFO"}
        ours = await run_bot(
            "backcoach", [sys.executable, args.bot], env, args.people, SCRIPT, args.profile,
            args.api_latency_ms / 1000,
        )  # fmt: skip
    echoes: dict[str, Figures] = {}
    echo_script = [("say", f"hello {n}") for n in range(len(SCRIPT))]
    for label, limiter in [] if args.skip_echo else [("ptb echo", "0"), ("echo+limiter", "1")]:
        echoes[label] = await run_bot(
            label.replace(" ", "-"), [sys.executable, str(ROOT / "bench" / "echo_bot.py")],
            {**base_env, "ECHO_RATE_LIMITER": limiter}, args.people, echo_script, profile=False,
            round_trip=args.api_latency_ms / 1000,
        )  # fmt: skip
    print(
        f"\n{args.people} people x {len(SCRIPT)} updates (onboarding {len(ONBOARDING)}, "
        f"session {len(SESSION)}), database {args.database}, "
        f"Bot API round trip {args.api_latency_ms:g} ms"
    )
    print(f"{'bot':<14}{'updates':>8}{'seconds':>9}{'updates/s':>10}{'p50 ms':>9}"
          f"{'p95 ms':>9}{'p99 ms':>9}{'calls/upd':>11}{'CPU ms/upd':>11}{'bot CPU':>9}"
          f"{'fake CPU':>10}")  # fmt: skip
    report("back coach", ours)
    for label, echo in echoes.items():
        report(label, echo)
    for label, echo in echoes.items():
        print(f"back coach handles {ours.per_second / echo.per_second:.2f}x the rate of {label}")


def main() -> int:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--profile", action="store_true", help="sample our bot with py-spy")
    parser.add_argument("--skip-echo", action="store_true")
    parser.add_argument(
        "--api-latency-ms", type=float, default=0, help="added to every Bot API call but getUpdates"
    )
    parser.add_argument(
        "--bot", default=str(ROOT / "bot.py"), help="the script to run as our bot (A/B runs)"
    )
    args = parser.parse_args()
    if args.database == "postgresql" and not postgres_answers():
        sys.exit("PostgreSQL does not answer (BENCH_POSTGRES_URL)")
    asyncio.run(main_async(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
