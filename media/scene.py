"""A posed figure and its props seen through the exercise's camera: flat shapes sorted by depth."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from content.joints import Figure
from content.poses import Camera
from media.figure import Skeleton
from media.vectors import Vec, apply, lerp, turn

Point2 = tuple[float, float]

# Okabe-Ito colours, told apart with every common colour-vision deficiency.
NEAR = "#0072B2"
FAR = "#56B4E9"
TRUNK = "#0B5E8E"
OUTLINE = "#16324A"
# Limb bones by the joints they join; each side gets its own colour.
LIMB_BONES = (
    ("hip", "knee"), ("knee", "ankle"), ("heel", "toe"),
    ("shoulder", "elbow"), ("elbow", "wrist"), ("wrist", "hand"),
)  # fmt: skip
# Corner-cutting rounds the spine from three joints into a smooth back.
SPINE_ROUNDS = 2


@dataclass(frozen=True)
class Shape:
    """One flat shape in camera metres: a tapered capsule, a disc (one point) or a polygon."""

    points: tuple[Point2, ...]
    radii: tuple[float, ...]
    fill: str
    depth: float
    outline: str = OUTLINE
    # Layer 0 lies on the floor under everything; layer 1 is sorted by depth.
    layer: int = 1
    shine: bool = False
    # Shapes of one part (a limb, the trunk) share one outline and one place in the depth order.
    part: str = ""


class View:
    """The exercise's camera: an orthographic view turned by azimuth and raised by elevation."""

    def __init__(self, camera: Camera) -> None:
        """Keep the camera's turn and tilt."""
        self._turn = turn("y", -camera.azimuth)
        self._unturn = turn("y", camera.azimuth)
        self._lift = math.radians(camera.elevation)

    def project(self, point: Vec) -> tuple[float, float, float]:
        """Screen x and y (up) in metres, and depth (larger is nearer the camera)."""
        x, y, z = apply(self._turn, point)
        up = y * math.cos(self._lift) - z * math.sin(self._lift)
        return x, up, y * math.sin(self._lift) + z * math.cos(self._lift)

    def facing_camera(self, point: Vec) -> Vec:
        """A point given as if the camera stood at the side (+z), turned to where it stands."""
        return apply(self._unturn, point)

    def towards_camera(self) -> Vec:
        """The floor-frame direction that points at the camera."""
        return apply(self._unturn, (0.0, math.sin(self._lift), math.cos(self._lift)))


def _radius(figure: Figure, joint: str) -> float:
    """The drawn half-thickness of the figure at a joint."""
    return figure.thickness[joint.removeprefix("left_").removeprefix("right_")]


def capsule(
    view: View, a: Vec, b: Vec, radii: tuple[float, float], fill: str, part: str = ""
) -> Shape:
    """A tapered capsule between two floor points."""
    pa, pb = view.project(a), view.project(b)
    return Shape(((pa[0], pa[1]), (pb[0], pb[1])), radii, fill, (pa[2] + pb[2]) / 2, part=part)


def disc(view: View, centre: Vec, radius: float, fill: str, part: str = "") -> Shape:
    """A disc round a floor point (a ball, a head, a hand)."""
    x, y, depth = view.project(centre)
    return Shape(((x, y),), (radius,), fill, depth, part=part)


def figure_shapes(view: View, skeleton: Skeleton, figure: Figure) -> list[Shape]:
    """The figure as capsules and discs: the near side strong, the far side light."""
    shapes = []
    for side, colour in (("right", NEAR), ("left", FAR)):
        for start, end in LIMB_BONES:
            a, b = f"{side}_{start}", f"{side}_{end}"
            radii = (_radius(figure, a), _radius(figure, b))
            part = f"{side}_{'leg' if start in ('hip', 'knee', 'heel') else 'arm'}"
            shapes.append(capsule(view, skeleton[a], skeleton[b], radii, colour, part))
        upper_chest = lerp(skeleton["neck"], skeleton["waist"], 0.3)
        radii = (_radius(figure, "neck") * 0.8, _radius(figure, "shoulder"))
        shoulder = skeleton[f"{side}_shoulder"]
        shapes.append(capsule(view, upper_chest, shoulder, radii, TRUNK, "trunk"))
        radii = (_radius(figure, "pelvis"), _radius(figure, "hip"))
        shapes.append(
            capsule(view, skeleton["pelvis"], skeleton[f"{side}_hip"], radii, TRUNK, "trunk")
        )
    shapes += _spine_shapes(view, skeleton, figure)
    head = figure.lengths["head"]
    neck_top = capsule(view, skeleton["neck"], skeleton["head"], (head * 0.45, head * 0.45), TRUNK)
    shapes.append(Shape(neck_top.points, neck_top.radii, TRUNK, neck_top.depth, part="head"))
    shapes.append(disc(view, skeleton["head"], head, TRUNK, "head"))
    shapes.append(disc(view, skeleton["nose"], head * 0.22, TRUNK, "head"))
    return shapes


def _rounded(points: list[Vec], rounds: int) -> list[Vec]:
    """Chaikin's corner cutting: the polyline smoothed, its two ends kept."""
    for _ in range(rounds):
        smooth = [points[0]]
        for a, b in itertools.pairwise(points):
            smooth += [lerp(a, b, 0.25), lerp(a, b, 0.75)]
        points = [*smooth, points[-1]]
    return points


def _spine_shapes(view: View, skeleton: Skeleton, figure: Figure) -> list[Shape]:
    """The trunk as a smooth chain of capsules from the pelvis through the waist to the neck."""
    joints = ["pelvis", "waist", "neck"]
    centre = _rounded([skeleton[j] for j in joints], SPINE_ROUNDS)
    lower, middle, upper = (_radius(figure, j) for j in joints)
    shapes = []
    for index, (a, b) in enumerate(itertools.pairwise(centre)):
        ends = []
        for position in (index, index + 1):
            t = position / (len(centre) - 1)
            ends.append(
                lower + (middle - lower) * t * 2
                if t < 0.5
                else middle + (upper - middle) * (t - 0.5) * 2
            )
        shapes.append(capsule(view, a, b, (ends[0], ends[1]), TRUNK, "trunk"))
    return shapes
