"""The voice guide: phrases and clips in every language, each set's timeline, the encoded note."""

from __future__ import annotations

import io
import shutil
from collections import Counter

import av
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.doses import session_item
from coach.session import BEND_STAGES, Kind
from coach.voice import (
    BEND_STAGE_CUES,
    UNVOICED,
    Cue,
    GuidedSet,
    VoiceScript,
    session_minutes,
    voice_script,
)
from coach.voicing import voice_seconds
from content import Content
from media.voice import (
    CLIP_DIR,
    SAMPLE_RATE,
    VoiceError,
    build_voice_note,
    clip_path,
    clip_samples,
    voice_key,
)
from tools.make_voice_clips import (
    LOCALES_DIR,
    VOICES,
    clip_bytes,
    engine_line,
    read_phrases,
    read_recorded,
)

pytestmark = pytest.mark.slow  # voice notes encoded

LANGUAGES = ("en", "de", "es", "ru")
ENGLISH = read_phrases(LOCALES_DIR / "en" / "voice.ftl")


def guided(content: Content, exercise_id: str, level: int = 0, variant: str | None = None):
    """The guided set of an exercise at a level (or variant), as a session would start it."""
    return GuidedSet.of(session_item(content.exercise(exercise_id), variant, level))


def every_dose(content: Content) -> list[GuidedSet]:
    """Every exercise at every level and variant of the programme."""
    sets = []
    for exercise in content.exercises.values():
        sets += [guided(content, exercise.id, level) for level in range(len(exercise.levels))]
        sets += [
            guided(content, exercise.id, 0, variant.id)
            for variant in exercise.variants
            if (exercise.id, variant.id) not in UNVOICED
        ]
    return sets


def test_forms_the_phrases_do_not_name_have_no_voice_but_take_their_time(content):
    for exercise_id, variant in UNVOICED:
        exercise = content.exercise(exercise_id)
        item = session_item(exercise, variant, 0)
        assert voice_seconds(item) is None  # no "Lift your hips" against a wall
        plain = session_item(exercise, None, 0)
        assert session_minutes([item]) == session_minutes([plain])


def spoken(script: VoiceScript) -> list[str]:
    """The clips in the order they are spoken."""
    return [cue.clip for cue in script.cues]


def gaps_after(script: VoiceScript, clip: str) -> list[float]:
    """Seconds from each cue of `clip` to the cue after it."""
    return [room for cue, room in script.slots() if cue.clip == clip]


def seconds_between(script: VoiceScript, first: str, then: str) -> list[float]:
    """For each cue of `first`, the seconds until the next cue of `then`."""
    spans, next_then = [], script.duration
    for cue in reversed(script.cues):
        spans += [next_then - cue.at] if cue.clip == first else []
        next_then = cue.at if cue.clip == then else next_then
    return spans[::-1]


def decode(data: bytes) -> tuple[str, str, int, int, np.ndarray]:
    """A voice note as a phone would play it: format, codec, rate, channels and samples."""
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        codec, rate, channels = stream.codec_context.name, stream.rate, stream.channels
        frames = [f.to_ndarray()[0] for f in container.decode(stream)]
        return container.format.name, codec, rate, channels, np.concatenate(frames)


def level_db(samples: np.ndarray, start: float, end: float) -> float:
    """The loudness (dB full scale) of a stretch of a note."""
    part = samples[round(start * SAMPLE_RATE) : round(end * SAMPLE_RATE)].astype(np.float64)
    return 10 * np.log10(np.mean(part**2) + 1e-12)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_phrase_and_a_clip_for_each(lang):
    phrases = read_phrases(LOCALES_DIR / lang / "voice.ftl")
    assert sorted(phrases) == sorted(ENGLISH)
    clips = {path.stem for path in (CLIP_DIR / lang).glob("*.ogg")}
    assert clips == set(phrases)
    assert read_recorded(lang)[1] == phrases  # no phrase edited without recording it again


def test_every_cue_of_every_dose_is_a_phrase(content):
    spoken_clips = set().union(*(voice_script(s).clips() for s in every_dose(content)))
    assert spoken_clips <= set(ENGLISH)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_clip_ends_before_the_next_cue_at_every_dose(content, lang):
    too_long = [
        (s.exercise_id, cue.clip, room)
        for s in every_dose(content)
        for cue, room in voice_script(s).slots()
        if len(clip_samples(lang, cue.clip)) > room * SAMPLE_RATE
    ]
    assert too_long == []


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng records the clips")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_recording_again_gives_the_committed_clips(lang):
    engine, recorded = read_recorded(lang)
    if engine != engine_line(VOICES[lang]):
        pytest.skip(f"clips were made by {engine}, not by this machine's espeak-ng")
    for phrase_id in ("voice-hold", "voice-count-17", "voice-bend-up"):
        data, seconds = clip_bytes(lang, recorded[phrase_id])
        assert data == clip_path(lang, phrase_id).read_bytes()
        assert 0.3 < seconds < 5.0  # silence trimmed, but the phrase whole


