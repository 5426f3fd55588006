"""The Bot API methods the local chat answers, with the parameters each takes.

These are the methods the bot calls (and python-telegram-bot calls for it: getMe on start,
deleteWebhook and getUpdates to poll, setWebhook for webhook mode). Any other method, real or
not, is answered like api.telegram.org answers an unknown one: 404 "Not Found". Telegram ignores
parameters it does not know; the local chat refuses them, so a misspelt or outdated parameter
is found on the first try instead of silently doing nothing. The parameter names follow the
method tables of the Bot API documentation.
"""

from __future__ import annotations

from localchat.wire import ApiError, Json, bad_request

_SEND = frozenset(
    {"business_connection_id", "chat_id", "message_thread_id", "direct_messages_topic_id",
     "disable_notification", "protect_content", "allow_paid_broadcast", "message_effect_id",
     "suggested_post_parameters", "reply_parameters", "reply_markup"}
)  # fmt: skip
_CAPTION = frozenset({"caption", "parse_mode", "caption_entities"})
_EDIT = frozenset(
    {"business_connection_id", "chat_id", "message_id", "inline_message_id", "reply_markup"}
)
_ANIMATION = frozenset(
    {"animation", "duration", "width", "height", "thumbnail", "show_caption_above_media",
     "has_spoiler"}
)  # fmt: skip
_WEBHOOK = frozenset(
    {"url", "certificate", "ip_address", "max_connections", "allowed_updates",
     "drop_pending_updates", "secret_token"}
)  # fmt: skip

PARAMETERS: dict[str, frozenset[str]] = {
    "getMe": frozenset(),
    "setMyCommands": frozenset({"commands", "scope", "language_code"}),
    "setMyDescription": frozenset({"description", "language_code"}),
    "setMyShortDescription": frozenset({"short_description", "language_code"}),
    "getUpdates": frozenset({"offset", "limit", "timeout", "allowed_updates"}),
    "setWebhook": _WEBHOOK,
    "deleteWebhook": frozenset({"drop_pending_updates"}),
    "sendMessage": _SEND | {"text", "parse_mode", "entities", "link_preview_options"},
    "sendPhoto": _SEND | _CAPTION | {"photo", "show_caption_above_media", "has_spoiler"},
    "sendAnimation": _SEND | _CAPTION | _ANIMATION,
    "sendVoice": _SEND | _CAPTION | {"voice", "duration"},
    "sendDocument": _SEND | _CAPTION | {"document", "thumbnail", "disable_content_type_detection"},
    "editMessageText": _EDIT | {"text", "parse_mode", "entities", "link_preview_options"},
    "editMessageCaption": _EDIT | _CAPTION | {"show_caption_above_media"},
    "editMessageReplyMarkup": _EDIT,
    "answerCallbackQuery": frozenset(
        {"callback_query_id", "text", "show_alert", "url", "cache_time"}
    ),
}
# python-telegram-bot's `Defaults` fill these into every method that sends or edits a message,
# whether the method takes them or not; Telegram ignores them where it does not, and so do we.
CLIENT_DEFAULTS = frozenset({"parse_mode", "disable_notification", "protect_content"})
_MESSAGE_METHODS = frozenset(name for name in PARAMETERS if name.startswith(("send", "edit")))
_BY_CASELESS_NAME = {name.lower(): name for name in PARAMETERS}


def check_call(method: str, params: Json) -> str:
    """The method's documented name, after checking it is answered and takes every parameter."""
    name = _BY_CASELESS_NAME.get(method.lower())  # Telegram's method names are caseless
    if name is None:
        raise ApiError(404, "Not Found")  # what api.telegram.org answers
    known = PARAMETERS[name]
    if name in _MESSAGE_METHODS:
        known = known | CLIENT_DEFAULTS
    unknown = sorted(set(params) - known)
    if unknown:
        raise bad_request(
            f"unknown parameter {unknown[0]!r} for method {name} "
            "(the local chat is stricter than Telegram here)"
        )
    return name
