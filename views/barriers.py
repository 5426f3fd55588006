"""Help past a missed day: the question on the nudge, the change offered, and why it works."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from coach.away import AWAY_CHOICES
from coach.barriers import NUDGE_OF_TAKE, Barrier, Offer, Suggestion, Take, takes_of
from coach.doses import Picked
from coach.reminders import NudgeAction
from content import Markup, Words
from views.buttons.keeping_going import AwayMenu, AwayTap, BarrierTap, TakeTap
from views.buttons.reminders import NudgeTap
from views.reply import Reply, button

# Two answers a row: short labels, easy to hit with a thumb.
ANSWERS_A_ROW = 2


def _pair_name(w: Words, pair: Picked) -> str:
    """An exercise of the plan by the name the person knows it by (its form named)."""
    exercise_id, variant = pair
    if variant:
        return w(f"exercise-{exercise_id}-variant-{variant}-name")
    return w(f"exercise-{exercise_id}-name")


def question_view(w: Words, nudge: Reply, barrier_id: int, reminder_id: int, day: date) -> Reply:
    """The nudge asking what got in the way yesterday: six answers, away, or start now."""
    answers = [button(w(f"barriers-{b}-button"), BarrierTap(barrier_id, b)) for b in Barrier]
    keys = [answers[i : i + ANSWERS_A_ROW] for i in range(0, len(answers), ANSWERS_A_ROW)]
    keys.append([button(w("away-button"), AwayMenu(barrier_id))])
    start = NudgeTap(NudgeAction.START, reminder_id, day)
    keys.append([button(w("reminders-start-button"), start)])
    return Reply(f"{nudge.text}\n\n{w('barriers-question')}", InlineKeyboardMarkup(keys))


def welcome_back(w: Words, nudge: Reply) -> Reply:
    """The first nudge after days away says welcome back first."""
    return Reply(f"{w('away-welcome-back')}\n\n{nudge.text}", nudge.markup)


def noted_view(w: Words, question: str, barrier: Barrier) -> Reply:
    """The question once answered: its buttons gone, the answer under it."""
    named = Markup(w(f"barriers-{barrier}-button"))
    return Reply(f"{question}\n\n{w('barriers-noted', barrier=named)}")


def _body(w: Words, offer: Offer) -> str:
    """What the change is, in a sentence or two."""
    suggestion, shape, change = offer.suggestion, offer.shape, offer.change
    if suggestion is Suggestion.QUICK and shape is not None:
        names = Markup(w.listing([_pair_name(w, pair) for pair in shape.pairs]))
        return w("barriers-offer-quick", exercises=names)
    if suggestion is Suggestion.VARIATION and change is not None:
        name = Markup(_pair_name(w, (change.exercise_id, change.variant)))
        usual = Markup(_pair_name(w, (change.exercise_id, change.usual)))
        return w("barriers-offer-variation", name=name, usual=usual)
    if suggestion is Suggestion.ORDER and shape is not None:
        return w("barriers-offer-order", first=Markup(_pair_name(w, shape.pairs[0])))
    return w(f"barriers-offer-{suggestion.value}")


def _take_button(w: Words, offer: Offer, take: Take) -> InlineKeyboardButton:
    """One way to accept the change."""
    kind = NUDGE_OF_TAKE.get(take)
    at = w.clock(offer.times[kind]) if kind in offer.times else ""
    return button(w(f"barriers-take-{take.value}-button", at=at), TakeTap(offer.barrier_id, take))


def offer_view(w: Words, offer: Offer) -> Reply:
    """A kind first line and one change to accept in a tap."""
    lead = w("barriers-lead-again") if offer.again else w(f"barriers-lead-{offer.barrier}")
    # A new time only for the nudges the person has.
    takes = [
        take
        for take in takes_of(offer.suggestion)
        if take not in NUDGE_OF_TAKE or NUDGE_OF_TAKE[take] in offer.times
    ]
    keys = [[_take_button(w, offer, take)] for take in takes]
    if offer.suggestion is Suggestion.AWAY:
        keys = away_keys(w, offer.barrier_id)
    return Reply(f"{lead}\n\n{_body(w, offer)}", InlineKeyboardMarkup(keys))


def away_keys(w: Words, barrier_id: int) -> list[list[InlineKeyboardButton]]:
    """The lengths of a pause, two a row."""
    keys = [
        button(w(f"away-choice-{days}-button"), AwayTap(barrier_id, days)) for days in AWAY_CHOICES
    ]
    return [keys[:2], keys[2:]]


def why_view(w: Words) -> Reply:
    """Why the exercises work, in a minute's reading."""
    return Reply(w("barriers-why"))
