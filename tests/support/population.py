"""Many people at once, written straight into the tables, for the outcomes across everyone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from coach.care_log import CareKind
from storage.models import Checkin
from tests.support.history import add_person, add_session
from tests.support.reports import add_care, add_function_checks, add_sign


@dataclass
class Someone:
    """One person's path: when they started, how long they kept at it, what happened."""

    user_id: int
    weeks_ago: int  # started this many weeks before `now`
    weeks_active: int  # sessions (one a day) in this many weeks from the start
    pain_from: int = 7
    pain_to: int = 4
    function: tuple[int, ...] = ()  # a rating every two weeks from the start
    signs: dict[str, bool] = field(default_factory=dict)  # sign -> cleared
    care: tuple[CareKind, ...] = ()


async def add_someone(session, someone: Someone, now: datetime) -> None:
    """The person, their finished first check-in, a session a day, checks, signs and care."""
    uid = someone.user_id
    started = now - timedelta(weeks=someone.weeks_ago)
    await add_person(session, uid, f"Person {uid}", "Europe/London")
    session.add(Checkin(user_id=uid, started_at=started, completed_at=started))
    days = 7 * someone.weeks_active
    for day in range(days):
        share = day / max(days - 1, 1)
        pain = round(someone.pain_from + (someone.pain_to - someone.pain_from) * share)
        at = started + timedelta(days=day, hours=1)
        await add_session(session, uid, at, pain, max(0, pain - 1))
    if someone.function:
        first = started + timedelta(hours=2)
        await add_function_checks(session, uid, f"secret chore of {uid}", someone.function, first)
    for sign, cleared in someone.signs.items():
        add_sign(session, uid, sign, started, started + timedelta(days=1) if cleared else None)
    for number, kind in enumerate(someone.care):
        add_care(session, uid, kind, started + timedelta(days=number + 1))


FLARE, PAUSED = CareKind.FLARE, CareKind.PAUSED


def a_population() -> list[Someone]:
    """Six people twelve weeks in (one stopped after six), two who started two weeks ago."""
    people = [
        Someone(
            3000 + n, weeks_ago=12, weeks_active=12, function=(3, 4, 5, 6, 7, 7),
            signs={"ur_fever": True, **({"em_chest": False} if n <= 2 else {})},
            care=(FLARE, FLARE) if n == 1 else (FLARE, PAUSED) if n in (3, 4) else (FLARE,),
        )
        for n in range(1, 6)
    ]  # fmt: skip
    people.append(
        Someone(3006, 12, 6, pain_to=6, function=(3, 3, 4), signs={"ur_fever": False},
                care=(FLARE,))
    )  # fmt: skip
    people += [Someone(3007, 2, 2), Someone(3008, 2, 2)]
    return people
