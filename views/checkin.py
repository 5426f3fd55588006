"""The check-in in the chat: one question a message, its answer echoed, what the result means."""

from __future__ import annotations

from coach.changes import plan_changes
from coach.checkin import SYMPTOM_QUESTIONS, WAS_CHECKED, Context, hidden_options, progress
from coach.plan import Lock, Plan
from coach.safety import GROUPS, gone_since, reported_signs
from content import Words
from views.buttons import AnswerTap, GoAheadTap
from views.plan import changes_text, plan_text
from views.reply import Reply, button, grid, single
from views.safety import emergency_view, phone, sign_names

DONE = "~done"
GROUP_OF = {which: group for group, which, _ in GROUPS}


def option_label(w: Words, question_id: str, value: str) -> str:
    """The button label a person saw for one answer."""
    return w(f"question-{question_id}-option-{value}")


def question_text(w: Words, question_id: str, answers: dict[str, str], context: Context) -> str:
    """The question's words (a follow-up says yes or not sure; was_checked names its signs)."""
    if question_id in GROUP_OF:
        return w(f"question-{question_id}", level=answers.get(GROUP_OF[question_id], "yes"))
    if question_id == WAS_CHECKED:
        gone = gone_since(context.to_confirm, reported_signs(answers))
        return w(f"question-{question_id}", signs=sign_names(w, gone))
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


def locked_plan(w: Words, plan: Plan, zone: str | None = None) -> list[Reply]:
    """The plan behind its lock, and when the clearance or the go-ahead comes."""
    if plan.lock is Lock.AWAITING_GO_AHEAD:
        return [Reply(plan_text(w, plan, zone=zone)), Reply(w("safety-locked-go-ahead"))]
    if plan.lock is Lock.AWAITING_MIDWIFE:
        return [Reply(plan_text(w, plan, zone=zone)), go_ahead_reply(w, "programme-midwife-wait")]
    if not plan.items:
        return [Reply(w("safety-stopped"))]
    return [Reply(plan_text(w, plan, zone=zone)), Reply(w("safety-locked"))]


def result_views(
    w: Words,
    plan: Plan | None,
    previous: Plan | None,
    had_plan: bool,
    zone: str | None,
) -> list[Reply]:
    """What the finished check-in means for the person: emergency, a locked plan, or the plan."""
    if plan is None or plan.lock is Lock.EMERGENCY:
        return [emergency_view(w, zone)]
    if plan.lock is not None:
        return locked_plan(w, plan, zone)
    replies = [Reply(plan_text(w, plan, zone=zone))]
    if had_plan:
        replies.append(Reply(changes_text(w, plan_changes(previous, plan))))
    return replies


def locked_reply(w: Words, plan: Plan | None, zone: str | None) -> Reply:
    """Why /session and /plan have nothing to do while the plan is locked."""
    if plan is None or plan.lock is Lock.EMERGENCY:
        return Reply(w("safety-emergency-locked", **phone(w, zone)))
    if plan.lock is Lock.AWAITING_GO_AHEAD:
        return Reply(w("safety-go-ahead-plan"))
    if plan.lock is Lock.AWAITING_MIDWIFE:
        return go_ahead_reply(w, "programme-midwife-plan")
    return Reply(w("safety-where-locked"))
