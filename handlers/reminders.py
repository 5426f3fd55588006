"""Reminders in the chat: the time zone question, /reminders, typed times, and nudge buttons."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Message, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from coach.plan import Plan
from coach.reminders import MIDDAY, NUDGES, midday_fits
from coach.timezones import (
    ZoneIndex,
    clock_text,
    fixed_zone_name,
    offset_from_clock,
    parse_clock,
    zone_named,
)
from content.cities import load_city_aliases
from content.texts import fill
from handlers.callback_data import pattern
from handlers.context import CoachContext
from handlers.free_text import expects
from handlers.reminder_view import (
    NUDGE,
    SETTINGS,
    SKIP,
    SNOOZE,
    START,
    cancel_only,
    day_code,
    local_now,
    midday_offer,
    proposal_view,
    settings_view,
    time_question,
    zone_question,
)
from handlers.replies import read_tap, reject_forged, reply
from storage.base import utcnow
from storage.models import User
from storage.plans import current_plan
from storage.reminder_models import Reminder
from storage.reminders import (
    ReminderSettings,
    set_midday,
    set_paused,
    set_time,
    set_weekly,
    set_zone,
    settings_of,
    skip_today,
    snooze,
)
from storage.users import get_user, touch_user

# What `User.awaiting` holds while we wait for typed text.
AWAIT_ZONE = "tz"
AWAIT_CLOCK = "tz_clock"
AWAIT_TIME = {kind: f"rem_{kind}" for kind in NUDGES}
OURS = frozenset({AWAIT_ZONE, AWAIT_CLOCK, *AWAIT_TIME.values()})
ZONES = ZoneIndex.build(load_city_aliases())

# A settings button's action gets the update, the context and the button's argument.
SettingsAction = Callable[[Update, CoachContext, str], Awaitable[None]]


async def offer_reminders(context: CoachContext, chat_id: int) -> None:
    """After the first plan: ask for the person's zone, unless reminders are already set up."""
    async with context.db.transaction() as session:
        # Private chats only: the chat id is the person's id.
        user = await get_user(session, chat_id)
        if user is None or user.time_zone is not None:
            return
        user.awaiting = AWAIT_ZONE
    text, markup = zone_question(context.content, first=True)
    await reply(context, chat_id, text, markup)


async def show_reminders(update: Update, context: CoachContext) -> None:
    """/reminders: the times and zone with buttons to change them, or the zone question."""
    assert update.effective_user and update.effective_chat
    person, chat_id = update.effective_user, update.effective_chat.id
    async with context.db.transaction() as session:
        user = await touch_user(session, person.id, chat_id, person.first_name)
        settings = await settings_of(session, user)
        plan = await current_plan(session, user)
        if not settings.set_up:
            user.awaiting = AWAIT_ZONE
    if not settings.set_up:
        _, markup = zone_question(context.content, first=False)
        await reply(context, chat_id, context.content.texts.reminders.not_set_up, markup)
        return
    text, markup = settings_view(
        context.content, settings, utcnow(), midday_offered=midday_fits(plan)
    )
    await reply(context, chat_id, text, markup)


# ---------------------------------------------------------------------------- typed answers


@expects(AWAIT_ZONE)
async def zone_typed(update: Update, context: CoachContext, user: User, text: str) -> None:
    """A city or zone name: store it, or explain and ask again."""
    zone_name = ZONES.find(text)
    if zone_name is None:
        texts = context.content.texts.reminders
        _, markup = zone_question(context.content, first=False)
        await reply(context, user.chat_id, fill(texts.zone_unknown, text=text[:64]), markup)
        return
    await _apply_zone(context, user, zone_name, AWAIT_ZONE)


@expects(AWAIT_CLOCK)
async def clock_typed(update: Update, context: CoachContext, user: User, text: str) -> None:
    """The person's clock time: the offset from UTC it implies becomes their zone."""
    at = parse_clock(text)
    if at is None:
        texts = context.content.texts.reminders
        await reply(context, user.chat_id, texts.clock_unclear, cancel_only(context.content))
        return
    zone_name = fixed_zone_name(offset_from_clock(at, utcnow()))
    await _apply_zone(context, user, zone_name, AWAIT_CLOCK)


