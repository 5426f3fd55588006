"""The check-in in the chat: one question a message, its answer echoed, what the result means."""

from __future__ import annotations

from coach.checkin import SYMPTOM_QUESTIONS, progress
from coach.plan import Lock, Plan, plan_changes
from content import Words
from views.buttons import AnswerTap, ClearedTap
from views.plan import changes_text, plan_text
from views.reply import Reply, button, grid, single

DONE = "~done"


def option_label(w: Words, question_id: str, value: str) -> str:
    """The button label a person saw for one answer."""
    return w(f"question-{question_id}-option-{value}")


def question_view(
    w: Words, checkin_id: int, question_id: str, answers: dict[str, str], draft: str = ""
) -> Reply:
    """The text and buttons of one question (a multiple-choice one with what is ticked)."""
    question = w.content.question(question_id)
    text = w(f"question-{question_id}")
    if question_id in SYMPTOM_QUESTIONS:
        done, total = progress(answers)
        text = f"{w('onboarding-progress-header', done=done + 1, total=total)}\n{text}"
    labels = {v: option_label(w, question_id, v) for v in question.options}
    if not question.multiple:
        keys = [button(labels[v], AnswerTap(checkin_id, question_id, v)) for v in question.options]
        return Reply(text, grid(keys, question.row_width))
    picked = set(filter(None, draft.split(",")))
    mark = w("onboarding-selected-mark")
    keys = [
        button(
            f"{mark}{labels[v]}" if v in picked else labels[v],
            AnswerTap(checkin_id, question_id, ("-" if v in picked else "+") + v),
        )
        for v in question.options
    ]
    keys.append(button(w("onboarding-done-button"), AnswerTap(checkin_id, question_id, DONE)))
    return Reply(text, grid(keys, question.row_width))


def answered_text(w: Words, question_id: str, value: str) -> str:
    """The question once answered, with the labels the person chose under it."""
    labels = [option_label(w, question_id, v) for v in value.split(",") if v] or ["-"]
    return f"{w(f'question-{question_id}')}\n\n<i>→ {', '.join(labels)}</i>"


def locked_plan(w: Words, checkin_id: int, plan: Plan) -> list[Reply]:
    """The plan behind its lock, with the button to confirm a clinician's clearance."""
    return [
        Reply(plan_text(w, plan)),
        Reply(
            w("onboarding-urgent-more"),
            single(w("onboarding-cleared-button"), ClearedTap(checkin_id)),
        ),
    ]


def result_views(
    w: Words, checkin_id: int, plan: Plan | None, previous: Plan | None, had_plan: bool
) -> list[Reply]:
    """What the finished check-in means for the person: emergency, a locked plan, or the plan."""
    if plan is None or plan.lock is Lock.EMERGENCY:
        return [Reply(w("onboarding-emergency"))]
    if plan.lock is Lock.AWAITING_CLEARANCE:
        return locked_plan(w, checkin_id, plan)
    replies = [Reply(plan_text(w, plan))]
    if had_plan:
        replies.append(Reply(changes_text(w, plan_changes(previous, plan))))
    return replies
