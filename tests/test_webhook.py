"""Webhook mode: only posts carrying Telegram's secret header reach the bot."""

from __future__ import annotations

import asyncio

import httpx

from runtime import is_valid_secret, webhook_options
from settings import Settings
from tests.support.net import HEADER, SECRET, free_port


def webhook_settings(fake, database_url: str, port: int) -> Settings:
    """Settings as an operator would write them for webhook mode behind a reverse proxy."""
    return Settings(
        telegram_bot_token=fake.token,
        database_url=database_url,
        webhook_url="https://coach.example/telegram/hook",
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,
        _env_file=None,
    )


async def replies_in(fake, chat_id: int, seconds: float = 5.0) -> list[str]:
    """Wait (bounded) until the bot has said something in the chat."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not fake.texts(chat_id) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.01)
    return fake.texts(chat_id)


async def test_only_posts_with_the_secret_header_are_handled(bot, fake, database_url):
    port = free_port()
    settings = webhook_settings(fake, database_url, port)
    assert bot.app is not None and bot.app.updater is not None
    await bot.app.updater.start_webhook(**webhook_options(settings))
    try:
        set_webhook = next(params for method, params in fake.calls if method == "setWebhook")
        assert set_webhook["url"] == "https://coach.example/telegram/hook"
        assert set_webhook["secret_token"] == SECRET
        update = fake.message_update(1001, "/start", "Ann")
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            anonymous = await client.post("/telegram/hook", json=update)
            forged = await client.post("/telegram/hook", json=update, headers={HEADER: "guess"})
            assert (anonymous.status_code, forged.status_code) == (403, 403)
            assert fake.texts(1001) == []  # a forged post made the bot say nothing
            genuine = await client.post("/telegram/hook", json=update, headers={HEADER: SECRET})
        assert genuine.status_code == 200
        assert "Hi Ann" in (await replies_in(fake, 1001))[0]
    finally:
        await bot.app.updater.stop()


def test_a_secret_telegram_would_refuse_is_caught_before_start():
    assert is_valid_secret(SECRET)
    assert not is_valid_secret("has spaces and ünïcode")
    assert not is_valid_secret("")
    assert not is_valid_secret("x" * 257)
