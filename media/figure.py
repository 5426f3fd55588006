"""Forward and inverse kinematics: a keyframe's joint angles become the figure's joint points."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from content.joints import Arm, Bend, Figure, Keyframe, Leg, Reach
from media.vectors import (
    IDENTITY,
    Matrix,
    Vec,
    add,
    apply,
    compose,
    cross,
    dot,
    length,
    scale,
    slerp,
    sub,
    turn,
    turns,
    unit,
)

Skeleton = dict[str, Vec]
# The figure faces +x; its right side is +z, the side a camera from the side sees.
SIDES = {"right": 1.0, "left": -1.0}
LEG_CHAIN = ("hip", "knee", "ankle", "heel", "toe")
ARM_CHAIN = ("shoulder", "elbow", "wrist", "hand")
# Where the heel sits behind the ankle, as a share of the foot's length.
HEEL_SHARE = 0.22


@dataclass(frozen=True)
class Frame:
    """A body part's place and turn: reach targets are given in one of these."""

    origin: Vec
    turn: Matrix

    def point(self, local: Vec) -> Vec:
        """A point given in this frame, in floor coordinates."""
        return add(self.origin, apply(self.turn, local))

    def direction(self, local: Vec) -> Vec:
        """A direction given in this frame, in floor coordinates."""
        return apply(self.turn, local)


def _bend(spine_joint: Bend) -> Matrix:
    """A spine joint's turn: forward flexion tips the part above towards +x."""
    return turns(("z", -spine_joint.flex), ("y", spine_joint.twist), ("x", spine_joint.side))


def _trunk(keyframe: Keyframe, figure: Figure) -> tuple[Skeleton, dict[str, Frame]]:
    """The pelvis, spine and head, and the frames the limbs hang from."""
    size = figure.lengths
    root = keyframe.root
    lifted = add(root.at, (0.0, keyframe.lift, 0.0))  # on a bed: everything sits higher
    pelvis_turn = turns(("y", root.yaw), ("z", root.pitch), ("y", root.roll))
    lumbar = compose(pelvis_turn, _bend(keyframe.spine.lumbar))
    thorax = compose(lumbar, _bend(keyframe.spine.thorax))
    neck_turn = compose(thorax, _bend(keyframe.spine.neck))
    points: Skeleton = {"pelvis": lifted}
    points["waist"] = add(lifted, apply(lumbar, (0.0, size["lumbar"], 0.0)))
    points["neck"] = add(points["waist"], apply(thorax, (0.0, size["thorax"], 0.0)))
    head_rise = size["neck"] + size["head"]
    points["head"] = add(points["neck"], apply(neck_turn, (0.0, head_rise, 0.0)))
    points["nose"] = add(points["head"], apply(neck_turn, (size["head"] * 0.95, -0.01, 0.0)))
    frames = {
        "world": Frame((0.0, keyframe.lift, 0.0), IDENTITY),
        "pelvis": Frame(lifted, pelvis_turn),
        "chest": Frame(points["neck"], thorax),
        "head": Frame(points["head"], neck_turn),
    }
    return points, frames


def two_bone(root: Vec, target: Vec, first: float, second: float, pole: Vec) -> tuple[Vec, Vec]:
    """The middle and end joints of a two-bone limb reaching for `target`, bent towards `pole`."""
    axis = sub(target, root)
    along = unit(axis) if length(axis) > 1e-9 else (0.0, -1.0, 0.0)
    reach = min(max(length(axis), abs(first - second) + 1e-4), first + second - 1e-4)
    out = sub(pole, scale(along, dot(pole, along)))
    if length(out) < 1e-6:
        out = cross(along, (0.0, 0.0, 1.0))
    middle_along = (first**2 - second**2 + reach**2) / (2 * reach)
    rise = math.sqrt(max(0.0, first**2 - middle_along**2))
    middle = add(add(root, scale(along, middle_along)), scale(unit(out), rise))
    return middle, add(root, scale(along, reach))


