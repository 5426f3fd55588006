"""Uploaded media: the Telegram file_id of each file by its media key, so it is sent once a bot."""

from __future__ import annotations

from services.base import Services
from storage.media import file_id_of, forget_file_id, keep_file_id


class StoredFileIds:
    """The media shelf's file_ids, kept in the database (one transaction each)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    async def known(self, key: str) -> str | None:
        """The file_id to send this file by, when it was uploaded before."""
        async with self.services.db.transaction() as tx:
            return await file_id_of(tx, key)

    async def keep(self, key: str, kind: str, file_id: str) -> None:
        """Telegram took the file: remember its id for everyone after."""
        async with self.services.db.transaction() as tx:
            await keep_file_id(tx, key, kind, file_id)

    async def forget(self, key: str) -> None:
        """Telegram no longer knows a stored file_id: upload the file again next time."""
        async with self.services.db.transaction() as tx:
            await forget_file_id(tx, key)
