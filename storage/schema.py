"""Imports every model module so `Base.metadata` knows all tables (migrations, tests)."""

from storage import (
    adherence_models,
    care_models,
    function_models,
    lease_models,
    lesson_models,
    media_models,
    models,
    reminder_models,
    report_models,
    session_models,
)
from storage.base import Base

metadata = Base.metadata

__all__ = [
    "adherence_models",
    "care_models",
    "function_models",
    "lease_models",
    "lesson_models",
    "media_models",
    "metadata",
    "models",
    "reminder_models",
    "report_models",
    "session_models",
]