# ---------------------------------------------------------------- the timeline of each set


def test_pelvic_lift_is_ten_counted_holds_of_ten_seconds_with_rests(content):
    script = voice_script(guided(content, "pelvic_lift"))
    clips = spoken(script)
    announced = [c for c in clips if c.startswith("voice-rep-") or c == "voice-last-one"]
    assert announced == [f"voice-rep-{n}" for n in range(1, 10)] + ["voice-last-one"]
    counts = Counter(clips)
    assert counts["voice-lift"] == counts["voice-hold"] == counts["voice-down"] == 10
    assert all(counts[f"voice-count-{n}"] == 10 for n in range(2, 11))
    assert counts["voice-count-1"] == counts["voice-count-11"] == 0
    assert seconds_between(script, "voice-lift", "voice-hold") == [2.0] * 10
    assert seconds_between(script, "voice-hold", "voice-down") == [10.0] * 10
    assert gaps_after(script, "voice-rest") == [5.0] * 9
    assert clips[0] == "voice-get-ready" and clips[-1] == "voice-set-done"
    # 6 s to get ready, 10 x (2 announce + 2 up + 10 hold + 2 down), 9 rests of 5 s, 4 s to close.
    assert script.duration == 215.0


def test_back_extension_three_sets_count_every_lift_with_a_thirty_second_rest(content):
    script = voice_script(guided(content, "back_extension", level=3))
    clips = spoken(script)
    counts = [c for c in clips if c.startswith("voice-count-")]
    assert counts == [f"voice-count-{n}" for n in range(1, 16)] * 3
    assert clips.count("voice-cadence-up") == clips.count("voice-cadence-down") == 45
    assert seconds_between(script, "voice-cadence-up", "voice-cadence-down") == [2.0] * 45
    rests = [c.at for c in script.cues if c.clip == "voice-rest-thirty"]
    next_sets = [c.at for c in script.cues if c.clip in ("voice-set-2", "voice-set-3")]
    assert [start - rest for rest, start in zip(rests, next_sets, strict=True)] == [30.0, 30.0]
    assert clips.count("voice-last-one") == 3
    # 6 s to get ready, 3 sets x (15 lifts of 4 s + 1.5 s "last one"), 2 x (30 s rest + 2 s
    # "set two"), 4 s to close.
    assert script.duration == 258.5


def test_more_lifts_make_a_longer_set_by_four_seconds_each(content):
    ten = voice_script(guided(content, "back_extension", level=0))
    twenty = voice_script(guided(content, "back_extension", level=2))
    assert twenty.duration - ten.duration == 40.0
    assert "voice-count-20" in spoken(twenty) and "voice-count-11" not in spoken(ten)


def test_bending_forward_speaks_the_five_stages_of_every_bend(content):
    script = voice_script(guided(content, "bending_forward"))
    clips = spoken(script)
    stages = [clip for clip, _ in BEND_STAGE_CUES]
    assert len(stages) == BEND_STAGES
    starts = [i for i, c in enumerate(clips) if c.startswith("voice-bend-") and c[-1].isdigit()]
    starts += [clips.index("voice-last-one")]
    assert len(starts) == 5
    for start in starts:
        assert clips[start + 1 : start + 6] == stages
    assert gaps_after(script, "voice-bend-rest") == [4.0] * 4
    # 6 s to get ready, 5 bends x (2 announce + 4 + 4 + 4 + 6 + 6 stages), 4 rests of 4 s, 4 s.
    assert script.duration == 156.0


def test_knee_rotation_alternates_sides_with_a_counted_hold_each(content):
    script = voice_script(guided(content, "knee_rotation"))
    sides = [c for c in spoken(script) if c in ("voice-knees-left", "voice-knees-right")]
    assert sides == ["voice-knees-left", "voice-knees-right"] * 5
    assert seconds_between(script, "voice-hold", "voice-knees-middle") == [10.0] * 10
    assert spoken(script).count("voice-count-10") == 10
    assert gaps_after(script, "voice-rest") == [5.0] * 9
    # 6 s, 5 x 2 s announce, 10 holds x (3 s over + 10 s hold + 3 s back), 9 rests of 5 s, 4 s.
    assert script.duration == 225.0


def test_lying_back_bend_presses_up_for_three_counted_seconds(content):
    script = voice_script(guided(content, "back_bend", variant="lying"))
    clips = spoken(script)
    assert clips.count("voice-press-up") == 10
    first_hold = clips.index("voice-hold")
    hold = ["voice-hold", "voice-count-2", "voice-count-3", "voice-down"]
    assert clips[first_hold : first_hold + 4] == hold
    assert seconds_between(script, "voice-hold", "voice-down") == [3.0] * 10
    assert gaps_after(script, "voice-rest") == [4.0] * 9
    assert script.duration == 6 + 10 * (2 + 2 + 3 + 2) + 9 * 4 + 4


