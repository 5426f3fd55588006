"""The check-in in the chat: one question a message, its answer echoed, what the result means."""

from __future__ import annotations

from coach.checkin import SYMPTOM_QUESTIONS, progress
from coach.plan import Lock, Plan, plan_changes
from content import Content
from content.texts import fill
from views.buttons import AnswerTap, ClearedTap
from views.plan import changes_text, plan_text
from views.reply import Reply, button, grid, single

DONE = "~done"


def question_view(
    content: Content, checkin_id: int, question_id: str, answers: dict[str, str], draft: str = ""
) -> Reply:
    """The text and buttons of one question (a multiple-choice one with what is ticked)."""
    question = content.question(question_id)
    texts = content.texts.onboarding
    text = question.text
    if question_id in SYMPTOM_QUESTIONS:
        done, total = progress(answers)
        text = f"{fill(texts.progress_header, done=done + 1, total=total)}\n{text}"
    if not question.multiple:
        buttons = [
            button(o.label, AnswerTap(checkin_id, question_id, o.value)) for o in question.options
        ]
        return Reply(text, grid(buttons, question.row_width))
    picked = set(filter(None, draft.split(",")))
    buttons = [
        button(
            f"{texts.selected_mark}{o.label}" if o.value in picked else o.label,
            AnswerTap(checkin_id, question_id, ("-" if o.value in picked else "+") + o.value),
        )
        for o in question.options
    ]
    buttons.append(button(texts.done_button, AnswerTap(checkin_id, question_id, DONE)))
    return Reply(text, grid(buttons, question.row_width))


def answered_text(content: Content, question_id: str, value: str) -> str:
    """The question once answered, with the labels the person chose under it."""
    question = content.question(question_id)
    labels = [question.label_of(v) for v in value.split(",") if v] or ["-"]
    return f"{question.text}\n\n<i>→ {fill('{c}', c=', '.join(labels))}</i>"


def locked_plan(content: Content, checkin_id: int, plan: Plan) -> list[Reply]:
    """The plan behind its lock, with the button to confirm a clinician's clearance."""
    texts = content.texts.onboarding
    return [
        Reply(plan_text(content, plan)),
        Reply(texts.urgent_more, single(texts.cleared_button, ClearedTap(checkin_id))),
    ]


def result_views(
    content: Content, checkin_id: int, plan: Plan | None, previous: Plan | None, had_plan: bool
) -> list[Reply]:
    """What the finished check-in means for the person: emergency, a locked plan, or the plan."""
    if plan is None or plan.lock is Lock.EMERGENCY:
        return [Reply(content.texts.onboarding.emergency)]
    if plan.lock is Lock.AWAITING_CLEARANCE:
        return locked_plan(content, checkin_id, plan)
    replies = [Reply(plan_text(content, plan))]
    if had_plan:
        replies.append(Reply(changes_text(content, plan_changes(previous, plan))))
    return replies
