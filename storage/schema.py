"""Imports every model module so `Base.metadata` knows all tables (migrations, tests)."""

from storage import models, session_models
from storage.base import Base

metadata = Base.metadata

__all__ = ["metadata", "models", "session_models"]
