"""Small 3D vector and rotation arithmetic: x is where the figure faces, y up, z its right."""

from __future__ import annotations

import math

Vec = tuple[float, float, float]
Matrix = tuple[Vec, Vec, Vec]

IDENTITY: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def add(a: Vec, b: Vec) -> Vec:
    """a + b."""
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    """a - b."""
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, factor: float) -> Vec:
    """a times a number."""
    return (a[0] * factor, a[1] * factor, a[2] * factor)


def dot(a: Vec, b: Vec) -> float:
    """The dot product."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    """The cross product."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec) -> float:
    """The Euclidean length."""
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    """a scaled to length one (a zero vector stays zero)."""
    size = length(a)
    return scale(a, 1.0 / size) if size > 1e-12 else (0.0, 0.0, 0.0)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    """The point a fraction t of the way from a to b."""
    return add(a, scale(sub(b, a), t))


def slerp(a: Vec, b: Vec, t: float) -> Vec:
    """The unit direction a fraction t of the way round the arc from direction a to direction b."""
    a, b = unit(a), unit(b)
    cosine = max(-1.0, min(1.0, dot(a, b)))
    angle = math.acos(cosine)
    if angle < 1e-6:
        return unit(lerp(a, b, t))
    sine = math.sin(angle)
    return add(scale(a, math.sin((1 - t) * angle) / sine), scale(b, math.sin(t * angle) / sine))


def apply(m: Matrix, v: Vec) -> Vec:
    """The matrix times a vector."""
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def compose(a: Matrix, b: Matrix) -> Matrix:
    """The matrix product a @ b: first b's turn in a's frame."""
    columns = tuple(zip(*b, strict=True))
    return tuple(tuple(dot(row, col) for col in columns) for row in a)  # type: ignore[return-value]


def turn(axis: str, degrees: float) -> Matrix:
    """A counter-clockwise rotation about the x, y or z axis."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    if axis == "x":
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == "y":
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def turns(*steps: tuple[str, float]) -> Matrix:
    """Several rotations, each in the frame left by the one before."""
    result = IDENTITY
    for axis, degrees in steps:
        if degrees:
            result = compose(result, turn(axis, degrees))
    return result
