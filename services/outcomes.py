"""The outcomes across everyone: read, made anonymous, and worked out; and who may see them.

User ids are used only inside this module to gather each person's rows into one Journey; what
leaves it (coach.outcomes.Outcomes) holds no id, no name and no typed text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from coach.care_log import CareKind
from coach.outcomes import Journey, Outcomes, outcomes
from coach.report import tier_of_sign
from coach.safety import Tier
from services.base import Services
from storage import Database
from storage.base import utcnow
from storage.outcomes import (
    care_kinds,
    finished_sessions,
    function_means,
    lessons_done,
    signs_told,
    starts,
)
from storage.support import support_rounds


@dataclass(frozen=True)
class Operators:
    """Who may see the outcomes: the ids in OPERATOR_IDS, or everyone (the local chat)."""

    ids: frozenset[int] = frozenset()
    everyone: bool = False

    def admit(self, user_id: int) -> bool:
        """Whether this person runs the bot."""
        return self.everyone or user_id in self.ids


def _day(at: datetime, start: datetime) -> int:
    """Whole days from a person's start (UTC days: the figures are about groups)."""
    return (at.astimezone(UTC).date() - start.astimezone(UTC).date()).days


def _day(at: datetime, start: datetime | None) -> int:
    """Whole days from a person's start (UTC days: the figures are about groups)."""
    if start is None:
        return 0
    return (at.astimezone(UTC).date() - start.astimezone(UTC).date()).days


@dataclass
class _Rows:
    """One person's rows while they are gathered (inside this module only)."""

    started: datetime | None = None
    sessions: list[tuple[int, int | None]] = field(default_factory=list)
    function: list[tuple[int, float]] = field(default_factory=list)
    support: list[tuple[int, int, str]] = field(default_factory=list)
    signs: list[tuple[Tier, bool]] = field(default_factory=list)
    care: list[CareKind] = field(default_factory=list)

    def journey(self, lessons: int) -> Journey:
        """The person as the outcomes see them: no id, no name, no words of theirs."""
        return Journey(
            started=self.started.astimezone(UTC).date() if self.started else None,
            sessions=tuple(self.sessions),
            function=tuple(self.function),
            support=tuple(self.support),
            signs=tuple(self.signs),
            care=tuple(self.care),
            lessons=lessons,
        )


async def _gather(tx: AsyncSession) -> dict[int, _Rows]:
    """Everyone's rows, by person, with days counted from each start."""
    people: dict[int, _Rows] = defaultdict(_Rows)
    for who, at in (await starts(tx)).items():
        people[who].started = at
    for who, at, pain in await finished_sessions(tx):
        start = people[who].started if who in people else None
        if start is not None and at >= start:
            people[who].sessions.append((_day(at, start), pain))
    for who, at, mean in await function_means(tx):
        if who in people:
            people[who].function.append((_day(at, people[who].started), mean))
    for who, at, score, group in await support_rounds(tx):
        if who in people:
            people[who].support.append((_day(at, people[who].started), score, group))
    for who, sign, cleared in await signs_told(tx):
        tier = tier_of_sign(sign)
        if tier is not None:
            people[who].signs.append((tier, cleared))
    for who, kind in await care_kinds(tx):
        if kind in set(CareKind):
            people[who].care.append(CareKind(kind))
    return people


async def outcomes_in(db: Database) -> Outcomes:
    """Every outcome figure as of now, from this database."""
    now = utcnow()
    async with db.transaction() as tx:
        people = await _gather(tx)
        lessons = await lessons_done(tx)
    journeys = [rows.journey(lessons.get(who, 0)) for who, rows in people.items()]
    return outcomes(journeys, now.date())


async def outcomes_now(services: Services) -> Outcomes:
    """/outcomes."""
    return await outcomes_in(services.db)
