"""Moving demos: the figure through an exercise at its real pace, the hold counted; MP4 (H.264)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

import av
from PIL import Image, ImageDraw, ImageFont

from content.joints import Keyframe
from content.poses import Demo, Poses
from media.figure import Skeleton, between
from media.keyframes import complete_keyframe
from media.painter import BACKGROUND, Fit, fit, paint_room, paint_shapes
from media.pictures import MARGIN, OUTLINE_PIXELS, SIZE, SUPERSAMPLE, default_poses
from media.props import prop_shapes
from media.scene import OUTLINE, Shape, View, figure_shapes

DEMO_SIZE = (640, 400)
FPS = 20
# PyAV's wheel bundles FFmpeg with libx264 (it has no libopenh264).
CODEC = "libx264"
# One key frame at the start: a short loop needs no more, and a still hold stays still.
ENCODER_OPTIONS = {
    "crf": "27",
    "preset": "medium",
    "tune": "animation",
    "x264-params": "keyint=infinite:scenecut=0",
}
RING = "#E69F00"
RING_TRACK = "#E4DCCF"
# The count's ring, top left (the wall is empty there in every exercise): centre and radius as
# shares of the frame's height.
RING_PLACE = (0.14, 0.14, 0.1)


@dataclass(frozen=True)
class Segment:
    """A stretch of the demo: from one keyframe to another (the same when still) over seconds."""

    start: Keyframe
    end: Keyframe
    seconds: float
    hold: bool


@dataclass(frozen=True)
class Frame:
    """One frame: the figure, the still stretch it belongs to, and the seconds into a hold."""

    skeleton: Skeleton
    still: int | None
    held: float | None


def demo_ids(poses: Poses | None = None) -> tuple[str, ...]:
    """Every demo id the pose file describes, in its order."""
    return tuple((poses or default_poses()).demos)


def timeline(demo: Demo, hold_seconds: int, poses: Poses) -> list[Segment]:
    """The demo's steps as segments; a hold lasts `hold_seconds` (none when it is zero)."""
    current = complete_keyframe(poses, demo.exercise, demo.start)
    segments = []
    for step in demo.timeline:
        if step.hold:
            if hold_seconds > 0:
                segments.append(Segment(current, current, float(hold_seconds), True))
            continue
        target = complete_keyframe(poses, demo.exercise, step.pose) if step.pose else current
        if step.seconds > 0:
            segments.append(Segment(current, target, step.seconds, False))
        current = target
    return segments


def _ease(t: float) -> float:
    """Smooth start and stop, as a person moves."""
    return t * t * (3 - 2 * t)


def _frames(segments: list[Segment], poses: Poses) -> Iterator[Frame]:
    """Each frame's figure; a still stretch reuses one figure, so it is drawn once."""
    figure = poses.figure
    for index, segment in enumerate(segments):
        count = round(segment.seconds * FPS)
        still = segment.start is segment.end
        pose = between(segment.start, segment.end, 1.0, figure) if still else None
        for step in range(count):
            t = step / count
            skeleton = pose or between(segment.start, segment.end, _ease(t), figure)
            yield Frame(
                skeleton, index if still else None, t * segment.seconds if segment.hold else None
            )


def counter_box(size: tuple[int, int]) -> tuple[float, float, float, float]:
    """Where the hold's count is drawn in a frame of `size`: left, top, right, bottom."""
    height = size[1]
    x, y, radius = (share * height for share in RING_PLACE)
    return (x - radius, y - radius, x + radius, y + radius)


def _counter(image: Image.Image, elapsed: float, hold: float) -> None:
    """A ring that fills over the hold, with the second being counted in its middle."""
    draw = ImageDraw.Draw(image)
    box = counter_box(image.size)
    x, y, radius = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, (box[2] - box[0]) / 2
    width = round(radius * 0.28)
    draw.ellipse(box, fill="#FFFFFF")
    draw.arc(box, 0, 360, fill=RING_TRACK, width=width)
    draw.arc(box, -90, -90 + 360 * min(1.0, (elapsed + 1 / FPS) / hold), fill=RING, width=width)
    font = ImageFont.load_default(size=radius * 0.95)
    draw.text((x, y), str(min(int(hold), int(elapsed) + 1)), fill=OUTLINE, font=font, anchor="mm")


def _scene_shapes(demo: Demo, poses: Poses, view: View, skeleton: Skeleton) -> list[Shape]:
    """The figure and the props for one frame."""
    exercise = poses.exercises[demo.exercise]
    props = prop_shapes(view, [exercise.props[name] for name in demo.props], skeleton)
    return props + figure_shapes(view, skeleton, poses.figure)


def _paint(shapes: list[Shape], view: View, where: Fit) -> Image.Image:
    """One frame at the demo's size, drawn large and shrunk for smooth edges."""
    big = (DEMO_SIZE[0] * SUPERSAMPLE, DEMO_SIZE[1] * SUPERSAMPLE)
    line = OUTLINE_PIXELS * SUPERSAMPLE * DEMO_SIZE[0] / SIZE[0] * 1.4
    image = Image.new("RGB", big, BACKGROUND)
    paint_room(image, view, where)
    paint_shapes(image, shapes, where, line)
    return image.reduce(SUPERSAMPLE)


def demo_images(demo_id: str, hold_seconds: int, poses: Poses) -> Iterator[Image.Image]:
    """Every frame of one loop of the demo, as images."""
    demo = poses.demos[demo_id]
    view = View(demo.camera or poses.exercises[demo.exercise].camera)
    frames = list(_frames(timeline(demo, hold_seconds, poses), poses))
    shapes = [_scene_shapes(demo, poses, view, frame.skeleton) for frame in frames]
    big = (DEMO_SIZE[0] * SUPERSAMPLE, DEMO_SIZE[1] * SUPERSAMPLE)
    where = fit([s for frame in shapes for s in frame], [], big, MARGIN * 1.5)
    painted: dict[int, Image.Image] = {}
    for frame, frame_shapes in zip(frames, shapes, strict=True):
        if frame.still is None:
            image = _paint(frame_shapes, view, where)
        else:
            if frame.still not in painted:
                painted[frame.still] = _paint(frame_shapes, view, where)
            image = painted[frame.still].copy()
        if frame.held is not None:
            _counter(image, frame.held, float(hold_seconds))
        yield image


def render_demo(demo_id: str, hold_seconds: int, poses: Poses | None = None) -> bytes:
    """One loop of the demo as MP4 (H.264, yuv420p, no sound) for Telegram's sendAnimation."""
    if hold_seconds < 0:
        raise ValueError(f"hold_seconds must be 0 or more, not {hold_seconds}")
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="mp4") as container:
        stream = container.add_stream(CODEC, rate=FPS, options=ENCODER_OPTIONS)
        stream.width, stream.height = DEMO_SIZE
        stream.pix_fmt = "yuv420p"
        # One thread: x264's output depends on its thread count, and the bytes must not vary.
        stream.codec_context.thread_count = 1
        stream.codec_context.time_base = Fraction(1, FPS)
        for image in demo_images(demo_id, hold_seconds, poses or default_poses()):
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buffer.getvalue()
