"""The local chat checks media like a careful client, through a real `telegram.Bot`."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import timedelta

import av
import numpy as np
import pytest
from PIL import Image
from telegram import Bot
from telegram.error import BadRequest

from localchat.request import LocalRequest
from localchat.telegram import LocalTelegram

USER = 42
# PTB 22 warns that `duration` will become a timedelta; the numbers are what is checked here.
pytestmark = pytest.mark.filterwarnings("ignore:.*`duration` will be of type")


def picture(width: int = 640, height: int = 480, blank: bool = False, kind: str = "PNG") -> bytes:
    """A picture with a light diagonal band on a dark ground (or one flat colour)."""
    image = Image.new("RGB", (width, height), (30, 60, 90))
    if not blank:
        for x in range(min(width, height)):
            image.putpixel((x, x), (240, 230, 200))
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


def gif(frames: int = 5) -> bytes:
    """A small animated GIF, 100 ms a frame."""
    images = [Image.new("RGB", (40, 30), (i * 40, 80, 120)) for i in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "GIF", save_all=True, append_images=images[1:], duration=100, loop=0)
    return out.getvalue()


def mp4(seconds: int = 2, rate: int = 10) -> bytes:
    """A silent H.264 MP4 whose frames fade from black to grey."""
    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=rate)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(seconds * rate):
            pixels = np.full((48, 64, 3), i * 5, dtype=np.uint8)
            for packet in stream.encode(av.VideoFrame.from_ndarray(pixels, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


def sound(seconds: float = 3.0, codec: str = "libopus", form: str = "ogg") -> bytes:
    """A quiet 440 Hz tone encoded with `codec` in the `form` container."""
    rate = 48000 if codec == "libopus" else 44100
    out = io.BytesIO()
    with av.open(out, "w", format=form) as container:
        stream = container.add_stream(codec, rate=rate)
        stream.layout = "mono"
        samples = (np.sin(np.arange(int(rate * seconds)) * 2 * np.pi * 440 / rate) * 0.2).astype(
            np.float32
        )
        step = stream.codec_context.frame_size or 1152
        for start in range(0, len(samples), step):
            chunk = samples[start : start + step].reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(chunk, format="flt", layout="mono")
            frame.sample_rate, frame.pts = rate, start
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


def seconds(duration: object) -> float:
    """A duration as PTB gives it (a number today, a timedelta when PTB_TIMEDELTA is on)."""
    return duration.total_seconds() if isinstance(duration, timedelta) else float(duration)


@pytest.fixture
def telegram() -> LocalTelegram:
    local = LocalTelegram()
    local.add_user(USER)
    return local


@pytest.fixture
async def bot(telegram: LocalTelegram) -> AsyncIterator[Bot]:
    async with Bot(telegram.token, request=LocalRequest(telegram)) as real_bot:
        yield real_bot


async def test_a_photo_comes_back_in_sizes_with_a_stable_id(telegram, bot):
    sent = await bot.send_photo(USER, picture(1280, 960))
    sizes = [(size.width, size.height) for size in sent.photo]
    assert sizes == [(90, 68), (320, 240), (800, 600), (1280, 960)]
    again = await bot.send_photo(USER, picture(1280, 960))
    assert again.photo[-1].file_id == sent.photo[-1].file_id
    assert again.photo[-1].file_unique_id == sent.photo[-1].file_unique_id
    by_id = await bot.send_photo(USER, sent.photo[-1].file_id)
    assert by_id.photo[-1].file_id == sent.photo[-1].file_id
    assert telegram.errors == []


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (picture(blank=True), "PHOTO_BLANK"),
        (picture(1000, 40), "PHOTO_INVALID_DIMENSIONS"),
        (picture(9000, 2000), "PHOTO_INVALID_DIMENSIONS"),
        (picture()[:200], "IMAGE_PROCESS_FAILED"),
        (b"%PDF-1.4 not a picture", "IMAGE_PROCESS_FAILED"),
    ],
)
async def test_a_photo_that_would_not_show_is_refused(telegram, bot, data, error):
    with pytest.raises(BadRequest, match=rf"(?i){error}"):
        await bot.send_photo(USER, data)
    assert telegram.messages(USER) == []


async def test_a_picture_checked_once_is_remembered_by_its_content_not_its_name(telegram, bot):
    good = picture(640, 480)
    await bot.send_photo(USER, good)
    await bot.send_photo(USER, good)  # the same bytes: their check is remembered
    broken = good[:100] + bytes(len(good) - 100)  # same size, same start, no picture after it
    with pytest.raises(BadRequest, match=r"(?i)IMAGE_PROCESS_FAILED"):
        await bot.send_photo(USER, broken)
    assert len(telegram.messages(USER)) == 2


async def test_animations_must_be_h264_or_gif_and_decode(telegram, bot):
    moving = await bot.send_animation(
        USER, mp4(seconds=2), caption="<b>Lift</b>", parse_mode="HTML"
    )
    clip = moving.animation
    assert (clip.width, clip.height, seconds(clip.duration)) == (64, 48, 2)
    assert clip.mime_type == "video/mp4"
    assert moving.caption == "Lift" and moving.document is not None  # Telegram sends both
    looping = await bot.send_animation(USER, gif())
    assert looping.animation.mime_type == "image/gif"
    with pytest.raises(BadRequest, match=r"(?i)ANIMATION_INVALID"):
        await bot.send_animation(USER, sound())
    with pytest.raises(BadRequest, match=r"(?i)does not decode"):
        await bot.send_animation(USER, b"\x00\x00\x00\x18ftypmp42 broken")
    assert [m["kind"] for m in telegram.messages(USER)] == ["animation", "animation"]


async def test_a_voice_note_must_be_ogg_opus_and_last_as_long_as_stated(telegram, bot):
    note = await bot.send_voice(USER, sound(3.0), duration=3)
    assert seconds(note.voice.duration) == 3 and note.voice.mime_type == "audio/ogg"
    unstated = await bot.send_voice(USER, sound(2.0))
    assert seconds(unstated.voice.duration) == 2  # the real length is recorded
    with pytest.raises(BadRequest, match=r"(?i)DURATION_MISMATCH: duration 5 given"):
        await bot.send_voice(USER, sound(3.0), duration=5)
    with pytest.raises(BadRequest, match=r"(?i)VOICE_INVALID"):
        await bot.send_voice(USER, sound(1.0, "libmp3lame", "mp3"))
    with pytest.raises(BadRequest, match=r"(?i)can't use file of type voice as document"):
        await bot.send_document(USER, note.voice.file_id)


async def test_files_outlive_a_restart_when_kept_in_a_folder(tmp_path):
    first = LocalTelegram(files_dir=tmp_path)
    first.add_user(USER)
    async with Bot(first.token, request=LocalRequest(first)) as bot:
        sent = await bot.send_photo(USER, picture())
    second = LocalTelegram(files_dir=tmp_path)
    second.add_user(USER)
    async with Bot(second.token, request=LocalRequest(second)) as bot:
        again = await bot.send_photo(USER, sent.photo[-1].file_id)
    assert second.last_message(USER)["file"] == picture()
    assert again.photo[-1].file_id == sent.photo[-1].file_id


def a_pdf() -> bytes:
    """A one-page PDF, as the reports are made."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="A report")
    return bytes(pdf.output())


async def test_a_pdf_document_must_be_a_whole_pdf(telegram, bot):
    sent = await bot.send_document(USER, a_pdf(), filename="report.pdf")
    assert sent.document.mime_type == "application/pdf"
    assert sent.document.file_name == "report.pdf"
    for broken in (a_pdf()[:-40], b"%PDF-1.4 and then nothing", b"<html>not a pdf</html>"):
        with pytest.raises(BadRequest, match=r"(?i)DOCUMENT_INVALID: the PDF is not whole"):
            await bot.send_document(USER, broken, filename="report.pdf")
    other = await bot.send_document(USER, b'{"tables": {}}', filename="data.json")
    assert other.document.mime_type == "application/json"
    assert len(telegram.messages(USER)) == 2
