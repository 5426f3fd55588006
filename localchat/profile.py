"""The bot's own face: who it is (getMe), its command menus and its descriptions per language."""

from __future__ import annotations

import json

from localchat.limits import check_commands, check_description, check_language_code
from localchat.transcript import Transcript
from localchat.wire import Json


class BotProfile:
    """getMe, setMyCommands, setMyDescription and setMyShortDescription, and what they show."""

    def __init__(self, token: str, username: str, log: Transcript) -> None:
        bot_id = token.split(":", 1)[0]
        self.user: Json = {
            "id": int(bot_id) if bot_id.isdigit() else 1,
            "is_bot": True,
            "first_name": "Back Coach",
            "username": username,
        }
        self.commands: dict[tuple[str, str], list[Json]] = {}  # by (scope, language_code)
        self.descriptions: dict[tuple[str, str], str] = {}  # by (kind, language_code)
        self.log = log

    def get_me(self, params: Json) -> Json:
        """getMe."""
        return {
            **self.user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def set_commands(self, params: Json) -> bool:
        """setMyCommands, per scope and language."""
        self.commands[_menu_key(params)] = check_commands(params.get("commands"))
        self.log.note(None, "commands")
        return True

    def set_description(self, params: Json) -> bool:
        """setMyDescription: up to 512 characters, per language."""
        return self._describe("description", params)

    def set_short_description(self, params: Json) -> bool:
        """setMyShortDescription: up to 120 characters, per language."""
        return self._describe("short_description", params)

    def _describe(self, kind: str, params: Json) -> bool:
        """Store a description for a language (an empty one removes it) after checking it."""
        language = check_language_code(params.get("language_code"))
        text = check_description(params, kind)
        if text:
            self.descriptions[kind, language] = text
        else:
            self.descriptions.pop((kind, language), None)
        self.log.note(None, "about")
        return True

    def description_for(self, language: str | None = None) -> Json:
        """What a person sees before pressing Start, in their language (else everybody's)."""
        return {kind: self._shown(kind, language) for kind in ("description", "short_description")}

    def _shown(self, kind: str, language: str | None) -> str:
        """Theirs, else the one for everybody."""
        mine = self.descriptions.get((kind, language or ""), "")
        return mine or self.descriptions.get((kind, ""), "")

    def menu_for(self, chat_id: int, language: str | None = None) -> list[Json]:
        """What a person's menu shows: the narrowest scope first, their language before none."""
        scopes = [{"type": "chat", "chat_id": chat_id}, {"type": "all_private_chats"}]
        for scope in [*scopes, {"type": "default"}]:
            for code in ([language] if language else []) + [""]:
                commands = self.commands.get((json.dumps(scope, sort_keys=True), code))
                if commands:
                    return commands
        return []


def _menu_key(params: Json) -> tuple[str, str]:
    """Commands are stored per (scope, language_code)."""
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), params.get("language_code") or ""
