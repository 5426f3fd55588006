"""Voice notes: a set's script laid out with the recorded clips, encoded as one OGG/Opus note."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import av
import numpy as np

from coach.voice import VoiceScript
from content.loader import CONTENT_DIR

CLIP_DIR = CONTENT_DIR / "voice"
CLIP_SUFFIX = ".ogg"
FALLBACK_LANGUAGE = "en"
# Opus runs at 48 kHz inside; feeding it that rate spares a resampling step.
SAMPLE_RATE = 48_000
# Speech in mono reads clearly at 24 kbit/s; the long silences cost next to nothing.
NOTE_BIT_RATE = 24_000
MIME_TYPE = "audio/ogg"
# Bump when the way notes are made changes, so cached notes made the old way are not reused.
NOTE_FORMAT = "voice-note-1"


class VoiceError(Exception):
    """A clip is missing, unreadable, or too long for the room its cue has."""


@dataclass(frozen=True)
class VoiceNote:
    """One encoded voice note, ready for `sendVoice`."""

    data: bytes
    duration: float  # seconds
    mime_type: str = MIME_TYPE


def build_voice_note(script: VoiceScript, lang: str) -> VoiceNote:
    """The note that speaks `script` in `lang` (English where the language has no clips)."""
    track = lay_out(script, voice_language(lang))
    return VoiceNote(encode_opus(track, SAMPLE_RATE, NOTE_BIT_RATE), len(track) / SAMPLE_RATE)


def voice_key(script: VoiceScript, lang: str) -> str:
    """A short stable key of the note: the clips' content, the timeline and the encoding."""
    lang = voice_language(lang)
    digest = hashlib.sha256(f"{NOTE_FORMAT}|{SAMPLE_RATE}|{NOTE_BIT_RATE}|{lang}".encode())
    for cue in script.cues:
        digest.update(f"|{cue.at!r}:{cue.clip}:{clip_digest(lang, cue.clip)}".encode())
    digest.update(f"|{script.duration!r}".encode())
    return digest.hexdigest()[:16]


def voice_language(lang: str) -> str:
    """The language whose clips speak to a person of `lang` ("de-AT" is German; else English)."""
    primary = lang.lower().replace("_", "-").split("-")[0]
    return primary if primary in recorded_languages() else FALLBACK_LANGUAGE


@lru_cache(maxsize=1)
def recorded_languages() -> frozenset[str]:
    """The languages that have clips."""
    return frozenset(path.name for path in CLIP_DIR.iterdir() if path.is_dir())


def clip_path(lang: str, clip_id: str) -> Path:
    """Where a phrase's recorded clip lives."""
    return CLIP_DIR / lang / f"{clip_id}{CLIP_SUFFIX}"


def lay_out(script: VoiceScript, lang: str) -> np.ndarray:
    """The whole set as samples: each clip at its cue, silence of the exact length between."""
    track = np.zeros(round(script.duration * SAMPLE_RATE), dtype=np.float32)
    for cue, room in script.slots():
        clip = clip_samples(lang, cue.clip)
        if len(clip) > round(room * SAMPLE_RATE):
            raise VoiceError(
                f"{lang}/{cue.clip} lasts {len(clip) / SAMPLE_RATE:.2f} s, "
                f"but its cue at {cue.at} s has only {room} s before the next"
            )
        start = round(cue.at * SAMPLE_RATE)
        track[start : start + len(clip)] = clip
    return track


@lru_cache(maxsize=2048)
def clip_samples(lang: str, clip_id: str) -> np.ndarray:
    """A clip decoded to mono samples at the note's rate (kept after the first read)."""
    try:
        samples = decode_audio(clip_path(lang, clip_id).read_bytes())
    except (OSError, av.FFmpegError) as error:
        raise VoiceError(f"clip {lang}/{clip_id} cannot be read: {error}") from error
    samples.flags.writeable = False  # shared by every note that speaks it
    return samples


@lru_cache(maxsize=2048)
def clip_digest(lang: str, clip_id: str) -> str:
    """A hash of a clip file's bytes, so a re-recorded clip changes the notes' keys."""
    try:
        return hashlib.sha256(clip_path(lang, clip_id).read_bytes()).hexdigest()
    except OSError as error:
        raise VoiceError(f"clip {lang}/{clip_id} cannot be read: {error}") from error


def decode_audio(data: bytes) -> np.ndarray:
    """Any audio file FFmpeg reads, as mono float samples at the note's rate."""
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    parts: list[np.ndarray] = []
    with av.open(io.BytesIO(data)) as container:
        for frame in container.decode(audio=0):
            parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
    parts.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


def encode_opus(samples: np.ndarray, rate: int, bit_rate: int) -> bytes:
    """Mono float samples as an OGG/Opus file (libopus, tuned for speech, byte-for-byte stable)."""
    out = io.BytesIO()
    # bitexact keeps the stream serial and tags fixed, so equal input gives equal bytes.
    with av.open(out, mode="w", format="ogg", options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream("libopus", rate=SAMPLE_RATE, layout="mono")
        stream.bit_rate = bit_rate
        stream.options = {"application": "voip"}
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(samples, dtype=np.float32).reshape(1, -1),
            format="flt",
            layout="mono",
        )
        frame.sample_rate = rate
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        for part in [*resampler.resample(frame), *resampler.resample(None), None]:
            container.mux(stream.encode(part))
    return out.getvalue()
