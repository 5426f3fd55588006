"""The exercise poses as data: a figure, keyframes of joint angles, and what each picture shows.

The figure and its keyframes are content.joints; here the props around it, each exercise's
poses, the pictures and demos, and the loader. Validated at load like the other content files:
unknown keys are typos and are refused, and an error names the file and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import Field, ValidationError, model_validator

from content.joints import JOINTS, Angle, Figure, Keyframe, Point, Strict
from content.loader import CONTENT_DIR, ContentError

POSES_FILE = CONTENT_DIR / "poses.yaml"

Side = Literal["left", "right"]


class Camera(Strict):
    """Where the camera stands: turned around the vertical, and raised above the floor."""

    azimuth: Angle = 0
    elevation: Annotated[float, Field(ge=0, le=90)] = 15


class Mat(Strict):
    """An exercise mat on the floor: its centre, length (along x) and width."""

    kind: Literal["mat"]
    at: Point
    size: tuple[float, float]


class Ball(Strict):
    """An exercise ball standing on the floor."""

    kind: Literal["ball"]
    at: Point
    radius: float = Field(gt=0, le=0.5)


class Weight(Strict):
    """A small weight (a bottle) held in a hand."""

    kind: Literal["weight"]
    side: Side


class Chair(Strict):
    """A kitchen chair: `at` is the middle of the seat's back edge on the floor."""

    kind: Literal["chair"]
    at: Point
    facing: Angle = 0


class Worktop(Strict):
    """A kitchen worktop: `at` is the middle of its front edge on the floor."""

    kind: Literal["worktop"]
    at: Point
    size: tuple[float, float, float]


class Bed(Strict):
    """A firm bed: a base and a mattress; `at` is the middle of the bed on the floor, `size` its
    length (along x), height to the top of the mattress, and width."""

    kind: Literal["bed"]
    at: Point
    size: tuple[float, float, float]


class Wall(Strict):
    """A piece of wall to stand against: `at` is the middle of its face on the floor (it runs
    along z, behind it is -x), `size` its height and width."""

    kind: Literal["wall"]
    at: Point
    size: tuple[float, float]


Prop = Annotated[Mat | Ball | Weight | Chair | Worktop | Bed | Wall, Field(discriminator="kind")]


class ExercisePoses(Strict):
    """One exercise's camera, props and keyframes."""

    camera: Camera
    props: dict[str, Prop] = Field(default_factory=dict)
    keyframes: dict[str, Keyframe] = Field(min_length=1)

    @model_validator(mode="after")
    def _bases_exist(self) -> ExercisePoses:
        """Each `base` names a keyframe of this exercise, and no chain runs in a circle."""
        for name, keyframe in self.keyframes.items():
            seen = {name}
            while keyframe.base is not None:
                if keyframe.base not in self.keyframes or keyframe.base in seen:
                    raise ValueError(f"keyframe {name!r}: base {keyframe.base!r} is unknown")
                seen.add(keyframe.base)
                keyframe = self.keyframes[keyframe.base]
        return self


class Arrow(Strict):
    """The direction arrow: the path of `joint` from start to end, moved by `offset` metres."""

    joint: Literal[JOINTS]  # type: ignore[valid-type]
    offset: Point = (0.0, 0.0, 0.0)
    span: tuple[float, float] = (0.1, 0.9)


class Picture(Strict):
    """One picture: the exercise, its start pose (ghosted) and end pose, arrows and props.

    `camera`, when given, replaces the exercise's for this picture.
    """

    exercise: str
    camera: Camera | None = None
    start: str
    end: str
    arrows: list[Arrow] = Field(default_factory=list, max_length=2)
    props: list[str] = Field(default_factory=list)


class Step(Strict):
    """One step of a demo: move to `pose` over `seconds`, or stay still (`pause`, `hold`)."""

    pose: str | None = None
    seconds: float = Field(default=0, ge=0, le=10)
    hold: bool = False

    @model_validator(mode="after")
    def _one_kind(self) -> Step:
        """A step either moves to a pose or holds still, never both."""
        if self.hold and self.pose is not None:
            raise ValueError("a hold stays still: it takes no pose")
        return self


class Demo(Strict):
    """One moving demo: the pose it starts (and loops back) to, then a timeline of steps."""

    exercise: str
    camera: Camera | None = None
    start: str
    timeline: list[Step] = Field(min_length=1)
    props: list[str] = Field(default_factory=list)


class Poses(Strict):
    """All the pose data: the figure, each exercise's keyframes, and the pictures and demos."""

    figure: Figure
    exercises: dict[str, ExercisePoses]
    pictures: dict[str, Picture]
    demos: dict[str, Demo]

    @model_validator(mode="after")
    def _names_resolve(self) -> Poses:
        """Every exercise, keyframe and prop a picture or demo names exists."""
        for kind, items in (("picture", self.pictures), ("demo", self.demos)):
            for item_id, item in items.items():
                problem = self._unknown_name(item)
                if problem:
                    raise ValueError(f"{kind} {item_id!r}: {problem}")
        return self

    def _unknown_name(self, item: Picture | Demo) -> str | None:
        """What `item` names that its exercise lacks, if anything."""
        exercise = self.exercises.get(item.exercise)
        if exercise is None:
            return f"exercise {item.exercise!r} is unknown"
        if isinstance(item, Picture):
            poses = [item.start, item.end]
        else:
            poses = [item.start, *(s.pose for s in item.timeline if s.pose)]
        missing = [p for p in poses if p not in exercise.keyframes]
        missing += [p for p in item.props if p not in exercise.props]
        return f"{missing[0]!r} is unknown to {item.exercise!r}" if missing else None


def load_poses(path: Path = POSES_FILE) -> Poses:
    """Load and validate the pose file at `path`."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ContentError(f"{path}: file is missing") from error
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: not valid YAML: {error}") from error
    try:
        return Poses.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ContentError(f"{path}: field '{field}': {first['msg']}") from error
