"""Moving demos: each is an MP4 Telegram can loop, runs for the exercise's real time, moves,
and stands still (with a count) through the hold."""

from __future__ import annotations

import io
import itertools

import av
import numpy as np
import pytest

from content.poses import load_poses
from media.demos import DEMO_SIZE, FPS, counter_box, demo_ids, render_demo
from media.keys import media_key

pytestmark = pytest.mark.slow  # every demo encoded

HOLDS = {
    "pelvic_lift.both_feet": 10, "pelvic_lift.one_leg": 10, "pelvic_lift.on_ball": 10,
    "back_extension.plain": 0, "back_extension.arms_out": 0, "back_extension.weights": 0,
    "bending_forward.standing": 0, "bending_forward.supported": 0, "bending_forward.seated": 0,
    "back_bend.standing": 0, "back_bend.supported": 0, "back_bend.lying": 3,
    "knee_rotation.knees_bent": 10, "knee_rotation.leg_stretched": 10,
}  # fmt: skip
MAX_BYTES = 1_000_000


def decode(data: bytes):
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        facts = {
            "codec": stream.codec_context.name,
            "pix_fmt": stream.codec_context.pix_fmt,
            "size": (stream.width, stream.height),
            "audio": len(container.streams.audio),
            "fps": float(stream.average_rate),
        }
        frames = [
            frame.to_ndarray(format="gray").astype(np.int16) for frame in container.decode(video=0)
        ]
    facts["seconds"] = len(frames) / facts["fps"]
    facts["bytes"] = len(data)
    return facts, frames


def expected_seconds(demo_id: str, hold: int) -> float:
    """The timeline in the pose file, read the way a person would add it up."""
    demo = load_poses().demos[demo_id]
    return sum(hold if step.hold else step.seconds for step in demo.timeline)


def counter_area(frame):
    height, width = frame.shape
    left, top, right, bottom = (round(edge) for edge in counter_box((width, height)))
    return slice(max(0, top - 4), bottom + 4), slice(max(0, left - 4), right + 4)


def without_counter(frame):
    masked = frame.copy()
    masked[counter_area(frame)] = 0
    return masked


def longest_still_run(frames) -> int:
    longest = run = 0
    for before, after in itertools.pairwise(frames):
        changed = np.count_nonzero(np.abs(without_counter(after) - without_counter(before)) > 24)
        run = run + 1 if changed < 20 else 0
        longest = max(longest, run)
    return longest


@pytest.fixture(scope="module")
def rendered():
    return {demo_id: decode(render_demo(demo_id, hold)) for demo_id, hold in HOLDS.items()}


def test_every_exercise_has_its_demo():
    assert set(demo_ids()) == set(HOLDS)


@pytest.mark.parametrize("demo_id", HOLDS)
def test_each_demo_is_an_animation_telegram_accepts(rendered, demo_id):
    facts, _ = rendered[demo_id]
    assert facts["codec"] == "h264"
    assert facts["pix_fmt"] == "yuv420p"
    assert facts["size"] == DEMO_SIZE and all(side % 2 == 0 for side in facts["size"])
    assert facts["audio"] == 0
    assert facts["fps"] == FPS
    assert facts["bytes"] < MAX_BYTES


@pytest.mark.parametrize("demo_id", HOLDS)
def test_each_demo_runs_for_the_exercise_time_and_moves(rendered, demo_id):
    facts, frames = rendered[demo_id]
    assert facts["seconds"] == pytest.approx(expected_seconds(demo_id, HOLDS[demo_id]), abs=0.5)
    assert 3 <= facts["seconds"] <= 35
    biggest_change = max(np.count_nonzero(np.abs(f - frames[0]) > 24) for f in frames)
    assert biggest_change > 0.01 * frames[0].size
    # It loops: the last frame is close to the first.
    assert np.count_nonzero(np.abs(frames[-1] - frames[0]) > 24) < 0.01 * frames[0].size


@pytest.mark.parametrize("demo_id", [d for d, hold in HOLDS.items() if hold])
def test_the_hold_is_stillness_while_the_count_runs(rendered, demo_id):
    _, frames = rendered[demo_id]
    assert longest_still_run(frames) >= HOLDS[demo_id] * FPS - 2
    corners = [frame[counter_area(frame)] for frame in frames]
    assert max(np.count_nonzero(np.abs(c - corners[0]) > 24) for c in corners) > 100


def test_a_counted_exercise_has_no_long_stillness(rendered):
    _, frames = rendered["back_extension.plain"]
    assert longest_still_run(frames) < FPS


def test_a_longer_hold_makes_a_longer_demo_and_a_new_key():
    short, _ = decode(render_demo("back_bend.lying", 5))
    assert short["seconds"] == pytest.approx(expected_seconds("back_bend.lying", 5), abs=0.5)
    assert media_key("demo", "back_bend.lying", hold_seconds=5) != media_key(
        "demo", "back_bend.lying", hold_seconds=3
    )
    assert media_key("demo", "back_bend.lying", hold_seconds=3) == media_key(
        "demo", "back_bend.lying", hold_seconds=3
    )


def test_the_same_demo_comes_out_byte_for_byte():
    assert render_demo("back_bend.lying", 3) == render_demo("back_bend.lying", 3)
