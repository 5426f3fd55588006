"""Imports every model module so `Base.metadata` knows all tables (migrations, tests)."""

from storage import models
from storage.base import Base

metadata = Base.metadata

__all__ = ["metadata", "models"]
