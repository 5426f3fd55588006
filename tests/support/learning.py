"""Lessons and the support-need questions, tapped by their words in a person's language."""

from __future__ import annotations

from sqlalchemy import select

from coach.safety import GROUPS
from content import Words
from localchat.entities import parse_text
from storage.lesson_models import LessonAnswer, LessonProgress, SupportCheck
from tests.support.harness import Person


def shown(w: Words, key: str, **values: object) -> str:
    """A text as the person sees it (its HTML rendered)."""
    return parse_text(w(key, **values), "HTML").text


def saw(person: Person, w: Words, key: str, **values: object) -> bool:
    """Whether any message in the chat shows this text."""
    return any(shown(w, key, **values) in text for text in person.texts)


async def tap_key(person: Person, w: Words, key: str) -> None:
    """Tap the newest button labelled with this text."""
    await person.tap(w.plain(key))


async def plan_in(person: Person, w: Words) -> None:
    """/start, the safety screen answered 'none', the symptoms answered plainly: the first plan."""
    await person.say("/start")
    await tap_key(person, w, "onboarding-begin-button")
    await tap_key(person, w, "place-skip-button")  # where they are: asked before the screen
    for group, _, _ in GROUPS:
        await tap_key(person, w, f"question-{group}-option-none")
    await tap_key(person, w, "question-triggers-option-sit_stand")
    await tap_key(person, w, "onboarding-done-button")
    for question in ("leg_pain", "fear_bending", "stiffness"):
        await tap_key(person, w, f"question-{question}-option-no")
    await tap_key(person, w, "onboarding-done-button")  # no cautions
    await tap_key(person, w, "question-coping-option-no")
    await tap_key(person, w, "question-duration-option-under_6w")
    await person.tap("4")  # pain today


async def reminders_in(person: Person, w: Words, city: str = "Berlin") -> None:
    """The city for the zone, and the proposed reminder times accepted."""
    await person.say(city)
    await tap_key(person, w, "reminders-accept-button")


async def short_session(person: Person, w: Words, before: str = "3", after: str = "2") -> None:
    """A session of the plain plan with the pelvic lift skipped and the ten back extensions
    counted: finished, pain before and after (the first session of a week asks "anything new?"
    first: nothing new)."""
    await person.say("/session")
    if w.plain("care-recheck-none-button") in person.buttons_now:
        await tap_key(person, w, "care-recheck-none-button")
    await person.tap(before)
    await tap_key(person, w, "session-skip-button")
    await tap_key(person, w, "session-start-button")
    for _ in range(2):
        await tap_key(person, w, "session-add-five-button")
    await tap_key(person, w, "session-set-done-button")
    await person.tap(after)


async def answer_support(person: Person, w: Words, answers: dict[str, str]) -> None:
    """The nine support-need questions, each answered by its code (in question order)."""
    for value in answers.values():
        await tap_key(person, w, f"support-option-{value}")


async def lesson_rows(db, user_id: int) -> dict[str, LessonProgress]:
    """The person's lesson progress, by lesson."""
    async with db.transaction() as tx:
        rows = await tx.scalars(select(LessonProgress).where(LessonProgress.user_id == user_id))
        return {row.lesson_id: row for row in rows}


async def quiz_answers(db, user_id: int) -> list[tuple[str, str, bool]]:
    """(lesson, answer code, right) of every answer, in order."""
    async with db.transaction() as tx:
        query = select(LessonAnswer).where(LessonAnswer.user_id == user_id)
        rows = await tx.scalars(query.order_by(LessonAnswer.id))
        return [(row.lesson_id, row.answer, row.correct) for row in rows]


async def support_checks(db, user_id: int) -> list[SupportCheck]:
    """The person's finished support-need rounds, oldest first."""
    async with db.transaction() as tx:
        query = select(SupportCheck).where(SupportCheck.user_id == user_id)
        return list(await tx.scalars(query.order_by(SupportCheck.id)))


async def add_learning(session, user_id: int, now) -> None:
    """A lesson read and answered, and a finished round of the support-need questions."""
    from storage.lesson_models import SupportOffer, SupportRound

    session.add(
        LessonProgress(
            user_id=user_id, lesson_id="pacing", offered_at=now, opened_at=now,
            last_opened_at=now, openings=1,
        )
    )  # fmt: skip
    session.add(
        LessonAnswer(user_id=user_id, lesson_id="pacing", opening=1, answer="steady", correct=True)
    )
    answers = "leg=no,elsewhere=no,walking=no,dressing=no,fear=yes,worry=no,hopeless=no,mood=no"
    check = SupportCheck(
        user_id=user_id, taken_at=now, score=1, group="lower", answers=f"{answers},bother=slightly"
    )
    session.add(check)
    await session.flush()
    session.add(
        SupportRound(user_id=user_id, started_at=now, answers=check.answers, check_id=check.id)
    )
    session.add(SupportOffer(user_id=user_id, offered_at=now, next_at=now))