async def _apply_zone(context: CoachContext, person: User, zone_name: str, asked: str) -> None:
    """Store the zone and stop waiting, in one transaction; then show what it means."""
    now = utcnow()
    async with context.db.transaction() as session:
        user = await get_user(session, person.id)
        if user is None or user.awaiting != asked:
            return
        created = await set_zone(session, user, zone_name, now)
        user.awaiting = None
        settings = await settings_of(session, user)
        plan = await current_plan(session, user)
    texts = context.content.texts.reminders
    if created:
        text, markup = proposal_view(context.content, settings, now)
    else:
        confirmed = fill(texts.zone_set, zone=zone_name, now=local_now(zone_name, now))
        await reply(context, person.chat_id, confirmed)
        text, markup = settings_view(
            context.content, settings, now, midday_offered=midday_fits(plan)
        )
    if asked == AWAIT_CLOCK:
        text = f"{text}\n\n<i>{texts.fixed_zone_note}</i>"
    await reply(context, person.chat_id, text, markup)


def _time_answer(kind: str) -> Callable[[Update, CoachContext, User, str], Awaitable[None]]:
    """The handler for a typed time of one nudge."""

    async def time_typed(update: Update, context: CoachContext, person: User, text: str) -> None:
        """A time for this nudge: store it, or explain and ask again."""
        texts = context.content.texts.reminders
        at = parse_clock(text)
        if at is None:
            await reply(context, person.chat_id, texts.clock_unclear, cancel_only(context.content))
            return
        now = utcnow()
        async with context.db.transaction() as session:
            user = await get_user(session, person.id)
            if user is None or user.awaiting != AWAIT_TIME[kind]:
                return
            user.awaiting = None
            if user.time_zone is not None:
                await set_time(session, user, kind, at, now)
            settings = await settings_of(session, user)
            plan = await current_plan(session, user)
        if not settings.set_up:
            await reply(context, person.chat_id, texts.set_up_first)
            return
        slot = texts.slot_names[kind]
        await reply(context, person.chat_id, fill(texts.time_set, slot=slot, at=clock_text(at)))
        view, markup = settings_view(
            context.content, settings, now, midday_offered=midday_fits(plan)
        )
        await reply(context, person.chat_id, view, markup)

    return time_typed


for _kind in NUDGES:
    expects(AWAIT_TIME[_kind])(_time_answer(_kind))


# ---------------------------------------------------------------------------- settings buttons


async def _await(context: CoachContext, user_id: int, awaiting: str | None) -> User | None:
    """Record what typed text we wait for now (None: stop waiting for one of ours)."""
    async with context.db.transaction() as session:
        user = await get_user(session, user_id)
        if user is None:
            return None
        if awaiting is not None or user.awaiting in OURS:
            user.awaiting = awaiting
        return user


async def _drop_buttons(update: Update) -> None:
    """Take the keyboard off the tapped message, once (a second edit would be identical)."""
    query = update.callback_query
    assert query is not None
    if isinstance(query.message, Message) and query.message.reply_markup:
        await query.edit_message_reply_markup(None)


async def _accepted(update: Update, context: CoachContext, _argument: str) -> None:
    """'Sounds good': keep the proposed times; offer the midday nudge if it fits the plan."""
    query = update.callback_query
    assert query is not None
    texts = context.content.texts.reminders
    async with context.db.transaction() as session:
        user = await get_user(session, query.from_user.id)
        settings = await settings_of(session, user) if user else None
        plan = await current_plan(session, user) if user else None
    if settings is None or not settings.set_up:
        await query.answer(texts.set_up_first)
        return
    if isinstance(query.message, Message) and not query.message.reply_markup:
        await query.answer(texts.already_toast)  # a replayed tap: it was accepted already
        return
    await query.answer()
    await _drop_buttons(update)
    await reply(context, query.from_user.id, texts.accepted)
    if midday_fits(plan) and MIDDAY not in settings.times:
        text, markup = midday_offer(context.content)
        await reply(context, query.from_user.id, text, markup)


async def _stop_waiting(update: Update, context: CoachContext, said: str) -> None:
    """Stop waiting for typed text, take the buttons away and say so."""
    query = update.callback_query
    assert query is not None
    await _await(context, query.from_user.id, None)
    await query.answer()
    await _drop_buttons(update)
    await reply(context, query.from_user.id, said)


