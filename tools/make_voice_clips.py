"""Records every voice phrase once with espeak-ng into the Opus clips under content/voice/.

Run it from the repository root after editing a `content/locales/<lang>/voice.ftl`:

    .venv/bin/python tools/make_voice_clips.py           # every language
    .venv/bin/python tools/make_voice_clips.py de ru     # only these

It needs Debian's `espeak-ng` (apt-get install espeak-ng) and the project's virtualenv. It is
idempotent: the same phrases and settings give byte-identical clips, a clip file is rewritten
only when its bytes change, and clips of phrases that no longer exist are removed. Commit the
changed files under content/voice/ together with the .ftl change (recorded.tsv there lists
the text each clip was recorded from; a test compares it with the .ftl files).

Each phrase is spoken slowly and calmly, recorded at a level that never clips, trimmed of its
leading and trailing silence, brought to one loudness, and encoded as OGG/Opus at 48 kbit/s
(well above the note's own rate, so the second encoding at run time costs little).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from fluent.syntax import FluentParser, ast
from numpy.lib.stride_tricks import sliding_window_view

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from content.loader import CONTENT_DIR  # noqa: E402
from media.voice import CLIP_DIR, CLIP_SUFFIX, clip_path, encode_opus  # noqa: E402

LOCALES_DIR = CONTENT_DIR / "locales"
PHRASE_FILE = "voice.ftl"
# Beside the clips: the text each was recorded from, so a test notices a phrase edited but not
# recorded again.
RECORDED_FILE = "recorded.tsv"
ESPEAK = "/usr/bin/espeak-ng"
CLIP_BIT_RATE = 48_000
# espeak-ng at full amplitude clips its loudest vowels; 60 of 200 leaves headroom.
ESPEAK_AMPLITUDE = 60
# Loudness of the voiced part of every clip, and the ceiling for its peaks (dB full scale);
# espeak-ng's plosives peak far above its vowels, so a fast limiter takes the peaks down.
TARGET_LOUDNESS_DB = -20.0
PEAK_CEILING_DB = -4.0
LIMITER_SECONDS = 0.004
# Frames quieter than this below the loudest frame are silence at the edges.
SILENCE_BELOW_DB = 40.0
# Frames this far below the loudest do not count towards loudness (pauses, breath).
LOUDNESS_GATE_DB = 25.0
FRAME_SECONDS = 0.01
# Kept around the speech so consonants at the edges are not cut; fades avoid clicks.
LEAD_SECONDS, TAIL_SECONDS, FADE_SECONDS = 0.03, 0.06, 0.01


@dataclass(frozen=True)
class Voice:
    """An espeak-ng voice with its variant, speaking rate (words a minute) and pitch (0-99)."""

    name: str
    rate: int
    pitch: int


# The variant "m1" has a lower, narrower pitch range and softer upper formants than the plain
# voice: the calmest of espeak-ng's clear male voices. 140 words a minute is a fifth slower
# than espeak-ng's default; pitch 40 is a little lower than its default of 50.
VOICES = {
    "en": Voice("en+m1", 140, 40),
    "de": Voice("de+m1", 140, 40),
    "es": Voice("es-419+m1", 140, 40),  # Latin American: most Spanish speakers, understood by all
    "ru": Voice("ru+m1", 140, 40),
}
# How the engine should be handed a phrase where it misreads the written form. Russian "к" and
# "с" before a word are spoken as part of it; espeak-ng alone spells "к" out as a letter.
SPOKEN_FORMS = {"ru": ((re.compile(r"\b([кКсС])\s+"), r"\1"),)}


def read_phrases(path: Path) -> dict[str, str]:
    """The messages of one voice.ftl: id -> text; anything but plain text is refused."""
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    phrases: dict[str, str] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            raise ValueError(f"{path}: cannot parse {entry.content.strip()!r}")
        if not isinstance(entry, ast.Message):
            continue
        elements = entry.value.elements if entry.value else []
        if entry.attributes or not all(isinstance(e, ast.TextElement) for e in elements):
            raise ValueError(f"{path}: {entry.id.name} must be plain text, one phrase")
        phrases[entry.id.name] = "".join(e.value for e in elements).strip()
    return phrases


def languages() -> list[str]:
    """Every language that has a voice.ftl."""
    return sorted(p.parent.name for p in LOCALES_DIR.glob(f"*/{PHRASE_FILE}"))


def spoken_form(lang: str, text: str) -> str:
    """The phrase as handed to espeak-ng: the written text with the language's fixes applied."""
    for pattern, replacement in SPOKEN_FORMS.get(lang, ()):
        text = pattern.sub(replacement, text)
    return text


def record(text: str, voice: Voice) -> tuple[np.ndarray, int]:
    """espeak-ng speaking `text`: mono float samples and their sample rate."""
    with tempfile.TemporaryDirectory() as scratch:
        wav_path = Path(scratch) / "phrase.wav"
        command = [ESPEAK, "-v", voice.name, "-s", str(voice.rate), "-p", str(voice.pitch)]
        command += ["-a", str(ESPEAK_AMPLITUDE), "-w", str(wav_path), "--stdin"]
        subprocess.run(command, input=text.encode("utf-8"), check=True, capture_output=True)
        with wave.open(str(wav_path)) as wav:
            if wav.getsampwidth() != 2 or wav.getnchannels() != 1:
                raise ValueError(f"espeak-ng gave an unexpected format for {text!r}")
            raw = wav.readframes(wav.getnframes())
            rate = wav.getframerate()
    return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0, rate