def _foot(ankle: Vec, toes: Vec, down: Vec, figure: Figure) -> tuple[Vec, Vec]:
    """Heel and toe of a foot pointing along `toes`, its sole towards `down` from the ankle."""
    size = figure.lengths
    toes = unit(toes)
    down = unit(sub(down, scale(toes, dot(down, toes))))
    drop = scale(down, size["ankle"] - figure.thickness["toe"])
    heel = add(add(ankle, scale(toes, -HEEL_SHARE * size["foot"])), drop)
    toe = add(add(ankle, scale(toes, (1 - HEEL_SHARE) * size["foot"])), drop)
    return heel, toe


def _outwards(local: Vec, side: float) -> Vec:
    """A reach's vector with its outward z turned into the frame's z for this side."""
    return (local[0], local[1], local[2] * side)


def _reach_targets(reach: Reach, side: float, frames: dict[str, Frame]) -> tuple[Vec, Vec, Vec]:
    """The reach's target point, pole and tip direction in floor coordinates."""
    frame = frames[reach.frame]
    tip = frame.direction(_outwards(reach.tip, side)) if reach.tip is not None else (0.0, 0.0, 0.0)
    return frame.point(_outwards(reach.to, side)), frame.direction(_outwards(reach.pole, side)), tip


def _leg(spec: Leg, side: float, hip: Vec, frames: dict[str, Frame], fig: Figure) -> list[Vec]:
    """Hip, knee, ankle, heel and toe of one leg."""
    size = fig.lengths
    if spec.reach is not None:
        target, pole, tip = _reach_targets(spec.reach, side, frames)
        knee, ankle = two_bone(hip, target, size["thigh"], size["shin"], pole)
        toes = tip if length(tip) else frames[spec.reach.frame].direction((1.0, 0.0, 0.0))
        return [hip, knee, ankle, *_foot(ankle, toes, sub(ankle, knee), fig)]
    thigh = compose(
        frames["pelvis"].turn,
        turns(("z", spec.hip), ("x", -side * spec.abduct), ("y", side * spec.twist)),
    )
    knee = add(hip, apply(thigh, (0.0, -size["thigh"], 0.0)))
    shin = compose(thigh, turn("z", -spec.knee))
    ankle = add(knee, apply(shin, (0.0, -size["shin"], 0.0)))
    # By angles the foot has its own turn, so its sole is known even when it points along the shin.
    foot = compose(shin, turn("z", spec.ankle))
    toes, sole = apply(foot, (1.0, 0.0, 0.0)), apply(foot, (0.0, -1.0, 0.0))
    return [hip, knee, ankle, *_foot(ankle, toes, sole, fig)]


def _arm(spec: Arm, side: float, shoulder: Vec, frames: dict[str, Frame], fig: Figure) -> list[Vec]:
    """Shoulder, elbow, wrist and hand of one arm."""
    size = fig.lengths
    if spec.reach is not None:
        target, pole, tip = _reach_targets(spec.reach, side, frames)
        elbow, wrist = two_bone(shoulder, target, size["upper_arm"], size["forearm"], pole)
        fingers = unit(tip) if length(tip) else unit(sub(wrist, elbow))
        return [shoulder, elbow, wrist, add(wrist, scale(fingers, size["hand"]))]
    upper = compose(
        frames["chest"].turn,
        turns(("z", spec.shoulder), ("x", -side * spec.abduct), ("y", side * spec.twist)),
    )
    elbow = add(shoulder, apply(upper, (0.0, -size["upper_arm"], 0.0)))
    forearm = compose(upper, turn("z", spec.elbow))
    wrist = add(elbow, apply(forearm, (0.0, -size["forearm"], 0.0)))
    hand = add(wrist, apply(compose(forearm, turn("z", spec.wrist)), (0.0, -size["hand"], 0.0)))
    return [shoulder, elbow, wrist, hand]


def _limb_roots(frames: dict[str, Frame], figure: Figure) -> Skeleton:
    """Where each hip and shoulder joint sits on the trunk."""
    roots: Skeleton = {}
    for name, side in SIDES.items():
        roots[f"{name}_hip"] = frames["pelvis"].point(
            (0.0, -0.03, side * figure.lengths["pelvis"] / 2)
        )
        roots[f"{name}_shoulder"] = frames["chest"].point(
            (0.0, -0.04, side * figure.lengths["shoulders"] / 2)
        )
    return roots


