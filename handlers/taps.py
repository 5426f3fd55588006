"""The one place that reads a tapped button and answers it: forged, stale, or go on.

A handler reads the button with `read`, calls one use case, and hands its result to `settle`,
which refuses a forged tap (toast and a log line), toasts a stale one, or answers the tap and
lets the handler render.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import CallbackQuery, Message, Update

from content import Words
from conversation.context import CoachContext, words_of
from services.base import Forged, Notice, Person, Stale
from views.codec import Button, CallbackDataError
from views.reply import notice_text

log = logging.getLogger(__name__)

B = TypeVar("B", bound=Button)
R = TypeVar("R")


def person_of(update: Update) -> Person:
    """Who sent this update, and their chat."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    return Person(user.id, chat.id, user.first_name or "", user.language_code)


async def words_for(context: CoachContext, person: Person) -> Words:
    """The texts in the person's language."""
    return await words_of(context, person.user_id, person.language_code)


def query_of(update: Update) -> CallbackQuery:
    """The tap of a callback update."""
    assert update.callback_query is not None
    return update.callback_query


def tapped_message(update: Update) -> Message:
    """The message whose button was tapped."""
    message = query_of(update).message
    assert isinstance(message, Message)
    return message


async def refuse(update: Update, context: CoachContext) -> None:
    """A button we did not make, or one naming someone else's data: toast, log, change nothing."""
    query = query_of(update)
    data, who = (query.data or "")[:80], query.from_user.id
    log.warning("refused callback data %r from user %s", data, who)
    w = await words_for(context, person_of(update))
    await context.answers.answer(query, w("common-forged-tap"))


async def read(update: Update, context: CoachContext, kind: type[B]) -> B | None:
    """The tapped button as `kind`; a button we did not make is refused here and gives None."""
    try:
        return kind.parse(query_of(update).data)
    except CallbackDataError:
        await refuse(update, context)
        return None


async def toast(update: Update, context: CoachContext, notice: Notice | None = None) -> None:
    """Answer the tap, with a short toast when there is something to say."""
    text = notice_text(await words_for(context, person_of(update)), notice) if notice else None
    await context.answers.answer(query_of(update), text)


async def settle(update: Update, context: CoachContext, result: Forged | Stale | R) -> R | None:
    """Answer the tap for a use case's result; the result to render, or None when done."""
    if isinstance(result, Forged):
        await refuse(update, context)
        return None
    if isinstance(result, Stale):
        query = query_of(update)
        log.info("stale tap %r from user %s", (query.data or "")[:80], query.from_user.id)
        await toast(update, context, result.toast)
        return None
    await context.answers.answer(query_of(update))
    return result


async def through(
    update: Update,
    context: CoachContext,
    kind: type[B],
    use_case: Callable[[B, Person], Awaitable[Forged | Stale | R]],
) -> tuple[B, R, Message] | None:
    """Read a tap, run its use case and answer it; (tap, result, tapped message) to render."""
    tap = await read(update, context, kind)
    if tap is None:
        return None
    result = await settle(update, context, await use_case(tap, person_of(update)))
    if result is None:
        return None
    return tap, result, tapped_message(update)