def frame_levels(samples: np.ndarray, rate: int) -> tuple[np.ndarray, int]:
    """The level (dB full scale) of each short frame, and the frame length in samples."""
    size = max(1, round(rate * FRAME_SECONDS))
    count = len(samples) // size
    frames = samples[: count * size].reshape(count, size)
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1) + 1e-12)
    return 20 * np.log10(rms), size


def trim_silence(samples: np.ndarray, rate: int) -> np.ndarray:
    """The speech with the silence before and after it cut, keeping a little air."""
    levels, size = frame_levels(samples, rate)
    spoken = np.nonzero(levels > levels.max() - SILENCE_BELOW_DB)[0]
    if not len(spoken):
        raise ValueError("espeak-ng recorded only silence")
    start = max(0, spoken[0] * size - round(LEAD_SECONDS * rate))
    end = min(len(samples), (spoken[-1] + 1) * size + round(TAIL_SECONDS * rate))
    return samples[start:end]


def normalise_loudness(samples: np.ndarray, rate: int) -> np.ndarray:
    """One loudness for every clip, measured on its voiced frames, with its peaks limited."""
    levels, _ = frame_levels(samples, rate)
    voiced = levels[levels > levels.max() - LOUDNESS_GATE_DB]
    loudness = 10 * np.log10(np.mean(10 ** (voiced / 10)))
    gain = 10 ** ((TARGET_LOUDNESS_DB - loudness) / 20)
    return limit_peaks((samples * gain).astype(np.float32), rate)


def limit_peaks(samples: np.ndarray, rate: int) -> np.ndarray:
    """Turn down the few milliseconds around a peak over the ceiling, smoothly, and no more."""
    width = max(1, round(rate * LIMITER_SECONDS))
    ceiling = 10 ** (PEAK_CEILING_DB / 20)
    padded = np.pad(np.abs(samples), width // 2 + 1, mode="edge")
    envelope = sliding_window_view(padded, width).max(axis=1)
    needed = np.minimum(1.0, ceiling / np.maximum(envelope, 1e-9))
    # The window minimum, then its moving average: the gain is down at every peak, never a step.
    held = sliding_window_view(np.pad(needed, width // 2, mode="edge"), width).min(axis=1)
    smooth = np.convolve(held, np.ones(width) / width, mode="same")
    return (samples * smooth[: len(samples)]).astype(np.float32)


def fade_edges(samples: np.ndarray, rate: int) -> np.ndarray:
    """Short linear fades so a clip starts and stops without a click."""
    size = min(round(FADE_SECONDS * rate), len(samples) // 2)
    ramp = np.linspace(0.0, 1.0, size, dtype=np.float32)
    faded = samples.copy()
    faded[:size] *= ramp
    faded[len(faded) - size :] *= ramp[::-1]
    return faded


def clip_bytes(lang: str, text: str) -> tuple[bytes, float]:
    """One phrase recorded, cleaned and encoded: the clip file's bytes and its length."""
    samples, rate = record(spoken_form(lang, text), VOICES[lang])
    samples = fade_edges(normalise_loudness(trim_silence(samples, rate), rate), rate)
    return encode_opus(samples, rate, CLIP_BIT_RATE), len(samples) / rate


def engine_line(voice: Voice) -> str:
    """The engine, its version and the voice settings, as the first line of recorded.tsv."""
    version = subprocess.run([ESPEAK, "--version"], capture_output=True, text=True, check=True)
    number = version.stdout.split(":", 1)[1].split()[0]
    return f"# espeak-ng {number}, voice {voice.name}, {voice.rate} wpm, pitch {voice.pitch}"


def recorded_list(phrases: dict[str, str], voice: Voice) -> bytes:
    """The list of what was recorded: the engine line, then one `id<TAB>text` line a phrase."""
    lines = [engine_line(voice)]
    lines += [f"{phrase_id}\t{text}" for phrase_id, text in sorted(phrases.items())]
    return ("\n".join(lines) + "\n").encode("utf-8")


def read_recorded(lang: str) -> tuple[str, dict[str, str]]:
    """How the committed clips of `lang` were recorded: the engine line, and id -> text."""
    lines = (CLIP_DIR / lang / RECORDED_FILE).read_text(encoding="utf-8").splitlines()
    phrases = dict(line.split("\t", 1) for line in lines[1:] if line)
    return lines[0], phrases


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write `data` unless the file already holds exactly it; whether it was written."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def make_language(lang: str) -> None:
    """Record every phrase of one language, drop clips of removed phrases, print a summary."""
    phrases = read_phrases(LOCALES_DIR / lang / PHRASE_FILE)
    voice = VOICES[lang]
    written = 0
    longest = (0.0, "")
    for phrase_id, text in phrases.items():
        data, seconds = clip_bytes(lang, text)
        written += write_if_changed(clip_path(lang, phrase_id), data)
        longest = max(longest, (seconds, phrase_id))
    write_if_changed(CLIP_DIR / lang / RECORDED_FILE, recorded_list(phrases, voice))
    stale = [p for p in (CLIP_DIR / lang).glob(f"*{CLIP_SUFFIX}") if p.stem not in phrases]
    for path in stale:
        path.unlink()
    print(
        f"{lang}: {len(phrases)} phrases with {voice.name} at {voice.rate} wpm, "
        f"{written} written, {len(stale)} removed, longest {longest[1]} {longest[0]:.2f} s"
    )


def main(argv: list[str]) -> int:
    """Record the languages named on the command line, or all of them."""
    chosen = argv or languages()
    unknown = [lang for lang in chosen if lang not in VOICES]
    if unknown:
        print(f"no voice chosen for {', '.join(unknown)}; add it to VOICES", file=sys.stderr)
        return 2
    for lang in chosen:
        make_language(lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
