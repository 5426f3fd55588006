"""What a person sees before pressing Start: the bot's description and short description, set at
start-up in each language, and the Bot API double that checks them like Telegram."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import BadRequest

from handlers.introduction import register_descriptions
from localchat.request import LocalRequest
from localchat.telegram import LocalTelegram


@pytest.fixture
async def plain_bot() -> AsyncIterator[tuple[LocalTelegram, Bot]]:
    """A bare `telegram.Bot` on its own double."""
    telegram = LocalTelegram()
    async with Bot(telegram.token, request=LocalRequest(telegram)) as bot:
        yield telegram, bot


async def test_the_bot_describes_itself_in_each_language_at_start_up(bot, fake, content):
    for lang in ("en", "de", "es", "ru"):
        w = content.words(lang)
        shown = fake.description_for(None if lang == "en" else lang)
        assert shown["description"] == w.plain("about-description")
        assert shown["short_description"] == w.plain("about-short-description")
    english = fake.description_for("fr")  # a language we do not speak: the default, English
    assert "not a doctor" in english["description"]
    assert "ten minutes a day" in english["description"]  # what it asks of them
    assert "Not a doctor" in english["short_description"]


async def test_a_refused_description_is_logged_and_the_bot_carries_on(bot, fake, caplog):
    fake.refuse_method("setMyDescription", "Bad Request: descriptions are broken today")
    await register_descriptions(bot.app)
    assert any("could not register the description" in r.getMessage() for r in caplog.records)
    fake.errors.clear()  # the refusal was the point of this test
    await bot.feed(fake.message_update(7, "/help"))
    assert "/learn" in fake.texts(7)[0]


async def test_the_double_keeps_descriptions_per_language_like_telegram(plain_bot):
    telegram, bot = plain_bot
    assert await bot.set_my_description("Everybody's", None)
    assert telegram.description_for("it")["description"] == "Everybody's"
    assert await bot.set_my_description("Für alle auf Deutsch", "de")
    assert await bot.set_my_short_description("Short", None)
    assert telegram.description_for("de")["description"] == "Für alle auf Deutsch"
    assert telegram.description_for("es")["description"] == "Everybody's"
    assert telegram.description_for("de")["short_description"] == "Short"
    assert await bot.set_my_description("", "de")  # empty removes the German one
    assert telegram.description_for("de")["description"] == "Everybody's"


@pytest.mark.parametrize(
    ("method", "params", "refusal"),
    [
        ("setMyDescription", {"description": "x" * 513}, "description is too long"),
        ("setMyShortDescription", {"short_description": "x" * 121}, "too long"),
        ("setMyDescription", {"description": "ok", "language_code": "deu"}, "LANG_CODE_INVALID"),
        ("setMyShortDescription", {"short_description": 5}, "String is expected"),
        ("setMyDescription", {"short_description": "wrong key"}, "unknown parameter"),
    ],
)
async def test_the_double_refuses_what_telegram_would(method, params, refusal):
    telegram = LocalTelegram()
    status, body = await telegram.handle(method, params)
    assert status == 400 and refusal in body["description"]
    assert telegram.description_for(None) == {"description": "", "short_description": ""}


async def test_the_limits_are_telegrams(plain_bot):
    _, bot = plain_bot
    assert await bot.set_my_description("x" * 512)
    assert await bot.set_my_short_description("x" * 120)
    with pytest.raises(BadRequest):
        await bot.set_my_short_description("x" * 121)
