"""Real `python bot.py` processes against the loopback Bot API fake: stop, take over, webhook."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import pytest
from sqlalchemy import select

from localchat.server import LocalChat, serve
from localchat.telegram import LocalTelegram
from storage.checkins import complete, save_answer, start_checkin
from storage.lease import LEASE_SECONDS, instance_lock
from storage.session_models import ExerciseSession
from storage.users import get_user, touch_user
from tests.support.net import HEADER, SECRET, free_port
from tests.support.waiting import eventually

pytestmark = pytest.mark.slow  # real processes on the real clock

ROOT = Path(__file__).resolve().parent.parent
# Start-up (imports, migrations, getMe) takes a second or two; allow for a slow machine.
START_SECONDS = 30.0
# A finished first check-in with nothing special: pelvic lift and back extension.
PLAIN_ANSWERS = {
    "red_emergency": "none", "red_urgent": "none", "red_soon": "none", "triggers": "walk",
    "leg_pain": "no", "fear_bending": "no", "stiffness": "no", "cautions": "", "coping": "no",
    "duration": "under_6w", "pain_now": "4",
}  # fmt: skip


@dataclass
class BotProcess:
    """One `python bot.py` with its log in a file."""

    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def log(self) -> str:
        """Everything the process wrote to stderr so far."""
        return self.log_path.read_text(errors="replace")

    def signal_group(self, sig: signal.Signals) -> None:
        """Signal the bot and its helper processes, as systemd does (KillMode=control-group)."""
        os.killpg(self.process.pid, sig)

    def ended_with(self) -> str | None:
        """Why waiting on this process is pointless: it exited (with its log), or None."""
        if self.process.poll() is None:
            return None
        return f"bot.py exited with {self.process.returncode}:\n{self.log}"

    async def exited(self, seconds: float = 20.0) -> int:
        """Wait (bounded) for the process to end; its exit code."""
        await until(lambda: self.process.poll() is not None, seconds)
        return self.process.returncode


async def until(
    condition: Callable[[], object],
    seconds: float = START_SECONDS,
    *,
    alive: BotProcess | None = None,
) -> None:
    """Wait for a condition; with `alive`, fail at once (showing its log) if that process ended."""
    await eventually(condition, seconds, gone=alive.ended_with if alive is not None else None)


@pytest.fixture
async def telegram() -> AsyncIterator[LocalChat]:
    """The fake Bot API on a loopback port."""
    server = await serve(LocalTelegram())
    yield server
    await server.stop()


@pytest.fixture
def launch(
    telegram: LocalChat, database_url: str, tmp_path: Path
) -> Iterator[Callable[..., BotProcess]]:
    """Start `python bot.py` processes; any still running at the end are killed."""
    started: list[BotProcess] = []

    def start(name: str, **settings: str) -> BotProcess:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("WEBHOOK_")},
            "TELEGRAM_BOT_TOKEN": telegram.telegram.token,
            "TELEGRAM_BASE_URL": telegram.base_url,
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "INFO",
            **settings,
        }
        log_path = tmp_path / f"{name}.log"
        with log_path.open("wb") as log_file:
            process = subprocess.Popen(
                [sys.executable, str(ROOT / "bot.py")],
                cwd=tmp_path,  # no .env here
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=log_file,
                start_new_session=True,  # its own process group, like a service
            )
        started.append(BotProcess(process, log_path))
        return started[-1]

    yield start
    for bot in started:
        with contextlib.suppress(ProcessLookupError):
            bot.signal_group(signal.SIGKILL)  # leftovers of a failed test, helpers included
        bot.process.wait()


async def test_sigterm_finishes_the_work_and_exits_cleanly(launch, telegram, db):
    fake = telegram.telegram
    bot = launch("coach")
    await until(lambda: "this instance is active" in bot.log, alive=bot)
    fake.message_update(42, "/start", "Ann")
    await until(lambda: fake.texts(42), alive=bot)
    fake.tap(42, "begin")
    await until(lambda: len(fake.texts(42)) > 1, alive=bot)
    bot.signal_group(signal.SIGTERM)
    assert await bot.exited() == 0
    assert "Traceback" not in bot.log and "ERROR" not in bot.log
    assert "Back Coach stopped" in bot.log
    assert fake.errors == []
    async with db.transaction() as session:
        assert (await get_user(session, 42)) is not None
    # The lock was given back: the next instance starts at once, without waiting for an expiry.
    successor = instance_lock(db.url, fake.token.split(":")[0])
    try:
        assert await successor.acquire()
    finally:
        await successor.release()


async def someone_with_a_plan(db, user_id: int) -> None:
    """A person who finished the check-in earlier (as onboarding stores it), ready for /session."""
    async with db.transaction() as session:
        user = await touch_user(session, user_id, user_id, "Ann")
        checkin = await start_checkin(session, user_id)
        for question, value in PLAIN_ANSWERS.items():
            await save_answer(session, checkin.id, question, value)
        await complete(session, checkin)
        user.screened_at = checkin.completed_at  # screened this week: no re-check first


async def test_sigterm_in_the_middle_of_a_hold_stops_cleanly_and_the_hold_is_picked_up(
    launch, telegram, db
):
    fake = telegram.telegram
    await someone_with_a_plan(db, 42)
    bot = launch("coach")
    await until(lambda: "this instance is active" in bot.log, alive=bot)
    fake.message_update(42, "/session", "Ann")
    await until(lambda: fake.texts(42) and "how is your back" in fake.texts(42)[-1], alive=bot)
    fake.tap(42, "3")
    await until(lambda: "Pelvic lift" in fake.texts(42)[-1], alive=bot)
    fake.tap(42, "Start")
    await until(lambda: fake.texts(42)[-1].startswith("Rep 1/"), alive=bot)
    bot.signal_group(signal.SIGTERM)  # the hold's timer is still running
    assert await bot.exited() == 0
    assert "Traceback" not in bot.log and "ERROR" not in bot.log
    async with db.transaction() as session:
        hold_ends_at = await session.scalar(select(ExerciseSession.hold_ends_at))
    assert hold_ends_at is not None  # stored, so the next start can finish the hold
    shown = len(fake.chat_transcript(42))
    successor = launch("successor")
    await until(lambda: len(fake.chat_transcript(42)) > shown, alive=successor)
    assert fake.errors == []


async def test_a_second_instance_stands_by_and_takes_over_when_the_first_is_killed(
    launch, telegram
):
    fake = telegram.telegram
    bots = [launch("one"), launch("two")]  # started together, as after a host reboot
    await until(lambda: any("this instance is active" in bot.log for bot in bots))
    first, second = bots if "this instance is active" in bots[0].log else bots[::-1]
    await until(lambda: "standing by" in second.log, alive=second)
    fake.message_update(42, "/start", "Ann")
    await until(lambda: fake.texts(42), alive=first)
    assert fake.stats["getMe"] == 1  # the standby has not even started its bot

    first.signal_group(signal.SIGKILL)  # kill -9
    first.process.wait()  # reaped by its parent, as a shell or systemd would
    loop = asyncio.get_running_loop()
    killed_at = loop.time()
    await until(lambda: "this instance is active" in second.log, LEASE_SECONDS + 10, alive=second)
    took_over_after = loop.time() - killed_at
    fake.message_update(42, "/help")
    await until(lambda: len(fake.texts(42)) == 2, alive=second)
    assert "/checkup" in fake.texts(42)[1]
    second.signal_group(signal.SIGTERM)
    assert await second.exited() == 0
    assert took_over_after < 5  # the lock died with the process
    assert "Traceback" not in second.log
    # Two pollers at once would have shown up as 409 Conflict errors.
    assert fake.errors == []
    assert len(fake.texts(42)) == 2  # every message answered exactly once


def ended(process: psutil.Process) -> bool:
    """Gone, or a zombie waiting for whoever adopted it to reap it."""
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


async def test_the_chart_process_does_not_outlive_a_killed_bot(launch, telegram):
    bot = launch("coach")
    await until(lambda: "this instance is active" in bot.log, alive=bot)
    parent = psutil.Process(bot.process.pid)

    def chart_worker_started() -> bool:
        return any("spawn_main" in " ".join(h.cmdline()) for h in parent.children())

    await until(chart_worker_started, alive=bot)
    helpers = parent.children(recursive=True)
    os.kill(bot.process.pid, signal.SIGKILL)  # the bot alone: its helpers get no signal
    bot.process.wait()
    # A worker killed while still importing ends once its imports are done: allow for a slow box.
    await until(lambda: all(ended(helper) for helper in helpers), 60)


async def test_webhook_mode_serves_only_telegrams_posts_and_stops_on_sigterm(launch, telegram):
    fake = telegram.telegram
    port = free_port()
    bot = launch(
        "webhook",
        WEBHOOK_URL="https://coach.example/telegram/hook",
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    hook = "https://coach.example/telegram/hook"
    await until(lambda: fake.updates.webhook_url == hook, alive=bot)
    update = fake.message_update(42, "/start", "Ann")
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        await until(lambda: "Application started" in bot.log, alive=bot)
        forged = await client.post("/telegram/hook", json=update)
        genuine = await client.post("/telegram/hook", json=update, headers={HEADER: SECRET})
    assert (forged.status_code, genuine.status_code) == (403, 200)
    await until(lambda: fake.texts(42), alive=bot)
    assert "Hi Ann" in fake.texts(42)[0]
    bot.signal_group(signal.SIGTERM)
    assert await bot.exited() == 0
    assert "Traceback" not in bot.log


# ---------------------------------------------------------------------------- the local chat


def make_run_options() -> list[str]:
    """The options `make run` gives bot.py (read from make itself, so the two cannot drift)."""
    shown = subprocess.run(
        ["make", "-s", "-n", "-o", ".venv/.installed", "run"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in ("LOCAL_CHAT", "MAKEFLAGS")},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return shown[shown.index("bot.py") + 1 :]


@pytest.fixture
def launch_local(tmp_path: Path) -> Iterator[Callable[..., BotProcess]]:
    """Start `python bot.py OPTIONS` with no token at all, in a fresh folder (data/ inside)."""
    started: list[BotProcess] = []

    def start(*options: str, **settings: str) -> BotProcess:
        kept = ("TELEGRAM_", "WEBHOOK_", "LOCAL_CHAT", "DATABASE_URL")
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(kept)},
            "LOCAL_CHAT_PORT": "0",  # a free port; the paragraph names it
            "LOG_LEVEL": "INFO",
            **settings,
        }
        name = f"local{len(started)}"
        with (
            (tmp_path / f"{name}.log").open("wb") as log,
            (tmp_path / f"{name}.out").open("wb") as out,
        ):
            process = subprocess.Popen(
                [sys.executable, str(ROOT / "bot.py"), *options],
                cwd=tmp_path,
                env=env,
                stdout=out,
                stderr=log,
                start_new_session=True,
            )
        started.append(BotProcess(process, tmp_path / f"{name}.log"))
        return started[-1]

    yield start
    for bot in started:
        with contextlib.suppress(ProcessLookupError):
            bot.signal_group(signal.SIGKILL)
        bot.process.wait()


def printed(bot: BotProcess) -> str:
    """What the process printed on stdout (the paragraph for the person at the terminal)."""
    return bot.log_path.with_suffix(".out").read_text(errors="replace")


async def bot_says(client: httpx.AsyncClient, person: int, wanted: str) -> str:
    """Read the page's live stream for this person until a bot message holds `wanted`."""
    async with client.stream("GET", f"/page/events/{person}") as events:
        async for line in events.aiter_lines():
            if not line.startswith("data: "):
                continue
            entry = json.loads(line[len("data: ") :])
            if entry["kind"] == "snapshot":  # the page is open: now type, as a person would
                said = {"user_id": person, "text": "/start", "first_name": "Ann"}
                answer = await client.post("/page/say", json=said | {"language_code": "en"})
                assert answer.json() == {"ok": True}
            elif entry.get("who") != "user" and wanted in (entry.get("text") or ""):
                return entry["text"]
    raise AssertionError("the page's stream ended before the bot answered")


