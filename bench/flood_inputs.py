"""What a flooding client sends (bench/flood.py): every kind of input, one callable a kind.

Typed text, commands in any order, old buttons again, real buttons with a number changed,
random callback data, files of every kind, places, dice, group and channel messages, edited
messages, inline queries and messages without a sender.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from copy import deepcopy
from typing import Any

from localchat.telegram import LocalTelegram

GROUP, CHANNEL = -100_777, -100_778
COMMANDS = ("/start", "/help", "/plan", "/progress", "/session", "/checkup", "/reminders",
            "/nonsense", "/delete", "/language", "/flare")  # fmt: skip
TEXTS = ("hello?", "my back hurts", "Berlin", "07:30", "x" * 4096, "🙂🙂🙂", "<b>&amp;</b>")
FILE = {"file_id": "f", "file_unique_id": "fu"}
STICKER = {**FILE, "type": "regular", "width": 512, "height": 512,
           "is_animated": False, "is_video": False}  # fmt: skip

Input = Callable[[], None]


def inputs(fake: LocalTelegram, rng: random.Random, chat: int) -> list[Input]:
    """Every kind of input a flooding client sends, one callable a kind (in a fixed order)."""
    return [
        lambda: fake.message_update(chat, rng.choice(TEXTS)),
        lambda: fake.message_update(chat, rng.choice(COMMANDS)),
        *_taps(fake, rng, chat),
        *_files(fake, chat),
        *_strays(fake, rng, chat),
    ]


def _taps(fake: LocalTelegram, rng: random.Random, chat: int) -> list[Input]:
    """A real button (maybe one already tapped), one with a number changed, random data."""

    def latest_buttons() -> list[tuple[int, str]]:
        shown = [m for m in fake.messages(chat) if fake.buttons(m)]
        return [(m["message_id"], d) for m in shown[-3:] for _, d in fake.buttons(m) if d]

    def tap(data: Callable[[str], str]) -> None:
        found = latest_buttons()
        if found:
            message_id, real = rng.choice(found)
            fake.callback_update(chat, message_id, data(real), check_buttons=False)

    return [
        lambda: tap(lambda real: real),
        lambda: tap(lambda real: _changed_number(rng, real)),
        lambda: tap(lambda real: _random_data(rng)),
    ]


def _files(fake: LocalTelegram, chat: int) -> list[Input]:
    """What the bot cannot read or only places: a photo, sticker, voice, place, file, dice."""
    contents: list[dict[str, Any]] = [
        {"photo": [{**FILE, "width": 90, "height": 90}]},
        {"sticker": STICKER},
        {"voice": {**FILE, "duration": 2}},
        {"location": {"latitude": 52.5, "longitude": 13.4}},
        {"document": FILE},
        {"dice": {"emoji": "🎲", "value": 3}},
    ]
    # A fresh copy each time, as a client sends a new update.
    return [lambda c=c: fake.inject_update(_message(fake, chat, **deepcopy(c))) for c in contents]


def _strays(fake: LocalTelegram, rng: random.Random, chat: int) -> list[Input]:
    """Updates a private chat bot mostly ignores: group and channel messages, an edit, an
    inline query, a message without a sender."""
    user = {"id": chat, "is_bot": False, "first_name": f"P{chat}"}
    now = int(time.time())

    def orphan() -> None:
        update = _message(fake, chat, text="hello")
        del update["message"]["from"]
        fake.inject_update(update)

    def edited() -> None:
        update = _message(fake, chat, text="I meant Berlin")
        fake.inject_update({"edited_message": {**update["message"], "edit_date": now}})

    group = {"message_id": 1, "from": user, "date": now, "text": "/start",
             "chat": {"id": GROUP, "type": "supergroup", "title": "Backs"},
             "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}  # fmt: skip
    channel = {"message_id": 1, "date": now, "text": "news",
               "chat": {"id": CHANNEL, "type": "channel", "title": "News"}}  # fmt: skip
    return [
        lambda: fake.inject_update({"message": {**group, "message_id": rng.randint(1, 10**6)}}),
        lambda: fake.inject_update(
            {"channel_post": {**channel, "message_id": rng.randint(1, 10**6)}}
        ),
        edited,
        lambda: fake.inject_update(
            {"inline_query": {"id": str(rng.random()), "from": user, "query": "x", "offset": ""}}
        ),
        orphan,
    ]


def _message(fake: LocalTelegram, chat: int, **content: Any) -> dict[str, Any]:
    """A private message of any kind from the person."""
    update = fake.message_update(chat, "placeholder")
    update["message"].pop("text")
    update["message"].update(content)
    return {k: v for k, v in update.items() if k != "update_id"}


def _random_data(rng: random.Random) -> str:
    """Random callback data: any characters, at most 64 bytes."""
    alphabet = "abc:.;-_~+0123456789 ÄЖ🙂\x00\x7f"
    while True:
        data = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        if len(data.encode()) <= 64:
            return data


def _changed_number(rng: random.Random, data: str) -> str:
    """A real button's data with one of its numbers changed."""
    fields = data.split(":")
    numbered = [i for i, f in enumerate(fields) if f.isdigit()] or [len(fields) - 1]
    fields[rng.choice(numbered)] = str(rng.choice((0, 7, 11, 79, 999_999, 10**17)))
    return ":".join(fields)
