"""Reminders in the chat: /reminders, typed zones and times, settings and nudge buttons."""

from __future__ import annotations

from telegram import Update

from coach.awaiting import TIME_OF, Awaiting, ClockUnclear, LocationUnknown, ZoneUnknown
from coach.reminders import MIDDAY, NudgeAction
from content import Words
from content.words import Notice
from conversation.context import CoachContext
from handlers.session import begin_session
from handlers.taps import person_of, read, refuse, settle, tapped_message, toast, words_for
from services import reminder_switches, reminders
from services.base import Person
from services.nudges import Nudged, tap_nudge
from services.reminders import NotAsked, NotSetUp, Offer, Shown, TimeChosen, ZoneChosen
from services.support import offer_after_setup
from views.buttons.reminders import NudgeTap, SettingsAction, SettingsTap
from views.reminders import (
    cancel_only,
    keyboard_gone,
    local_now,
    midday_offer,
    proposal_view,
    reminders_offer,
    settings_view,
    time_question,
    unclear_view,
    zone_questions,
)
from views.reply import Reply, notice_text
from views.support import offer_view


def _settings(w: Words, shown: Shown) -> Reply:
    """The /reminders message for these settings."""
    return settings_view(w, shown.settings, shown.now, midday_offered=shown.midday_offered)


async def reminders_command(update: Update, context: CoachContext) -> None:
    """/reminders: the times and zone with buttons to change them, or the zone question."""
    person = person_of(update)
    shown = await reminders.show_settings(context.services, person)
    w = await words_for(context, person)
    if isinstance(shown, NotSetUp):
        question, location = zone_questions(w, first=False)
        not_set_up = Reply(w("reminders-not-set-up"), question.markup)
        await context.outbox.send_all(person.chat_id, [not_set_up, location])
    elif isinstance(shown, Offer):
        await context.outbox.send(person.chat_id, reminders_offer(w, shown.zone, shown.now))
    else:
        await context.outbox.send(person.chat_id, _settings(w, shown))


# ---------------------------------------------------------------------------- typed answers


async def zone_typed(context: CoachContext, person: Person, text: str, asked: Awaiting) -> None:
    """A city or zone name, or (asked for a clock) the person's clock time."""
    typed = reminders.zone_typed if asked is Awaiting.ZONE else reminders.clock_typed
    chosen = await typed(context.services, person.user_id, text)
    w = await words_for(context, person)
    if isinstance(chosen, ZoneChosen):
        await _post_zone(context, w, person, chosen)
    elif isinstance(chosen, ZoneUnknown | ClockUnclear):
        await context.outbox.send(person.chat_id, unclear_view(w, chosen))


async def location_shared(update: Update, context: CoachContext) -> None:
    """A shared location: the zone there, when we asked where the person is."""
    person, message = person_of(update), update.effective_message
    if message is None or message.location is None:
        return
    spot = message.location
    found = await reminders.location_shared(
        context.services, person.user_id, spot.latitude, spot.longitude
    )
    w = await words_for(context, person)
    if isinstance(found, NotAsked):
        not_asked = keyboard_gone(Reply(w("reminders-location-not-asked")))
        await context.outbox.send(person.chat_id, not_asked)
    elif isinstance(found, ZoneChosen):
        await _post_zone(context, w, person, found, located=True)
    elif isinstance(found, LocationUnknown):
        await context.outbox.send(person.chat_id, unclear_view(w, found))


async def _post_zone(
    context: CoachContext, w: Words, person: Person, chosen: ZoneChosen, *, located: bool = False
) -> None:
    """New nudges are proposed; for someone who had them, the zone is confirmed.

    The first message takes the location button away (the zone question put it there).
    """
    shown, send = chosen.shown, context.outbox.send
    if located:
        await send(person.chat_id, keyboard_gone(Reply(w("reminders-location-noted"))))
    if chosen.created:
        if not located:
            await send(person.chat_id, keyboard_gone(Reply(w("reminders-zone-noted"))))
        view = proposal_view(w, shown.settings, shown.now)
    else:
        zone = shown.settings.time_zone or ""
        confirmed = Reply(w("reminders-zone-set", zone=zone, now=local_now(w, zone, shown.now)))
        await send(person.chat_id, confirmed if located else keyboard_gone(confirmed))
        view = _settings(w, shown)
    if chosen.fixed:
        view = Reply(f"{view.text}\n\n<i>{w('reminders-fixed-zone-note')}</i>", view.markup)
    await context.outbox.send(person.chat_id, view)


async def time_typed(context: CoachContext, person: Person, text: str, asked: Awaiting) -> None:
    """A typed time for one nudge."""
    kind = next(k for k, awaiting in TIME_OF.items() if awaiting is asked)
    chosen = await reminders.time_typed(context.services, person.user_id, kind, text)
    w = await words_for(context, person)
    if isinstance(chosen, ClockUnclear | Notice):
        await context.outbox.send(person.chat_id, unclear_view(w, chosen))
    elif isinstance(chosen, TimeChosen):
        slot, at = w(f"reminders-slot-names-{chosen.kind}"), w.clock(chosen.at)
        await context.outbox.send(person.chat_id, Reply(w("reminders-time-set", slot=slot, at=at)))
        await context.outbox.send(person.chat_id, _settings(w, chosen.shown))


