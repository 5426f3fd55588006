"""What people send besides text and taps: each kind of message the bot cannot read, as
Telegram's Message fields."""

from __future__ import annotations

# One of each, keyed by the Message field that carries it.
UNREADABLE = {
    "voice": {"file_id": "v1", "file_unique_id": "v1u", "duration": 4},
    "audio": {"file_id": "a1", "file_unique_id": "a1u", "duration": 30},
    "photo": [{"file_id": "p1", "file_unique_id": "p1u", "width": 640, "height": 480}],
    "video": {"file_id": "m1", "file_unique_id": "m1u", "width": 640, "height": 360, "duration": 5},
    "video_note": {"file_id": "n1", "file_unique_id": "n1u", "length": 240, "duration": 5},
    "document": {"file_id": "d1", "file_unique_id": "d1u", "file_name": "scan.pdf"},
    "sticker": {
        "file_id": "st1",
        "file_unique_id": "st1u",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    },
}