def solve(keyframe: Keyframe, figure: Figure) -> Skeleton:
    """Every joint point of the figure in this keyframe, in metres above the floor."""
    points, frames = _trunk(keyframe, figure)
    roots = _limb_roots(frames, figure)
    for name, side in SIDES.items():
        leg = getattr(keyframe, f"{name}_leg") or keyframe.legs
        arm = getattr(keyframe, f"{name}_arm") or keyframe.arms
        leg_points = _leg(leg, side, roots[f"{name}_hip"], frames, figure)
        arm_points = _arm(arm, side, roots[f"{name}_shoulder"], frames, figure)
        points.update({f"{name}_{part}": p for part, p in zip(LEG_CHAIN, leg_points, strict=True)})
        points.update({f"{name}_{part}": p for part, p in zip(ARM_CHAIN, arm_points, strict=True)})
    return points


def _lerp_data(a: Any, b: Any, t: float) -> Any:
    """Numbers a fraction t of the way from a to b, through nested dicts and tuples."""
    if isinstance(a, dict) and isinstance(b, dict):
        return {key: _lerp_data(a[key], b.get(key, a[key]), t) for key in a}
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)) and len(a) == len(b):
        return type(a)(_lerp_data(x, y, t) for x, y in zip(a, b, strict=True))
    if isinstance(a, float | int) and isinstance(b, float | int) and not isinstance(a, bool):
        return a + (b - a) * t
    return a if t < 0.5 else b


def _limb_spec(keyframe: Keyframe, key: str) -> Leg | Arm:
    """A side's limb: its own setting or the one both sides share."""
    return getattr(keyframe, key) or getattr(keyframe, key.split("_")[1] + "s")


def _mixed_limbs(a: Keyframe, b: Keyframe) -> list[str]:
    """Limbs placed by reach in one keyframe and by angles (or another frame) in the other."""
    mixed = []
    for key in ("left_leg", "right_leg", "left_arm", "right_arm"):
        reach_a, reach_b = _limb_spec(a, key).reach, _limb_spec(b, key).reach
        if (reach_a is None) != (reach_b is None) or (
            reach_a and reach_b and reach_a.frame != reach_b.frame
        ):
            mixed.append(key)
    return mixed


def between(a: Keyframe, b: Keyframe, t: float, figure: Figure) -> Skeleton:
    """The figure a fraction t of the way from keyframe a to keyframe b, moving joint by joint."""
    if t <= 0:
        return solve(a, figure)
    if t >= 1:
        return solve(b, figure)
    data_a = _complete(a)
    data_b = _complete(b)
    mixed = _mixed_limbs(a, b)
    toward = {key: (data_a[key] if key in mixed else value) for key, value in data_b.items()}
    blended = _lerp_data(data_a, toward, t)
    points = solve(Keyframe.model_validate(blended), figure)
    for key in mixed:
        _swing_limb(points, key, solve(a, figure), solve(b, figure), t)
    return points


def _complete(keyframe: Keyframe) -> dict[str, Any]:
    """The keyframe as plain data with each side's limb spelt out."""
    data = keyframe.model_dump(exclude={"base", "legs", "arms"})
    for key in ("left_leg", "right_leg", "left_arm", "right_arm"):
        data[key] = _limb_spec(keyframe, key).model_dump()
    return data


def _swing_limb(points: Skeleton, key: str, start: Skeleton, end: Skeleton, t: float) -> None:
    """Move one limb bone by bone between two solved poses, from where its root now is."""
    side, limb = key.split("_")
    chain = [f"{side}_{part}" for part in (LEG_CHAIN if limb == "leg" else ARM_CHAIN)]
    links = list(itertools.pairwise(chain))
    if limb == "leg":
        links = [*links[:2], (chain[2], chain[3]), (chain[2], chain[4])]
    for parent, child in links:
        way_a, way_b = sub(start[child], start[parent]), sub(end[child], end[parent])
        size = length(way_a) + (length(way_b) - length(way_a)) * t
        points[child] = add(points[parent], scale(slerp(way_a, way_b, t), size))
