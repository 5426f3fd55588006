"""The function check (PSFS): name up to three hard activities, rate them 0-10, re-rate later."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from coach.progress import (
    MAX_ACTIVITIES,
    SCORE_RANGE,
    CheckStep,
    FunctionSummary,
    StepKind,
    local_day,
    local_midnight,
    next_check_step,
)
from content import Content
from content.texts import Markup, fill
from handlers.callback_data import encode, pattern
from handlers.context import CoachContext
from handlers.free_text import expects
from handlers.keyboards import button, grid, single
from handlers.progress_view import change_line, day_text, verdict_text
from handlers.replies import read_tap, reply, settle_tap
from storage.base import utcnow
from storage.function_checks import (
    activities_of,
    add_activity,
    complete_check,
    function_summary_of,
    last_completed_at,
    open_check,
    rate,
    rated_in,
    start_check,
)
from storage.function_models import FunctionActivity, FunctionCheck
from storage.models import User
from storage.progress import done_since, zone_of
from storage.users import get_user, touch_user

GO = "fcg"  # fcg:go - start or carry on
RATE = "fcr"  # fcr:<check>:<activity>:<score>
MORE = "fcm"  # fcm:<check>:more | fcm:<check>:end
AWAITING = "psfs_activity"
NAME_LIMIT = 60
SCORE_ROW = 6


@dataclass
class CheckState:
    """An open check: what to ask next, and what was named and rated so far."""

    check_id: int
    step: CheckStep
    first: bool
    names: dict[int, str]
    rated: dict[int, int]
    summary: FunctionSummary | None = None  # set once the check is complete


def offer_markup(content: Content, summary: FunctionSummary) -> InlineKeyboardMarkup | None:
    """A button to start (or carry on with) the check, when one is due or under way."""
    texts = content.texts.function_check
    if summary.in_progress:
        return single(texts.continue_button, encode(GO, "go"))
    if summary.due:
        return single(texts.start_button, encode(GO, "go"))
    return None


async def _state(session: AsyncSession, user_id: int) -> CheckState | None:
    """Where the open check stands (None when no check is under way)."""
    check = await open_check(session, user_id)
    if check is None:
        return None
    first = await last_completed_at(session, user_id) is None
    activities = await activities_of(session, user_id)
    rated = await rated_in(session, check.id)
    step = next_check_step(first, [a.id for a in activities], rated)
    names = {a.id: a.name for a in activities}
    return CheckState(check.id, step, first, names, rated)


async def _advance(session: AsyncSession, user: User, state: CheckState) -> None:
    """Write what the next step needs before it is asked: the awaited text, or the end."""
    if state.step.kind is StepKind.NAME:
        user.awaiting = AWAITING
    elif state.step.kind is StepKind.COMPLETE:
        check = await session.get(FunctionCheck, state.check_id)
        assert check is not None
        await complete_check(session, check)
        await session.flush()
        zone = zone_of(user)
        state.summary = await function_summary_of(session, user.id, utcnow(), zone)


def _rating_question(content: Content, state: CheckState, activity_id: int) -> str:
    """'How well can you <activity> now?' with what 0 and 10 mean."""
    return fill(content.texts.function_check.ask_rating, activity=state.names[activity_id])


def _rating_keyboard(check_id: int, activity_id: int) -> InlineKeyboardMarkup:
    """Buttons 0 to 10 in two rows."""
    scores = [button(str(s), encode(RATE, check_id, activity_id, s)) for s in SCORE_RANGE]
    return grid(scores, SCORE_ROW)


def _done_text(content: Content, state: CheckState) -> str:
    """The result: the starting point after the first check, the change after later ones."""
    texts = content.texts.function_check
    summary = state.summary
    assert summary is not None and summary.next_due is not None
    date = day_text(content, summary.next_due)
    if state.first:
        lines = [fill(texts.first_line, name=c.name, score=c.first) for c in summary.changes]
        return fill(texts.first_done, lines=Markup("\n".join(lines)), date=date)
    lines = [change_line(content, c) for c in summary.changes]
    return fill(
        texts.later_done,
        lines=Markup("\n".join(lines)),
        verdict=Markup(verdict_text(content, summary) or ""),
        date=date,
    )


async def send_step(context: CoachContext, chat_id: int, state: CheckState) -> None:
    """Ask the next question of the check, or show its result."""
    texts = context.content.texts.function_check
    kind = state.step.kind
    if kind is StepKind.NAME:
        await reply(context, chat_id, texts.ask_name_more if state.names else texts.ask_name_first)
    elif kind is StepKind.RATE:
        activity_id = state.step.activity_id
        assert activity_id is not None
        await reply(
            context,
            chat_id,
            _rating_question(context.content, state, activity_id),
            reply_markup=_rating_keyboard(state.check_id, activity_id),
        )
    elif kind is StepKind.MORE:
        more = encode(MORE, state.check_id, "more")
        end = encode(MORE, state.check_id, "end")
        markup = grid([button(texts.more_button, more), button(texts.enough_button, end)], 2)
        count = len(state.names)
        await reply(
            context,
            chat_id,
            fill(texts.ask_more, limit=MAX_ACTIVITIES, count=count),
            reply_markup=markup,
        )
    else:
        await reply(context, chat_id, _done_text(context.content, state))


async def _drop_buttons(update: Update) -> None:
    """Take the buttons off the tapped message (unless an earlier tap already did)."""
    query = update.callback_query
    assert query is not None
    if getattr(query.message, "reply_markup", None):
        await query.edit_message_reply_markup(None)


async def _open(context: CoachContext, user: User) -> CheckState | str:
    """The open check, or a new one when due; a toast naming the date when it is not due yet."""
    texts = context.content.texts.function_check
    async with context.db.transaction() as session:
        stored = await get_user(session, user.id)
        assert stored is not None
        state = await _state(session, user.id)
        if state is None:
            summary = await function_summary_of(session, user.id, utcnow(), zone_of(stored))
            if not summary.due and summary.next_due is not None:
                return fill(texts.not_due, date=day_text(context.content, summary.next_due))
            await start_check(session, user.id)
            state = await _state(session, user.id)
            assert state is not None
        await _advance(session, stored, state)
        return state


async def go_tapped(update: Update, context: CoachContext) -> None:
    """'Do the function check' / 'Carry on': open a check (when due) and ask its next question."""
    query = update.callback_query
    assert query is not None and query.message is not None
    if await read_tap(update, context, GO, str) is None:
        return
    person, chat_id = query.from_user, query.message.chat.id
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
    state = await settle_tap(update, context, await _open(context, user))
    if state is None:
        return
    await _drop_buttons(update)
    await send_step(context, chat_id, state)


async def _rate(
    context: CoachContext, user_id: int, check_id: int, activity_id: int, score: int
) -> CheckState | str | None:
    """Store one rating; the state after it, a toast for a stale tap, or None if forged."""
    texts = context.content.texts.function_check
    async with context.db.transaction() as session:
        user = await get_user(session, user_id)
        check = await session.get(FunctionCheck, check_id)
        activity = await session.get(FunctionActivity, activity_id)
        if user is None or check is None or activity is None or score not in SCORE_RANGE:
            return None
        if check.user_id != user_id or activity.user_id != user_id:
            return None
        if check.completed_at is not None:
            return texts.finished_already
        if not await rate(session, check_id, activity_id, score):
            return texts.answered_already
        state = await _state(session, user_id)
        assert state is not None
        await _advance(session, user, state)
        return state


async def rating_tapped(update: Update, context: CoachContext) -> None:
    """A 0-10 tap: store it, show it under the question, ask what comes next."""
    query = update.callback_query
    assert query is not None and query.message is not None
    tap = await read_tap(update, context, RATE, int, int, SCORE_RANGE)
    if tap is None:
        return
    check_id, activity_id, score = tap.id(0), tap.id(1), tap.id(2)
    outcome = await _rate(context, query.from_user.id, check_id, activity_id, score)
    state = await settle_tap(update, context, outcome)
    if state is None:
        return
    question = _rating_question(context.content, state, activity_id)
    texts = context.content.texts.function_check
    await query.edit_message_text(fill(texts.rated, question=Markup(question), score=score))
    await send_step(context, query.message.chat.id, state)


async def _choose(
    context: CoachContext, user_id: int, check_id: int, more: bool
) -> CheckState | str | None:
    """Add another activity or finish the first check; a toast when stale, None if forged."""
    async with context.db.transaction() as session:
        user = await get_user(session, user_id)
        check = await session.get(FunctionCheck, check_id)
        if user is None or check is None or check.user_id != user_id:
            return None
        state = await _state(session, user_id)
        if state is None or state.check_id != check_id or state.step.kind is not StepKind.MORE:
            return context.content.texts.common.stale_button
        state.step = CheckStep(StepKind.NAME if more else StepKind.COMPLETE)
        await _advance(session, user, state)
        return state


async def more_tapped(update: Update, context: CoachContext) -> None:
    """After the first check's ratings: add another activity, or that's all."""
    query = update.callback_query
    assert query is not None and query.message is not None
    tap = await read_tap(update, context, MORE, int, ("more", "end"))
    if tap is None:
        return
    check_id, choice = tap.id(0), tap.word(1)
    outcome = await _choose(context, query.from_user.id, check_id, choice == "more")
    state = await settle_tap(update, context, outcome)
    if state is None:
        return
    await _drop_buttons(update)
    await send_step(context, query.message.chat.id, state)


def _name_problem(content: Content, name: str) -> str | None:
    """Why a typed activity name cannot be used, or None if it can."""
    texts = content.texts.function_check
    if not name:
        return texts.name_empty
    if len(name) > NAME_LIMIT:
        return fill(texts.name_too_long, limit=NAME_LIMIT)
    return None


async def _name(context: CoachContext, user_id: int, name: str) -> CheckState | str:
    """Store a named activity; a sentence to reply with when it cannot be used."""
    async with context.db.transaction() as session:
        user = await get_user(session, user_id)
        state = await _state(session, user_id)
        assert user is not None
        # MORE: the person tapped "Add another", which only the awaited name records.
        if state is None or state.step.kind not in (StepKind.NAME, StepKind.MORE):
            user.awaiting = None  # the check ended elsewhere: stop waiting for a name
            return context.content.texts.common.not_understood
        problem = _name_problem(context.content, name)
        if problem is not None:
            return problem
        await add_activity(session, user_id, name)
        user.awaiting = None
        state = await _state(session, user_id)
        assert state is not None
        await _advance(session, user, state)
        return state


@expects(AWAITING)
async def activity_named(update: Update, context: CoachContext, user: User, text: str) -> None:
    """The person typed the name of an activity their back makes hard."""
    outcome = await _name(context, user.id, " ".join(text.split()))
    if isinstance(outcome, str):
        await reply(context, user.chat_id, outcome)
        return
    await send_step(context, user.chat_id, outcome)


async def offer_after_session(context: CoachContext, user_id: int) -> InlineKeyboardMarkup | None:
    """A button for under a session's summary: when the check is due, once a day at most."""
    now = utcnow()
    async with context.db.transaction() as session:
        user = await get_user(session, user_id)
        if user is None:
            return None
        zone = zone_of(user)
        summary = await function_summary_of(session, user_id, now, zone)
        today = local_midnight(local_day(now, zone), zone)
        first_today = await done_since(session, user_id, today) == 1
    if not first_today or not (summary.due or summary.in_progress):
        return None
    texts = context.content.texts.function_check
    label = texts.continue_button if summary.in_progress else texts.after_session_button
    return single(label, encode(GO, "go"))


HANDLERS = [
    CallbackQueryHandler(go_tapped, pattern=pattern(GO)),
    CallbackQueryHandler(rating_tapped, pattern=pattern(RATE)),
    CallbackQueryHandler(more_tapped, pattern=pattern(MORE)),
]