def test_standing_back_bend_is_a_counted_cadence(content):
    script = voice_script(guided(content, "back_bend"))
    clips = spoken(script)
    assert clips.count("voice-lean-back") == clips.count("voice-and-up") == 10
    counts = [c for c in clips if c.startswith("voice-count-")]
    assert counts == [f"voice-count-{n}" for n in range(1, 11)]
    assert "voice-rest" not in clips
    assert script.duration == 6 + 10 * 4.5 + 1.5 + 4


@given(
    reps=st.integers(1, 20),
    hold=st.integers(1, 20),
    rest=st.integers(0, 10),
    per_side=st.booleans(),
)
def test_any_hold_dose_gives_each_hold_and_rest_its_exact_seconds(reps, hold, rest, per_side):
    exercise = "knee_rotation" if per_side else "pelvic_lift"
    out = "voice-knees-middle" if per_side else "voice-down"
    script = voice_script(GuidedSet(exercise, Kind.HOLD, 1, reps, hold, rest, per_side))
    holds = reps * (2 if per_side else 1)
    assert seconds_between(script, "voice-hold", out) == [float(hold)] * holds
    assert gaps_after(script, "voice-rest") == ([float(rest)] * (holds - 1) if rest else [])
    assert script.cues[-1].clip == "voice-set-done"


@pytest.mark.parametrize(
    "impossible",
    [
        GuidedSet("pelvic_lift", Kind.HOLD, 1, 22, 10, 5),  # no "Rep twenty-one" (22nd: "Last one")
        GuidedSet("pelvic_lift", Kind.HOLD, 1, 10, 0, 5),  # a hold of no seconds
        GuidedSet("back_extension", Kind.COUNT, 2, 10, set_rest_seconds=45),
        GuidedSet("pelvic_lift", Kind.COUNT, 1, 10),  # not guided that way
    ],
)
def test_a_dose_the_phrases_cannot_guide_fails_loudly(impossible):
    with pytest.raises(ValueError):
        voice_script(impossible)


# ---------------------------------------------------------------- the note a person hears


@pytest.fixture(scope="module")
def pelvic_lift_note(content):
    """The English note of ten 10-second pelvic lifts, and its script."""
    script = voice_script(guided(content, "pelvic_lift"))
    return script, build_voice_note(script, "en")


def test_the_note_is_opus_in_ogg_and_lasts_as_long_as_the_set(pelvic_lift_note):
    script, note = pelvic_lift_note
    container, codec, rate, channels, samples = decode(note.data)
    assert (container, codec, rate, channels) == ("ogg", "opus", 48_000, 1)
    assert note.mime_type == "audio/ogg"
    assert note.duration == script.duration
    assert abs(len(samples) / rate - script.duration) < 0.5
    assert len(note.data) * 8 / note.duration < 32_000  # a voice note's bit rate, not music's


def test_the_note_speaks_at_every_cue_and_is_quiet_in_the_rests(pelvic_lift_note):
    script, note = pelvic_lift_note
    samples = decode(note.data)[-1]
    assert all(level_db(samples, cue.at, cue.at + 0.4) > -40 for cue in script.cues)
    rests = [cue.at for cue in script.cues if cue.clip == "voice-rest"]
    assert all(level_db(samples, at + 1.5, at + 4.5) < -60 for at in rests)


def test_each_language_has_its_own_note_of_the_same_length(content):
    script = voice_script(guided(content, "back_bend"))
    notes = {lang: build_voice_note(script, lang) for lang in LANGUAGES}
    assert len({note.data for note in notes.values()}) == len(LANGUAGES)
    lengths = {round(len(decode(note.data)[-1]) / SAMPLE_RATE, 2) for note in notes.values()}
    assert lengths == {script.duration}
    assert build_voice_note(script, "en").data == notes["en"].data  # same input, same bytes


def test_the_key_is_stable_and_changes_with_dose_and_language(content):
    ten = voice_script(guided(content, "back_extension", level=0))
    fifteen = voice_script(guided(content, "back_extension", level=1))
    key = voice_key(ten, "en")
    again = voice_script(guided(content, "back_extension"))
    assert len(key) == 16 and key == voice_key(again, "en")
    assert key != voice_key(fifteen, "en")
    assert len({voice_key(ten, lang) for lang in LANGUAGES}) == len(LANGUAGES)
    assert voice_key(ten, "fr") == key  # a language without clips hears English
    assert voice_key(ten, "de-AT") == voice_key(ten, "de")


def test_a_missing_clip_or_one_too_long_for_its_cue_is_refused():
    with pytest.raises(VoiceError, match="voice-no-such-phrase"):
        build_voice_note(VoiceScript((Cue(0.0, "voice-no-such-phrase"),), 2.0), "en")
    crowded = VoiceScript((Cue(0.0, "voice-get-ready"), Cue(0.5, "voice-hold")), 2.0)
    with pytest.raises(VoiceError, match="voice-get-ready"):
        build_voice_note(crowded, "en")
