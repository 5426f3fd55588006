"""The exercise media a card shows, made once: which picture and demo, their keys, a disk cache.

A request names what to draw (and the dose it shows); its key changes with everything that
changes the bytes, so a cached file or a stored Telegram file_id is reused only while it is
still right. Rendering runs in the media worker (media.worker); the cache is a folder of files
named by key, written atomically so a crash never leaves half a file behind.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coach.voice import GuidedSet, voice_script

# The drawing and encoding libraries (Pillow, PyAV, numpy) are imported on first use: the bot's
# modules import this one, and so does the media worker as it starts, which should start light.

log = logging.getLogger(__name__)

# Levels that look alike: the back extension's first four rungs differ only in the count.
SAME_PICTURE = {
    ("back_extension", "ten"): "plain",
    ("back_extension", "fifteen"): "plain",
    ("back_extension", "twenty"): "plain",
    ("back_extension", "three_sets"): "plain",
    ("bending_forward", "slow_bends"): None,
    ("back_bend", "ten"): "standing",
}
# The card of bending forward shows the whole bend; its demo is the standing one.
CARD_PICTURES = {"bending_forward": "card"}
DEMO_FORMS = {"bending_forward": "standing"}
# A per-side stretch shows its first side on the card (the demo goes to both).
FIRST_SIDE = "left"
# Forms that move exactly as the exercise does, only somewhere else (on a firm bed): their
# pictures show where, their demos are the exercise's own.
SAME_MOVEMENT = frozenset({"bed"})
# A lesson's picture is a PICTURE whose item id names the lesson.
LESSON = "lesson."


class MediaKind(StrEnum):
    """What a request makes, and how Telegram is sent it."""

    PICTURE = "picture"  # sendPhoto, PNG
    DEMO = "demo"  # sendAnimation, MP4 H.264
    VOICE = "voice"  # sendVoice, OGG/Opus


SUFFIXES = {MediaKind.PICTURE: ".png", MediaKind.DEMO: ".mp4", MediaKind.VOICE: ".ogg"}


@dataclass(frozen=True)
class MediaRequest:
    """One file to show: a picture, a demo at a hold length, or a voice-guided set."""

    kind: MediaKind
    item_id: str
    hold_seconds: int = 0
    guided: GuidedSet | None = None
    lang: str = "en"

    @property
    def key(self) -> str:
        """The cache key: the content and dose the file shows, and how it is made."""
        from media.keys import media_key
        from media.voice import voice_key

        if self.kind is MediaKind.VOICE:
            assert self.guided is not None
            return f"v-{voice_key(voice_script(self.guided), self.lang)}"
        if self.item_id.startswith(LESSON):
            from media.lesson_pictures import lesson_picture_key

            return f"l-{lesson_picture_key(self.item_id.removeprefix(LESSON))}"
        params = {"hold_seconds": self.hold_seconds} if self.kind is MediaKind.DEMO else {}
        return f"{self.kind.value[0]}-{media_key(self.kind.value, self.item_id, **params)}"

    @property
    def filename(self) -> str:
        """The name Telegram is told (the local chat shows it)."""
        return f"{self.item_id}{SUFFIXES[self.kind]}"

    @property
    def seconds(self) -> int:
        """How long a voice note plays, whole seconds (Telegram's `duration`)."""
        if self.guided is None:
            return 0
        return round(voice_script(self.guided).duration)


def _form(exercise_id: str, level_id: str, variant: str | None) -> str | None:
    """The picture's form of an exercise: its variant, else its level (or what it looks like)."""
    if variant is not None:
        return variant
    return SAME_PICTURE.get((exercise_id, level_id), level_id)


def picture_of(exercise_id: str, level_id: str, variant: str | None) -> MediaRequest | None:
    """The card's picture for this level or variant, or None when the poses have none."""
    from media.pictures import default_poses

    pictures = default_poses().pictures
    form = _form(exercise_id, level_id, variant) or CARD_PICTURES.get(exercise_id)
    for picture_id in (f"{exercise_id}.{form}", f"{exercise_id}.{form}.{FIRST_SIDE}"):
        if picture_id in pictures:
            return MediaRequest(MediaKind.PICTURE, picture_id)
    return None


def demo_of(
    exercise_id: str, level_id: str, variant: str | None, hold_seconds: int
) -> MediaRequest | None:
    """The moving demo at today's hold, or None when the poses have none."""
    from media.pictures import default_poses

    moving = None if variant in SAME_MOVEMENT else variant
    form = _form(exercise_id, level_id, moving) or DEMO_FORMS.get(exercise_id)
    demo_id = f"{exercise_id}.{form}"
    if demo_id not in default_poses().demos:
        return None
    return MediaRequest(MediaKind.DEMO, demo_id, hold_seconds)


def voice_of(guided: GuidedSet, lang: str) -> MediaRequest:
    """The voice note that guides one set at its dose, in the person's language."""
    return MediaRequest(MediaKind.VOICE, guided.exercise_id, guided=guided, lang=lang)


def lesson_picture(lesson_id: str) -> MediaRequest | None:
    """The lesson's picture, or None for a lesson that has none."""
    from media.lesson_pictures import PICTURES

    if lesson_id not in PICTURES:
        return None
    return MediaRequest(MediaKind.PICTURE, f"{LESSON}{lesson_id}")


def render(request: MediaRequest) -> bytes:
    """Draw or encode the file (runs in the media worker)."""
    from media.demos import render_demo
    from media.lesson_pictures import render_lesson_picture
    from media.pictures import render_picture
    from media.voice import build_voice_note

    if request.kind is MediaKind.PICTURE and request.item_id.startswith(LESSON):
        return render_lesson_picture(request.item_id.removeprefix(LESSON))
    if request.kind is MediaKind.PICTURE:
        return render_picture(request.item_id)
    if request.kind is MediaKind.DEMO:
        return render_demo(request.item_id, request.hold_seconds)
    assert request.guided is not None
    return build_voice_note(voice_script(request.guided), request.lang).data


def warm_up() -> None:
    """Import the drawing and encoding libraries and read the poses (at start-up, in a thread)."""
    from media.keys import media_key  # noqa: F401
    from media.pictures import default_poses
    from media.voice import voice_key  # noqa: F401

    default_poses()


class DiskCache:
    """Made files by key in one folder (data/media by default); a broken file is made again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, request: MediaRequest) -> Path:
        """Where the request's file lives."""
        return self.folder / f"{request.key}{SUFFIXES[request.kind]}"

    def read(self, request: MediaRequest) -> bytes | None:
        """The cached bytes, or None when there are none (or they cannot be read)."""
        try:
            data = self.path(request).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("media cache %s cannot be read: %s", self.path(request), error)
            return None
        return data or None

    def write(self, request: MediaRequest, data: bytes) -> None:
        """Keep the bytes under the request's key (atomically: a reader sees all or nothing)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".part")
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, self.path(request))
        except OSError as error:
            log.warning("media cache %s cannot be written: %s", self.folder, error)

    def forget(self, request: MediaRequest) -> None:
        """Drop a file Telegram refused (it is made again next time)."""
        self.path(request).unlink(missing_ok=True)
