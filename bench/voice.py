"""How long a voice note takes to build, and how long and large each exercise's note is.

    .venv/bin/python bench/voice.py [--runs 5]

First the 10 x 10 s pelvic lift in English: cold (no clip decoded yet in this process) and
warm (the clips already decoded, as in a long-running media worker), split into laying the
clips on the timeline and encoding Opus. Then, per language, every exercise at its
first-level dose (and the lying back bend): the note's length, bytes and bit rate.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from coach.doses import session_item  # noqa: E402
from coach.voice import GuidedSet, VoiceScript, voice_script  # noqa: E402
from content import load_content  # noqa: E402
from media.voice import (  # noqa: E402
    NOTE_BIT_RATE,
    SAMPLE_RATE,
    build_voice_note,
    clip_digest,
    clip_samples,
    encode_opus,
    lay_out,
    voice_key,
)

LANGUAGES = ("en", "de", "es", "ru")


def timed_build(script: VoiceScript, lang: str) -> tuple[float, float, float]:
    """Seconds to lay out, to encode, and to key one note."""
    start = time.perf_counter()
    track = lay_out(script, lang)
    laid = time.perf_counter()
    encode_opus(track, SAMPLE_RATE, NOTE_BIT_RATE)
    encoded = time.perf_counter()
    voice_key(script, lang)
    return laid - start, encoded - laid, time.perf_counter() - encoded


def bench_pelvic_lift(script: VoiceScript, runs: int) -> None:
    """Cold and warm build times of the 10 x 10 s set."""
    clip_samples.cache_clear()
    clip_digest.cache_clear()
    layout, encode, key = timed_build(script, "en")
    print(f"10 x 10 s pelvic lift (en), {script.duration:.0f} s of audio, {len(script.cues)} cues")
    print(f"  cold: lay out {layout:.3f} s + encode {encode:.3f} s + key {key * 1000:.1f} ms")
    warm = [timed_build(script, "en") for _ in range(runs)]
    layout, encode, key = (statistics.median(column) for column in zip(*warm, strict=True))
    total = layout + encode + key
    print(
        f"  warm (median of {runs}): lay out {layout:.3f} s + encode {encode:.3f} s "
        f"+ key {key * 1000:.1f} ms = {total:.2f} s ({script.duration / total:.0f}x real time)"
    )


def first_level_sets() -> list[tuple[str, GuidedSet]]:
    """Each exercise at its first level, and the lying back bend, with a label."""
    content = load_content()
    sets = []
    for exercise in content.exercises.values():
        sets.append((exercise.id, GuidedSet.of(session_item(exercise, None, 0))))
        for variant in exercise.variants:
            label = f"{exercise.id}:{variant.id}"
            sets.append((label, GuidedSet.of(session_item(exercise, variant.id, 0))))
    return sets


def bench_notes() -> None:
    """Length, bytes and bit rate of every exercise's note in every language."""
    print(f"\n{'exercise':24} {'dose':14} {'lang':4} {'length':>8} {'bytes':>9} {'kbit/s':>7}")
    for label, guided in first_level_sets():
        hold = f" x {guided.hold_seconds} s" if guided.hold_seconds else ""
        dose = f"{guided.sets} x {guided.reps}{hold}"
        script = voice_script(guided)
        for lang in LANGUAGES:
            note = build_voice_note(script, lang)
            rate = len(note.data) * 8 / note.duration / 1000
            print(
                f"{label:24} {dose:14} {lang:4} {note.duration:7.1f}s {len(note.data):9,} "
                f"{rate:7.1f}"
            )


def main() -> None:
    """Run both parts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    content = load_content()
    pelvic_lift = GuidedSet.of(session_item(content.exercise("pelvic_lift"), None, 0))
    bench_pelvic_lift(voice_script(pelvic_lift), args.runs)
    bench_notes()


if __name__ == "__main__":
    main()
