"""Taps within an exercise: its card, the running count, and the guided bend."""

from __future__ import annotations

from telegram import Message, Update

from coach.events import (
    CardChoice,
    LegAnswered,
    LegSpread,
    ReachGiven,
    RepsAdded,
    SetFinished,
    StageDone,
)
from coach.plan import BACK_BEND
from coach.steps import BendStage, CountReps, ShowCard
from conversation.context import CoachContext
from conversation.session_steps import post_after
from delivery.media import caption_with
from handlers.taps import person_of, through, words_for
from services.exercise import choose_card
from services.session import act
from views.buttons.guided import AddTap, BendTap, CardTap, LegSpreadTap, LegTap, ReachTap, SetTap
from views.cards import card_text
from views.plan import item_name
from views.reply import Reply
from views.session import (
    bend_view,
    counter_view,
    leg_noted,
    leg_worse_view,
    reach_noted,
    set_done_text,
)


async def card_tapped(update: Update, context: CoachContext) -> None:
    """Start, Skip or Too painful today on an exercise card."""
    found = await through(
        update,
        context,
        CardTap,
        lambda tap, person: choose_card(
            context.services, person, tap.session_id, tap.position, tap.choice
        ),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    if tap.choice in (CardChoice.GO, CardChoice.VOICE):
        await context.outbox.drop_buttons(message)
    elif tap.choice is CardChoice.UNSTEADY:
        await context.outbox.drop_buttons(message)  # the card again, in its steadier form
    else:
        skipped = tap.choice is CardChoice.SKIP
        note = w("session-skipped-note" if skipped else "session-too-painful-note")
        card = moved.shown
        assert isinstance(card, ShowCard)
        body = card_text(w, moved.before, card)
        await _note_on_card(context, message, body, note)
    await post_after(context, w, message.chat.id, tap.session_id, moved)


async def _note_on_card(context: CoachContext, message: Message, body: str, note: str) -> None:
    """The card with its note (on a picture, in its caption)."""
    chat_id, message_id = message.chat.id, message.message_id
    if message.photo:
        await context.outbox.edit_caption(chat_id, message_id, Reply(caption_with(body, note)))
        return
    await context.outbox.edit(chat_id, message_id, Reply(f"{body}\n\n{note}"))


async def add_tapped(update: Update, context: CoachContext) -> None:
    """+1 or +5 on a running count; the count it was drawn with makes a replay harmless."""
    found = await through(
        update,
        context,
        AddTap,
        lambda tap, person: act(
            context.services,
            person,
            tap.session_id,
            RepsAdded(tap.position, tap.set_no, tap.count, tap.added),
        ),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    step = moved.next
    assert isinstance(step, CountReps)
    view = counter_view(w, tap.session_id, step)
    await context.outbox.edit(message.chat.id, message.message_id, view)


async def set_tapped(update: Update, context: CoachContext) -> None:
    """Set done: log the set; then the next set's counter, or the next exercise."""
    found = await through(
        update,
        context,
        SetTap,
        lambda tap, person: act(
            context.services,
            person,
            tap.session_id,
            SetFinished(tap.position, tap.set_no, tap.count),
        ),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    counted = moved.shown
    assert isinstance(counted, CountReps)
    done = Reply(set_done_text(w, counted))
    await context.outbox.edit(message.chat.id, message.message_id, done)
    await post_after(context, w, message.chat.id, tap.session_id, moved)


async def bend_tapped(update: Update, context: CoachContext) -> None:
    """Next stage of the guided bend (the stage it was drawn at makes a double tap harmless)."""
    found = await through(
        update,
        context,
        BendTap,
        lambda tap, person: act(
            context.services, person, tap.session_id, StageDone(tap.position, tap.stage)
        ),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    step = moved.next
    assert isinstance(step, BendStage)
    view = bend_view(w, tap.session_id, step, moved.after.cautions)
    await context.outbox.edit(message.chat.id, message.message_id, view)


async def reach_tapped(update: Update, context: CoachContext) -> None:
    """How far the person reached: knees, mid-shin, ankles or the floor."""
    found = await through(
        update,
        context,
        ReachTap,
        lambda tap, person: act(
            context.services, person, tap.session_id, ReachGiven(tap.position, tap.reach)
        ),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    noted = Reply(reach_noted(w, tap.reach))
    await context.outbox.edit(message.chat.id, message.message_id, noted)
    await post_after(context, w, message.chat.id, tap.session_id, moved)


async def leg_tapped(update: Update, context: CoachContext) -> None:
    """Did the leg pain get worse? Yes stops bending and switches to the standing back bend."""
    found = await through(
        update,
        context,
        LegTap,
        lambda tap, person: act(
            context.services, person, tap.session_id, LegAnswered(tap.position, tap.answer == "yes")
        ),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    worse = tap.answer == "yes"
    noted = Reply(leg_noted(w, worse))
    await context.outbox.edit(message.chat.id, message.message_id, noted)
    # Worse: bending waits in the plan, the back bend comes in, the warning signs a tap away.
    bend_ahead = any(item.exercise_id == BACK_BEND for item in moved.after.items)
    key = "session-leg-worse" if bend_ahead else "programme-leg-worse"
    said = leg_worse_view(w, tap.session_id, key)
    await context.outbox.send(message.chat.id, said if worse else Reply(w("session-leg-fine")))
    await post_after(context, w, message.chat.id, tap.session_id, moved)


async def leg_spread_tapped(update: Update, context: CoachContext) -> None:
    """During the back bend or extension, leg symptoms spread: stop it, pause it in the plan,
    offer the warning signs, and go on with the next exercise."""
    found = await through(
        update,
        context,
        LegSpreadTap,
        lambda tap, person: act(context.services, person, tap.session_id, LegSpread(tap.position)),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    await context.outbox.drop_buttons(message)
    item = moved.before.items[tap.position]
    said = leg_worse_view(w, tap.session_id, "programme-leg-spread", name=item_name(w, item))
    await context.outbox.send(message.chat.id, said)
    await post_after(context, w, message.chat.id, tap.session_id, moved)
