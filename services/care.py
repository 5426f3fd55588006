"""After a second bad session: going on with a clinician's OK or with the gentle plan; /flare."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from coach.care_log import CareKind
from coach.plan import Plan
from coach.reminders import NUDGES
from coach.timezones import zone_named
from content.words import Notice
from services.base import Person, Services, Stale, country_of_user, meet
from services.plan import current_plan
from services.reminders import schedule
from storage.base import utcnow
from storage.reminders import reminders_of
from storage.reports import note_care


@dataclass(frozen=True)
class Resumed:
    """The plan is open again (the full one, or the gentle one), and the nudges are back."""

    plan: Plan | None
    gentle: bool


async def resume_after_pause(
    services: Services, person: Person, choice: Literal["seen", "gentle"]
) -> Stale | Resumed:
    """'I've seen a clinician' or 'Try the gentle plan': the pause for pain ends."""
    now = utcnow()
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        if user.paused_for_pain_at is None:
            return Stale(Notice("care-not-paused"))
        user.paused_for_pain_at = None
        user.gentle_plan = choice == "gentle"
        ended = CareKind.RESUMED_GENTLE if user.gentle_plan else CareKind.RESUMED_SEEN
        await note_care(tx, user.id, ended, now)
        zone = zone_named(user.time_zone)
        for row in (await reminders_of(tx, user.id)).values():
            if row.kind in NUDGES and row.paused:
                row.paused = False
                schedule(row, zone, now)
        await tx.flush()
        return Resumed(await current_plan(tx, user), user.gentle_plan)


async def open_flare_plan(services: Services, person: Person) -> str | None:
    """/flare: noted (a report and the outcomes count flare-ups); the person's country."""
    async with services.db.transaction() as tx:
        user = await meet(tx, person)
        await note_care(tx, user.id, CareKind.FLARE, utcnow())
        return country_of_user(user)
