"""The lessons' pictures, drawn in code (no words): one function a lesson that has one.

A picture goes where it helps the point land: an alarm that is louder than the harm, a volume
dial, steady steps against boom and bust, a flare that settles. Lessons about talking to a
pharmacist or a manager have none.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable

import PIL

from media.lesson_art import (
    BENDING,
    CLIMBING,
    GOOD,
    LYING,
    PALE,
    STANDING,
    SUN,
    WALKING,
    WALL,
    Canvas,
    figure,
    posed,
)
from media.painter import ARROW, FLOOR_EDGE, GHOST
from media.scene import NEAR, TRUNK

# Raise when any drawing changes, so every cached file and stored file_id is renewed.
LESSON_ART_VERSION = 2
KEY_LENGTH = 16
TOAST = "#E1B36B"
NIGHT = "#2B3A55"
STAR = "#F7F3D6"
HILL, HILL_FAR = "#7FB77E", "#A8CFA0"
BOTTLE = "#E8845A"


def _hurt_not_harm(c: Canvas) -> None:
    """A smoke alarm blaring over a slice of toast with one thin wisp of smoke."""
    alarm = (8, 8.0)
    c.polygon([(0, 9.0), (16, 9.0), (16, 10), (0, 10)], PALE, outline=None)
    c.disc(alarm, 0.95, "#FFFFFF")
    c.disc(alarm, 0.55, PALE)
    c.disc(alarm, 0.14, ARROW, outline=None)
    for radius in (1.5, 2.2, 2.9):
        c.arc(alarm, radius, -45, 25, 0.2, ARROW)
        c.arc(alarm, radius, 155, 225, 0.2, ARROW)
    c.box((4.5, 0), (11.5, 1.6), PALE)
    c.box((6.4, 1.6), (9.6, 3.6), GHOST, radius=0.35)
    c.box((7.2, 3.2), (8.8, 4.4), TOAST, radius=0.3)
    wisp = [(8.0 + 0.15 * math.sin(i / 3), 4.6 + i * 0.08) for i in range(16)]
    c.path(wisp, 0.1, GHOST)  # one thin wisp of smoke: far smaller than the alarm it sets off


def _sensitive_system(c: Canvas) -> None:
    """A volume dial turned high; a storm cloud beside it, a sun on the other side."""
    centre, radius = (8, 4.4), 2.9
    steps = 24
    for i in range(steps):
        start = 210 - 240 * i / steps
        share = i / (steps - 1)
        colour = GOOD if share < 0.35 else (SUN if share < 0.7 else ARROW)
        c.arc(centre, radius, start, start - 240 / steps + 1, 0.42, colour)
    c.disc(centre, 1.9, PALE)
    angle = math.radians(210 - 240 * 0.85)
    tip = (centre[0] + 1.55 * math.cos(angle), centre[1] + 1.55 * math.sin(angle))
    c.bar(centre, tip, 0.16, TRUNK)
    c.disc(centre, 0.3, TRUNK)
    for x in (1.6, 2.4, 3.1):
        c.disc((x, 8.2), 0.65, GHOST)
    c.polygon([(2.3, 7.6), (1.9, 6.8), (2.35, 6.8), (2.0, 6.0), (2.8, 7.0), (2.35, 7.0)], SUN)
    c.arrow([(4.3, 6.4), (4.3, 7.9)], 0.18, ARROW)
    c.disc((13.6, 8.1), 0.7, SUN, outline=None)
    for k in range(8):
        a = math.radians(45 * k)
        c.path(
            [
                (13.6 + 0.95 * math.cos(a), 8.1 + 0.95 * math.sin(a)),
                (13.6 + 1.25 * math.cos(a), 8.1 + 1.25 * math.sin(a)),
            ],
            0.12,
            SUN,
        )
    c.arrow([(11.8, 7.9), (11.8, 6.4)], 0.18, GOOD)


def _keep_moving(c: Canvas) -> None:
    """Someone out walking, footprints behind them; the bed left behind, faded."""
    c.floor()
    c.box((1.0, 1.2), (5.2, 2.1), GHOST, radius=0.1)
    c.box((1.0, 2.1), (1.35, 3.6), GHOST, radius=0.1)
    c.box((1.5, 2.1), (2.6, 2.5), WALL, radius=0.15)
    for x in (6.6, 7.6, 8.6):
        c.disc((x, 0.55 + (0.12 if x == 7.6 else 0)), 0.16, FLOOR_EDGE, outline=None)
    figure(c, posed((10.5, 1.2), WALKING, 1.5))
    c.arrow([(12.4, 4.0), (14.4, 4.0)], 0.2, GOOD)


def _scans_and_wear(c: Canvas) -> None:
    """A stack of vertebrae, two discs worn thin, and a calm tick beside it."""
    for n in range(6):
        y = 1.2 + n * 1.25
        x = 6.2 + 0.35 * math.sin(n / 5 * math.pi)
        c.box((x - 1.1, y), (x + 1.1, y + 0.85), PALE, radius=0.25)
        c.bar((x + 1.1, y + 0.42), (x + 1.9, y + 0.2), 0.16, PALE)
        if n < 5:
            worn = n in (1, 3)
            c.box(
                (x - 0.95, y + 0.9),
                (x + 0.95, y + (1.05 if worn else 1.2)),
                GHOST if worn else NEAR,
                radius=0.08,
            )
    c.disc((11.6, 5.0), 1.5, "#E3F2EC")
    c.path([(10.9, 5.0), (11.4, 4.4), (12.4, 5.8)], 0.32, GOOD)


def _bending_is_normal(c: Canvas) -> None:
    """A person bending with a rounded back to pick up a box; where they started, faded."""
    c.floor()
    figure(c, posed((6.8, 1.2), STANDING, 1.5), ghost=True)
    c.box((8.4, 1.2), (10.0, 2.4), TOAST, radius=0.08)
    figure(c, posed((6.8, 1.2), BENDING, 1.5))
    centre, radius = (6.8, 4.3), 3.0
    c.arc(centre, radius, 92, 28, 0.2, ARROW)
    ends = [
        (
            centre[0] + radius * math.cos(math.radians(a)),
            centre[1] + radius * math.sin(math.radians(a)),
        )
        for a in (32, 18)
    ]
    c.arrow(ends, 0.2)


def _axes(c: Canvas) -> None:
    """Two plain axes for a line over time."""
    c.path([(1.5, 9.0), (1.5, 1.2), (15.0, 1.2)], 0.08, FLOOR_EDGE)


def _pacing(c: Canvas) -> None:
    """Boom and bust in grey; steady small steps up in blue."""
    _axes(c)
    jagged = [
        (1.8, 3.0),
        (3.0, 8.0),
        (4.0, 1.8),
        (5.6, 7.6),
        (6.6, 1.9),
        (8.4, 8.2),
        (9.4, 2.0),
        (11.2, 7.8),
        (12.2, 2.2),
        (14.6, 7.4),
    ]
    c.path(jagged, 0.14, GHOST)
    steady, level, x = [(1.8, 3.2)], 3.2, 1.8
    while x < 14.4:
        x += 1.25
        steady.append((x, level))
        level += 0.45
        steady.append((x, level))
    c.path(steady, 0.24, NEAR)
    c.disc(steady[-1], 0.28, GOOD)


def _flare_ups(c: Canvas) -> None:
    """Pain easing over time, with one bump that rises and settles back."""
    _axes(c)
    points = [(1.8 + 0.2 * i, 8.0 - 5.0 * i / 65) for i in range(66)]
    bumped = [(x, y + 2.6 * math.exp(-(((x - 8.6) / 0.9) ** 2))) for x, y in points]
    c.polygon(
        [
            *[(x, y) for x, y in points if 6.6 < x < 10.6][::-1],
            *[(x, y) for x, y in bumped if 6.6 < x < 10.6],
        ],
        "#F6D3BE",
        outline=None,
    )
    c.path(bumped, 0.24, NEAR)
    c.path([p for p in bumped if 7.4 < p[0] < 9.8], 0.24, ARROW)
    c.disc(bumped[-1], 0.28, GOOD)


def _sleep(c: Canvas) -> None:
    """Asleep in bed, a pillow under the knees; the night outside the window."""
    c.box((9.8, 5.2), (14.6, 9.2), NIGHT, radius=0.1)
    c.disc((13.2, 8.1), 0.55, STAR, outline=None)
    c.disc((13.45, 8.25), 0.5, NIGHT, outline=None)
    for x, y in ((10.6, 8.4), (11.6, 7.2), (12.2, 8.7), (10.9, 6.2), (13.9, 6.3)):
        c.disc((x, y), 0.07, STAR, outline=None)
    c.floor(0.9)
    c.box((1.4, 0.9), (9.6, 1.9), TOAST, radius=0.1)
    c.box((1.4, 0.9), (1.8, 3.6), TOAST, radius=0.1)
    c.box((1.8, 1.9), (9.6, 2.5), "#FFFFFF", radius=0.15)
    c.box((1.9, 2.5), (3.0, 3.0), PALE, radius=0.2)
    c.box((5.7, 2.5), (6.9, 3.0), PALE, radius=0.2)
    figure(c, posed((5.6, 2.2), LYING, 1.2))


def _heat_walking(c: Canvas) -> None:
    """A wrapped hot-water bottle giving off warmth; a walk, footprints behind."""
    c.floor()
    c.box((2.0, 1.6), (5.6, 5.4), BOTTLE, radius=0.8)
    c.box((3.3, 5.3), (4.3, 6.1), BOTTLE, radius=0.15)
    for x in (2.9, 3.8, 4.7):
        c.path([(x, 6.6), (x + 0.25, 7.1), (x - 0.05, 7.6), (x + 0.2, 8.1)], 0.14, ARROW)
    for x in (8.2, 9.2, 10.2):
        c.disc((x, 0.55 + (0.12 if x == 9.2 else 0)), 0.16, FLOOR_EDGE, outline=None)
    figure(c, posed((12.0, 1.2), WALKING, 1.5))


def _confidence(c: Canvas) -> None:
    """Someone taking the stairs one small step at a time."""
    c.floor()
    for n in range(6):
        c.box((3.0 + n * 1.6, 1.2), (16.5, 1.2 + (n + 1) * 0.8), PALE, radius=0.05)
    figure(c, posed((5.6, 2.8), CLIMBING))
    c.arrow([(8.4, 7.2), (11.0, 8.1), (13.6, 8.8)], 0.2, GOOD)


def _recovery_outlook(c: Canvas) -> None:
    """A path over green hills towards the rising sun, someone walking on it."""
    c.disc((11.5, 5.4), 1.6, SUN, outline=None)
    c.polygon([(0, 0), (0, 4.8), (5, 6.0), (10, 4.6), (16, 5.6), (16, 0)], HILL_FAR, outline=None)
    c.polygon([(0, 0), (0, 3.4), (6, 2.6), (12, 3.6), (16, 3.0), (16, 0)], HILL, outline=None)
    c.polygon([(6.0, 0), (9.6, 0), (10.9, 4.7), (10.5, 4.7)], WALL, outline=None)
    figure(c, posed((7.4, 0.4), WALKING, 1.2))


PICTURES: dict[str, Callable[[Canvas], None]] = {
    "hurt_not_harm": _hurt_not_harm,
    "sensitive_system": _sensitive_system,
    "keep_moving": _keep_moving,
    "scans_and_wear": _scans_and_wear,
    "bending_is_normal": _bending_is_normal,
    "pacing": _pacing,
    "flare_ups": _flare_ups,
    "sleep": _sleep,
    "heat_walking": _heat_walking,
    "confidence": _confidence,
    "recovery_outlook": _recovery_outlook,
}


def render_lesson_picture(lesson_id: str) -> bytes:
    """The lesson's picture as PNG bytes, 1280 x 800 (runs in the media worker)."""
    canvas = Canvas()
    PICTURES[lesson_id](canvas)
    return canvas.png()


def lesson_picture_key(lesson_id: str) -> str:
    """A key that changes whenever the drawing would (its code's version, Pillow's version)."""
    involved = {"lesson": lesson_id, "version": LESSON_ART_VERSION, "pillow": PIL.__version__}
    text = json.dumps(involved, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:KEY_LENGTH]
