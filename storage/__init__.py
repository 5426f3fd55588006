"""Persistence: SQLAlchemy models, repository functions and Alembic migrations."""

from storage.db import Database

__all__ = ["Database"]
