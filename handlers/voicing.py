"""A voice-guided set's answers, and "Show me" on a card (the moving demo)."""

from __future__ import annotations

from telegram import Update

from coach.events import VoiceAnswer, VoiceAnswered, When
from coach.steps import AskPainAfter, VoiceSet
from conversation.context import CoachContext
from conversation.session_steps import post_after
from handlers.taps import person_of, through, words_for
from services.exercise import card_item
from services.session import act
from views.buttons.guided import DemoTap, VoiceTap
from views.cards import card_demo
from views.plan import item_name
from views.reply import Reply
from views.session import pain_view
from views.voicing import how_many_view, voice_noted_text


async def voice_tapped(update: Update, context: CoachContext) -> None:
    """All N, Fewer (then a count) or Too painful, for a voice-guided set, early or at its end."""
    found = await through(
        update,
        context,
        VoiceTap,
        lambda tap, person: act(
            context.services,
            person,
            tap.session_id,
            VoiceAnswered(tap.position, tap.answer, tap.count),
        ),
    )
    if found is None:
        return
    tap, moved, message = found
    w = await words_for(context, person_of(update))
    step = moved.shown
    assert isinstance(step, VoiceSet)
    chat_id = message.chat.id
    if tap.answer is VoiceAnswer.FEWER:
        await context.outbox.send(chat_id, how_many_view(w, tap.session_id, step))
        return
    noted = Reply(voice_noted_text(w, step, tap.answer, tap.count))
    if message.voice is None and isinstance(moved.next, AskPainAfter):
        # That was the last exercise: the answered question asks the pain question too.
        ask = pain_view(w, tap.session_id, When.AFTER)
        folded = Reply(f"{noted.text}\n\n{ask.text}", ask.markup)
        await context.outbox.edit(chat_id, message.message_id, folded)
        return
    if message.voice is not None:
        await context.outbox.edit_caption(chat_id, message.message_id, noted)
    else:
        await context.outbox.edit(chat_id, message.message_id, noted)
    await post_after(context, w, chat_id, tap.session_id, moved)


async def demo_tapped(update: Update, context: CoachContext) -> None:
    """ "Show me": the exercise's moving demo at today's hold."""
    found = await through(
        update,
        context,
        DemoTap,
        lambda tap, person: card_item(context.services, person, tap.session_id, tap.position),
    )
    if found is None:
        return
    _, shown, message = found
    w = await words_for(context, person_of(update))
    demo = card_demo(w, shown.state, shown.item)
    missing = Reply(w("session-demo-missing"))
    if demo is None:
        await context.outbox.send(message.chat.id, missing)
        return
    caption = w("session-demo-caption", name=item_name(w, shown.item))
    await context.media.send(message.chat.id, Reply(caption, media=demo), fallback=missing)
