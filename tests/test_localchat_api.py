"""Tests of the offline Bot API fake itself, driven through a real `telegram.Bot`."""

from __future__ import annotations

import asyncio
import html
import json
import struct
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from localchat.entities import EntityParseError, parse_html
from localchat.request import LocalRequest
from localchat.server import serve
from localchat.telegram import LocalTelegram
from localchat.transcript import render_transcript
from localchat.wire import decode_params

USER = 42


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def png(width: int = 3, height: int = 2) -> bytes:
    """A tiny valid PNG with a light first column (a blank picture is refused)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00\xff" + b"\x00" * (width - 1) for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    """One row of callback buttons."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in pairs]])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> LocalTelegram:
    tg = LocalTelegram(clock=clock)
    tg.add_user(USER)
    return tg


@pytest_asyncio.fixture
async def bot(fake: LocalTelegram) -> AsyncIterator[Bot]:
    async with Bot(
        fake.token, request=LocalRequest(fake), get_updates_request=LocalRequest(fake)
    ) as b:
        yield b


# ---------------------------------------------------------------------------- sending


@pytest.mark.asyncio
async def test_send_message_is_stored_and_read_back(fake: LocalTelegram, bot: Bot) -> None:
    sent = await bot.send_message(
        USER, "<b>Hi</b> there", parse_mode="HTML", reply_markup=keyboard(("Go", "go"))
    )
    assert sent.text == "Hi there" and sent.entities[0].type == "bold"
    assert sent.chat.id == USER and sent.message_id == 1
    last = fake.last_message(USER)
    assert last["text"] == "Hi there" and last["raw"] == "<b>Hi</b> there"
    assert fake.texts(USER) == ["Hi there"]
    assert fake.buttons(last) == [("Go", "go")] == fake.buttons(sent)
    assert fake.find_button(USER, "G") == (1, "go")
    assert fake.errors == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "text",
    [
        "a < b",
        "<div>x</div>",
        "<b>open",
        "<b>x</i>",
        "</b>",
        "Q&A",
        "&nbsp;",
        '<span class="x">s</span>',
    ],
)
async def test_invalid_html_is_a_bad_request(fake: LocalTelegram, bot: Bot, text: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(USER, text, parse_mode="HTML")
    assert fake.errors[-1][0] == "sendMessage"
    assert fake.messages(USER) == []


@pytest.mark.asyncio
async def test_escaped_first_name_passes(fake: LocalTelegram, bot: Bot) -> None:
    name = "<Ann & Bob>"
    await bot.send_message(USER, f"Hello, <i>{html.escape(name)}</i> &#128075;", parse_mode="HTML")
    assert fake.texts(USER) == [f"Hello, {name} \N{WAVING HAND SIGN}"]


@pytest.mark.asyncio
async def test_text_length_is_counted_after_parsing(bot: Bot) -> None:
    await bot.send_message(USER, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(USER, "a" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)text is empty"):
        await bot.send_message(USER, "<b> </b>", parse_mode="HTML")


@pytest.mark.asyncio
async def test_html_is_the_one_parse_mode_the_bot_sends(fake: LocalTelegram, bot: Bot) -> None:
    for markdown in ("MarkdownV2", "Markdown"):
        with pytest.raises(BadRequest, match=r"(?i)unsupported parse_mode"):
            await bot.send_message(USER, "*Done*", parse_mode=markdown)
    sent = await bot.send_message(USER, "*Done*")  # plain text: the stars are shown
    assert sent.text == "*Done*" and fake.texts(USER) == ["*Done*"]


@pytest.mark.asyncio
async def test_callback_data_over_64_bytes_is_rejected(bot: Bot) -> None:
    await bot.send_message(USER, "ok", reply_markup=keyboard(("x", "d" * 64)))
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(USER, "x", reply_markup=keyboard(("x", "é" * 32 + "d")))  # 65 B


@pytest.mark.asyncio
async def test_text_only_inline_button_is_rejected(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)text buttons are unallowed"):
        await bot.send_message(USER, "x", reply_markup={"inline_keyboard": [[{"text": "a"}]]})


@pytest.mark.asyncio
async def test_unknown_chat_is_not_found(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(7, "hi")


# ---------------------------------------------------------------------------- editing


@pytest.mark.asyncio
async def test_edit_to_identical_content_is_not_modified(fake: LocalTelegram, bot: Bot) -> None:
    markup = keyboard(("A", "a"))
    sent = await bot.send_message(USER, "<b>Hi</b>", parse_mode="HTML", reply_markup=markup)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text(
            "<b>Hi</b>", USER, sent.message_id, parse_mode="HTML", reply_markup=markup
        )
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=markup)
    # Same text without the keyboard is a real change: the keyboard disappears.
    await bot.edit_message_text("<b>Hi</b>", USER, sent.message_id, parse_mode="HTML")
    assert fake.buttons(fake.last_message(USER)) == []
    assert [e["method"] for e in fake.edits(USER)] == ["editMessageText"]
    assert fake.edits(USER)[0]["t"] == 1000.0


@pytest.mark.asyncio
async def test_edit_of_missing_message_fails(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", USER, 99)


@pytest.mark.asyncio
async def test_an_edit_shows_in_place(fake: LocalTelegram, bot: Bot) -> None:
    first = await bot.send_message(USER, "one")
    await bot.send_message(USER, "two")
    edited = await bot.edit_message_text("uno", USER, first.message_id)
    assert fake.texts(USER) == ["uno", "two"] and edited.edit_date is not None
    fake.message_update(USER, "mine")
    with pytest.raises(BadRequest, match=r"(?i)message can't be edited"):
        await bot.edit_message_text("theirs", USER, first.message_id + 2)


# ---------------------------------------------------------------------------- users and limits


@pytest.mark.asyncio
async def test_blocked_user_answers_forbidden(fake: LocalTelegram, bot: Bot) -> None:
    fake.block(USER)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(USER, "hi")
    fake.unblock(USER)
    await bot.send_message(USER, "hi")
    update = fake.my_chat_member_update(USER, "kicked")
    assert Update.de_json(update, bot).my_chat_member.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden):
        await bot.send_photo(USER, png())


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore:.*retry_after.*")  # PTB 22 deprecation
async def test_global_rate_limit_answers_retry_after(clock: FakeClock) -> None:
    fake = LocalTelegram(clock=clock, global_rate=2)
    fake.add_user(USER)
    async with Bot(fake.token, request=LocalRequest(fake)) as bot:
        await bot.send_message(USER, "1")
        clock.now += 0.5
        await bot.send_message(USER, "2")
        with pytest.raises(RetryAfter, match=r"(?i)flood control exceeded"):
            await bot.send_message(USER, "3")
        status, body = await fake.handle("sendMessage", {"chat_id": USER, "text": "3"})
        assert (status, body["parameters"]["retry_after"]) == (429, 1)
        clock.now += 0.6  # the first send left the 1-second window
        await bot.send_message(USER, "3")
    assert fake.stats["429"] == 2 and fake.errors == []


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore:.*retry_after.*")  # PTB 22 deprecation
async def test_per_chat_rate_limit_is_per_chat(clock: FakeClock) -> None:
    fake = LocalTelegram(clock=clock, per_chat_rate=1, per_chat_burst=1)
    fake.add_user(USER)
    fake.add_user(USER + 1)
    async with Bot(fake.token, request=LocalRequest(fake)) as bot:
        await bot.send_message(USER, "1")
        await bot.send_message(USER + 1, "other chat is fine")
        with pytest.raises(RetryAfter):
            await bot.send_message(USER, "2")
        clock.now += 1
        await bot.send_message(USER, "2")


# ---------------------------------------------------------------------------- callbacks


@pytest.mark.asyncio
async def test_callback_can_be_answered_only_once(fake: LocalTelegram, bot: Bot) -> None:
    sent = await bot.send_message(USER, "Pick", reply_markup=keyboard(("Yes", "y"), ("No", "n")))
    first = fake.callback_update(USER, sent.message_id, "y")
    second = fake.tap(USER, "No")
    assert second["callback_query"]["data"] == "n"
    assert first["callback_query"]["message"]["text"] == "Pick"
    assert fake.unanswered_callbacks() == [
        first["callback_query"]["id"],
        second["callback_query"]["id"],
    ]
    await bot.answer_callback_query(first["callback_query"]["id"], text="Saved")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(first["callback_query"]["id"])
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("nonsense")
    with pytest.raises(BadRequest, match=r"(?i)MESSAGE_TOO_LONG"):
        await bot.answer_callback_query(second["callback_query"]["id"], text="x" * 201)
    assert fake.unanswered_callbacks() == [second["callback_query"]["id"]]
    with pytest.raises(LookupError):
        fake.callback_update(USER, sent.message_id, "not-a-button")


# ---------------------------------------------------------------------------- updates


@pytest.mark.asyncio
async def test_get_updates_returns_queued_updates_and_confirms(
    fake: LocalTelegram, bot: Bot
) -> None:
    fake.message_update(USER, "/start now", first_name="Ann")
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [1]
    message = updates[0].message
    assert message.text == "/start now" and message.chat.type == "private"
    assert message.entities[0].type == "bot_command" and message.entities[0].length == 6
    assert await bot.get_updates(offset=2, timeout=0) == ()


@pytest.mark.asyncio
async def test_long_poll_wakes_on_new_update_and_times_out(fake: LocalTelegram) -> None:
    assert await fake.handle("getUpdates", {"timeout": 0.05}) == (200, {"ok": True, "result": []})
    poll = asyncio.create_task(fake.handle("getUpdates", {"timeout": 5}))
    await asyncio.sleep(0)
    fake.message_update(USER, "hi")
    status, body = await asyncio.wait_for(poll, 1)
    assert status == 200 and body["result"][0]["message"]["text"] == "hi"


@pytest.mark.asyncio
async def test_second_poller_terminates_first_with_conflict(fake: LocalTelegram) -> None:
    first = asyncio.create_task(fake.handle("getUpdates", {"timeout": 5}))
    await asyncio.sleep(0)
    second = asyncio.create_task(fake.handle("getUpdates", {"timeout": 0}))
    assert (await asyncio.wait_for(first, 1))[0] == 409
    assert (await second)[0] == 200


@pytest.mark.asyncio
async def test_application_conversation_via_process_update_and_polling(fake: LocalTelegram) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        name = html.escape(update.effective_user.first_name)
        await update.message.reply_html(f"Hi {name}", reply_markup=keyboard(("Let's begin", "go")))

    async def tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("Started")

    app = (
        Application.builder()
        .token(fake.token)
        .request(LocalRequest(fake))
        .get_updates_request(LocalRequest(fake))
        .build()
    )
    app.add_handlers([CommandHandler("start", start), CallbackQueryHandler(tapped)])
    async with app:
        await app.process_update(
            Update.de_json(fake.message_update(USER, "/start", "<Zoë>"), app.bot)
        )
        assert fake.texts(USER) == ["Hi <Zoë>"]
        await app.updater.start_polling(poll_interval=0, timeout=1, drop_pending_updates=True)
        await app.start()
        fake.tap(USER, "begin")
        for _ in range(200):
            if fake.texts(USER) == ["Started"]:
                break
            await asyncio.sleep(0.005)
        await app.updater.stop()
        await app.stop()
    assert fake.texts(USER) == ["Started"]
    assert fake.unanswered_callbacks() == [] and fake.errors == []
    assert "USER taps [Let's begin]" in render_transcript(fake.chat_transcript(USER))


# ---------------------------------------------------------------------------- files and misc


@pytest.mark.asyncio
async def test_send_photo_stores_bytes(fake: LocalTelegram, bot: Bot) -> None:
    sent = await bot.send_photo(
        USER, png(3, 2), caption="<i>chart</i>", parse_mode="HTML", filename="c.png"
    )
    assert (sent.photo[-1].width, sent.photo[-1].height) == (3, 2)
    assert sent.caption == "chart"
    stored = fake.last_message(USER)
    assert stored["file"].startswith(b"\x89PNG") and stored["file_name"] == "c.png"
    again = await bot.send_photo(USER, sent.photo[-1].file_id)  # resend by file_id
    assert fake.last_message(USER)["file"] == stored["file"] and again.photo
    with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
        await bot.send_photo(USER, b"not an image")
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_photo(USER, png(), caption="x" * 1025)
    doc = await bot.send_document(USER, b"a,b\n1,2\n", filename="log.csv")
    assert doc.document.file_name == "log.csv" and fake.last_message(USER)["file"] == b"a,b\n1,2\n"


@pytest.mark.asyncio
async def test_commands_and_webhook(fake: LocalTelegram, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Start the programme")])
    assert [c["command"] for c in fake.menu_for(USER)] == ["start"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Start", "Uppercase is invalid")])
    with pytest.raises(BadRequest, match=r"(?i)HTTPS URL must be provided"):
        await bot.set_webhook("http://example.org/hook")
    await bot.set_webhook("https://example.org/hook")
    assert fake.updates.webhook_url == "https://example.org/hook"
    assert (await fake.handle("getUpdates", {}))[0] == 409
    await bot.delete_webhook()
    assert (await fake.handle("getUpdates", {}))[0] == 200


def test_wire_parameters_are_decoded_by_type() -> None:
    params = decode_params(
        {
            "chat_id": "42",
            "text": "123",
            "reply_markup": '{"remove_keyboard": true}',
            "show_alert": "true",
        }
    )
    assert params == {
        "chat_id": 42,
        "text": "123",
        "reply_markup": {"remove_keyboard": True},
        "show_alert": True,
    }


def test_html_entities_use_utf16_offsets() -> None:
    parsed = parse_html("\N{FLEXED BICEPS} <b>go</b> <a href='https://x.org/?a=1&amp;b=2'>l</a>")
    assert parsed.text == "\N{FLEXED BICEPS} go l"
    assert parsed.entities == [
        {"type": "bold", "offset": 3, "length": 2},
        {"type": "text_link", "offset": 6, "length": 1, "url": "https://x.org/?a=1&b=2"},
    ]
    with pytest.raises(EntityParseError, match='Unsupported start tag "" at byte offset 2'):
        parse_html("a < b")


# ---------------------------------------------------------------------------- loopback server


@pytest.mark.asyncio
async def test_loopback_server_serves_a_real_bot_and_control_endpoints() -> None:
    fake = LocalTelegram()
    server = await serve(fake)
    try:
        async with httpx.AsyncClient(base_url=server.url) as client:
            said = await client.post("/control/message", json={"user_id": USER, "text": "/start"})
            assert said.json()["ok"] and said.json()["update"]["message"]["text"] == "/start"
            async with Bot(fake.token, base_url=server.base_url) as bot:
                assert bot.username == fake.bot_user["username"]
                (update,) = await bot.get_updates(timeout=0)
                assert update.message.from_user.id == USER
                await bot.send_message(USER, "Ready?", reply_markup=keyboard(("Let's begin", "go")))
                await bot.send_photo(USER, png(), caption="multipart")
                with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
                    await bot.send_message(USER, "1 < 2", parse_mode="HTML")
            tapped = await client.post("/control/tap", json={"user_id": USER, "label": "begin"})
            assert tapped.json()["update"]["callback_query"]["data"] == "go"
            missing = await client.post("/control/tap", json={"user_id": USER, "label": "nope"})
            assert missing.status_code == 404
            chat = (await client.get(f"/control/chat/{USER}")).json()["messages"]
            assert [m["text"] for m in chat] == ["Ready?", "multipart"]
            assert chat[0]["buttons"] == [[["Let's begin", "go"]]]
            assert fake.last_message(USER)["file"].startswith(b"\x89PNG")
            await client.post("/control/block", json={"user_id": USER})
            assert fake.chats[USER].blocked
            as_json = await client.post(
                f"/bot{fake.token}/sendMessage", json={"chat_id": USER, "text": "x"}
            )
            assert as_json.status_code == 403
            transcript = (await client.get(f"/control/transcript/{USER}")).json()["entries"]
            assert [e["kind"] for e in transcript] == ["message", "text", "photo", "tap", "block"]
        with pytest.raises(InvalidToken, match="rejected"):
            async with Bot("999:WRONG", base_url=server.base_url):  # initialize calls getMe
                pass
        assert fake.errors[-1] == ("getMe", "Unauthorized")
    finally:
        await server.stop()
    assert json.dumps(fake.chat_view(USER))  # JSON-safe
