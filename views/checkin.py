"""The check-in in the chat: one question a message, its answer echoed, what the result means."""

from __future__ import annotations

from collections.abc import Mapping

from coach.changes import plan_changes
from coach.checkin import (
    SEEN,
    SYMPTOM_QUESTIONS,
    WAS_CHECKED,
    Context,
    gone_now,
    hidden_options,
    progress,
)
from coach.plan import Lock, Plan
from coach.safety import GROUPS, Level, Tier, tier_of
from content import Words
from views.buttons.checkin import AnswerTap, GoAheadTap
from views.plan import changes_text, plan_text
from views.reply import Reply, button, grid, single
from views.safety import emergency_view, numbers_for, sign_names

DONE = "~done"
GROUP_OF = {which: group for group, which, _ in GROUPS}
GROUP_SEEN = {seen: group for group, seen in SEEN.items()}


def option_label(w: Words, question_id: str, value: str) -> str:
    """The button label a person saw for one answer."""
    return w(f"question-{question_id}-option-{value}")


def question_text(w: Words, question_id: str, answers: dict[str, str], context: Context) -> str:
    """The question's words (a follow-up says yes or not sure; others name their signs)."""
    if question_id in GROUP_OF:
        return w(f"question-{question_id}", level=answers.get(GROUP_OF[question_id], "yes"))
    if question_id in GROUP_SEEN:
        back = context.returning(answers, GROUP_SEEN[question_id])
        return w(f"question-{question_id}", signs=sign_names(w, back))
    if question_id == WAS_CHECKED:
        return w(f"question-{question_id}", signs=sign_names(w, gone_now(answers, context)))
    return w(f"question-{question_id}")


def question_view(
    w: Words,
    checkin_id: int,
    question_id: str,
    answers: dict[str, str],
    draft: str = "",
    context: Context | None = None,
) -> Reply:
    """The text and buttons of one question (a multiple-choice one with what is ticked)."""
    context = context or Context()
    question = w.content.question(question_id)
    text = question_text(w, question_id, answers, context)
    if question_id in SYMPTOM_QUESTIONS:
        done, total = progress(answers)
        text = f"{w('onboarding-progress-header', done=done + 1, total=total)}\n{text}"
    hidden = hidden_options(question_id, context)
    options = [v for v in question.options if v not in hidden]
    labels = {v: option_label(w, question_id, v) for v in options}
    if not question.multiple:
        keys = [button(labels[v], AnswerTap(checkin_id, question_id, v)) for v in options]
        return Reply(text, grid(keys, question.row_width))
    picked = set(filter(None, draft.split(",")))
    mark = w("onboarding-selected-mark")
    keys = [
        button(
            f"{mark}{labels[v]}" if v in picked else labels[v],
            AnswerTap(checkin_id, question_id, ("-" if v in picked else "+") + v),
        )
        for v in options
    ]
    keys.append(button(w("onboarding-done-button"), AnswerTap(checkin_id, question_id, DONE)))
    return Reply(text, grid(keys, question.row_width))


def answered_text(w: Words, question_id: str, answers: dict[str, str], context: Context) -> str:
    """The question once answered, with the labels the person chose under it."""
    value = answers[question_id]
    labels = [option_label(w, question_id, v) for v in value.split(",") if v] or ["-"]
    before = {k: v for k, v in answers.items() if k != question_id}
    asked = question_text(w, question_id, before, context)
    return f"{asked}\n\n<i>→ {', '.join(labels)}</i>"


def go_ahead_reply(w: Words, key: str) -> Reply:
    """A plan waiting for the midwife's or doctor's yes, with the button that gives it."""
    return Reply(w(key), single(w("programme-go-ahead-button"), GoAheadTap()))


def locked_plan(w: Words, plan: Plan, country: str | None = None) -> list[Reply]:
    """The plan behind its lock, and when the clearance or the go-ahead comes."""
    if plan.lock is Lock.AWAITING_GO_AHEAD:
        return [Reply(plan_text(w, plan, country=country)), Reply(w("safety-locked-go-ahead"))]
    if plan.lock is Lock.AWAITING_MIDWIFE:
        text = plan_text(w, plan, country=country)
        return [Reply(text), go_ahead_reply(w, "programme-midwife-wait")]
    if not plan.items:
        return [Reply(w("safety-stopped", **numbers_for(w, country)))]
    locked = Reply(w("safety-locked", **numbers_for(w, country)))
    return [Reply(plan_text(w, plan, country=country)), locked]


def result_views(
    w: Words,
    plan: Plan | None,
    previous: Plan | None,
    had_plan: bool,
    country: str | None,
    signs: Mapping[str, Level],
) -> list[Reply]:
    """What the finished check-in means for the person: emergency, a locked plan, or the plan."""
    if plan is None or plan.lock is Lock.EMERGENCY:
        return [emergency_view(w, country, signs)]
    if plan.lock is not None:
        return locked_plan(w, plan, country)
    replies = [Reply(plan_text(w, plan, country=country))]
    if had_plan:
        replies.append(Reply(changes_text(w, plan_changes(previous, plan))))
    return replies


def still_open_view(w: Words, country: str | None, still: Mapping[str, Level]) -> Reply:
    """'It went away' (or not examined yet) about a sign that locks: it still needs a clinician."""
    key = "safety-gone-emergency" if tier_of(still) is Tier.EMERGENCY else "safety-gone-same-day"
    return Reply(w(key, signs=sign_names(w, still), **numbers_for(w, country)))


def locked_reply(w: Words, plan: Plan | None, country: str | None) -> Reply:
    """Why /session and /plan have nothing to do while the plan is locked."""
    if plan is None or plan.lock is Lock.EMERGENCY:
        return Reply(w("safety-emergency-locked", **numbers_for(w, country)))
    if plan.lock is Lock.AWAITING_GO_AHEAD:
        return Reply(w("safety-go-ahead-plan"))
    if plan.lock is Lock.AWAITING_MIDWIFE:
        return go_ahead_reply(w, "programme-midwife-plan")
    return Reply(w("safety-where-locked", **numbers_for(w, country)))
