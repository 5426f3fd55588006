"""Whatever no feature claimed: typed text we wait for, stray text, blocks and unblocks.

Every typed message is first read for words about a warning sign (handlers/danger.py); a
sentence nobody can place gets one calm answer a burst that says where to turn.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import ChatMember, Update
from telegram.constants import ChatType

from coach.awaiting import Awaiting
from conversation.context import CoachContext
from handlers import danger, function_check, reminders, report, whereabouts
from handlers.checkin import post_question
from handlers.taps import person_of, refuse, words_for
from services.base import Person
from services.people import reachable, text_arrived
from views.danger import unplaced_view
from views.reply import Reply

# Who answers typed text while we wait for it (what we wait for is stored on the person).
TextAnswer = Callable[[CoachContext, Person, str, Awaiting], Awaitable[None]]
TEXT_ANSWERS: dict[Awaiting, TextAnswer] = {
    Awaiting.ZONE: reminders.zone_typed,
    Awaiting.CLOCK: reminders.zone_typed,
    Awaiting.MORNING_TIME: reminders.time_typed,
    Awaiting.MIDDAY_TIME: reminders.time_typed,
    Awaiting.EVENING_TIME: reminders.time_typed,
    Awaiting.ACTIVITY: lambda context, person, text, _: function_check.activity_typed(
        context, person, text
    ),
    Awaiting.REPORT_QUESTION: report.text_typed,
    Awaiting.REPORT_NAME: report.text_typed,
    Awaiting.PLACE: whereabouts.place_typed,
}


async def unknown_button(update: Update, context: CoachContext) -> None:
    """Callback data no handler recognised: forged, or from a version of the bot long gone."""
    await refuse(update, context)


async def stray_text(update: Update, context: CoachContext) -> None:
    """Text we are waiting for goes to its feature; elsewhere a nudge and the question again."""
    person = person_of(update)
    message = update.effective_message
    text = message.text if message else None
    # Words about a warning sign are never taken as a city, a time or a nudge.
    sent_at = message.date.timestamp() if message else 0.0
    if text is not None and await danger.heard(context, person, text, sent_at):
        return
    arrived = await text_arrived(context.services, person)
    if arrived.awaiting is not None and text is not None:
        await TEXT_ANSWERS[arrived.awaiting](context, person, text, arrived.awaiting)
        return
    if not _first_of_burst(update, context):
        return
    w = await words_for(context, person)
    if arrived.question is not None:
        await context.outbox.send(person.chat_id, Reply(w("common-use-buttons")))
        await post_question(context, w, person.chat_id, arrived.question)
        return
    await context.outbox.send(person.chat_id, unplaced_view(w, arrived.country))


def _first_of_burst(update: Update, context: CoachContext) -> bool:
    """Whether this message starts a burst: a flood of typed text gets one nudge, not fifty."""
    message = update.effective_message
    assert message is not None
    return context.bursts.first_of_burst(message.chat.id, "nudge", message.date.timestamp())


async def membership_changed(update: Update, context: CoachContext) -> None:
    """Telegram tells us when a person blocks or unblocks the bot."""
    change = update.my_chat_member
    assert change is not None
    if change.chat.type != ChatType.PRIVATE:  # added to or removed from a group: not a person
        return
    blocked = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    await reachable(context.services, change.from_user.id, not blocked)


async def unknown_command(update: Update, context: CoachContext) -> None:
    """A command we do not have."""
    if not _first_of_burst(update, context):
        return
    person = person_of(update)
    w = await words_for(context, person)
    await context.outbox.send(person.chat_id, Reply(w("common-not-understood")))
