"""Start-up as an operator meets it: the token check, the real HTTP path, commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from telegram import Update

from bot import build_application
from handlers.introduction import register_commands
from localchat.server import serve
from localchat.telegram import LocalTelegram
from settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_a_missing_token_gives_one_sentence_and_a_non_zero_exit(tmp_path: Path):
    # A fresh `cp .env.example .env` (empty token) is still a refusal, never a local chat:
    # production's `python bot.py` only opens one when asked (`make run`, --local-chat).
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text())
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN" and k != "LOCAL_CHAT"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bot.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "TELEGRAM_BOT_TOKEN" in lines[0] and ".env" in lines[0]
    assert "Traceback" not in done.stderr


async def test_every_call_goes_to_the_configured_base_url(database_url, content):
    fake = LocalTelegram()
    server = await serve(fake)
    settings = Settings(
        telegram_bot_token=fake.token,
        telegram_base_url=server.base_url,
        database_url=database_url,
        _env_file=None,
    )
    application = build_application(settings, content=content)
    try:
        async with application:
            update = fake.message_update(5, "/start", "Eve")
            await application.process_update(Update.de_json(update, application.bot))
    finally:
        await server.stop()
    methods = [method for method, _ in fake.calls]
    assert methods[0] == "getMe" and "sendMessage" in methods
    assert "Hi Eve" in fake.texts(5)[0]
    assert fake.errors == []


async def test_a_failed_command_registration_is_logged_not_fatal(bot, fake, caplog):
    fake.refuse_method("setMyCommands", "Bad Request: commands are broken today")
    await register_commands(bot.app)
    assert any("could not register commands" in r.getMessage() for r in caplog.records)
    fake.errors.clear()  # the refusal above was the point of this test
    await bot.feed(fake.message_update(6, "/help"))
    assert "/checkup" in fake.texts(6)[0]
