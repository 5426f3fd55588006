"""The props as flat shapes: mat, exercise ball, a bottle in the hand, a chair, a worktop."""

from __future__ import annotations

from dataclasses import replace

from content.poses import Ball, Bed, Chair, Mat, Prop, Wall, Weight, Worktop
from media.figure import Skeleton
from media.scene import Shape, View, capsule, disc
from media.vectors import Vec, add, apply, dot, scale, sub, turn, unit

MAT = "#C4E6D8"
MAT_EDGE = "#8FC7B0"
BALL = "#F0E442"
BOTTLE = "#E69F00"
WOOD = "#C89B6D"
WOOD_DARK = "#A57A4F"
WORKTOP = "#D8D2C8"
WORKTOP_TOP = "#B9B1A4"
PROP_OUTLINE = "#5A4A3A"
MATTRESS = "#F4F1EA"
MATTRESS_SIDE = "#DDD6C8"
WALL = "#E9E2D6"
WALL_SIDE = "#CFC6B6"
# The mattress's share of a bed's height; the base below it is wood.
MATTRESS_SHARE = 0.35
MAT_THICKNESS = 0.015
BOTTLE_LENGTH = 0.2
# A box's six faces by corner index: corners are numbered by bits x, y, z (0 low, 1 high).
FACES = ((0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3))
FACE_NORMALS = ((0, 0, -1), (0, 0, 1), (0, -1, 0), (0, 1, 0), (-1, 0, 0), (1, 0, 0))


def box(
    view: View, low: Vec, high: Vec, fills: tuple[str, str], place: tuple[Vec, float]
) -> list[Shape]:
    """The faces of a box (local corners `low`, `high`) the camera sees: top colour, side colour."""
    origin, facing = place
    spin = turn("y", facing)
    corners = [
        add(
            origin,
            apply(
                spin,
                ((low, high)[i & 1][0], (low, high)[(i >> 1) & 1][1], (low, high)[(i >> 2) & 1][2]),
            ),
        )
        for i in range(8)
    ]
    towards = view.towards_camera()
    shapes = []
    for face, normal in zip(FACES, FACE_NORMALS, strict=True):
        if dot(apply(spin, normal), towards) <= 1e-6:
            continue
        flat = [view.project(corners[i]) for i in face]
        shapes.append(
            Shape(
                tuple((p[0], p[1]) for p in flat),
                (),
                fills[0] if normal[1] else fills[1],
                sum(p[2] for p in flat) / 4,
                outline=PROP_OUTLINE,
            )
        )
    return shapes


def _mat(view: View, mat: Mat) -> list[Shape]:
    """A mat lying flat under everything else."""
    x, y, z = mat.at
    half_length, half_width = mat.size[0] / 2, mat.size[1] / 2
    low, high = (-half_length, 0.0, -half_width), (half_length, MAT_THICKNESS, half_width)
    faces = box(view, low, high, (MAT, MAT_EDGE), ((x, y, z), 0.0))
    return [replace(face, outline=MAT_EDGE, layer=0) for face in faces]


def _chair(view: View, chair: Chair) -> list[Shape]:
    """A plain kitchen chair: four legs, a seat and a back."""
    place = (chair.at, chair.facing)
    parts = [
        ((0.0, 0.42, -0.21), (0.42, 0.46, 0.21)),
        ((-0.03, 0.74, -0.21), (0.01, 0.9, 0.21)),
    ]
    for x in (0.0, 0.38):
        for z in (-0.21, 0.17):
            top = 0.9 if x == 0.0 else 0.42
            parts.append(((x - 0.03 if x == 0.0 else x, 0.0, z), (x + 0.04, top, z + 0.04)))
    return [face for low, high in parts for face in box(view, low, high, (WOOD, WOOD_DARK), place)]


def _worktop(view: View, worktop: Worktop) -> list[Shape]:
    """A kitchen cabinet with its top; `at` is the middle of the front edge on the floor."""
    length, height, depth = worktop.size
    cabinet = box(
        view,
        (-length / 2, 0.0, -depth),
        (length / 2, height - 0.04, -0.03),
        (WORKTOP, WORKTOP),
        (worktop.at, 0.0),
    )
    top = box(
        view,
        (-length / 2 - 0.02, height - 0.04, -depth),
        (length / 2 + 0.02, height, 0.0),
        (WORKTOP_TOP, WORKTOP_TOP),
        (worktop.at, 0.0),
    )
    return cabinet + top


def _bed(view: View, bed: Bed) -> list[Shape]:
    """A divan bed, drawn under the figure: a wooden base and a mattress on it."""
    length, height, width = bed.size
    top = height * (1 - MATTRESS_SHARE)
    half_length, half_width = length / 2, width / 2
    base = box(
        view,
        (-half_length, 0.0, -half_width),
        (half_length, top, half_width),
        (WOOD, WOOD_DARK),
        (bed.at, 0.0),
    )
    mattress = box(
        view,
        (-half_length, top, -half_width),
        (half_length, height, half_width),
        (MATTRESS, MATTRESS_SIDE),
        (bed.at, 0.0),
    )
    return [replace(face, layer=0) for face in base + mattress]


def _wall(view: View, wall: Wall) -> list[Shape]:
    """A piece of wall behind the figure, drawn before it."""
    height, width = wall.size
    faces = box(
        view, (-0.08, 0.0, -width / 2), (0.0, height, width / 2), (WALL, WALL_SIDE), (wall.at, 0.0)
    )
    return [replace(face, layer=0) for face in faces]


def _bottle(view: View, skeleton: Skeleton, side: str) -> list[Shape]:
    """A small bottle held upright across the fist."""
    hand, wrist = skeleton[f"{side}_hand"], skeleton[f"{side}_wrist"]
    along = unit(sub(hand, wrist))
    upright = unit(sub((0.0, 1.0, 0.0), scale(along, along[1])))
    centre = add(hand, scale(along, -0.01))
    bottom = add(centre, scale(upright, -BOTTLE_LENGTH * 0.55))
    top = add(centre, scale(upright, BOTTLE_LENGTH * 0.45))
    body = capsule(view, bottom, top, (0.04, 0.034), BOTTLE)
    near = body.depth + (0.05 if side == "left" else 0.0)
    return [Shape(body.points, body.radii, BOTTLE, near, outline=PROP_OUTLINE)]


def prop_shapes(view: View, props: list[Prop], skeleton: Skeleton) -> list[Shape]:
    """Every prop's shapes; a bottle follows the hand that holds it."""
    shapes: list[Shape] = []
    for prop in props:
        if isinstance(prop, Mat):
            shapes += _mat(view, prop)
        elif isinstance(prop, Ball):
            ball = disc(view, prop.at, prop.radius, BALL)
            shapes.append(replace(ball, outline=PROP_OUTLINE, shine=True))
        elif isinstance(prop, Weight):
            shapes += _bottle(view, skeleton, prop.side)
        elif isinstance(prop, Chair):
            shapes += _chair(view, prop)
        elif isinstance(prop, Worktop):
            shapes += _worktop(view, prop)
        elif isinstance(prop, Bed):
            shapes += _bed(view, prop)
        elif isinstance(prop, Wall):
            shapes += _wall(view, prop)
    return shapes
