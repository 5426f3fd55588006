"""Flat drawing for the lesson pictures: a canvas in simple units, shapes, and a side-on figure.

The lessons' pictures share the exercise pictures' palette and look (media.painter, media.scene):
a warm background, the figure in the same blues with a dark outline, orange for what moves or
matters. They carry no words, so one picture serves every language.
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Mapping, Sequence

from PIL import Image, ImageDraw

from media.painter import ARROW, BACKGROUND, FLOOR, FLOOR_EDGE, GHOST
from media.scene import FAR, NEAR, OUTLINE, TRUNK

Point = tuple[float, float]

SIZE = (1280, 800)
UNIT = 80  # pixels per unit: the picture is 16 x 10 units, y grows upwards
SUPERSAMPLE = 2
LINE = 0.05  # outline width, in units
GOOD = "#009E73"  # Okabe-Ito bluish green: what helps
SUN = "#E69F00"
PALE = "#DCE9F2"
WALL = "#F6F1E8"

# A side-on figure facing right: joint points in units, the feet on y = 0 when standing.
Pose = Mapping[str, Point]
LIMBS_FAR = (("hip", "knee_far"), ("knee_far", "foot_far"), ("neck", "elbow_far"),
             ("elbow_far", "hand_far"))  # fmt: skip
LIMBS_NEAR = (("hip", "knee"), ("knee", "foot"), ("neck", "elbow"), ("elbow", "hand"))
LIMB_RADIUS = 0.17
TRUNK_RADIUS = 0.3
HEAD_RADIUS = 0.36


class Canvas:
    """A supersampled picture drawn in units (16 x 10, origin bottom left)."""

    def __init__(self, background: str = BACKGROUND) -> None:
        size = (SIZE[0] * SUPERSAMPLE, SIZE[1] * SUPERSAMPLE)
        self.image = Image.new("RGB", size, background)
        self.draw = ImageDraw.Draw(self.image)
        self.scale = UNIT * SUPERSAMPLE

    def px(self, point: Point) -> tuple[float, float]:
        """The pixel of a point in units."""
        return point[0] * self.scale, self.image.height - point[1] * self.scale

    def disc(self, centre: Point, radius: float, fill: str, outline: str | None = OUTLINE) -> None:
        """A filled circle, outlined."""
        x, y = self.px(centre)
        if outline is not None:
            r = (radius + LINE) * self.scale
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=outline)
        r = radius * self.scale
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def capsule(self, a: Point, b: Point, radius: float, fill: str) -> None:
        """A rounded bar from a to b (no outline: callers outline a whole part at once)."""
        (ax, ay), (bx, by) = self.px(a), self.px(b)
        r = radius * self.scale
        for x, y in ((ax, ay), (bx, by)):
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
        size = math.hypot(bx - ax, by - ay)
        if size < 1e-6:
            return
        nx, ny = -(by - ay) / size * r, (bx - ax) / size * r
        band = [(ax + nx, ay + ny), (bx + nx, by + ny), (bx - nx, by - ny), (ax - nx, ay - ny)]
        self.draw.polygon(band, fill=fill)

    def bar(self, a: Point, b: Point, radius: float, fill: str) -> None:
        """A rounded bar with the dark outline."""
        self.capsule(a, b, radius + LINE, OUTLINE)
        self.capsule(a, b, radius, fill)

    def path(self, points: Sequence[Point], width: float, fill: str) -> None:
        """A thick line through the points with round joins and ends."""
        for a, b in itertools.pairwise(points):
            self.capsule(a, b, width / 2, fill)

    def polygon(self, points: Sequence[Point], fill: str, outline: str | None = OUTLINE) -> None:
        """A filled polygon, outlined."""
        width = max(1, round(LINE * self.scale)) if outline else 0
        self.draw.polygon([self.px(p) for p in points], fill=fill, outline=outline, width=width)

    def box(self, low: Point, high: Point, fill: str, radius: float = 0.12) -> None:
        """A rounded rectangle from its lower-left to its upper-right corner."""
        (x0, y1), (x1, y0) = self.px(low), self.px(high)
        pad = LINE * self.scale
        r = radius * self.scale
        self.draw.rounded_rectangle((x0 - pad, y0 - pad, x1 + pad, y1 + pad), r + pad, OUTLINE)
        self.draw.rounded_rectangle((x0, y0, x1, y1), r, fill)

    def arc(
        self, centre: Point, radius: float, start: float, end: float, width: float, fill: str
    ) -> None:
        """An arc (degrees, counter-clockwise from east, as on paper) with round ends."""
        steps = max(8, int(abs(end - start) / 4))
        points = [
            (
                centre[0] + radius * math.cos(math.radians(start + (end - start) * i / steps)),
                centre[1] + radius * math.sin(math.radians(start + (end - start) * i / steps)),
            )
            for i in range(steps + 1)
        ]
        self.path(points, width, fill)

    def arrow(self, points: Sequence[Point], width: float = 0.2, fill: str = ARROW) -> None:
        """A bold arrow along the points, its head at the last one."""
        (px, py), (ex, ey) = points[-2], points[-1]
        size = math.hypot(ex - px, ey - py) or 1.0
        ux, uy = (ex - px) / size, (ey - py) / size
        head = width * 2.4
        base = (ex - ux * head * 0.6, ey - uy * head * 0.6)
        self.path([*points[:-1], base], width, fill)
        tip = (ex + ux * head * 0.5, ey + uy * head * 0.5)
        wings = [(base[0] - uy * head * 0.7, base[1] + ux * head * 0.7),
                 (base[0] + uy * head * 0.7, base[1] - ux * head * 0.7)]  # fmt: skip
        self.polygon([tip, *wings], fill, outline=None)

    def floor(self, height: float = 1.2) -> None:
        """The floor band the figures stand on, with its edge line."""
        self.polygon([(0, 0), (16, 0), (16, height), (0, height)], FLOOR, outline=None)
        self.path([(0, height), (16, height)], 0.04, FLOOR_EDGE)

    def png(self) -> bytes:
        """The picture at its real size, as PNG bytes (the same drawing gives the same bytes)."""
        image = self.image.reduce(SUPERSAMPLE)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()


def figure(canvas: Canvas, pose: Pose, *, ghost: bool = False) -> None:
    """A side-on figure: far limbs behind the trunk, near limbs in front, the head on top."""
    far, trunk, near = (GHOST, GHOST, GHOST) if ghost else (FAR, TRUNK, NEAR)
    for a, b in LIMBS_FAR:
        canvas.bar(pose[a], pose[b], LIMB_RADIUS, far)
    back = _curve(pose["hip"], pose["waist"], pose["neck"])
    for a, b in itertools.pairwise(back):  # one outline around the whole back
        canvas.capsule(a, b, TRUNK_RADIUS + LINE, OUTLINE)
    for a, b in itertools.pairwise(back):
        canvas.capsule(a, b, TRUNK_RADIUS, trunk)
    for a, b in LIMBS_NEAR:
        canvas.bar(pose[a], pose[b], LIMB_RADIUS, near)
    canvas.disc(pose["head"], HEAD_RADIUS, trunk)


def _curve(start: Point, bend: Point, end: Point, steps: int = 10) -> list[Point]:
    """A smooth back from the hip to the neck, pulled towards the waist (a quadratic Bezier)."""
    points = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
        points.append((
            a * start[0] + b * bend[0] + c * end[0],
            a * start[1] + b * bend[1] + c * end[1],
        ))  # fmt: skip
    return points


def posed(at: Point, joints: Mapping[str, Point], size: float = 1.3) -> dict[str, Point]:
    """A pose's joints (relative to the feet, in figure units) placed at `at`, `size` times."""
    return {name: (at[0] + x * size, at[1] + y * size) for name, (x, y) in joints.items()}