async def _not_now(update: Update, context: CoachContext, _argument: str) -> None:
    """'Not now' under the first zone question: stop waiting for a city."""
    await _stop_waiting(update, context, context.content.texts.reminders.not_now)


async def _cancelled(update: Update, context: CoachContext, _argument: str) -> None:
    """'Cancel' under a question that waits for typed text."""
    await _stop_waiting(update, context, context.content.texts.reminders.cancelled)


async def _ask_clock(update: Update, context: CoachContext, _argument: str) -> None:
    """'Tell you my local time instead': wait for a clock time."""
    query = update.callback_query
    assert query is not None
    await _await(context, query.from_user.id, AWAIT_CLOCK)
    await query.answer()
    texts = context.content.texts.reminders
    await reply(context, query.from_user.id, texts.ask_clock, cancel_only(context.content))


async def _ask_zone(update: Update, context: CoachContext, _argument: str) -> None:
    """'Change time zone': wait for a city."""
    query = update.callback_query
    assert query is not None
    await _await(context, query.from_user.id, AWAIT_ZONE)
    await query.answer()
    text, markup = zone_question(context.content, first=False)
    await reply(context, query.from_user.id, text, markup)


async def _ask_time(update: Update, context: CoachContext, kind: str) -> None:
    """'Change morning' (evening, midday): wait for a time."""
    query = update.callback_query
    assert query is not None
    if kind not in NUDGES:
        await reject_forged(update, context)
        return
    user = await _await(context, query.from_user.id, AWAIT_TIME[kind])
    if user is None or user.time_zone is None:
        await _await(context, query.from_user.id, None)
        await query.answer(context.content.texts.reminders.set_up_first)
        return
    await query.answer()
    text, markup = time_question(context.content, kind)
    await reply(context, query.from_user.id, text, markup)


async def _redraw(
    update: Update, context: CoachContext, settings: ReminderSettings, plan: Plan | None
) -> None:
    """Show the settings again in the tapped message, now that they changed."""
    query = update.callback_query
    assert query is not None
    text, markup = settings_view(
        context.content, settings, utcnow(), midday_offered=midday_fits(plan)
    )
    if isinstance(query.message, Message):
        await query.edit_message_text(text, reply_markup=markup)
    else:
        await reply(context, query.from_user.id, text, markup)


async def _switch(
    update: Update,
    context: CoachContext,
    change: Callable[[AsyncSession, User, Plan | None], Awaitable[tuple[bool, str]]],
) -> None:
    """Apply one on/off change (it says whether it changed, and the toast), redraw if it did."""
    query = update.callback_query
    assert query is not None
    texts = context.content.texts.reminders
    async with context.db.transaction() as session:
        user = await get_user(session, query.from_user.id)
        if user is None or user.time_zone is None:
            await query.answer(texts.set_up_first)
            return
        plan = await current_plan(session, user)
        changed, toast = await change(session, user, plan)
        settings = await settings_of(session, user)
    await query.answer(toast)
    if changed:
        await _redraw(update, context, settings, plan)


async def _pause(update: Update, context: CoachContext, _argument: str) -> None:
    """'Pause': no nudges until Resume."""
    texts = context.content.texts.reminders

    async def change(session: AsyncSession, user: User, _plan: Plan | None) -> tuple[bool, str]:
        changed = await set_paused(session, user, True, utcnow())
        return changed, texts.paused_toast if changed else texts.already_toast

    await _switch(update, context, change)


async def _resume(update: Update, context: CoachContext, _argument: str) -> None:
    """'Resume': nudges from the next slot on."""
    texts = context.content.texts.reminders

    async def change(session: AsyncSession, user: User, _plan: Plan | None) -> tuple[bool, str]:
        changed = await set_paused(session, user, False, utcnow())
        return changed, texts.resumed_toast if changed else texts.already_toast

    await _switch(update, context, change)


async def _midday(update: Update, context: CoachContext, argument: str) -> None:
    """The midday back-bend nudge on or off (on only when the plan has the back bend)."""
    texts = context.content.texts.reminders
    on = argument == "on"

    async def change(session: AsyncSession, user: User, plan: Plan | None) -> tuple[bool, str]:
        if on and not midday_fits(plan):
            return False, texts.midday_not_in_plan
        changed = await set_midday(session, user, on, utcnow())
        if not changed:
            return False, texts.already_toast
        return True, texts.midday_on_toast if on else texts.midday_off_toast

    await _switch(update, context, change)


