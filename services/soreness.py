"""Before the first exercise: did yesterday's soreness settle, and anything new this week?"""

from __future__ import annotations

from dataclasses import dataclass

from coach.events import Moved, RecheckAnswered, SettledAnswered
from coach.pain_path import PainOutcome, Pause
from coach.progression import Eased
from coach.session import Status
from coach.steps import AFTER_THE_SCORE, WEEKLY
from coach.summary import Summary, summarise
from content.words import Notice
from services.base import Forged, Person, Services, Stale, meet, owned
from services.closing import follow_pain_path
from services.session import load_state, time_it, transition
from storage.base import utcnow
from storage.session_models import ExerciseSession

# After a rise, the one question "anything new besides the pain?": just the pain, or not sure.
JUST_PAIN, UNSURE = "pain", "unsure"


@dataclass(frozen=True)
class SettledAnswer:
    """The answer about yesterday's soreness: the pain path's outcome, and the exercises eased."""

    moved: Moved
    summary: Summary  # the session the answer is about
    outcome: PainOutcome
    eased: Eased


async def answer_settled(
    services: Services, person: Person, session_id: int, settled: bool
) -> Forged | Stale | SettledAnswer:
    """Yesterday's rise settled (it counts as a clean session) or not (it counts against)."""
    async with services.db.transaction() as tx:
        moved = await transition(tx, services, person, session_id, SettledAnswered(settled))
        if not isinstance(moved, Moved):
            return moved
        sore = await tx.get(ExerciseSession, moved.after.settle_of or 0)
        assert sore is not None
        sore.sore_settled = settled
        that = summarise(await load_state(tx, sore, services.content))
        outcome, moves = await follow_pain_path(
            tx,
            services,
            person.user_id,
            that,
            (sore.id, session_id),
            settled=settled,
            quick=sore.quick,
        )
        if isinstance(outcome, Pause):
            today = await tx.get(ExerciseSession, session_id)
            if today is not None:
                today.status = Status.ABANDONED  # the plan waits: no exercises today
    time_it(services, session_id, person.chat_id, moved)
    return SettledAnswer(moved, that, outcome, moves.easier)


async def answer_recheck(
    services: Services, person: Person, session_id: int, new: bool
) -> Forged | Stale | Moved | None:
    """'Anything new?': in a session that asks it, its answer; after a session, a plain record.

    None: the answer was taken outside a session's own question (after a worse session).
    """
    async with services.db.transaction() as tx:
        row = await owned(tx, ExerciseSession, session_id, person.user_id)
        if row is None:
            return Forged()
        if not new:
            (await meet(tx, person)).screened_at = utcnow()
        if row.recheck not in (WEEKLY, *AFTER_THE_SCORE):
            return None
        moved = await transition(tx, services, person, session_id, RecheckAnswered(new))
    if isinstance(moved, Moved):
        time_it(services, session_id, person.chat_id, moved)
    return moved


async def answer_rise(
    services: Services, person: Person, session_id: int, new: bool
) -> Forged | Stale | bool:
    """After a rise, "anything new besides the pain?": kept on the session; True when the person
    is not sure or says yes (the warning signs come next)."""
    async with services.db.transaction() as tx:
        row = await owned(tx, ExerciseSession, session_id, person.user_id)
        if row is None:
            return Forged()
        if row.recheck in (JUST_PAIN, UNSURE):
            return Stale(Notice("session-already-noted"))
        row.recheck = UNSURE if new else JUST_PAIN
    return new


async def own_session(services: Services, person: Person, session_id: int) -> Forged | bool:
    """True when the session a button names is the person's (the warning signs are theirs)."""
    async with services.db.transaction() as tx:
        row = await owned(tx, ExerciseSession, session_id, person.user_id)
    return Forged() if row is None else True
