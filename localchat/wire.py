"""The Bot API wire format: parameters as they travel, file parts, and Telegram's error answers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlsplit

Json = dict[str, Any]

# Clients send non-string parameters JSON-encoded inside form fields.
_JSON_FIELDS = frozenset(
    {"reply_markup", "entities", "caption_entities", "commands", "scope", "allowed_updates",
     "link_preview_options", "reply_parameters"}
)  # fmt: skip
_NUMBER_FIELDS = frozenset(
    {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time", "message_thread_id",
     "max_connections", "duration", "width", "height"}
)  # fmt: skip
_BOOL_FIELDS = frozenset(
    {"disable_notification", "protect_content", "show_alert", "drop_pending_updates",
     "has_spoiler", "disable_content_type_detection", "show_caption_above_media",
     "allow_paid_broadcast"}
)  # fmt: skip


class ApiError(Exception):
    """A Telegram error answer: HTTP status plus description (and optional parameters)."""

    def __init__(self, code: int, description: str, parameters: Json | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> Json:
        """The JSON body Telegram answers with."""
        body: Json = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    """Shorthand for a 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class UploadedFile:
    """One multipart file part: a file the bot uploads."""

    filename: str
    data: bytes
    mimetype: str = "application/octet-stream"

    @classmethod
    def from_field(cls, field_tuple: tuple[str, bytes | IO[bytes], str]) -> UploadedFile:
        """Build from PTB's `(filename, content, mimetype)` multipart tuple."""
        filename, content, mimetype = field_tuple
        data = content if isinstance(content, bytes) else content.read()
        return cls(filename, data, mimetype)


def decode_params(raw: Mapping[str, Any], files: Mapping[str, UploadedFile] | None = None) -> Json:
    """Turn wire parameters (strings, JSON-in-strings, file parts) into typed values."""
    params = {key: _decode_value(key, value) for key, value in raw.items()}
    for name, upload in (files or {}).items():
        # A part is the parameter itself ("photo") or is referenced as attach://<name>.
        reference = f"attach://{name}"
        attached = [key for key, value in params.items() if value == reference] or [name]
        for key in attached:
            params[key] = upload
    return params


def _decode_value(key: str, value: Any) -> Any:
    """Decode one form value according to the parameter's Bot API type."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value  # the method answers with Telegram's "can't parse" error
    if key in _NUMBER_FIELDS:
        for kind in (int, float):
            try:
                return kind(value)
            except ValueError:
                pass
        return value
    if key in _BOOL_FIELDS:
        return value.lower() == "true"
    return value


def split_api_url(url: str) -> tuple[str | None, str]:
    """Split `.../bot<token>/<method>` into (token, method); token is None if absent."""
    parts = urlsplit(url).path.rstrip("/").split("/")
    if len(parts) >= 2 and parts[-2].startswith("bot"):
        return parts[-2][3:], parts[-1]
    return None, parts[-1]