async def _weekly(update: Update, context: CoachContext, argument: str) -> None:
    """The Sunday-evening summary on or off."""
    texts = context.content.texts
    on = argument == "on"

    async def change(session: AsyncSession, user: User, _plan: Plan | None) -> tuple[bool, str]:
        if not await set_weekly(session, user, on, utcnow()):
            return False, texts.reminders.already_toast
        return True, texts.progress.weekly_on_toast if on else texts.progress.weekly_off_toast

    await _switch(update, context, change)


SETTINGS_ACTIONS: dict[str, SettingsAction] = {
    "ok": _accepted,
    "no": _not_now,
    "cancel": _cancelled,
    "clock": _ask_clock,
    "zone": _ask_zone,
    "time": _ask_time,
    "pause": _pause,
    "resume": _resume,
    "mid": _midday,
    "week": _weekly,
}
ARGUMENTS = {
    "time": frozenset(NUDGES),
    "mid": frozenset({"on", "off"}),
    "week": frozenset({"on", "off"}),
}


async def settings_tapped(update: Update, context: CoachContext) -> None:
    """A button under the zone question, the proposal or /reminders."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, SETTINGS, SETTINGS_ACTIONS, str)
    if tap is None:
        return
    action, argument = tap.word(0), tap.word(1)
    if argument not in ARGUMENTS.get(action, frozenset({"-"})):
        await reject_forged(update, context)
        return
    await SETTINGS_ACTIONS[action](update, context, argument)


# ---------------------------------------------------------------------------- nudge buttons


async def nudge_tapped(update: Update, context: CoachContext) -> None:
    """Start now, Snooze 30 min or Skip today under a nudge."""
    query = update.callback_query
    assert query is not None
    tap = await read_tap(update, context, NUDGE, (START, SNOOZE, SKIP), int, str)
    if tap is None:
        return
    action, reminder_id, code = tap.word(0), tap.id(1), tap.word(2)
    if not (code.isdigit() and len(code) == 8):  # the local day it was sent for, YYYYMMDD
        await reject_forged(update, context)
        return
    outcome = await _apply_nudge_tap(context, query.from_user.id, reminder_id, action, code)
    if outcome is None:
        await reject_forged(update, context)
        return
    toast, note = outcome
    await query.answer(toast)
    if note and isinstance(query.message, Message) and query.message.reply_markup:
        await query.edit_message_text(f"{query.message.text_html}\n\n{note}")
    if action == START:
        # handlers.session imports the session machinery; only this button needs it.
        from handlers.session import start_session

        await start_session(context, query.from_user.id, query.message.chat.id)


async def _apply_nudge_tap(
    context: CoachContext, user_id: int, reminder_id: int, action: str, code: str
) -> tuple[str | None, str | None] | None:
    """(toast, note added to the nudge) for a tap; None when the nudge is not this person's."""
    texts = context.content.texts.reminders
    now = utcnow()
    async with context.db.transaction() as session:
        reminder = await session.get(Reminder, reminder_id)
        user = await get_user(session, user_id)
        if reminder is None or user is None or reminder.user_id != user.id:
            return None
        zone = zone_named(user.time_zone)
        if action == START:
            return None, texts.started_note
        if code != day_code(now.astimezone(zone).date()):
            return texts.old_nudge, None
        if action == SKIP:
            kinds = (MIDDAY,) if reminder.kind == MIDDAY else NUDGES
            await skip_today(session, user, now, kinds)
            return None, texts.skipped_note
        if reminder.paused or not reminder.enabled:
            return texts.reminders_paused, None
        if reminder.snoozed and reminder.next_due_at is not None and reminder.next_due_at > now:
            return fill(texts.already_snoozed, at=_clock_at(reminder.next_due_at, zone)), None
        until = await snooze(session, reminder, now)
    note = fill(texts.snoozed_note, at=_clock_at(until, zone))
    return note, note


def _clock_at(instant: datetime, zone: tzinfo) -> str:
    """An instant as the person's clock shows it."""
    return clock_text(instant.astimezone(zone).time())


HANDLERS = [
    CommandHandler("reminders", show_reminders),
    CallbackQueryHandler(settings_tapped, pattern=pattern(SETTINGS)),
    CallbackQueryHandler(nudge_tapped, pattern=pattern(NUDGE)),
]
