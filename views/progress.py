"""Progress as chat text and as a chart to draw; shared by /progress and the weekly summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from coach.function_check import ActivityChange, FunctionSummary, Verdict
from coach.plan import BENDING, Plan
from coach.programme import PROGRAMME_ORDER
from coach.progress import (
    SESSIONS_PER_DAY,
    DayPoint,
    Direction,
    ExerciseTally,
    PainTrend,
    ReachStory,
    Report,
)
from coach.session_length import length_range
from content import Markup, Words
from media.chart_spec import Chart, ChartDay, ChartLabels
from views.habit import habit_lines
from views.plan import exercise_name, item_name
from views.reply import greeting_name
from views.report import with_report_offer

# Telegram's limit for a photo caption; the summary rides on the chart when it fits.
CAPTION_LIMIT = 1024
# The pain trend names whole weeks up to four; a shorter span is told in days.
NAMED_WEEKS = 4


def span_text(w: Words, days: int) -> Markup:
    """'5 days', 'three weeks'."""
    weeks = round(days / 7)
    if days < 7 or weeks > NAMED_WEEKS:
        return w("progress-span-days", days=max(days, 1))
    return w("progress-span-weeks", weeks=weeks)


def streak_text(w: Words, days: int) -> Markup:
    """The streak line."""
    return w("progress-streak", days=days)


def week_text(w: Words, report: Report) -> Markup:
    """This week against the plan."""
    key = "progress-week-on-track" if report.week.on_track else "progress-week"
    return w(key, done=report.week.done, asked=report.week.asked)


def pain_text(w: Words, trend: PainTrend | None) -> Markup:
    """The pain trend in words."""
    if trend is None:
        return w("progress-pain-too-early")
    key = {
        Direction.DOWN: "progress-pain-down",
        Direction.UP: "progress-pain-up",
        Direction.STEADY: "progress-pain-steady",
    }[trend.direction]
    return w(key, start=trend.start, end=trend.end, span=span_text(w, trend.days))


def _reach_name(w: Words, value: int) -> Markup:
    """A logged reach, clamped to the four named ones."""
    return w(f"progress-reach-levels-{max(0, min(value, 3)) + 1}")


def reach_text(w: Words, story: ReachStory) -> Markup:
    """Bending reach: where it started and the weekly bests lately."""
    steps = w("progress-reach-arrow").join(_reach_name(w, v) for v in story.steps[-6:])
    return w(
        "progress-reach",
        first=_reach_name(w, story.first),
        first_day=w.day(story.first_day),
        steps=Markup(steps) or _reach_name(w, story.first),
    )


def _level_text(w: Words, exercise_id: str, level: int, plan: Plan | None) -> Markup:
    """'One leg lifted (level 2 of 3)', or the variant's name when the plan uses one."""
    exercise = w.content.exercise(exercise_id)
    item = plan.item(exercise_id) if plan else None
    if item is not None and not exercise.climbs(item.variant):
        return Markup(item_name(w, item))
    rung = exercise.level(level)
    name = w(f"exercise-{exercise_id}-level-{rung.id}-name")
    number = exercise.levels.index(rung) + 1
    return w("progress-level", name=name, number=number, count=len(exercise.levels))


def _tally_text(w: Words, tally: ExerciseTally | None) -> Markup:
    """Reps (and holds, for hold exercises) this week and in total."""
    if tally is None or tally.reps_total == 0:
        return w("progress-no-reps-yet")
    return w(
        "progress-tally-holds" if tally.holds_total else "progress-tally",
        reps_week=tally.reps_week,
        holds_week=tally.holds_week,
        reps_total=tally.reps_total,
        holds_total=tally.holds_total,
    )


def exercises_text(w: Words, report: Report, plan: Plan | None) -> str:
    """Each exercise in the plan (or once practised): its level, reps and holds."""
    tallies = {t.exercise_id: t for t in report.exercises}
    shown = {i.exercise_id for i in plan.active_items} if plan else set()
    shown |= {t for t in tallies if t in w.content.exercises} | set(report.levels)
    lines = [w("progress-exercises-header")]
    for exercise_id in (e for e in PROGRAMME_ORDER if e in shown):
        level = _level_text(w, exercise_id, report.levels.get(exercise_id, 0), plan)
        lines.append(w("progress-exercise", name=exercise_name(w, exercise_id), level=level))
        if exercise_id == BENDING:  # bending counts how far you reach, not reps
            lines.append(w("progress-bends-by-reach" if report.reach else "progress-no-bends-yet"))
        else:
            lines.append(_tally_text(w, tallies.get(exercise_id)))
    return "\n".join(lines)


