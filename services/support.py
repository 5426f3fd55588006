"""How the back is affecting the person: offering the questions, each tap, the result.

Offered once after the first plan (opt-in) and then every four weeks; each answer is written
the moment it is tapped (a round under way survives a restart); a finished round becomes a
`support_checks` row whose group shapes the lessons and the pace of the ladders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from coach.reminders import day_bounds
from coach.support import (
    MOOD,
    RECHECK_AFTER,
    Scored,
    SupportQuestion,
    decode,
    due,
    encode,
    fits,
    next_question,
    score,
)
from coach.timezones import zone_named
from services.base import Forged, Notice, Person, Services, Stale, country_of_user, meet, owned
from services.plan import current_plan
from storage.base import utcnow
from storage.lesson_models import SupportOffer, SupportRound
from storage.lessons import (
    finish_round,
    open_round,
    start_round,
    support_checks_of,
    support_offer_of,
)
from storage.models import User


@dataclass(frozen=True)
class SupportAsk:
    """The offer of the questions: before any round, or a re-check weeks after one."""

    again: bool


async def offer_if_due(
    tx: AsyncSession, user: User, now: datetime, *, first_only: bool = False
) -> SupportAsk | None:
    """Offer the questions when they are due and the plan is open; the offer is stored."""
    plan = await current_plan(tx, user)
    if plan is None or plan.lock is not None:
        return None
    offer = await support_offer_of(tx, user.id)
    start, _ = day_bounds(now, zone_named(user.time_zone))
    if (first_only and offer.offered_at is not None) or not due(
        now, offer.next_at, offer.offered_at, start
    ):
        return None
    again = bool(await support_checks_of(tx, user.id))  # "four weeks on" needs a round before
    # Taken, declined or let pass: the next offer comes four weeks on either way.
    offer.offered_at, offer.next_at = now, now + RECHECK_AFTER
    return SupportAsk(again=again)


async def offer_after_setup(services: Services, user_id: int) -> SupportAsk | None:
    """The first offer, once the reminders are set up (the end of the first day's setup)."""
    async with services.db.transaction() as tx:
        user = await tx.get(User, user_id)
        if user is None:
            return None
        return await offer_if_due(tx, user, utcnow(), first_only=True)


@dataclass(frozen=True)
class Asked:
    """The next question of a round (and, after a low-mood yes, the help to show first)."""

    round_id: int
    question: SupportQuestion
    number: int  # 1-based
    country: str | None  # whose numbers the mood help names
    mood_help: bool = False


@dataclass(frozen=True)
class Declined:
    """'Maybe later': asked again in four weeks."""


@dataclass(frozen=True)
class Finished:
    """A finished round: its score and group, the one before it, and whether mood needs help."""

    scored: Scored
    previous: tuple[int, str] | None  # score and group of the round before
    country: str | None  # whose numbers the mood help names
    mood_help: bool = False


def _asked(row: SupportRound, country: str | None, *, mood_help: bool = False) -> Asked | None:
    """The round's next question (None once all are answered)."""
    answers = decode(row.answers)
    question = next_question(answers)
    if question is None:
        return None
    return Asked(row.id, question, len(answers) + 1, country, mood_help)


async def choose(
    services: Services, person: Person, choice: Literal["yes", "later"]
) -> Stale | Asked | Declined:
    """'Yes, ask me' (a round begins, or the one under way carries on) or 'Maybe later'."""
    now = utcnow()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        offer = await support_offer_of(tx, user.id)
        if choice == "later":
            offer.offered_at, offer.next_at = offer.offered_at or now, now + RECHECK_AFTER
            return Declined()
        plan = await current_plan(tx, user)
        if plan is None or plan.lock is not None:
            return Stale(Notice("support-held"))
        row = await open_round(tx, user.id)
        if row is None:
            checks = await support_checks_of(tx, user.id)
            if checks and now - checks[-1].taken_at < RECHECK_AFTER / 2:
                return Stale(Notice("support-recently-done"))
            row = await start_round(tx, user.id, now)
        offer.offered_at = offer.offered_at or now
        asked = _asked(row, country_of_user(user))
        assert asked is not None  # an open round always has a question left
        return asked


async def answer(
    services: Services, person: Person, round_id: int, question_id: str, value: str
) -> Forged | Stale | Asked | Finished:
    """One tapped answer, stored at once; the next question, or the finished round."""
    if not fits(question_id, value):
        return Forged()
    now = utcnow()
    async with services.db.transaction() as tx:
        row = await owned(tx, SupportRound, round_id, person.user_id, with_for_update=True)
        user = await tx.get(User, person.user_id)
        if row is None or user is None:
            return Forged()
        answers = decode(row.answers)
        waiting = next_question(answers)
        if row.check_id is not None or waiting is None or waiting.id != question_id:
            return Stale(Notice("support-already-noted"))
        answers[question_id] = value
        row.answers = encode(answers)
        mood_help = question_id == MOOD and value == "yes"
        asked = _asked(row, country_of_user(user), mood_help=mood_help)
        if asked is not None:
            return asked
        return await _finish(tx, row, user, now, mood_help=mood_help)


async def _finish(
    tx: AsyncSession, row: SupportRound, user: User, now: datetime, *, mood_help: bool
) -> Finished:
    """Score the round, keep it as a check, and set the next one four weeks on."""
    earlier = await support_checks_of(tx, user.id)
    scored = score(decode(row.answers))
    await finish_round(tx, row, scored.score, scored.group.value, now)
    offer = await support_offer_of(tx, user.id)
    offer.next_at = now + RECHECK_AFTER
    previous = (earlier[-1].score, earlier[-1].group) if earlier else None
    return Finished(scored, previous, country_of_user(user), mood_help)


@dataclass(frozen=True)
class SupportSummary:
    """For /progress: the first and latest rounds (score, group, local day), and if it's due."""

    first: tuple[int, str, date] | None
    latest: tuple[int, str, date] | None
    due: bool


async def support_summary(
    tx: AsyncSession, user_id: int, now: datetime, zone: tzinfo
) -> SupportSummary | None:
    """The support-need rounds so far, for /progress (read only)."""
    checks = await support_checks_of(tx, user_id)
    offer = await tx.get(SupportOffer, user_id)
    if offer is None or offer.offered_at is None:
        return None  # not offered yet: it comes after the setup or the first session
    due_now = not checks or (offer.next_at is not None and offer.next_at <= now)
    if not checks:
        return SupportSummary(None, None, due_now)
    first, latest = checks[0], checks[-1]
    return SupportSummary(
        (first.score, first.group, first.taken_at.astimezone(zone).date()),
        (latest.score, latest.group, latest.taken_at.astimezone(zone).date()),
        due_now,
    )
