"""Exercise pictures: the start pose faded, the end pose solid, an arrow, props; PNG for phones."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

from content.poses import Poses, load_poses
from media.figure import between, solve
from media.keyframes import complete_keyframe
from media.painter import (
    BACKGROUND,
    fit,
    paint_arrow,
    paint_ghost,
    paint_room,
    paint_shapes,
)
from media.props import prop_shapes
from media.scene import Point2, Shape, View, figure_shapes
from media.vectors import add

SIZE = (1280, 800)
# Drawn this many times larger, then shrunk: smooth edges without an anti-aliasing library.
SUPERSAMPLE = 2
MARGIN = 0.06
OUTLINE_PIXELS = 2.5
ARROW_PIXELS = 15
ARROW_STEPS = 16


@lru_cache(maxsize=1)
def default_poses() -> Poses:
    """The pose file that ships with the content, read once per process."""
    return load_poses()


@dataclass(frozen=True)
class Scene:
    """Everything one picture shows, in camera metres."""

    view: View
    floor: list[Shape]
    ghost: list[Shape]
    solid: list[Shape]
    arrows: list[list[Point2]]


def picture_ids(poses: Poses | None = None) -> tuple[str, ...]:
    """Every picture id the pose file describes, in its order."""
    return tuple((poses or default_poses()).pictures)


def picture_scene(picture_id: str, poses: Poses) -> Scene:
    """Solve the picture's two poses, its props and the arrow's path."""
    picture = poses.pictures[picture_id]
    exercise = poses.exercises[picture.exercise]
    view = View(picture.camera or exercise.camera)
    start = complete_keyframe(poses, picture.exercise, picture.start)
    end = complete_keyframe(poses, picture.exercise, picture.end)
    end_points = solve(end, poses.figure)
    props = prop_shapes(view, [exercise.props[name] for name in picture.props], end_points)
    arrows = []
    for arrow in picture.arrows:
        first, last = arrow.span
        path = []
        for step in range(ARROW_STEPS + 1):
            t = first + (last - first) * step / ARROW_STEPS
            joint = between(start, end, t, poses.figure)[arrow.joint]
            path.append(view.project(add(joint, arrow.offset))[:2])
        arrows.append(path)
    return Scene(
        view=view,
        floor=[s for s in props if s.layer == 0],
        ghost=figure_shapes(view, solve(start, poses.figure), poses.figure),
        solid=[s for s in props if s.layer != 0] + figure_shapes(view, end_points, poses.figure),
        arrows=arrows,
    )


def paint_scene(scene: Scene, size: tuple[int, int]) -> Image.Image:
    """The scene drawn at `size` (supersampled, then shrunk)."""
    big = (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE)
    ratio = SUPERSAMPLE * size[0] / SIZE[0]
    arrow_points = [point for path in scene.arrows for point in path]
    where = fit(scene.floor + scene.ghost + scene.solid, arrow_points, big, MARGIN)
    image = Image.new("RGBA", big, BACKGROUND)
    paint_room(image, scene.view, where)
    paint_shapes(image, scene.floor, where, OUTLINE_PIXELS * ratio)
    paint_ghost(image, scene.ghost, where, OUTLINE_PIXELS * ratio)
    paint_shapes(image, scene.solid, where, OUTLINE_PIXELS * ratio)
    for path in scene.arrows:
        paint_arrow(image, path, where, ARROW_PIXELS * ratio)
    return image.convert("RGB").reduce(SUPERSAMPLE)


def render_picture(picture_id: str, poses: Poses | None = None) -> bytes:
    """The picture as PNG bytes, 1280 x 800: the same id and data always give the same bytes."""
    image = paint_scene(picture_scene(picture_id, poses or default_poses()), SIZE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