STANDING = {
    "head": (0.05, 3.97), "neck": (0.0, 3.45), "waist": (0.0, 2.7), "hip": (0.0, 2.0),
    "knee": (0.05, 1.0), "foot": (0.1, 0.0), "knee_far": (-0.05, 1.0), "foot_far": (-0.1, 0.0),
    "elbow": (0.1, 2.7), "hand": (0.15, 2.0), "elbow_far": (-0.1, 2.7), "hand_far": (-0.15, 2.0),
}  # fmt: skip
WALKING = {
    "head": (0.3, 3.95), "neck": (0.18, 3.45), "waist": (0.08, 2.7), "hip": (0.0, 2.0),
    "knee": (0.35, 1.05), "foot": (0.6, 0.0), "knee_far": (-0.2, 1.0), "foot_far": (-0.6, 0.08),
    "elbow": (-0.15, 2.75), "hand": (-0.35, 2.15), "elbow_far": (0.45, 2.75),
    "hand_far": (0.72, 2.2),
}  # fmt: skip
BENDING = {
    "head": (1.42, 1.98), "neck": (1.0, 2.3), "waist": (0.1, 2.9), "hip": (-0.45, 1.9),
    "knee": (0.3, 1.05), "foot": (0.15, 0.0), "knee_far": (0.2, 1.05), "foot_far": (-0.05, 0.0),
    "elbow": (1.12, 1.5), "hand": (1.22, 0.82), "elbow_far": (0.98, 1.5),
    "hand_far": (1.08, 0.82),
}  # fmt: skip
CLIMBING = {
    "head": (0.3, 3.93), "neck": (0.2, 3.42), "waist": (0.1, 2.7), "hip": (0.0, 2.0),
    "knee": (0.5, 1.45), "foot": (0.6, 0.62), "knee_far": (-0.05, 1.0), "foot_far": (-0.15, 0.0),
    "elbow": (-0.1, 2.72), "hand": (-0.2, 2.1), "elbow_far": (0.45, 2.75),
    "hand_far": (0.7, 2.25),
}  # fmt: skip
LYING = {
    "head": (-2.6, 0.55), "neck": (-2.05, 0.45), "waist": (-1.2, 0.45), "hip": (-0.4, 0.45),
    "knee": (0.5, 0.95), "foot": (1.35, 0.4), "knee_far": (0.5, 0.9), "foot_far": (1.4, 0.35),
    "elbow": (-1.4, 0.35), "hand": (-0.7, 0.5), "elbow_far": (-1.5, 0.3), "hand_far": (-0.8, 0.42),
}  # fmt: skip
