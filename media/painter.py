"""Pillow drawing of the flat shapes: a room, props, a faded start pose, the figure and an arrow."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw

from media.scene import NEAR, Point2, Shape, View

BACKGROUND = "#FBF8F3"
FLOOR = "#EFE8DC"
FLOOR_EDGE = "#DCD1C0"
ARROW = "#D55E00"
HALO = "#FFFFFF"
SHINE = "#FBF7C2"
# How strongly the start pose shows through: clearly there, clearly not the main figure.
GHOST_OPACITY = 0.5
GHOST = "#A9B4BF"
GHOST_OUTLINE = "#7F8C99"
# Where two parts cross at about the same depth, the near side's limb wins.
NEAR_BIAS = {NEAR: 0.06}
# The floor reaches this far behind the figure (metres) before the wall begins.
BACK_WALL = 1.3


@dataclass(frozen=True)
class Fit:
    """Camera metres to pixels: a scale and where the origin lands."""

    scale: float
    origin: Point2

    def pixel(self, point: Point2) -> Point2:
        """The pixel of a camera point (y grows downwards on screen)."""
        return (self.origin[0] + point[0] * self.scale, self.origin[1] - point[1] * self.scale)


def fit(
    shapes: Iterable[Shape], extra: Sequence[Point2], size: tuple[int, int], margin: float
) -> Fit:
    """The largest scale that shows every shape and point inside the margins, centred."""
    xs, ys = [p[0] for p in extra], [p[1] for p in extra]
    for shape in shapes:
        radii = shape.radii or (0.0,) * len(shape.points)
        for (x, y), radius in zip(shape.points, radii, strict=True):
            xs += [x - radius, x + radius]
            ys += [y - radius, y + radius]
    width, height = size
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    scale = min(width * (1 - 2 * margin) / span_x, height * (1 - 2 * margin) / span_y)
    centre = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
    return Fit(scale, (width / 2 - centre[0] * scale, height / 2 + centre[1] * scale))


def paint_room(image: Image.Image, view: View, where: Fit) -> None:
    """A plain wall and the floor up to the back wall."""
    draw = ImageDraw.Draw(image)
    corners = [(-8.0, 0.0, -BACK_WALL), (8.0, 0.0, -BACK_WALL), (8.0, 0.0, 8.0), (-8.0, 0.0, 8.0)]
    # The wall stands behind the figure as the camera sees it, whichever way the camera looks.
    flat = [where.pixel(view.project(view.facing_camera(c))[:2]) for c in corners]
    draw.polygon(flat, fill=FLOOR)
    draw.line(flat[:2], fill=FLOOR_EDGE, width=max(2, round(where.scale * 0.012)))


def _capsule(
    draw: ImageDraw.ImageDraw, ends: Sequence[Point2], radii: Sequence[float], fill: str
) -> None:
    """A tapered capsule: two round ends joined by their band."""
    (ax, ay), (bx, by) = ends
    for (x, y), radius in zip(ends, radii, strict=True):
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
    size = math.hypot(bx - ax, by - ay)
    if size < 1e-6:
        return
    nx, ny = -(by - ay) / size, (bx - ax) / size
    ra, rb = radii
    band = [
        (ax + nx * ra, ay + ny * ra),
        (bx + nx * rb, by + ny * rb),
        (bx - nx * rb, by - ny * rb),
        (ax - nx * ra, ay - ny * ra),
    ]
    draw.polygon(band, fill=fill)


def _paint_shape(draw: ImageDraw.ImageDraw, shape: Shape, where: Fit, line: float) -> None:
    """One shape with its outline, the outline first so the fill sits inside it."""
    points = [where.pixel(p) for p in shape.points]
    if not shape.radii:
        draw.polygon(points, fill=shape.fill, outline=shape.outline, width=max(1, round(line)))
        return
    radii = [r * where.scale for r in shape.radii]
    if len(points) == 1:
        (x, y), radius = points[0], radii[0]
        draw.ellipse(
            (x - radius - line, y - radius - line, x + radius + line, y + radius + line),
            fill=shape.outline,
        )
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shape.fill)
        if shape.shine:
            sx, sy, sr = x - radius * 0.38, y - radius * 0.4, radius * 0.28
            draw.ellipse((sx - sr, sy - sr, sx + sr, sy + sr), fill=SHINE)
        return
    _capsule(draw, points, [r + line for r in radii], shape.outline)
    _capsule(draw, points, radii, shape.fill)


def in_depth_order(shapes: Iterable[Shape]) -> list[list[Shape]]:
    """The shapes by part: floor-level parts first, then the rest from farthest to nearest."""
    parts: dict[str, list[Shape]] = {}
    for index, shape in enumerate(shapes):
        parts.setdefault(shape.part or f"#{index}", []).append(shape)

    def place(part: list[Shape]) -> tuple[int, float]:
        """Where a part goes in the painting order."""
        depth = sum(s.depth for s in part) / len(part) + NEAR_BIAS.get(part[0].fill, 0.0)
        return (part[0].layer, depth if part[0].layer else 0.0)

    return sorted(parts.values(), key=place)


def paint_shapes(image: Image.Image, shapes: Iterable[Shape], where: Fit, line: float) -> None:
    """Paint parts far to near; a part's outlines go down before its fills, so it reads as one."""
    draw = ImageDraw.Draw(image)
    for part in in_depth_order(shapes):
        if len(part) == 1:
            _paint_shape(draw, part[0], where, line)
            continue
        for shape in part:
            _paint_shape(draw, replace(shape, fill=shape.outline), where, line)
        for shape in part:
            _paint_shape(draw, replace(shape, outline=shape.fill), where, 0.0)


