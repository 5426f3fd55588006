"""Reads the content files and validates them into typed models at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from content.models import Content, DangerBook
from content.words import read_library

CONTENT_DIR = Path(__file__).parent


class ContentError(Exception):
    """A content file is missing, unreadable or invalid; the message names file and field."""


def _read_yaml(path: Path, loader: type[Any] = yaml.SafeLoader) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except FileNotFoundError as error:
        raise ContentError(f"{path}: file is missing") from error
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: not valid YAML: {error}") from error


def _by_id(path: Path, records: Any) -> dict[str, Any]:
    """Index a list of records by their `id`, refusing duplicates."""
    if not isinstance(records, list):
        raise ContentError(f"{path}: expected a list of records")
    indexed: dict[str, Any] = {}
    for position, record in enumerate(records):
        record_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(record_id, str):
            raise ContentError(f"{path}: record {position}: field 'id' is missing")
        if record_id in indexed:
            raise ContentError(f"{path}: record {position}: duplicate id {record_id!r}")
        indexed[record_id] = record
    return indexed


def _danger_books(directory: Path) -> dict[str, DangerBook]:
    """Each language's warning-sign words, validated file by file so an error names its file."""
    books = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            # Every value as text: a translator's "no" or "off" must not turn into a boolean.
            books[path.stem] = DangerBook.model_validate(_read_yaml(path, yaml.BaseLoader))
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "the file"
            raise ContentError(f"{path}: {field}: {first['msg']}") from error
    return books


def _course(path: Path, raw: Any) -> dict[str, Any]:
    """The lessons indexed by id, and the courses as written."""
    if not isinstance(raw, dict):
        raise ContentError(f"{path}: expected 'lessons' and 'courses'")
    return {"lessons": _by_id(path, raw.get("lessons")), "courses": raw.get("courses")}


def load_content(directory: Path = CONTENT_DIR) -> Content:
    """Load and validate every content file under `directory`."""
    files = {
        "exercises": directory / "exercises.yaml",
        "questions": directory / "questions.yaml",
        "numbers": directory / "emergency_numbers.yaml",
        "course": directory / "lessons.yaml",
    }
    try:
        library = read_library(directory / "locales")
    except (OSError, ValueError) as error:
        raise ContentError(f"{directory / 'locales'}: {error}") from error
    raw = {
        "danger": _danger_books(directory / "danger"),
        "exercises": _by_id(files["exercises"], _read_yaml(files["exercises"])),
        "questions": _by_id(files["questions"], _read_yaml(files["questions"])),
        "library": library,
        "numbers": _read_yaml(files["numbers"]),
        "course": _course(files["course"], _read_yaml(files["course"])),
    }
    try:
        return Content.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        source = files.get(str(first["loc"][0]) if first["loc"] else "", directory)
        raise ContentError(f"{source}: field '{field}': {first['msg']}") from error
