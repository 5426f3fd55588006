"""The support-need questions in the chat: the offer, each question, and what the answers mean."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardButton

from coach.progression import CLEAN_SESSIONS_TO_OFFER
from coach.support import GENTLE_CLEAN_SESSIONS, MAX_SCORE, MOOD, QUESTIONS, Group, Scored
from content import Markup, Words
from views.buttons.lessons import SupportGo, SupportTap
from views.reply import Reply, button, grid
from views.safety import numbers_for

ROW_OF = {2: 2}  # yes/no side by side; the five-step scale one a row


def offer_view(w: Words, *, again: bool, lead: str | None = None) -> Reply:
    """'May I ask nine quick questions?' with Yes and Maybe later (after `lead`, if given)."""
    keys = [
        button(w("support-yes-button"), SupportGo("yes")),
        button(w("support-later-button"), SupportGo("later")),
    ]
    offer = w("support-offer-again" if again else "support-offer")
    return Reply(f"{lead}\n\n{offer}" if lead else offer, grid(keys, 2))


def question_view(
    w: Words, round_id: int, question_id: str, number: int, country: str | None
) -> Reply:
    """One question with its answers; the mood question says where help is."""
    options = next(q.options for q in QUESTIONS if q.id == question_id)
    header = w("support-header", number=number, count=len(QUESTIONS))
    text = f"{header}\n\n{w(f'support-question-{question_id}')}"
    if question_id == MOOD:
        text = f"{text}\n\n{w('support-mood-note', **numbers_for(w, country))}"
    keys = [
        button(w(f"support-option-{code}"), SupportTap(round_id, question_id, code))
        for code in options
    ]
    return Reply(text, grid(keys, ROW_OF.get(len(keys), 1)))


def answered_text(w: Words, question_id: str, answer: str, *, last: bool) -> str:
    """A question once answered (kept in the chat), with thanks after the last one."""
    number = next(n for n, q in enumerate(QUESTIONS, 1) if q.id == question_id)
    header = w("support-header", number=number, count=len(QUESTIONS))
    question = w(f"support-question-{question_id}")
    text = f"{header}\n\n{question}\n→ <b>{w(f'support-option-{answer}')}</b>"
    return f"{text}\n\n{w('support-thanks')}" if last else text


def mood_help_view(w: Words, country: str | None) -> Reply:
    """After 'yes' to low mood: the GP, and calmly where to turn with thoughts of self-harm."""
    return Reply(w("support-mood-help", **numbers_for(w, country)))


def group_name(w: Words, group: str) -> Markup:
    """'higher need'."""
    return w(f"support-group-{group}")


def result_views(w: Words, scored: Scored, previous: tuple[int, str] | None) -> list[Reply]:
    """What the answers mean for the programme; for the higher group, the physiotherapist."""
    key = f"support-result-{scored.group.value}"
    parts = [
        w(
            key,
            score=scored.score,
            max=MAX_SCORE,
            gentle=GENTLE_CLEAN_SESSIONS,
            usual=CLEAN_SESSIONS_TO_OFFER,
        )
    ]
    if previous is not None:
        before, was = previous
        change = w(
            "support-change",
            before=before,
            after=scored.score,
            max=MAX_SCORE,
            was=group_name(w, was),
        )
        parts.append(change)
    parts.append(f"<i>{w('support-next')}</i>")
    replies = [Reply("\n\n".join(parts))]
    if scored.group is Group.HIGHER:
        replies.append(Reply(w("support-physio")))
    return replies


def later_view(w: Words) -> Reply:
    """'Maybe later'."""
    return Reply(w("support-later"))


def progress_lines(
    w: Words,
    first: tuple[int, str, date] | None,
    latest: tuple[int, str, date] | None,
    due: bool,
) -> str:
    """The /progress block: the score and its change since the first round, or that it's due."""
    lines = [w("support-progress-header")]
    if first is None or latest is None:
        lines.append(w("support-progress-first-due"))
        return "\n".join(lines)
    score, group, day = latest
    if first == latest:
        lines.append(
            w(
                "support-progress-one",
                score=score,
                max=MAX_SCORE,
                group=group_name(w, group),
                date=w.day(day),
            )
        )
    else:
        lines.append(
            w(
                "support-progress-change",
                first=first[0],
                latest=score,
                max=MAX_SCORE,
                was=group_name(w, first[1]),
                group=group_name(w, group),
                date=w.day(first[2]),
            )
        )
    if due:
        lines.append(w("support-progress-due"))
    return "\n".join(lines)


def start_row(w: Words) -> list[InlineKeyboardButton]:
    """The button that starts the questions (under /progress)."""
    return [button(w("support-start-button"), SupportGo("yes"))]