def change_line(w: Words, change: ActivityChange) -> Markup:
    """One activity: first and latest score, and whether the change is meaningful."""
    if change.change is None:
        return w("function-check-progress-line-first", name=change.name, score=change.first)
    if change.meaningful:
        key = "function-check-change-up" if change.change > 0 else "function-check-change-down"
    else:
        key = "function-check-change-small"
    return w(
        key,
        name=change.name,
        first=change.first,
        latest=change.latest or 0,
        change=change.change,
        signed=f"{change.change:+d}" if change.change else "±0",
    )


def verdict_text(w: Words, summary: FunctionSummary) -> Markup | None:
    """The sentence on whether the change is meaningful (2 points or more)."""
    if summary.verdict is None:
        return None
    return {
        Verdict.BETTER: w("function-check-verdict-better"),
        Verdict.WORSE: w("function-check-verdict-worse"),
        Verdict.SAME: w("function-check-verdict-same"),
    }[summary.verdict]


def function_text(w: Words, summary: FunctionSummary) -> str | None:
    """The function check block of /progress (None before the first check)."""
    lines = [w("function-check-header")] if summary.changes or summary.due else []
    lines += [change_line(w, c) for c in summary.changes]
    verdict = verdict_text(w, summary)
    if verdict:
        lines.append(verdict)
    if summary.in_progress:
        lines.append(w("function-check-in-progress"))
    elif summary.due:
        lines.append(w("function-check-due" if summary.changes else "function-check-first-due"))
    elif summary.next_due:
        lines.append(w("function-check-next-on", date=w.day(summary.next_due)))
    return "\n".join(lines) if lines else None


def progress_text(w: Words, report: Report, summary: FunctionSummary, plan: Plan | None) -> str:
    """The whole /progress message."""
    figures = [
        streak_text(w, report.streak),
        *habit_lines(w, report),
        week_text(w, report),
        w("progress-total", total=report.done_total),
    ]
    parts = [w("progress-title"), "\n".join(figures), pain_text(w, report.pain)]
    if report.reach is not None:
        parts.append(reach_text(w, report.reach))
    parts.append(exercises_text(w, report, plan))
    function = function_text(w, summary)
    if function:
        parts.append(function)
    if report.not_improving and summary.verdict is not Verdict.BETTER:
        parts.append(with_report_offer(w, w("progress-not-improving")))
    return "\n\n".join(parts)


def _weeks(report: Report) -> int:
    """Whole weeks the chart covers, both ends included."""
    return ((report.today - report.chart_from).days + 1) // 7


def chart_between(w: Words, days: Sequence[DayPoint], first: date, last: date, title: str) -> Chart:
    """The pain and sessions chart of these days (its words drawn, not parsed as HTML)."""
    span = (last - first).days + 1
    dates = [w.day(first + timedelta(days=n)) for n in range(span)]
    labels = ChartLabels(
        title=title,
        pain_axis=w.plain("progress-chart-pain-axis"),
        sessions_axis=w.plain("progress-chart-sessions-axis"),
        before=w.plain("progress-chart-before"),
        after=w.plain("progress-chart-after"),
        plan=w.plain("progress-chart-plan"),
        dates=tuple(dates),
    )
    shown = tuple(ChartDay(d.day, d.sessions, d.pain_before, d.pain_after) for d in days)
    return Chart(first, last, shown, labels, SESSIONS_PER_DAY)


def chart_of(w: Words, report: Report) -> Chart:
    """The chart of the report's days, up to today."""
    title = w.plain("progress-chart-title", weeks=_weeks(report))
    return chart_between(w, report.days, report.chart_from, report.today, title)


def chart_caption(w: Words, report: Report) -> Markup:
    """The caption under the chart."""
    return w("progress-chart-caption", weeks=_weeks(report))


def weekly_text(w: Words, first_name: str, report: Report) -> str:
    """The week in a few lines: streak, sessions against the plan, pain, a kind word."""
    title = w("progress-weekly-title", **greeting_name(first_name))
    if report.week.done == 0:
        return f"{title}\n\n{w('progress-weekly-none')}"
    parts = [
        title,
        "\n".join([streak_text(w, report.streak), *habit_lines(w, report), week_text(w, report)]),
        pain_text(w, report.pain),
        f"{w.pick('progress-weekly-cheer')}\n<i>{w('progress-weekly-pause')}</i>",
    ]
    if report.not_improving:
        parts.insert(-1, with_report_offer(w, w("progress-not-improving")))
    return "\n\n".join(parts)


def weekly_has_chart(report: Report, text: str) -> bool:
    """The chart goes with the summary when there is something to draw and the text fits."""
    return bool(report.days) and report.week.done > 0 and len(text) <= CAPTION_LIMIT


def nothing_yet_text(w: Words) -> str:
    """No sessions yet: how to begin, and how long a first session takes (as measured)."""
    shortest, longest = length_range(w.content.exercises, first_level=True)
    return w("progress-nothing-yet", shortest=shortest, longest=longest)
