"""Answers to typed words: a sign's advice and 'is it happening?', the gentle question after a
"no", the question that tells an unclear sentence apart, the flare plan offered, a crisis line."""

from __future__ import annotations

from collections.abc import Sequence

from coach.danger import sign_code
from coach.heard import Crisis, Denied, Distressed, Heard, SignsTyped, Unclear
from coach.safety import Level, Tier, tier_of
from content import Words
from views.buttons.care import FlareTap
from views.buttons.checkin import DangerTap, TypedAnswer
from views.reply import Reply, button, rows, single
from views.report import with_report_offer
from views.safety import numbers_for, sign_names

# What typed words that sound like a sign call for, by the sign's tier.
ADVICE = {
    Tier.EMERGENCY: "danger-emergency",
    Tier.SAME_DAY: "danger-same-day",
    Tier.SOON: "danger-soon",
}
# After "yes, that's happening", by the tier of all the person's open signs.
CONFIRMED = {
    Tier.EMERGENCY: "danger-confirmed-emergency",
    Tier.SAME_DAY: "danger-confirmed-same-day",
    Tier.SOON: "danger-confirmed-soon",
    Tier.NONE: "danger-confirmed-noted",  # only a cleared fact (a past cancer), from an old button
}
Answers = tuple[tuple[TypedAnswer, str], ...]  # (what the tap says, its label's key)
NO_CRISIS_LINE = "none"  # danger-crisis's selector: the generic wording when no line is known


def heard_view(w: Words, heard: Heard) -> Reply:
    """The answer to one thing a typed message said."""
    match heard:
        case Crisis(country):
            return crisis_view(w, country)
        case SignsTyped(signs, country, again=True):
            # Cleared before: new or worse is the first answer, and it means the alarm.
            answers = (("yes", "danger-again-new-button"), ("same", "danger-again-same-button"))
            return _asked(w, "danger-again", signs, country, answers)
        case SignsTyped(signs, country):
            advice = ADVICE[tier_of(dict.fromkeys(signs, Level.YES))]
            answers = (("yes", "danger-yes-button"), ("no", "danger-no-button"))
            return _asked(w, advice, signs, country, answers)
        case Denied(signs, country):
            # They said "no": that answer first, and nothing locks without a "yes".
            answers = (("no", "danger-denied-no-button"), ("yes", "danger-denied-yes-button"))
            return _asked(w, "danger-denied", signs, country, answers)
        case Unclear(question, sign):
            code = sign_code((sign,))
            keys = [
                [button(w(f"danger-ask-{question}-sign-button"), DangerTap(code, "yes"))],
                [button(w(f"danger-ask-{question}-pain-button"), DangerTap(code, "pain"))],
            ]
            return Reply(w(f"danger-ask-{question}"), rows(*keys))
        case Distressed(country):
            return distress_view(w, country)


def _asked(
    w: Words, key: str, signs: Sequence[str], country: str | None, answers: Answers
) -> Reply:
    """A text about the signs, with one answer a line."""
    code = sign_code(signs)
    text = w(key, signs=sign_names(w, signs), **numbers_for(w, country))
    keys = [[button(w(label), DangerTap(code, answer))] for answer, label in answers]
    return Reply(text, rows(*keys))


def crisis_view(w: Words, country: str | None) -> Reply:
    """Calm and without judgement: a crisis line, the emergency number if in danger now."""
    numbers, known = numbers_for(w, country), w.content.numbers.get(country or "")
    # Where no line is known, the text says where to find one rather than naming a number.
    crisis = numbers["crisis"] if known is not None and known.crisis else NO_CRISIS_LINE
    return Reply(w("danger-crisis", crisis=crisis, emergency=numbers["emergency"]))


def distress_view(w: Words, country: str | None) -> Reply:
    """Pain or panic with no sign: kind words, the flare plan's gentle routine, and when to call."""
    return Reply(
        w("danger-distress", **numbers_for(w, country)), single(w("care-flare-button"), FlareTap())
    )


def confirmed_view(w: Words, tier: Tier, country: str | None) -> Reply:
    """After 'yes, that's happening': what the plan does now, and what to do."""
    advice = w(CONFIRMED[tier], **numbers_for(w, country))
    if tier in (Tier.SAME_DAY, Tier.SOON):
        advice = with_report_offer(w, advice)  # something to show the doctor they will see
    return Reply(advice)


def unplaced_view(w: Words, country: str | None) -> Reply:
    """A sentence we cannot place: one calm answer, and where to turn if something is wrong."""
    return Reply(w("danger-unplaced", **numbers_for(w, country)))
