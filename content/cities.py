"""What the gazetteer cannot know about place names: `city_aliases.yaml`, `country_aliases.yaml`."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

import yaml

from content.loader import CONTENT_DIR, ContentError

CITY_ALIASES = CONTENT_DIR / "city_aliases.yaml"


def load_city_aliases(path: Path = CITY_ALIASES) -> dict[str, str | None]:
    """Place -> IANA zone, or None for a word that is not a place; errors name file and place."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"{path}: cannot be read: {error}") from error
    if not isinstance(raw, dict):
        raise ContentError(f"{path}: expected 'place: Area/City' lines")
    zones = available_timezones()
    for place, zone in raw.items():
        if not isinstance(place, str) or (zone is not None and zone not in zones):
            raise ContentError(f"{path}: field '{place}': {zone!r} is not a time zone")
    return dict(raw)


COUNTRY_ALIASES = CONTENT_DIR / "country_aliases.yaml"


def load_country_aliases(path: Path = COUNTRY_ALIASES) -> dict[str, str]:
    """Country names CLDR does not use -> ISO code; errors name the file and the name."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"{path}: cannot be read: {error}") from error
    if not isinstance(raw, dict):
        raise ContentError(f"{path}: expected 'name: CODE' lines")
    for name, code in raw.items():
        if not isinstance(name, str) or not (isinstance(code, str) and code.isalpha()):
            raise ContentError(f"{path}: field '{name}': {code!r} is not a country code")
    return dict(raw)
