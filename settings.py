"""Configuration: one settings class read from the environment and `.env`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything the bot reads from its environment (see `.env.example`)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    database_url: str = "sqlite+aiosqlite:///data/backcoach.db"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    log_level: str = "INFO"
    # The embedded local chat in place of Telegram: "on" always, "auto" when there is no token
    # (what `make run` passes), "off" never (production: no token is an error).
    local_chat: Literal["auto", "on", "off"] = "off"
    # Loopback by default: anyone who can reach the page can chat as anyone.
    local_chat_host: str = "127.0.0.1"
    local_chat_port: int = Field(default=8080, ge=0, le=65535)  # 0: any free port
    # Rendered pictures, demos and voice notes, by media key (safe to delete: made again).
    media_cache_dir: str = "data/media"
    # Telegram user ids (comma-separated) who may see /outcomes, the figures across everyone.
    operator_ids: str = ""

    @field_validator("operator_ids")
    @classmethod
    def _ids_only(cls, value: str) -> str:
        """Numbers only: a name or a typo must not quietly lock every operator out."""
        ids = [part.strip() for part in value.split(",") if part.strip()]
        if not all(part.isdigit() for part in ids):
            raise ValueError("OPERATOR_IDS holds Telegram user ids (numbers), comma-separated")
        return ",".join(ids)

    @property
    def operators(self) -> frozenset[int]:
        """The operators' Telegram user ids."""
        return frozenset(int(part) for part in self.operator_ids.split(",") if part)
