"""The in-process seam: a python-telegram-bot request backend answered by a `LocalTelegram`."""

from __future__ import annotations

import json

from telegram.request import BaseRequest, RequestData

from localchat.telegram import LocalTelegram
from localchat.wire import UploadedFile, decode_params, split_api_url


class LocalRequest(BaseRequest):
    """Routes every call of a real `telegram.Bot` into a `LocalTelegram`, without sockets."""

    def __init__(self, telegram: LocalTelegram, read_timeout: float | None = 5.0) -> None:
        self.telegram = telegram
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        """Default read timeout PTB adds to getUpdates' long-poll timeout."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Decode the call exactly as it would travel on the wire and let Telegram answer."""
        token, api_method = split_api_url(url)
        raw = request_data.json_parameters if request_data else {}
        files = {}
        if request_data and request_data.contains_files:
            files = {
                name: UploadedFile.from_field(part)
                for name, part in request_data.multipart_data.items()
            }
        status, body = await self.telegram.request(token, api_method, decode_params(raw, files))
        return status, json.dumps(body).encode("utf-8")
