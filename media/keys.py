"""Cache keys for rendered media: a short hash of everything that changes the bytes."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import av
import PIL

from content.poses import Demo, Picture, Poses
from media.keyframes import complete_keyframe
from media.pictures import default_poses

# Raise when the drawing or encoding changes, so every cached file and file_id is renewed.
RENDERER_VERSION = 1
KEY_LENGTH = 16


def _involved(kind: str, item_id: str, poses: Poses) -> tuple[Picture | Demo, set[str]]:
    """The picture or demo, and the names of the keyframes it shows."""
    if kind == "picture":
        picture = poses.pictures[item_id]
        return picture, {picture.start, picture.end}
    if kind == "demo":
        demo = poses.demos[item_id]
        return demo, {demo.start} | {step.pose for step in demo.timeline if step.pose}
    raise ValueError(f"unknown media kind {kind!r}: expected 'picture' or 'demo'")


def media_key(kind: str, item_id: str, *, poses: Poses | None = None, **params: Any) -> str:
    """A stable key of the pose data involved, the parameters and the renderer's version."""
    poses = poses or default_poses()
    item, names = _involved(kind, item_id, poses)
    exercise = poses.exercises[item.exercise]
    if isinstance(item, Demo) and not any(step.hold for step in item.timeline):
        # A demo without a hold looks the same whatever the hold, so one file serves all.
        params.pop("hold_seconds", None)
    involved = {
        "kind": kind,
        "id": item_id,
        "params": params,
        "renderer": [RENDERER_VERSION, PIL.__version__, av.__version__],
        "figure": poses.figure.model_dump(),
        "camera": (item.camera or exercise.camera).model_dump(),
        "item": item.model_dump(),
        "props": {name: exercise.props[name].model_dump() for name in item.props},
        "keyframes": {
            name: complete_keyframe(poses, item.exercise, name).model_dump()
            for name in sorted(names)
        },
    }
    text = json.dumps(involved, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:KEY_LENGTH]