def paint_ghost(image: Image.Image, shapes: Iterable[Shape], where: Fit, line: float) -> None:
    """The start pose, faded: one grey, painted whole on its own layer, then laid over thinly."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    grey = [replace(s, fill=GHOST, outline=GHOST_OUTLINE) for s in shapes]
    paint_shapes(layer, grey, where, line)
    alpha = layer.getchannel("A").point(lambda value: round(value * GHOST_OPACITY))
    layer.putalpha(alpha)
    image.alpha_composite(layer)


def paint_arrow(image: Image.Image, path: Sequence[Point2], where: Fit, width: float) -> None:
    """A bold curved arrow along `path` (camera metres), with a white halo to stand out."""
    points = [where.pixel(p) for p in path]
    (px, py), (ex, ey) = points[-2], points[-1]
    size = math.hypot(ex - px, ey - py) or 1.0
    ux, uy = (ex - px) / size, (ey - py) / size
    head = width * 2.6
    tip = (ex + ux * head * 0.6, ey + uy * head * 0.6)
    wings = [
        (ex - uy * head * 0.75, ey + ux * head * 0.75),
        (ex + uy * head * 0.75, ey - ux * head * 0.75),
    ]
    draw = ImageDraw.Draw(image)
    for colour, extra in ((HALO, width * 0.45), (ARROW, 0.0)):
        half = width / 2 + extra
        # Round caps at every bend: a thick polyline alone leaves notches where segments meet.
        for a, b in itertools.pairwise(points):
            _capsule(draw, (a, b), (half, half), colour)
        grown = _grow_triangle([tip, *wings], extra * 1.6)
        draw.polygon(grown, fill=colour)


def _grow_triangle(corners: list[Point2], amount: float) -> list[Point2]:
    """The triangle pushed out from its centre by `amount` pixels (for the halo)."""
    cx = sum(x for x, _ in corners) / 3
    cy = sum(y for _, y in corners) / 3
    grown = []
    for x, y in corners:
        size = math.hypot(x - cx, y - cy) or 1.0
        grown.append((x + (x - cx) / size * amount, y + (y - cy) / size * amount))
    return grown
