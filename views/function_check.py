"""The function check in the chat: the activity questions, 0-10 ratings, and the result."""

from __future__ import annotations

from coach.function_check import MAX_ACTIVITIES, SCORE_RANGE, FunctionSummary, StepKind
from content import Content
from content.texts import Markup, fill
from views.buttons import CheckGo, MoreTap, RateTap
from views.progress import change_line, verdict_text
from views.reply import Keyboard, Reply, button, day_text, grid, single

SCORE_ROW = 6


def offer_markup(content: Content, summary: FunctionSummary) -> Keyboard | None:
    """A button to start (or carry on with) the check, when one is due or under way."""
    texts = content.texts.function_check
    if summary.in_progress:
        return single(texts.continue_button, CheckGo())
    if summary.due:
        return single(texts.start_button, CheckGo())
    return None


def after_session_markup(content: Content, in_progress: bool) -> Keyboard:
    """The check's button under a session's summary."""
    texts = content.texts.function_check
    return single(texts.continue_button if in_progress else texts.after_session_button, CheckGo())


def rating_question(content: Content, activity: str) -> str:
    """'How well can you <activity> now?' with what 0 and 10 mean."""
    return fill(content.texts.function_check.ask_rating, activity=activity)


def rated_text(content: Content, activity: str, score: int) -> str:
    """The rating question once answered."""
    question = Markup(rating_question(content, activity))
    return fill(content.texts.function_check.rated, question=question, score=score)


def _done_text(content: Content, first: bool, summary: FunctionSummary) -> str:
    """The result: the starting point after the first check, the change after later ones."""
    texts = content.texts.function_check
    assert summary.next_due is not None
    date = day_text(content, summary.next_due)
    if first:
        lines = [fill(texts.first_line, name=c.name, score=c.first) for c in summary.changes]
        return fill(texts.first_done, lines=Markup("\n".join(lines)), date=date)
    lines = [change_line(content, c) for c in summary.changes]
    return fill(
        texts.later_done,
        lines=Markup("\n".join(lines)),
        verdict=Markup(verdict_text(content, summary) or ""),
        date=date,
    )


def step_view(
    content: Content,
    check_id: int,
    step: StepKind,
    *,
    activity: tuple[int, str] | None,
    named: int,
    first: bool,
    summary: FunctionSummary | None,
) -> Reply:
    """The next question of the check, or its result."""
    texts = content.texts.function_check
    if step is StepKind.NAME:
        return Reply(texts.ask_name_more if named else texts.ask_name_first)
    if step is StepKind.RATE:
        assert activity is not None
        activity_id, name = activity
        scores = [button(str(s), RateTap(check_id, activity_id, s)) for s in SCORE_RANGE]
        return Reply(rating_question(content, name), grid(scores, SCORE_ROW))
    if step is StepKind.MORE:
        keys = [
            button(texts.more_button, MoreTap(check_id, "more")),
            button(texts.enough_button, MoreTap(check_id, "end")),
        ]
        return Reply(fill(texts.ask_more, limit=MAX_ACTIVITIES, count=named), grid(keys, 2))
    assert summary is not None
    return Reply(_done_text(content, first, summary))
