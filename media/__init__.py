"""Exercise pictures and moving demos, drawn in code from the pose data in `content/`.

Everything here is pure and slow enough to belong in a worker process, off the event loop.
"""

from media.demos import demo_ids, render_demo
from media.keys import media_key
from media.pictures import picture_ids, render_picture

__all__ = ["demo_ids", "media_key", "picture_ids", "render_demo", "render_picture"]
