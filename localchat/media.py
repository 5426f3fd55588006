"""Media checks a careful client makes: pictures open and show something, videos and voice decode.

Telegram is lenient with what a bot uploads and fails later, on a person's phone; the local chat
decodes every upload (Pillow for pictures, PyAV for animations and voice) and refuses one
that would not show or play, naming what is wrong.
"""

from __future__ import annotations

import hashlib
import io
import threading
from dataclasses import dataclass

import av
from cachetools import LRUCache
from PIL import Image, UnidentifiedImageError

from localchat.wire import bad_request

# Telegram: width + height at most 10000, the longer side at most 20 times the shorter.
MAX_SIDES_TOTAL = 10_000
MAX_RATIO = 20
THUMBNAIL_SIDES = (90, 320, 800)
# Telegram takes files up to 50 MB from a bot.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
PDF_TYPE = "application/pdf"
# A PDF ends with "%%EOF" (perhaps followed by a line break or a little padding).
PDF_TAIL_BYTES = 1024
# A duration a bot states may differ from the real one by rounding, not by more.
DURATION_TOLERANCE_SECONDS = 1.0
_ANIMATION_CODECS = {"h264": "video/mp4", "gif": "image/gif"}
# Files checked lately, by kind, content and stated length (uploads are checked in threads).
_CHECKED: LRUCache[tuple[str, bytes, object], Photo | Clip | None] = LRUCache(maxsize=128)
_CHECKED_LOCK = threading.Lock()


@dataclass(frozen=True)
class Clip:
    """What decoding a video or sound found: its size (0 for sound), length and MIME type."""

    width: int
    height: int
    duration: float
    mime_type: str


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a picture Pillow can open, or None when the bytes are no picture."""
    try:
        with Image.open(io.BytesIO(data)) as picture:
            return picture.size
    except (UnidentifiedImageError, OSError):
        return None


@dataclass(frozen=True)
class Photo:
    """A checked photo: its size and the smaller JPEG copies Telegram would make of it."""

    width: int
    height: int
    thumbnails: list[tuple[bytes, tuple[int, int]]]


def inspect_photo(data: bytes) -> Photo:
    """Check a photo decodes, has a sane shape and is not blank; make its thumbnails."""
    try:
        with Image.open(io.BytesIO(data)) as picture:
            picture.load()
            width, height = picture.size
            extrema = picture.getextrema()
            copies = _thumbnails(picture)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise bad_request("IMAGE_PROCESS_FAILED") from None
    if width + height > MAX_SIDES_TOTAL or max(width, height) > MAX_RATIO * min(width, height):
        raise bad_request("PHOTO_INVALID_DIMENSIONS")
    bands = extrema if isinstance(extrema[0], tuple) else (extrema,)
    if all(low == high for low, high in bands):
        raise bad_request(
            "PHOTO_BLANK: the picture is one single colour "
            "(the local chat is stricter than Telegram here)"
        )
    return Photo(width, height, copies)


def _thumbnails(picture: Image.Image) -> list[tuple[bytes, tuple[int, int]]]:
    """Smaller JPEG copies, smallest first (90, 320 and 800 pixels on the longer side)."""
    copies = []
    copy = picture.convert("RGB")
    for side in sorted(THUMBNAIL_SIDES, reverse=True):  # each made from the last, so cheaply
        if max(copy.size) <= side:
            continue
        copy = copy.copy()
        copy.thumbnail((side, side), Image.Resampling.BILINEAR, reducing_gap=2.0)
        out = io.BytesIO()
        copy.save(out, "JPEG", quality=85)
        copies.append((out.getvalue(), copy.size))
    return copies[::-1]


def inspect_animation(data: bytes) -> Clip:
    """An animation must be an H.264 MP4 or a GIF whose frames all decode."""
    clip = _decode(data, "video", "ANIMATION")
    if clip.mime_type not in _ANIMATION_CODECS.values():
        raise bad_request("ANIMATION_INVALID: an animation must be an H.264 MP4 or a GIF")
    return clip


def inspect_voice(data: bytes, stated_duration: object = None) -> Clip:
    """A voice note must be OGG/Opus that decodes; a stated duration must match the real one."""
    clip = _decode(data, "audio", "VOICE")
    if clip.mime_type != "audio/ogg":
        raise bad_request("VOICE_INVALID: a voice note must be OGG with the Opus codec")
    _check_duration(clip, stated_duration)
    return clip


def inspect_document(data: bytes, filename: str, mime_type: str) -> None:
    """Any file up to 50 MB; one named or typed as a PDF must be a whole PDF a viewer opens."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise bad_request("Request Entity Too Large")
    if not filename.lower().endswith(".pdf") and mime_type != PDF_TYPE:
        return
    tail = data[-PDF_TAIL_BYTES:]
    if not data.startswith(b"%PDF-") or b"%%EOF" not in tail or b"startxref" not in tail:
        raise bad_request(
            "DOCUMENT_INVALID: the PDF is not whole (no %PDF- header, startxref or %%EOF; "
            "the local chat is stricter than Telegram here)"
        )


