"""Reports as a person receives them: the PDF read back, and a past of signs, checks and care."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from pypdf import PdfReader

from coach.care_log import CareKind
from storage.care_models import CareEvent
from storage.function_models import FunctionActivity, FunctionCheck, FunctionRating
from storage.models import WarningSign
from tests.support.harness import Person

PDF = b"%PDF-"


def documents(person: Person) -> list[dict]:
    """Every document the bot sent the person, oldest first."""
    return [m for m in person.fake.messages(person.user_id) if m["kind"] == "document"]


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, as a PDF reader extracts it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    """The whole report's text with its lines joined, so a sentence wrapped on paper is found."""
    return " ".join(" ".join(pdf_pages(data)).split())


async def add_function_checks(
    session, user_id: int, name: str, scores: tuple[int, ...], first_at: datetime
) -> None:
    """One activity, rated once in each finished check, two weeks apart."""
    activity = FunctionActivity(user_id=user_id, position=1, name=name, created_at=first_at)
    session.add(activity)
    await session.flush()
    for number, score in enumerate(scores):
        at = first_at + timedelta(days=14 * number)
        check = FunctionCheck(user_id=user_id, started_at=at, completed_at=at)
        session.add(check)
        await session.flush()
        session.add(FunctionRating(check_id=check.id, activity_id=activity.id, score=score))


def add_sign(
    session, user_id: int, sign: str, reported: datetime, cleared: datetime | None = None
) -> None:
    """A warning sign as the screen stores it (cleared at its level when a clinician saw it)."""
    session.add(
        WarningSign(
            user_id=user_id,
            sign=sign,
            level="yes",
            reported_at=reported,
            cleared_at=cleared,
            cleared_level="yes" if cleared else None,
        )
    )


def add_care(session, user_id: int, kind: CareKind, at: datetime) -> None:
    """A moment of care, as /flare and the pause for pain note it."""
    session.add(CareEvent(user_id=user_id, kind=kind.value, at=at))
