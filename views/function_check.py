"""The function check in the chat: the activity questions, 0-10 ratings, and the result."""

from __future__ import annotations

from coach.function_check import MAX_ACTIVITIES, SCORE_RANGE, FunctionSummary, StepKind
from content import Markup, Words
from views.buttons.records import CheckGo, MoreTap, RateTap
from views.progress import change_line, verdict_text
from views.reply import Keyboard, Reply, button, grid, single

SCORE_ROW = 6


def offer_markup(w: Words, summary: FunctionSummary) -> Keyboard | None:
    """A button to start (or carry on with) the check, when one is due or under way."""
    if summary.in_progress:
        return single(w("function-check-continue-button"), CheckGo())
    if summary.due:
        return single(w("function-check-start-button"), CheckGo())
    return None


def after_session_markup(w: Words, in_progress: bool) -> Keyboard:
    """The check's button under a session's summary."""
    key = "function-check-continue-button" if in_progress else "function-check-after-session-button"
    return single(w(key), CheckGo())


def rating_question(w: Words, activity: str) -> str:
    """'How well can you <activity> now?' with what 0 and 10 mean."""
    return w("function-check-ask-rating", activity=activity)


def rated_text(w: Words, activity: str, score: int) -> str:
    """The rating question once answered."""
    question = Markup(rating_question(w, activity))
    return w("function-check-rated", question=question, score=score)


def _done_text(w: Words, first: bool, summary: FunctionSummary) -> str:
    """The result: the starting point after the first check, the change after later ones."""
    assert summary.next_due is not None
    date = w.day(summary.next_due)
    if first:
        lines = [
            w("function-check-first-line", name=c.name, score=c.first) for c in summary.changes
        ]
        return w("function-check-first-done", lines=Markup("\n".join(lines)), date=date)
    lines = [change_line(w, c) for c in summary.changes]
    return w(
        "function-check-later-done",
        lines=Markup("\n".join(lines)),
        verdict=Markup(verdict_text(w, summary) or ""),
        date=date,
    )


def step_view(
    w: Words,
    check_id: int,
    step: StepKind,
    *,
    activity: tuple[int, str] | None,
    named: int,
    first: bool,
    summary: FunctionSummary | None,
) -> Reply:
    """The next question of the check, or its result."""
    if step is StepKind.NAME:
        return Reply(
            w("function-check-ask-name-more") if named else w("function-check-ask-name-first")
        )
    if step is StepKind.RATE:
        assert activity is not None
        activity_id, name = activity
        scores = [button(str(s), RateTap(check_id, activity_id, s)) for s in SCORE_RANGE]
        return Reply(rating_question(w, name), grid(scores, SCORE_ROW))
    if step is StepKind.MORE:
        keys = [
            button(w("function-check-more-button"), MoreTap(check_id, "more")),
            button(w("function-check-enough-button"), MoreTap(check_id, "end")),
        ]
        return Reply(w("function-check-ask-more", limit=MAX_ACTIVITIES, count=named), grid(keys, 2))
    assert summary is not None
    return Reply(_done_text(w, first, summary))
