"""An exercise's card: what to do, today's dose, one tip (a new one each session), the cautions."""

from __future__ import annotations

from coach.events import CardChoice, Control
from coach.forms import PREGNANT, steadier, top_levels
from coach.session import SessionItem, SessionState
from coach.steps import ShowCard
from coach.voicing import voice_seconds
from content import Markup, Words
from content.models import Dose
from media.library import MediaRequest, demo_of, picture_of
from views.buttons.guided import CardTap, ControlTap, DemoTap
from views.plan import dose_text, item_name
from views.reply import Reply, button, rows


def _dose(item: SessionItem) -> Dose:
    """The item's dose as the plan renders it."""
    return Dose(
        sets=item.sets, reps=item.reps, hold_seconds=item.hold_seconds, per_side=item.per_side
    )


def _level_line(w: Words, item: SessionItem, level: int, cautions: frozenset[str]) -> str | None:
    """'Level 2 of 3: One leg lifted. ...' for an exercise with a ladder."""
    exercise = w.content.exercise(item.exercise_id)
    # The ladder as far as the person's cautions let it go (no "of 6" when weights are out).
    total = top_levels(cautions).get(exercise.id, len(exercise.levels) - 1) + 1
    if not exercise.climbs(item.variant) or total < 2:
        return None
    rung = exercise.level(level)
    words = f"exercise-{exercise.id}-level-{rung.id}"
    return w(
        "session-card-level",
        number=exercise.levels.index(rung) + 1,
        total=total,
        name=w(f"{words}-name"),
        how=w(f"{words}-how"),
    )


def cautions_of(w: Words, item: SessionItem, cautions: frozenset[str]) -> list[Markup]:
    """The exercise's own cautions, and those of the person's cautions that apply to it."""
    about = f"exercise-{item.exercise_id}"
    found = w.numbered(f"{about}-caution")
    found += [w(f"{about}-when-{c}") for c in sorted(cautions) if w.has(f"{about}-when-{c}")]
    return found


def tips_of(w: Words, item: SessionItem, cautions: frozenset[str]) -> list[Markup]:
    """The exercise's tips this person may read (thin bones: no floor goal, no "bending is
    safe")."""
    withheld = w.content.exercise(item.exercise_id).withheld_tips(cautions)
    tips = w.numbered(f"exercise-{item.exercise_id}-tip")
    return [tip for number, tip in enumerate(tips, start=1) if number not in withheld]


def card_text(w: Words, state: SessionState, step: ShowCard) -> str:
    """Name, purpose, numbered steps, today's dose, one tip and the cautions."""
    item = step.item
    about = f"exercise-{item.exercise_id}"
    steps = w.numbered(f"{about}-variant-{item.variant}-step" if item.variant else f"{about}-step")
    lines = [w("session-step-line", number=n, step=s) for n, s in enumerate(steps, start=1)]
    text = w(
        "session-card",
        number=step.position + 1,
        total=len(state.items),
        name=item_name(w, item),
        purpose=w(f"{about}-purpose"),
        steps=Markup("\n".join(lines)),
        dose=dose_text(w, _dose(item)),
    )
    parts = [text]
    level = _level_line(w, item, state.level_of(item.exercise_id), state.cautions)
    if level:
        parts.append(level)
    tips = tips_of(w, item, state.cautions)
    # A different tip each session, so every one is read within as many sessions as there are.
    if tips:
        parts.append(w("session-card-tip", tip=tips[state.ordinal % len(tips)]))
    parts += [w("session-card-caution", caution=c) for c in cautions_of(w, item, state.cautions)]
    if step.position == 0 and PREGNANT in state.cautions:
        parts.append(w("session-card-caution", caution=w("programme-pregnancy-stop")))
    return "\n".join(parts)


def _level_id(w: Words, state: SessionState, item: SessionItem) -> str:
    """The id of the person's rung on the exercise's ladder."""
    return w.content.exercise(item.exercise_id).level(state.level_of(item.exercise_id)).id


def card_picture(w: Words, state: SessionState, item: SessionItem) -> MediaRequest | None:
    """The picture the card opens with, for the person's level or variant."""
    return picture_of(item.exercise_id, _level_id(w, state, item), item.variant)


def card_demo(w: Words, state: SessionState, item: SessionItem) -> MediaRequest | None:
    """The moving demo behind "Show me", at today's hold."""
    return demo_of(item.exercise_id, _level_id(w, state, item), item.variant, item.hold_seconds)


def card_view(w: Words, session_id: int, state: SessionState, step: ShowCard) -> Reply:
    """The card on its picture: Start (chat timer or voice, the person's choice first), Skip,
    Too painful today, Show me (Too unsteady standing) and Stop session."""
    position, item = step.position, step.item
    taps = {choice: CardTap(session_id, position, choice) for choice in CardChoice}
    starts = [button(w("session-start-button"), taps[CardChoice.GO])]
    if voice_seconds(item) is not None:
        voice = button(w("session-voice-button"), taps[CardChoice.VOICE])
        starts = [voice, *starts] if state.voice_default else [*starts, voice]
    lines = [
        starts,
        [
            button(w("session-skip-button"), taps[CardChoice.SKIP]),
            button(w("session-too-painful-button"), taps[CardChoice.HURT]),
        ],
    ]
    if card_demo(w, state, item) is not None:
        lines.append([button(w("session-show-me-button"), DemoTap(session_id, position))])
    if steadier(item.exercise_id, item.variant, state.cautions) is not None:
        lines.append([button(w("session-unsteady-button"), taps[CardChoice.UNSTEADY])])
    lines.append([button(w("session-stop-session-button"), ControlTap(session_id, Control.STOP))])
    picture = card_picture(w, state, item)
    return Reply(card_text(w, state, step), rows(*lines), media=picture)
