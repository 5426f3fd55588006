"""Render every lesson picture cold; print time and bytes; write docs/pictures/lessons.png.

    .venv/bin/python bench/lesson_pictures.py

The contact sheet labels each picture with its lesson id (for engineers; the pictures
themselves carry no words).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from media.lesson_pictures import PICTURES, render_lesson_picture  # noqa: E402

OUT = ROOT / "docs" / "pictures" / "lessons.png"
THUMB = (640, 400)
LABEL = 40
COLUMNS = 3


def main() -> None:
    """Render, print the figures, write the sheet."""
    rows = -(-len(PICTURES) // COLUMNS)
    sheet = Image.new("RGB", (THUMB[0] * COLUMNS, (THUMB[1] + LABEL) * rows), "white")
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default(size=24)
    times, sizes = [], []
    for index, lesson_id in enumerate(PICTURES):
        started = time.perf_counter()
        data = render_lesson_picture(lesson_id)
        times.append(time.perf_counter() - started)
        sizes.append(len(data))
        print(f"{lesson_id:24} {times[-1] * 1000:6.0f} ms {len(data):8d} bytes")
        x, y = (index % COLUMNS) * THUMB[0], (index // COLUMNS) * (THUMB[1] + LABEL)
        draw.text((x + 12, y + 8), lesson_id, fill="#222222", font=font)
        image = Image.open(io.BytesIO(data)).convert("RGB")
        sheet.paste(image.resize(THUMB, Image.Resampling.LANCZOS), (x, y + LABEL))
    print(
        f"{len(sizes)} lesson pictures (PNG 1280x800): median "
        f"{statistics.median(times) * 1000:.0f} ms, {statistics.median(sizes) / 1000:.0f} kB "
        f"median, {sum(sizes) / 1000:.0f} kB in all"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(OUT, optimize=True)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