# ---------------------------------------------------------------------------- settings buttons

SWITCHES = {
    SettingsAction.PAUSE: lambda _: reminder_switches.pausing(True),
    SettingsAction.RESUME: lambda _: reminder_switches.pausing(False),
    SettingsAction.MIDDAY: lambda on: reminder_switches.midday(on),
    SettingsAction.WEEKLY: lambda on: reminder_switches.weekly(on),
}
ASKING = {SettingsAction.CLOCK: Awaiting.CLOCK, SettingsAction.ZONE: Awaiting.ZONE}
# The argument each action takes ('-' for none).
ARGUMENTS = {
    SettingsAction.TIME: frozenset(TIME_OF),
    SettingsAction.MIDDAY: frozenset({"on", "off"}),
    SettingsAction.WEEKLY: frozenset({"on", "off"}),
}


async def settings_tapped(update: Update, context: CoachContext) -> None:
    """A button under the zone question, the proposal or /reminders."""
    tap = await read(update, context, SettingsTap)
    if tap is None:
        return
    if tap.argument not in ARGUMENTS.get(tap.action, frozenset({"-"})):
        await refuse(update, context)
        return
    if tap.action not in SWITCHES:
        await _ask_or_leave(update, context, tap)
        return
    switch = SWITCHES[tap.action](tap.argument == "on")
    shown = await reminder_switches.switch(context.services, person_of(update).user_id, switch)
    if not isinstance(shown, Shown):
        await settle(update, context, shown)
        return
    await toast(update, context, shown.toast)  # the change worked: say which
    message, w = tapped_message(update), await words_for(context, person_of(update))
    await context.outbox.edit(message.chat.id, message.message_id, _settings(w, shown))


async def _ask_or_leave(update: Update, context: CoachContext, tap: SettingsTap) -> None:
    """Accept the proposal, wait for typed text, or stop waiting."""
    person = person_of(update)
    w = await words_for(context, person)
    if tap.action in (SettingsAction.ACCEPT, SettingsAction.CONFIRM):
        await _accepted(update, context, w, person, confirming=tap.action is SettingsAction.CONFIRM)
        return
    if tap.action in (SettingsAction.NOT_NOW, SettingsAction.CANCEL):
        await reminders.stop_waiting(context.services, person.user_id)
        await toast(update, context)
        await context.outbox.drop_buttons(tapped_message(update))
        key = "reminders-not-now" if tap.action is SettingsAction.NOT_NOW else "reminders-cancelled"
        await context.outbox.send(person.chat_id, keyboard_gone(Reply(w(key))))
        return
    awaiting = TIME_OF[tap.argument] if tap.action is SettingsAction.TIME else ASKING[tap.action]
    asked = await reminders.wait_for(context.services, person.user_id, awaiting)
    if await settle(update, context, asked) is None:
        return
    if tap.action is SettingsAction.TIME:
        question = time_question(w, tap.argument)
    elif tap.action is SettingsAction.CLOCK:
        question = Reply(w("reminders-ask-clock"), cancel_only(w))
    else:
        await context.outbox.send_all(person.chat_id, zone_questions(w, first=False))
        return
    await context.outbox.send(person.chat_id, question)


async def _accepted(
    update: Update, context: CoachContext, w: Words, person: Person, *, confirming: bool
) -> None:
    """'Sounds good': keep the proposed times (or, for the zone we knew, set them up now);
    offer the midday nudge if it fits the plan."""
    if confirming:
        chosen = await reminders.confirm_zone(context.services, person.user_id)
        shown = chosen.shown if isinstance(chosen, ZoneChosen) else chosen
    else:
        shown = await reminders.accepted(context.services, person.user_id)
    message = tapped_message(update)
    if isinstance(shown, Shown) and message.reply_markup is None:
        await toast(update, context, Notice("reminders-already-toast"))  # a replayed tap
        return
    if await settle(update, context, shown) is None:
        return
    assert isinstance(shown, Shown)
    await context.outbox.drop_buttons(message)
    # The end of the first day's setup: how the back is affecting them (once, opt-in; someone
    # who said "not now" to reminders is asked after their first session instead).
    ask = await offer_after_setup(context.services, person.user_id)
    accepted = w("reminders-accepted")
    reply = offer_view(w, again=ask.again, lead=accepted) if ask else Reply(accepted)
    await context.outbox.send(person.chat_id, reply)
    if shown.midday_offered and MIDDAY not in shown.settings.times:
        await context.outbox.send(person.chat_id, midday_offer(w))


# ---------------------------------------------------------------------------- nudge buttons


async def nudge_tapped(update: Update, context: CoachContext) -> None:
    """Start now, Snooze 30 min or Skip today under a nudge."""
    tap = await read(update, context, NudgeTap)
    if tap is None:
        return
    person = person_of(update)
    result = await tap_nudge(context.services, person.user_id, tap.reminder_id, tap.action, tap.day)
    if not isinstance(result, Nudged):
        await settle(update, context, result)
        return
    await toast(update, context, result.toast)
    message, w = tapped_message(update), await words_for(context, person)
    if message.reply_markup is not None:
        note = notice_text(w, result.note)
        noted = Reply(f"{message.text_html}\n\n{note}")
        await context.outbox.edit(message.chat.id, message.message_id, noted)
    if tap.action is NudgeAction.START:
        await begin_session(context, person)
