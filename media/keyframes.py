"""A keyframe made complete: its `base` chain merged in, each side's limbs spelt out."""

from __future__ import annotations

from typing import Any

from content.joints import Keyframe
from content.poses import Poses


def complete_keyframe(poses: Poses, exercise_id: str, name: str) -> Keyframe:
    """The keyframe with its `base` chain merged in: the whole pose."""
    exercise = poses.exercises[exercise_id]
    chain = [exercise.keyframes[name]]
    while chain[-1].base is not None:
        chain.append(exercise.keyframes[chain[-1].base])
    merged: dict[str, Any] = {}
    for keyframe in reversed(chain):
        merged = _merge_keyframe(merged, keyframe)
    return Keyframe.model_validate(merged)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge `extra` over `base`; a limb's new `reach` replaces the old one whole."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        deep = isinstance(value, dict) and isinstance(old, dict) and key != "reach"
        merged[key] = _merge(old, value) if deep else value
    return merged


def _merge_keyframe(base: dict[str, Any], keyframe: Keyframe) -> dict[str, Any]:
    """Lay `keyframe`'s own settings over a merged pose, one side of each limb pair at a time."""
    own = keyframe.model_dump(exclude_unset=True, exclude={"base"})
    merged = _merge(base, {k: v for k, v in own.items() if k in ("lift", "root", "spine")})
    for limb in ("leg", "arm"):
        both = own.get(f"{limb}s", {})
        for side in ("left", "right"):
            key = f"{side}_{limb}"
            layered = _merge(both, own.get(key) or {})
            merged[key] = _merge(merged.get(key) or {}, layered)
    return merged
