"""Telegram's limits on what a bot sends: text and captions, keyboards, commands, toasts."""

from __future__ import annotations

import re
from typing import Any

from localchat.entities import EntityParseError, ParsedText, parse_text
from localchat.wire import Json, bad_request

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
TOAST_LIMIT = 200
BUTTON_LIMIT = 100
COMMAND_LIMIT = 100
# setMyDescription and setMyShortDescription (Bot API: 0-512 and 0-120 characters).
DESCRIPTION_LIMITS = {"description": 512, "short_description": 120}

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"

BUTTON_ACTIONS = (
    "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "web_app", "login_url", "callback_game", "pay",
    "copy_text",
)  # fmt: skip
_BUTTON_URL = re.compile(r"(https?://[^\s/]+|tg://)\S*$")
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")


def parse_body(params: Json, key: str, *, required: bool) -> ParsedText | None:
    """Validate `text` or `caption` with its parse_mode and its length limit."""
    raw = params.get(key)
    empty = "message text is empty" if key == "text" else f"{key} is empty"
    if raw in (None, "") and not required:
        return None
    if not isinstance(raw, str) or not raw.strip():
        raise bad_request(empty)
    entities_key = "entities" if key == "text" else "caption_entities"
    if isinstance(params.get(entities_key), list):  # explicit entities win over parse_mode
        parsed = ParsedText(raw, params[entities_key])
    else:
        try:
            parsed = parse_text(raw, params.get("parse_mode"))
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
        except ValueError:  # Markdown: real in Telegram, never sent by the bot
            raise bad_request("unsupported parse_mode (the local chat knows HTML only)") from None
    if not parsed.text.strip():
        raise bad_request(empty)
    if key == "text" and len(parsed.text) > TEXT_LIMIT:
        raise bad_request("message is too long")
    if key != "text" and len(parsed.text) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")
    return parsed


def check_markup(params: Json, *, inline_only: bool = False) -> Json | None:
    """Validate reply_markup and return it (or None when there is none)."""
    markup = params.get("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        check_inline_keyboard(markup["inline_keyboard"])
    elif inline_only:
        raise bad_request("inline keyboard expected")
    elif "keyboard" in markup:
        check_reply_keyboard(markup["keyboard"])
    elif not (markup.get("remove_keyboard") or markup.get("force_reply")):
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


def check_inline_keyboard(rows: Any) -> None:
    """Validate inline keyboard rows like Telegram does."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
        )
    if sum(len(row) for row in rows) > BUTTON_LIMIT:
        raise bad_request("reply markup is too long")
    for button in (b for row in rows for b in row):
        _check_inline_button(button)


def _check_inline_button(button: Any) -> None:
    """One inline button: a label and exactly one action, callback data of 1-64 bytes."""
    if not isinstance(button, dict) or not str(button.get("text") or "").strip():
        raise bad_request(
            'can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    actions = [key for key in BUTTON_ACTIONS if key in button]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise bad_request("BUTTON_TYPE_INVALID")
    data = button.get("callback_data")
    if "callback_data" in button and not (
        isinstance(data, str) and 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT
    ):
        raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not _BUTTON_URL.match(str(button.get("url"))):
        raise bad_request("BUTTON_URL_INVALID")


def check_reply_keyboard(rows: Any) -> None:
    """Validate a reply keyboard: rows of strings or {"text": ...} buttons."""
    if not isinstance(rows, list) or not rows:
        raise bad_request("can't parse reply keyboard markup JSON object")
    for button in (b for row in rows for b in row):
        text = button if isinstance(button, str) else (button or {}).get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')


def check_commands(commands: Any) -> list[Json]:
    """setMyCommands: up to 100 commands of 1-32 chars of [a-z0-9_], descriptions of 1-256."""
    if not isinstance(commands, list) or len(commands) > COMMAND_LIMIT:
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        if not isinstance(command, dict):
            raise bad_request("can't parse commands JSON object")
        if not _COMMAND.fullmatch(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    return commands


def check_language_code(code: Any) -> str:
    """A two-letter ISO 639-1 code, or none ("" or absent: for every other language)."""
    if code in (None, ""):
        return ""
    if not isinstance(code, str) or not _LANGUAGE_CODE.fullmatch(code):
        raise bad_request("LANG_CODE_INVALID")
    return code


def check_description(params: Json, key: str) -> str:
    """setMyDescription's `description` or setMyShortDescription's `short_description`: plain
    text within its limit; empty (or absent) removes the one for that language."""
    text = params.get(key, "")
    if not isinstance(text, str):
        raise bad_request(f"can't parse {key}: a String is expected")
    if len(text) > DESCRIPTION_LIMITS[key]:
        raise bad_request(f"{key} is too long ({len(text)} > {DESCRIPTION_LIMITS[key]})")
    return text


def check_toast(text: Any) -> None:
    """A callback answer's text is at most 200 characters."""
    if text is not None and len(str(text)) > TOAST_LIMIT:
        raise bad_request("MESSAGE_TOO_LONG")
