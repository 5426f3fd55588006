"""Exercise pictures: every catalogue id is drawn, readable, in the figure's colours, and true to
the exercise; the pose file refuses typos; cache keys follow the data."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from content import ContentError
from content.poses import POSES_FILE, load_poses
from media.figure import solve
from media.keyframes import complete_keyframe
from media.keys import media_key
from media.pictures import picture_ids, render_picture
from media.scene import FAR, NEAR, TRUNK

CATALOGUE = (
    "pelvic_lift.both_feet", "pelvic_lift.one_leg", "pelvic_lift.on_ball",
    "back_extension.plain", "back_extension.arms_out", "back_extension.weights",
    "bending_forward.neck", "bending_forward.chest", "bending_forward.low_back",
    "bending_forward.reach", "bending_forward.up", "bending_forward.card",
    "bending_forward.supported", "bending_forward.seated",
    "back_bend.standing", "back_bend.supported", "back_bend.lying",
    "knee_rotation.knees_bent.left", "knee_rotation.knees_bent.right",
    "knee_rotation.leg_stretched.left", "knee_rotation.leg_stretched.right",
    # Forms that suit the person: on a firm bed (balance), off the back (later pregnancy).
    "pelvic_lift.bed", "pelvic_lift.wall", "back_extension.bed", "back_bend.bed",
    "knee_rotation.bed.left", "knee_rotation.seated.left",
)  # fmt: skip
# A pelvic tilt against a wall is a small movement: a few centimetres at the waist.
SMALL_MOVES = {"pelvic_lift.wall"}
FIGURE_COLOURS = [tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in (NEAR, FAR, TRUNK)]


@pytest.fixture(scope="module")
def poses():
    return load_poses()


def pose_pair(poses, picture_id):
    picture = poses.pictures[picture_id]
    start = solve(complete_keyframe(poses, picture.exercise, picture.start), poses.figure)
    end = solve(complete_keyframe(poses, picture.exercise, picture.end), poses.figure)
    return start, end


def share_in_figure_colours(image: Image.Image) -> float:
    counts = image.getcolors(maxcolors=1 << 20)

    def is_figure(rgb) -> bool:
        return any(
            sum(abs(a - b) for a, b in zip(rgb, colour, strict=True)) < 30
            for colour in FIGURE_COLOURS
        )

    return sum(n for n, rgb in counts if is_figure(rgb)) / (image.width * image.height)


def test_every_exercise_of_the_catalogue_has_a_picture():
    assert set(picture_ids()) == set(CATALOGUE)


@pytest.mark.parametrize("picture_id", CATALOGUE)
def test_each_picture_is_a_phone_sized_png_with_a_clear_figure(picture_id):
    image = Image.open(io.BytesIO(render_picture(picture_id)))
    assert (image.format, image.size, image.mode) == ("PNG", (1280, 800), "RGB")
    assert len(image.getcolors(maxcolors=1 << 20)) > 50
    assert 0.025 < share_in_figure_colours(image) < 0.5


@pytest.mark.parametrize("picture_id", CATALOGUE)
def test_start_and_end_poses_differ(poses, picture_id):
    start, end = pose_pair(poses, picture_id)
    moved = max(
        sum((a - b) ** 2 for a, b in zip(start[j], end[j], strict=True)) ** 0.5 for j in start
    )
    assert moved > (0.03 if picture_id in SMALL_MOVES else 0.1)


def test_the_same_picture_comes_out_byte_for_byte():
    assert render_picture("back_bend.lying") == render_picture("back_bend.lying")


def distance(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


def test_pelvic_lift_arms_stay_crossed_on_the_chest_and_hips_rise(poses):
    for picture_id in ("pelvic_lift.both_feet", "pelvic_lift.one_leg", "pelvic_lift.on_ball"):
        start, end = pose_pair(poses, picture_id)
        for pose in (start, end):
            # Each hand has crossed the midline (z = 0) and rests on the chest.
            assert pose["right_hand"][2] < 0 < pose["left_hand"][2]
            for hand in ("left_hand", "right_hand"):
                assert distance(pose[hand], pose["neck"]) < 0.25
        assert end["pelvis"][1] - start["pelvis"][1] > 0.12
        assert end["neck"][1] < 0.16  # the shoulders stay on the mat


def test_back_extension_keeps_the_feet_down_while_the_chest_lifts(poses):
    for picture_id in ("back_extension.plain", "back_extension.arms_out"):
        start, end = pose_pair(poses, picture_id)
        for pose in (start, end):
            assert min(pose["left_toe"][1], pose["right_toe"][1]) < 0.05
        assert end["neck"][1] - start["neck"][1] > 0.08


def test_lying_back_bend_keeps_the_hips_on_the_floor(poses):
    start, end = pose_pair(poses, "back_bend.lying")
    assert abs(end["pelvis"][1] - start["pelvis"][1]) < 0.01
    assert end["head"][1] - start["head"][1] > 0.2
    assert end["right_hand"][1] < 0.1  # the hands stay on the floor, pushing


def test_knee_rotation_drops_the_knees_to_the_named_side_with_shoulders_down(poses):
    knees = [p for p in CATALOGUE if p.startswith("knee_rotation.") and ".seated." not in p]
    for picture_id in knees:
        start, end = pose_pair(poses, picture_id)
        side = -1 if picture_id.endswith("left") else 1  # the figure's left is -z
        knees = [end[k][2] - start[k][2] for k in ("left_knee", "right_knee")]
        assert max(knees) * side > 0.15 or min(knees) * side > 0.15
        for shoulder in ("left_shoulder", "right_shoulder"):
            assert abs(end[shoulder][1] - start[shoulder][1]) < 0.03


def test_bed_forms_move_as_on_the_floor_but_on_the_mattress(poses):
    for floor, bed in (
        ("pelvic_lift.both_feet", "pelvic_lift.bed"),
        ("back_extension.plain", "back_extension.bed"),
        ("back_bend.lying", "back_bend.bed"),
        ("knee_rotation.knees_bent.left", "knee_rotation.bed.left"),
    ):
        for on_floor, on_bed in zip(pose_pair(poses, floor), pose_pair(poses, bed), strict=True):
            assert on_bed["pelvis"][1] - on_floor["pelvis"][1] == pytest.approx(0.5)
            assert min(point[1] for point in on_bed.values()) > 0.45  # nothing hangs off


def test_later_pregnancy_forms_keep_off_the_back(poses):
    for start, end in (pose_pair(poses, "pelvic_lift.wall"),):
        for pose in (start, end):
            assert pose["head"][1] > 1.4  # standing
        assert end["waist"][0] < start["waist"][0]  # the small of the back goes to the wall
    start, end = pose_pair(poses, "knee_rotation.seated.left")
    assert 0.5 < end["pelvis"][1] < 0.7  # sitting on the chair
    # The shoulders turn to the left: the right one comes forward, the left one goes back.
    assert end["right_shoulder"][0] > start["right_shoulder"][0] + 0.05
    assert end["left_shoulder"][0] < start["left_shoulder"][0] - 0.05


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    target = tmp_path / "poses.yaml"
    shutil.copy(POSES_FILE, target)
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_a_typo_in_the_pose_file_is_refused_naming_file_and_field(tmp_path):
    path = broken_copy(tmp_path, "pitch: 90", "pich: 90")
    with pytest.raises(ContentError) as caught:
        load_poses(path)
    assert str(path) in str(caught.value)
    assert "pelvic_lift.keyframes.hips_down.root.pich" in str(caught.value)


def test_a_figure_missing_a_size_is_refused(tmp_path):
    path = broken_copy(tmp_path, "    wrist: 0.032\n", "")
    with pytest.raises(ContentError, match=r"figure.*thickness: missing \['wrist'\]"):
        load_poses(path)


def test_a_picture_naming_a_missing_keyframe_is_refused(tmp_path):
    path = broken_copy(tmp_path, "end: hips_up", "end: hips_upp")
    with pytest.raises(ContentError, match="hips_upp"):
        load_poses(path)


def test_keys_follow_the_pose_data_involved_and_nothing_else(tmp_path):
    poses = load_poses()
    lift_key = media_key("picture", "pelvic_lift.both_feet", poses=poses)
    bend_key = media_key("picture", "back_bend.lying", poses=poses)
    assert lift_key == media_key("picture", "pelvic_lift.both_feet", poses=load_poses())
    moved = load_poses(broken_copy(tmp_path, "pitch: 111", "pitch: 112"))
    assert media_key("picture", "pelvic_lift.both_feet", poses=moved) != lift_key
    assert media_key("picture", "back_bend.lying", poses=moved) == bend_key
    assert lift_key != bend_key
