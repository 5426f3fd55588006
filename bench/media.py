"""Render every exercise picture and demo cold; print time and bytes; write the contact sheets.

    .venv/bin/python bench/media.py [--demo pelvic_lift.both_feet] [--people 100] [--only people]

"Cold" means nothing cached: each item is drawn and encoded from the pose data, as the worker does
on a cache miss (the first line also pays for reading the pose file). Writes
docs/pictures/contact-sheet.png (every picture, labelled by id, for engineers) and
docs/pictures/demo-frames.png (frames of one demo, decoded from its MP4, side by side).

Then a run of 100 people through the real bot against the local Bot API double, on an empty
media cache: each opens a session, sees the first card, asks "Show me", takes the set by voice
and sees the second card. It prints how each file was served (by Telegram file_id, from the disk
cache, or made) and the bytes uploaded of each kind.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import statistics
import sys
import time
from pathlib import Path

import av
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from media.demos import CODEC, FPS, demo_ids, render_demo  # noqa: E402
from media.pictures import picture_ids, render_picture  # noqa: E402

OUT = ROOT / "docs" / "pictures"
# The real pace of each exercise's hold (seconds); counted exercises have none.
HOLDS = {"pelvic_lift": 10, "knee_rotation": 10, "back_bend.lying": 3}
THUMB = (640, 400)
LABEL = 40
COLUMNS = 3
STRIP_FRAMES = 8


def hold_for(demo_id: str) -> int:
    """The hold the bot uses for this demo."""
    return next((seconds for prefix, seconds in HOLDS.items() if demo_id.startswith(prefix)), 0)


def timed(render: object, *args: object) -> tuple[bytes, float]:
    """The rendered bytes and the seconds it took."""
    started = time.perf_counter()
    data = render(*args)  # type: ignore[operator]
    return data, time.perf_counter() - started


def labelled_grid(images: list[tuple[str, Image.Image]], columns: int) -> Image.Image:
    """Thumbnails in a grid, each with its label above it."""
    rows = -(-len(images) // columns)
    sheet = Image.new("RGB", (THUMB[0] * columns, (THUMB[1] + LABEL) * rows), "white")
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default(size=24)
    for index, (label, image) in enumerate(images):
        x, y = (index % columns) * THUMB[0], (index // columns) * (THUMB[1] + LABEL)
        draw.text((x + 12, y + 8), label, fill="#222222", font=font)
        sheet.paste(image.resize(THUMB, Image.Resampling.LANCZOS), (x, y + LABEL))
    return sheet


def pictures() -> list[tuple[str, Image.Image]]:
    """Render every picture, printing its time and size."""
    images, sizes, times = [], [], []
    print(f"{'picture':38} {'ms':>7} {'bytes':>8}")
    for picture_id in picture_ids():
        data, seconds = timed(render_picture, picture_id)
        print(f"{picture_id:38} {seconds * 1000:7.0f} {len(data):8d}")
        images.append((picture_id, Image.open(io.BytesIO(data)).convert("RGB")))
        sizes.append(len(data))
        times.append(seconds)
    print(
        f"{len(sizes)} pictures (PNG 1280x800): median {statistics.median(times) * 1000:.0f} ms, "
        f"{statistics.median(sizes) / 1000:.0f} kB median, {max(sizes) / 1000:.0f} kB max, "
        f"{sum(sizes) / 1000:.0f} kB in all\n"
    )
    return images


def demos() -> dict[str, bytes]:
    """Render every demo at its real hold, printing its time, length and size."""
    rendered, sizes, times = {}, [], []
    print(f"{'demo':38} {'hold':>4} {'s long':>6} {'render s':>8} {'bytes':>8}")
    for demo_id in demo_ids():
        data, seconds = timed(render_demo, demo_id, hold_for(demo_id))
        with av.open(io.BytesIO(data)) as container:
            length = container.streams.video[0].frames / FPS
        print(f"{demo_id:38} {hold_for(demo_id):4d} {length:6.1f} {seconds:8.2f} {len(data):8d}")
        rendered[demo_id] = data
        sizes.append(len(data))
        times.append(seconds)
    print(
        f"{len(sizes)} demos (MP4 {CODEC} 640x400 {FPS} fps): "
        f"median {statistics.median(times):.2f} s to render, "
        f"{statistics.median(sizes) / 1000:.0f} kB median, "
        f"{max(sizes) / 1000:.0f} kB max, {sum(sizes) / 1000:.0f} kB in all"
    )
    return rendered


def frame_strip(demo_id: str, data: bytes) -> Image.Image:
    """Frames spread over the demo, decoded from the MP4 itself, labelled by second."""
    with av.open(io.BytesIO(data)) as container:
        frames = [frame.to_image() for frame in container.decode(video=0)]
    picks = [round(i * (len(frames) - 1) / (STRIP_FRAMES - 1)) for i in range(STRIP_FRAMES)]
    images = [(f"{demo_id}  {index / FPS:.1f} s", frames[index]) for index in picks]
    return labelled_grid(images, STRIP_FRAMES // 2)


async def one_person(bot: object, user_id: int) -> None:
    """Onboard, open a session, look at the card and its demo, take the set by voice."""
    from tests.support.harness import Person
    from tests.support.people import answer_symptoms, screen_clear

    person = Person(bot, user_id, "Ann")  # type: ignore[arg-type]
    await screen_clear(person)
    await answer_symptoms(person)
    await person.say("/session")
    await person.tap("2")
    await person.tap("Show me")
    await person.tap("Guide me by voice")
    await person.tap("All")  # early, from the voice note


async def people_run(people: int) -> None:
    """Many people through the real bot on an empty cache: how their media were served."""
    import tempfile

    from content import load_content
    from localchat.telegram import LocalTelegram
    from storage.migrate import upgrade_to_head
    from tests.support.clock import SteadyClock
    from tests.support.harness import RunningBot

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/people.db"
        await asyncio.to_thread(upgrade_to_head, url)
        # The pacing waits on a steady fake clock, as in the tests: no real-time sleeps.
        steady = SteadyClock()
        fake = LocalTelegram(flood_clock=steady.now)
        bot = RunningBot(fake, url, load_content(), steady=steady, media_dir=f"{folder}/media")
        await bot.start()
        try:
            started = time.perf_counter()
            for n in range(people):
                await one_person(bot, 5000 + n)
            seconds = time.perf_counter() - started
            shelf = bot.app.bot_data.media  # type: ignore[union-attr]
        finally:
            await bot.stop()
    served = shelf.served
    total = sum(served.values())
    print(f"\n{people} people, {total} media sends in {seconds:.0f} s:")
    for how in ("file_id", "disk", "made", "fallback"):
        print(f"  {how:9} {served[how]:5d}  {served[how] / max(total, 1):6.1%}")
    reused = served["file_id"] + served["disk"]
    print(f"  served from file_id or cache: {reused / max(total, 1):.1%}")
    for kind, size in sorted(shelf.uploaded_bytes.items()):
        print(f"  uploaded {kind:8} {size / 1000:8.1f} kB in all")


def main() -> None:
    """Render everything, print the figures and write the two sheets; then the people run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", default="pelvic_lift.both_feet", help="demo for the frame strip")
    parser.add_argument("--people", type=int, default=100, help="people in the cache run")
    parser.add_argument("--only", choices=("render", "people"), default=None)
    args = parser.parse_args()
    if args.only != "render":
        logging.disable(logging.WARNING)  # the catalogues' missing-translation lines
        asyncio.run(people_run(args.people))
    if args.only == "people":
        return
    OUT.mkdir(parents=True, exist_ok=True)
    labelled_grid(pictures(), COLUMNS).save(OUT / "contact-sheet.png", optimize=True)
    rendered = demos()
    frame_strip(args.demo, rendered[args.demo]).save(OUT / "demo-frames.png", optimize=True)
    print(f"\nwrote {OUT / 'contact-sheet.png'} and {OUT / 'demo-frames.png'}")


if __name__ == "__main__":
    main()
