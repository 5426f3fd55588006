"""/report: one optional typed question (and the name to print), then the report is made.

What we wait for is kept on the person's row (`users.awaiting`) and the request on its own row,
so a restart between the question and the answer loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from coach.awaiting import Awaiting
from coach.report import NAME_LIMIT, QUESTION_LIMIT, one_line
from content.words import Notice
from services.base import Forged, Person, Services, Stale, meet, owned
from services.report_facts import ReportFacts, facts_of
from storage.base import utcnow
from storage.checkins import latest_completed
from storage.models import User
from storage.report_models import ReportRequest
from storage.reports import new_request, open_request
from storage.signs import signs_of


@dataclass(frozen=True)
class ReportAsked:
    """The question is asked: the request, and the name the report will carry."""

    request_id: int
    name: str


@dataclass(frozen=True)
class NameAsked:
    """The person wants another name printed: we wait for it."""

    request_id: int


@dataclass(frozen=True)
class NothingYet:
    """No check-in finished and no warning sign told: there is nothing to report."""


def _name_on(user: User, request: ReportRequest) -> ReportAsked:
    """What the question message says about the name."""
    return ReportAsked(request.id, request.print_name or user.first_name)


async def ask_for_report(services: Services, person: Person) -> NothingYet | ReportAsked:
    """/report: a new request, and we wait for the question (or Skip)."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        if await latest_completed(tx, user.id) is None and not await signs_of(tx, user.id):
            return NothingYet()
        request = await new_request(tx, user.id, utcnow())
        user.awaiting = Awaiting.REPORT_QUESTION
        return _name_on(user, request)


async def _open(tx: AsyncSession, user_id: int, request_id: int) -> Forged | Stale | ReportRequest:
    """The request a button names, when it is the person's and still open."""
    request = await owned(tx, ReportRequest, request_id, user_id)
    if request is None:
        return Forged()
    if request.made_at is not None:
        return Stale(Notice("report-made-already"))
    return request


async def ask_for_name(
    services: Services, person: Person, request_id: int
) -> Forged | Stale | NameAsked:
    """'Print another name': we wait for the name."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        request = await _open(tx, user.id, request_id)
        if not isinstance(request, ReportRequest):
            return request
        user.awaiting = Awaiting.REPORT_NAME
        return NameAsked(request.id)


def _problem(text: str, limit: int, empty: str, too_long: str) -> Notice | None:
    """Why a typed line cannot be used, or None if it can."""
    if not text:
        return Notice(empty)
    if len(text) > limit:
        return Notice(too_long, {"limit": limit, "length": len(text)})
    return None


async def name_typed(services: Services, person: Person, text: str) -> Notice | ReportAsked:
    """The typed name to print: kept, and the question asked again."""
    name = one_line(text)
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        request = await open_request(tx, user.id)
        if request is None:
            user.awaiting = None  # the report was made elsewhere: stop waiting for a name
            return Notice("common-not-understood")
        problem = _problem(name, NAME_LIMIT, "report-name-empty", "report-name-too-long")
        if problem is not None:
            return problem
        request.print_name = name
        user.awaiting = Awaiting.REPORT_QUESTION
        return _name_on(user, request)


async def _make(tx: AsyncSession, user: User, request: ReportRequest) -> ReportFacts:
    """The request is answered: we stop waiting, and the report is worked out."""
    now = utcnow()
    request.made_at = now
    user.awaiting = None
    name = request.print_name or user.first_name
    return await facts_of(tx, user, name, request.question, now)


async def question_typed(services: Services, person: Person, text: str) -> Notice | ReportFacts:
    """The typed question for the clinician: kept, and the report made."""
    question = one_line(text)
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        request = await open_request(tx, user.id)
        if request is None:
            user.awaiting = None
            return Notice("common-not-understood")
        problem = _problem(
            question, QUESTION_LIMIT, "report-question-empty", "report-question-too-long"
        )
        if problem is not None:
            return problem
        request.question = question
        return await _make(tx, user, request)


async def skip_question(
    services: Services, person: Person, request_id: int
) -> Forged | Stale | ReportFacts:
    """'Skip': the report without a question."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        request = await _open(tx, user.id, request_id)
        if not isinstance(request, ReportRequest):
            return request
        return await _make(tx, user, request)
