"""The callback-data codec: what we make reads back; anything else is refused as forged."""

from __future__ import annotations

import pytest

from handlers.callback_data import CallbackDataError, encode, parse

PAIN = range(11)


def test_what_we_encode_parses_back_field_by_field() -> None:
    data = encode("s.pain", 12, "before", 7)
    fields = parse(data, "s.pain", int, ("before", "after"), PAIN)
    assert (fields.id(0), fields.word(1), fields.id(2)) == (12, "before", 7)
    assert parse(encode("s.add", 1, 2, 5), "s.add", int, int, (1, 5)).id(2) == 5


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "s.pain:12:before",  # a field short
        "s.pain:12:before:7:1",  # a field too many
        "s.card:12:before:7",  # another prefix
        "s.pain:x12:before:7",  # an id that is not a number
        "s.pain:12:during:7",  # not one of the words
        "s.pain:12:before:11",  # outside the range
        "s.pain:12:before:-1",
        "s.pain:12:before:7" + "0" * 60,  # over Telegram's 64 bytes
        "s.pain:12:bef<re:7",  # a character we never put in
    ],
)
def test_anything_else_is_refused(data: str | None) -> None:
    with pytest.raises(CallbackDataError):
        parse(data, "s.pain", int, ("before", "after"), PAIN)


def test_encoding_refuses_what_telegram_or_the_parser_would_reject() -> None:
    with pytest.raises(CallbackDataError):
        encode("p", "a" * 70)
    with pytest.raises(CallbackDataError):
        encode("p", "two words")