def inspect(
    kind: str, data: bytes, stated_duration: object = None, filename: str = "", mime_type: str = ""
) -> Photo | Clip | None:
    """Check a file for the kind of message it is sent as.

    A picture, demo or voice note already checked is not decoded again: bots send the same
    ones many times. Documents are personal and cheap to check, so they are not remembered.
    """
    if kind == "document":
        inspect_document(data, filename, mime_type)
        return None
    key = (kind, hashlib.sha256(data).digest(), stated_duration)
    with _CHECKED_LOCK:
        if key in _CHECKED:
            return _CHECKED[key]
    facts = _inspect(kind, data, stated_duration)  # a refused file raises: it is never kept
    with _CHECKED_LOCK:
        _CHECKED[key] = facts
    return facts


def _inspect(kind: str, data: bytes, stated_duration: object) -> Photo | Clip | None:
    """Decode and check a file (every time: `inspect` remembers the results)."""
    if kind == "photo":
        return inspect_photo(data)
    if kind == "animation":
        return inspect_animation(data)
    if kind == "voice":
        return inspect_voice(data, stated_duration)
    return None


def _check_duration(clip: Clip, stated: object) -> None:
    """A `duration` parameter more than a second away from the real length is a bug."""
    if stated is None:
        return
    if not isinstance(stated, int | float) or abs(stated - clip.duration) > (
        DURATION_TOLERANCE_SECONDS
    ):
        raise bad_request(
            f"DURATION_MISMATCH: duration {stated} given, the file lasts {clip.duration:.1f} s "
            "(the local chat is stricter than Telegram here)"
        )


def _decode(data: bytes, kind: str, name: str) -> Clip:
    """Decode every frame of the file's first `kind` stream and measure it."""
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            streams = container.streams.video if kind == "video" else container.streams.audio
            if not streams:
                raise bad_request(f"{name}_INVALID: the file has no {kind} stream")
            stream = streams[0]
            codec = stream.codec.canonical_name  # "mp3", not the decoder's "mp3float"
            end = 0.0
            for frame in container.decode(stream):
                if frame.time is not None:
                    end = max(end, frame.time + _frame_length(frame))
            width = getattr(stream.codec_context, "width", 0) or 0
            height = getattr(stream.codec_context, "height", 0) or 0
    except av.FFmpegError:
        raise bad_request(f"{name}_INVALID: the file does not decode") from None
    if end <= 0:
        raise bad_request(f"{name}_INVALID: the file holds no {kind}")
    return Clip(width, height, end, _mime_type(kind, codec))


def _frame_length(frame: av.VideoFrame | av.AudioFrame) -> float:
    """Seconds one decoded frame lasts (audio frames know it exactly)."""
    if isinstance(frame, av.AudioFrame) and frame.sample_rate:
        return frame.samples / frame.sample_rate
    if frame.duration is not None and frame.time_base is not None:
        return float(frame.duration * frame.time_base)
    return 0.0


def _mime_type(kind: str, codec: str) -> str:
    """The MIME type Telegram would report for a stream of this codec."""
    if kind == "video":
        return _ANIMATION_CODECS.get(codec, f"video/x-{codec}")
    return "audio/ogg" if codec == "opus" else f"audio/x-{codec}"
