"""The check-in in the chat: one question a message, answers stored the moment they are tapped."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from coach.checkin import SYMPTOM_QUESTIONS, Safety, next_question, progress, safety
from coach.plan import Lock, Plan, plan_changes, plan_for
from content import Content
from content.texts import fill
from handlers.callback_data import encode, pattern
from handlers.context import CoachContext
from handlers.keyboards import button, grid, single
from handlers.plan_view import changes_text, plan_text
from handlers.reminders import offer_reminders
from handlers.replies import read_tap, reject_forged, reply
from storage.checkins import (
    answers_of,
    clear,
    complete,
    current_checkin,
    draft_of,
    latest_completed,
    save_answer,
)
from storage.models import Checkin, User
from storage.plans import plan_of
from storage.users import get_user

ANSWER = "ck"  # ck:<checkin>:<question>:<value | +option | -option | ~done>
CLEARED = "clr"  # clr:<checkin>
DONE = "~done"


def question_view(
    content: Content, checkin_id: int, question_id: str, answers: dict[str, str], draft: str = ""
) -> tuple[str, InlineKeyboardMarkup]:
    """The text and buttons of one question."""
    question = content.question(question_id)
    text = question.text
    if question_id in SYMPTOM_QUESTIONS:
        done, total = progress(answers)
        header = fill(content.texts.onboarding.progress_header, done=done + 1, total=total)
        text = f"{header}\n{text}"
    if not question.multiple:
        buttons = [
            button(o.label, encode(ANSWER, checkin_id, question_id, o.value))
            for o in question.options
        ]
        return text, grid(buttons, question.row_width)
    picked = set(filter(None, draft.split(",")))
    mark = content.texts.onboarding.selected_mark
    buttons = [
        button(
            f"{mark}{o.label}" if o.value in picked else o.label,
            encode(ANSWER, checkin_id, question_id, ("-" if o.value in picked else "+") + o.value),
        )
        for o in question.options
    ]
    buttons.append(
        button(content.texts.onboarding.done_button, encode(ANSWER, checkin_id, question_id, DONE))
    )
    return text, grid(buttons, question.row_width)


async def send_question(
    context: CoachContext, chat_id: int, checkin_id: int, answers: dict[str, str], draft: str = ""
) -> None:
    """Post the next unanswered question."""
    question_id = next_question(answers)
    if question_id is None:
        return
    text, markup = question_view(context.content, checkin_id, question_id, answers, draft)
    await context.bot.send_message(chat_id, text, reply_markup=markup)


async def resend_current_question(context: CoachContext, user: User, checkin: Checkin) -> None:
    """Ask again whatever the person has not answered yet (after a nudge or a restart)."""
    async with context.db.transaction() as session:
        answers = await answers_of(session, checkin.id)
        question_id = next_question(answers)
        draft = await draft_of(session, checkin.id, question_id) if question_id else None
    await send_question(context, user.chat_id, checkin.id, answers, draft or "")


@dataclass
class Outcome:
    """What one tap changed, worked out inside the transaction, rendered after it."""

    toast: str | None = None
    chosen: str | None = None  # label to echo under the answered question
    redraw: str | None = None  # draft to redraw a multiple-choice keyboard with
    answers: dict[str, str] = field(default_factory=dict)
    urgent_now: bool = False
    finished: bool = False
    plan: Plan | None = None
    previous_plan: Plan | None = None
    had_plan: bool = False


async def _finish(session: AsyncSession, user: User, checkin: Checkin, outcome: Outcome) -> None:
    """Close the check-in and work out the new plan and the old one it replaces."""
    await complete(session, checkin)
    outcome.finished = True
    outcome.plan = plan_for(outcome.answers, cleared=False)
    previous = await latest_completed(session, user.id, before_id=checkin.id)
    if previous is not None:
        outcome.had_plan = True
        outcome.previous_plan = await plan_of(session, user, previous)
    # A finished check-in decides afresh whether bending is paused (after reading the old plan).
    user.bending_paused_at = None


def _apply_choice(
    content: Content, question_id: str, value: str, draft: str
) -> tuple[str, bool] | None:
    """(new value, final) for a tap, or None if the value is not one of the options."""
    question = content.questions[question_id]
    options = {o.value for o in question.options}
    if not question.multiple:
        return (value, True) if value in options else None
    picked = [v for v in draft.split(",") if v]
    if value == DONE:
        return ",".join(picked), True
    sign, option = value[:1], value[1:]
    if option not in options or sign not in "+-":
        return None
    chosen = set(picked) | {option} if sign == "+" else set(picked) - {option}
    # Keep the options' order so the stored answer reads the same however it was tapped.
    return ",".join(o.value for o in question.options if o.value in chosen), False


async def _record_tap(
    context: CoachContext, user_id: int, checkin_id: int, question_id: str, value: str
) -> Outcome | None:
    """Validate and store one tap; None means it was forged."""
    content = context.content
    texts = content.texts
    async with context.db.transaction() as session:
        checkin = await session.get(Checkin, checkin_id)
        user = await get_user(session, user_id)
        if checkin is None or user is None or checkin.user_id != user_id:
            return None
        if question_id not in content.questions:
            return None
        latest = await current_checkin(session, user_id)
        answers = await answers_of(session, checkin_id)
        if question_id in answers:
            return Outcome(toast=texts.onboarding.answered_already)
        if latest is None or latest.id != checkin_id or checkin.completed_at is not None:
            return Outcome(toast=texts.common.stale_button)
        if question_id != next_question(answers):
            return Outcome(toast=texts.common.stale_button)
        draft = await draft_of(session, checkin_id, question_id) or ""
        applied = _apply_choice(content, question_id, value, draft)
        if applied is None:
            return None
        new_value, final = applied
        await save_answer(session, checkin_id, question_id, new_value, final=final)
        if not final:
            return Outcome(redraw=new_value, answers=answers)
        before = safety(answers)
        answers[question_id] = new_value
        question = content.question(question_id)
        labels = [question.label_of(v) for v in new_value.split(",") if v] or ["-"]
        outcome = Outcome(chosen=", ".join(labels), answers=answers)
        outcome.urgent_now = before is None and safety(answers) is Safety.URGENT
        if next_question(answers) is None:
            await _finish(session, user, checkin, outcome)
        return outcome


async def answer_tapped(update: Update, context: CoachContext) -> None:
    """A tap on a check-in answer button."""
    query = update.callback_query
    assert query is not None and query.message is not None
    tap = await read_tap(update, context, ANSWER, int, str, str)
    if tap is None:
        return
    checkin_id, question_id, value = tap.id(0), tap.word(1), tap.word(2)
    outcome = await _record_tap(context, query.from_user.id, checkin_id, question_id, value)
    if outcome is None:
        await reject_forged(update, context)
        return
    await query.answer(outcome.toast)
    if outcome.toast:
        return
    chat_id = query.message.chat.id
    if outcome.redraw is not None:
        _, markup = question_view(
            context.content, checkin_id, question_id, outcome.answers, outcome.redraw
        )
        await query.edit_message_reply_markup(markup)
        return
    question = context.content.question(question_id)
    await query.edit_message_text(f"{question.text}\n\n<i>→ {fill('{c}', c=outcome.chosen)}</i>")
    if outcome.urgent_now:
        await reply(context, chat_id, context.content.texts.onboarding.urgent)
    if outcome.finished:
        await _send_result(context, chat_id, checkin_id, outcome)
    else:
        await send_question(context, chat_id, checkin_id, outcome.answers)


async def _send_result(
    context: CoachContext, chat_id: int, checkin_id: int, outcome: Outcome
) -> None:
    """Tell the person what the finished check-in means for them."""
    texts = context.content.texts
    plan = outcome.plan
    if plan is None or plan.lock is Lock.EMERGENCY:
        await reply(context, chat_id, texts.onboarding.emergency)
        return
    if plan.lock is Lock.AWAITING_CLEARANCE:
        await send_locked_plan(context, chat_id, checkin_id, plan)
        return
    await reply(context, chat_id, plan_text(context.content, plan))
    if outcome.had_plan:
        changes = plan_changes(outcome.previous_plan, plan)
        await reply(context, chat_id, changes_text(context.content, changes))
    previous = outcome.previous_plan
    if previous is None or previous.lock is not None:
        # The first plan the person can use: now reminders make sense.
        await offer_reminders(context, chat_id)


async def send_locked_plan(
    context: CoachContext, chat_id: int, checkin_id: int, plan: Plan
) -> None:
    """The plan behind its lock, with the button to confirm a clinician's clearance."""
    texts = context.content.texts.onboarding
    await reply(context, chat_id, plan_text(context.content, plan))
    await reply(
        context,
        chat_id,
        texts.urgent_more,
        reply_markup=single(texts.cleared_button, encode(CLEARED, checkin_id)),
    )


