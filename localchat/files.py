"""The files bots have sent: stable file ids, getFile paths, and (optionally) a folder on disk.

A file id is made from the file's bytes, so the same picture always has the same id, and a bot
that stored an id can send it again by id, even after a restart when a folder is given.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import asdict, dataclass
from pathlib import Path

from localchat.wire import Json


@dataclass(frozen=True)
class StoredFile:
    """A file the local chat keeps, under the id it gave the bot."""

    file_id: str
    kind: str
    data: bytes
    filename: str
    mime_type: str

    @property
    def unique_id(self) -> str:
        """Telegram's file_unique_id: the same for the same file, never usable to send it."""
        return "u" + self.file_id.rsplit("-", 1)[-1][:16]

    @property
    def path(self) -> str:
        """The file_path getFile answers, under /file/bot<token>/."""
        suffix = Path(self.filename).suffix or mimetypes.guess_extension(self.mime_type) or ""
        return f"{self.kind}s/{self.file_id}{suffix}"

    def meta(self) -> Json:
        """The fields every Telegram file object carries."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.unique_id,
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

    def by_path(self, path: str) -> StoredFile | None:
        """The file a getFile path names."""
        file_id = Path(path).stem
        stored = self.find(file_id)
        return stored if stored is not None and stored.path == path else None
