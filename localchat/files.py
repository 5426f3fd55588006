"""The files bots have sent: checked on arrival, kept under stable ids, optionally on disk.

A file id is made from the file's bytes, so the same picture always has the same id, and a bot
that stored an id can send it again by id, even after a restart when a folder is given.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from localchat import media
from localchat.wire import Json, UploadedFile, bad_request


@dataclass(frozen=True)
class StoredFile:
    """A file the local chat keeps, under the id it gave the bot."""

    file_id: str
    kind: str
    data: bytes
    filename: str
    mime_type: str

    def meta(self) -> Json:
        """The fields every Telegram file object carries."""
        return {
            "file_id": self.file_id,
            # Telegram's file_unique_id: the same for the same file, never usable to send it.
            "file_unique_id": "u" + self.file_id.rsplit("-", 1)[-1][:16],
            "file_size": len(self.data),
        }


class FileStore:
    """File ids to files, in memory and, when given a folder, on disk."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._files: dict[str, StoredFile] = {}
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)

    def keep(self, kind: str, data: bytes, filename: str, mime_type: str) -> StoredFile:
        """Store a file and return it with its id (the same bytes keep the same id)."""
        digest = hashlib.sha256(kind.encode() + b"\0" + data).hexdigest()[:32]
        stored = StoredFile(f"{kind}-{digest}", kind, data, filename, mime_type)
        if stored.file_id not in self._files and self.folder is not None:
            (self.folder / stored.file_id).write_bytes(data)
            meta = {k: v for k, v in asdict(stored).items() if k != "data"}
            (self.folder / f"{stored.file_id}.json").write_text(json.dumps(meta))
        self._files.setdefault(stored.file_id, stored)
        return self._files[stored.file_id]

    def find(self, file_id: str) -> StoredFile | None:
        """The file with this id, from memory or from the folder."""
        if file_id in self._files:
            return self._files[file_id]
        if self.folder is None or "/" in file_id or not (self.folder / file_id).is_file():
            return None
        meta = json.loads((self.folder / f"{file_id}.json").read_text())
        stored = StoredFile(data=(self.folder / file_id).read_bytes(), **meta)
        self._files[file_id] = stored
        return stored

    async def accept(self, kind: str, value: Any, params: Json) -> Json:
        """Check a file sent as `kind`, keep it, and return the record fields that describe it."""
        data, filename, mime_type = self._source(kind, value)
        # Decoding takes tens of milliseconds: off the event loop, so the bot is not held up.
        facts = await asyncio.to_thread(
            media.inspect, kind, data, params.get("duration"), filename, mime_type
        )
        stored = self.keep(kind, data, filename, mime_type)
        described = self._describe(kind, stored, facts)
        return {
            "media": described,
            kind: described[-1] if isinstance(facts, media.Photo) else described,
            "file": stored.data,
            "file_name": stored.filename,
            "mime_type": stored.mime_type,
            "file_id": stored.file_id,
        }

    def _source(self, kind: str, value: Any) -> tuple[bytes, str, str]:
        """The bytes, name and type of a multipart upload or of a file sent before, by id."""
        if isinstance(value, UploadedFile):
            if not value.data:
                raise bad_request("file must be non-empty")
            return value.data, value.filename, value.mimetype
        if value in (None, ""):
            raise bad_request(f"there is no {kind} in the request")
        stored = self.find(value) if isinstance(value, str) else None
        if stored is None:
            raise bad_request(
                "wrong file identifier/HTTP URL specified (the local chat fetches no URLs)"
            )
        if stored.kind != kind:
            raise bad_request(f"can't use file of type {stored.kind} as {kind}")
        return stored.data, stored.filename, stored.mime_type

    def _describe(
        self, kind: str, stored: StoredFile, facts: media.Photo | media.Clip | None
    ) -> Any:
        """The Telegram object of a checked file (for a photo: its sizes, smallest first)."""
        if isinstance(facts, media.Photo):
            sizes = []
            for data, (width, height) in facts.thumbnails:
                thumb = self.keep("photo", data, "thumbnail.jpg", "image/jpeg")
                sizes.append({**thumb.meta(), "width": width, "height": height})
            return [*sizes, {**stored.meta(), "width": facts.width, "height": facts.height}]
        described = {**stored.meta(), "mime_type": stored.mime_type}
        if kind != "voice":  # Telegram's Voice has no file name
            described["file_name"] = stored.filename
        if isinstance(facts, media.Clip):
            described.update(duration=round(facts.duration), mime_type=facts.mime_type)
            if kind == "animation":
                described.update(width=facts.width, height=facts.height)
        return described
