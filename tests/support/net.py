"""Loopback helpers for tests that listen (webhooks, the local chat's processes)."""

from __future__ import annotations

import socket

SECRET = "s3cret-Token_for_tests"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