async def clearance_tapped(update: Update, context: CoachContext) -> None:
    """'A clinician cleared me': unlock the plan of that check-in."""
    query = update.callback_query
    assert query is not None and query.message is not None
    tap = await read_tap(update, context, CLEARED, int)
    if tap is None:
        return
    checkin_id = tap.id(0)
    texts = context.content.texts
    async with context.db.transaction() as session:
        checkin = await session.get(Checkin, checkin_id)
        user = await get_user(session, query.from_user.id)
        if checkin is None or user is None or checkin.user_id != user.id:
            plan, toast = None, "forged"
        elif checkin.completed_at is None or (await current_checkin(session, user.id)) != checkin:
            plan, toast = None, texts.common.stale_button
        else:
            plan_before = await plan_of(session, user, checkin)
            if plan_before is None or plan_before.lock is not Lock.AWAITING_CLEARANCE:
                plan, toast = None, texts.onboarding.not_urgent_now
            else:
                await clear(session, checkin)
                plan, toast = await plan_of(session, user, checkin), None
    if toast == "forged":
        await reject_forged(update, context)
        return
    await query.answer(toast)
    if plan is None:
        return
    await query.edit_message_reply_markup(None)
    await reply(context, query.message.chat.id, texts.onboarding.cleared)
    await reply(context, query.message.chat.id, plan_text(context.content, plan))
    await offer_reminders(context, query.message.chat.id)


HANDLERS = [
    CallbackQueryHandler(answer_tapped, pattern=pattern(ANSWER)),
    CallbackQueryHandler(clearance_tapped, pattern=pattern(CLEARED)),
]
