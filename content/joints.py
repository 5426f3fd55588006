"""The figure the exercise pictures show, and its poses as joint angles.

Its bone lengths and limb thicknesses, and keyframes: the spine's bends, where the pelvis is, each
leg and arm by angles or by a reach. Read from content/poses.yaml through content.poses.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Angle = Annotated[float, Field(ge=-180, le=180)]
Point = tuple[float, float, float]
Frame = Literal["world", "pelvis", "chest", "head"]
JOINTS = (
    "pelvis", "waist", "neck", "head", "nose",
    *(f"{side}_{part}" for side in ("left", "right") for part in (
        "hip", "knee", "ankle", "heel", "toe", "shoulder", "elbow", "wrist", "hand",
    )),
)  # fmt: skip
LENGTHS = frozenset(
    {
        "pelvis",
        "shoulders",
        "lumbar",
        "thorax",
        "neck",
        "head",
        "thigh",
        "shin",
        "ankle",
        "foot",
        "upper_arm",
        "forearm",
        "hand",
    }
)
THICKNESSES = frozenset(
    {
        "pelvis",
        "waist",
        "neck",
        "hip",
        "knee",
        "ankle",
        "heel",
        "toe",
        "shoulder",
        "elbow",
        "wrist",
        "hand",
    }
)


class Strict(BaseModel):
    """A pose record: unknown keys are typos, so they are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Figure(Strict):
    """Bone lengths and limb thicknesses of the one figure, in metres."""

    lengths: dict[str, Annotated[float, Field(gt=0, le=1)]]
    thickness: dict[str, Annotated[float, Field(gt=0, le=0.3)]]

    @model_validator(mode="after")
    def _complete(self) -> Figure:
        """Every bone and joint the renderer draws has its size, and there are no strangers."""
        for field, names in (("lengths", LENGTHS), ("thickness", THICKNESSES)):
            given = set(getattr(self, field))
            if given != names:
                raise ValueError(
                    f"{field}: missing {sorted(names - given)}, unknown {sorted(given - names)}"
                )
        return self


class Reach(Strict):
    """A wrist or ankle placed at a point; the elbow or knee is found by inverse kinematics.

    `to` and `pole` (the way the elbow or knee points) and `tip` (the way the fingers or toes
    point) are given in `frame`: the floor's, or that of the pelvis, the chest or the head. Their
    z counts outwards, towards the limb's own side, so one reach serves both sides mirrored.
    """

    to: Point
    frame: Frame = "world"
    pole: Point = (1.0, 0.0, 0.0)
    tip: Point | None = None


class Bend(Strict):
    """One spine joint: forward flexion (negative bends backwards), twist and side bend."""

    flex: Angle = 0
    twist: Angle = 0
    side: Angle = 0


class Spine(Strict):
    """The low back, the upper back and the neck."""

    lumbar: Bend = Bend()
    thorax: Bend = Bend()
    neck: Bend = Bend()


class Root(Strict):
    """Where the pelvis is and how the body is turned: pitch 90 lies on the back, -90 face down."""

    at: Point = (0.0, 1.0, 0.0)
    pitch: Angle = 0
    roll: Angle = 0
    yaw: Angle = 0


class Leg(Strict):
    """One leg by joint angles (hip flexion forward, knee bend, ankle up), or by a `reach`."""

    hip: Angle = 0
    abduct: Angle = 0
    twist: Angle = 0
    knee: Angle = 0
    ankle: Angle = 0
    reach: Reach | None = None


class Arm(Strict):
    """One arm by joint angles (shoulder flexion forward, elbow bend, wrist), or by a `reach`."""

    shoulder: Angle = 0
    abduct: Angle = 0
    twist: Angle = 0
    elbow: Angle = 0
    wrist: Angle = 0
    reach: Reach | None = None


class Keyframe(Strict):
    """One named pose; `base` names a keyframe of the same exercise it starts from."""

    base: str | None = None
    # The whole figure raised off the floor (metres): lying on a bed instead of a mat.
    lift: float = Field(default=0, ge=0, le=1)
    root: Root = Root()
    spine: Spine = Spine()
    legs: Leg = Leg()
    left_leg: Leg | None = None
    right_leg: Leg | None = None
    arms: Arm = Arm()
    left_arm: Arm | None = None
    right_arm: Arm | None = None
