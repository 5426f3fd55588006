"""The local chat's strictness beyond the wire format, and the seams tests use instead of its
private state."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from telegram.error import BadRequest, InvalidToken

from localchat.catalog import PARAMETERS
from localchat.request import LocalRequest
from localchat.server import serve, start_local_chat
from localchat.telegram import LocalTelegram

USER = 42


class HandClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def telegram(clock: HandClock) -> LocalTelegram:
    local = LocalTelegram(clock=clock)
    local.add_user(USER)
    return local


@pytest.fixture
async def bot(telegram: LocalTelegram) -> AsyncIterator[Bot]:
    local = LocalRequest(telegram)
    async with Bot(telegram.token, request=local, get_updates_request=local) as real_bot:
        yield real_bot


async def test_an_unknown_parameter_is_refused_by_name(telegram, bot):
    with pytest.raises(BadRequest, match=r"(?i)unknown parameter 'colour' for method sendmessage"):
        await bot.send_message(USER, "hi", api_kwargs={"colour": "red"})
    assert telegram.messages(USER) == []


async def test_a_method_the_bot_never_calls_is_not_found_like_an_unknown_one(telegram, bot):
    not_found = (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    for method in ("sendHologram", "deleteMessage", "getFile", "sendChatAction", "getMyCommands"):
        assert await telegram.handle(method, {"chat_id": USER}) == not_found
    with pytest.raises(InvalidToken, match="Not Found"):  # what PTB makes of Telegram's 404
        await bot.send_poll(USER, "Which?", ["a", "b"])
    assert telegram.errors[-1] == ("sendPoll", "Not Found")
    status, body = await telegram.handle("SENDMESSAGE", {"chat_id": USER, "text": "hi"})
    assert status == 200 and body["result"]["text"] == "hi"  # method names are caseless


def test_the_method_table_answers_each_method_the_catalog_names():
    assert set(LocalTelegram().methods) == set(PARAMETERS)


async def test_a_callback_answer_after_the_deadline_is_too_old(telegram, bot, clock):
    button = InlineKeyboardButton("Go", callback_data="go")
    sent = await bot.send_message(USER, "Ready?", reply_markup=InlineKeyboardMarkup([[button]]))
    in_time = telegram.callback_update(USER, sent.message_id, "go")["callback_query"]["id"]
    late = telegram.callback_update(USER, sent.message_id, "go")["callback_query"]["id"]
    clock.now += 9.9
    await bot.answer_callback_query(in_time)
    clock.now += 0.2  # 10.1 s after the tap: Telegram has given up on it
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(late)
    assert telegram.unanswered_callbacks() == [late]


async def test_the_menu_follows_scope_and_language_like_telegram(telegram, bot):
    await bot.set_my_commands([BotCommand("start", "Begin")])
    await bot.set_my_commands([BotCommand("start", "Beginnen")], language_code="de")
    assert telegram.menu_for(USER, "de") == [{"command": "start", "description": "Beginnen"}]
    assert telegram.menu_for(USER, "ru") == [{"command": "start", "description": "Begin"}]
    await bot.set_my_commands([BotCommand("help", "Just for you")], scope=BotCommandScopeChat(USER))
    assert telegram.menu_for(USER, "de")[0]["command"] == "help"
    assert telegram.menu_for(USER + 1, None)[0]["description"] == "Begin"


async def test_a_refused_method_fails_like_telegram_and_is_logged(telegram, bot, caplog):
    telegram.refuse_method("sendMessage", "Bad Request: not today")
    refused = pytest.raises(BadRequest, match="Not today")
    with caplog.at_level(logging.WARNING, "localchat"), refused:
        await bot.send_message(USER, "hi")
    assert telegram.errors == [("sendMessage", "Bad Request: not today")]
    assert any("not today" in record.getMessage() for record in caplog.records)
    (note,) = telegram.log.notes_of_chat(USER)
    assert (note["kind"], note["method"]) == ("error", "sendMessage")


async def test_an_injected_update_reaches_the_bot_in_order(telegram, bot):
    telegram.message_update(USER, "first")
    group = {"message_id": 1, "chat": {"id": -5, "type": "group", "title": "G"}, "date": 0}
    telegram.inject_update({"message": {**group, "text": "second"}})
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates] == ["first", "second"]
    assert updates[1].update_id == updates[0].update_id + 1


async def test_start_local_chat_serves_the_bot_and_the_page_on_loopback():
    chat = await start_local_chat(port=0, token="7:LOCAL")
    try:
        assert chat.base_url.startswith("http://127.0.0.1:") and chat.base_url.endswith("/bot")
        async with Bot("7:LOCAL", base_url=chat.base_url) as bot:
            assert bot.username == chat.telegram.bot_user["username"]
            await bot.set_my_commands([BotCommand("start", "Begin")])
            async with httpx.AsyncClient(base_url=chat.url) as client:
                page = await client.get("/")
                assert "script-src 'self'" in page.headers["content-security-policy"]
                person = {"user_id": 9, "first_name": "Zoë", "language_code": "de"}
                said = await client.post("/page/say", json={**person, "text": "/start"})
                assert said.json() == {"ok": True}
                (update,) = await bot.get_updates(timeout=0)
                user = update.message.from_user
                assert (user.first_name, user.language_code) == ("Zoë", "de")
                menu = (await client.get("/page/menu/9?lang=de")).json()["commands"]
                assert menu == [{"command": "start", "description": "Begin"}]
                tap = {"user_id": 9, "message_id": 1, "data": "x"}
                gone = await client.post("/page/tap", json=tap)
                assert gone.status_code == 404
                async with client.stream("GET", "/page/events/9") as events:
                    first = await anext(events.aiter_lines())
                snapshot = json.loads(first.removeprefix("data: "))
                assert snapshot["kind"] == "snapshot"
                assert [m["text"] for m in snapshot["messages"]] == ["/start"]
    finally:
        await chat.stop()


async def test_only_loopback_unless_asked():
    with pytest.raises(ValueError, match="not a loopback address"):
        await serve(LocalTelegram(), "0.0.0.0")