async def test_make_run_without_a_token_serves_the_coach_in_a_local_chat(launch_local, tmp_path):
    bot = launch_local(*make_run_options())
    await until(lambda: "http://127.0.0.1:" in printed(bot), alive=bot)
    paragraph = printed(bot).strip()
    assert "\n\n" not in paragraph  # one paragraph
    assert "TELEGRAM_BOT_TOKEN" in paragraph and ".env" in paragraph
    page_url = re.search(r"http://127\.0\.0\.1:\d+/", paragraph)
    assert page_url is not None, paragraph
    async with httpx.AsyncClient(base_url=page_url.group(0), timeout=START_SECONDS) as client:
        page = await client.get("/")
        assert page.status_code == 200 and "/static/chat.js" in page.text
        welcome = await asyncio.wait_for(bot_says(client, 4242, "Hi Ann"), START_SECONDS)
    assert "Hi Ann" in welcome
    assert (tmp_path / "data" / "backcoach.db").exists()  # the SQLite default, in data/
    bot.signal_group(signal.SIGTERM)
    assert await bot.exited(START_SECONDS) == 0
    assert "Traceback" not in bot.log and "ERROR" not in bot.log
    assert "Bot API error" not in bot.log  # the bot's calls all passed the strict checks


async def test_a_local_chat_on_another_address_warns_that_anyone_can_chat(launch_local):
    bot = launch_local("--local-chat", LOCAL_CHAT_HOST="0.0.0.0")
    await until(lambda: "anyone who can reach port" in bot.log, alive=bot)
    warning = next(line for line in bot.log.splitlines() if "anyone who can reach" in line)
    assert "WARNING" in warning and "0.0.0.0" in warning and "as anyone" in warning
    await until(lambda: "this instance is active" in bot.log, alive=bot)
    bot.signal_group(signal.SIGTERM)
    assert await bot.exited(START_SECONDS) == 0


async def test_a_busy_local_chat_port_is_one_sentence_not_a_traceback(launch_local):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        bot = launch_local("--local-chat=auto", LOCAL_CHAT_PORT=str(taken.getsockname()[1]))
        assert await bot.exited(2 * START_SECONDS) == 2
    lines = bot.log.strip().splitlines()
    assert "LOCAL_CHAT_PORT" in lines[-1] and "Traceback" not in bot.log


async def test_with_a_token_auto_still_talks_to_telegram(launch, telegram):
    fake = telegram.telegram
    bot = launch("coach", LOCAL_CHAT="auto")
    await until(lambda: "this instance is active" in bot.log, alive=bot)
    fake.message_update(42, "/start", "Ann")
    await until(lambda: fake.texts(42), alive=bot)
    assert "Hi Ann" in fake.texts(42)[0]
    assert "local chat" not in bot.log
    bot.signal_group(signal.SIGTERM)
    assert await bot.exited() == 0
