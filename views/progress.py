"""Progress as chat text and as a chart to draw; shared by /progress and the weekly summary."""

from __future__ import annotations

from datetime import date

from coach.function_check import ActivityChange, FunctionSummary, Verdict
from coach.plan import BENDING, PROGRAMME_ORDER, Plan
from coach.progress import (
    SESSIONS_PER_DAY,
    Direction,
    ExerciseTally,
    PainTrend,
    ReachStory,
    Report,
)
from content import Content
from content.texts import fill, pick
from media.chart_spec import Chart, ChartDay, ChartLabels
from views.reply import day_text


def span_text(content: Content, days: int) -> str:
    """'5 days', 'three weeks'."""
    texts = content.texts.progress
    weeks = round(days / 7)
    if days < 7 or str(weeks) not in texts.span_weeks:
        return fill(texts.span_days, days=max(days, 1))
    return texts.span_weeks[str(weeks)]


def streak_text(content: Content, days: int) -> str:
    """The streak line."""
    texts = content.texts.progress
    if days == 0:
        return texts.streak_none
    if days == 1:
        return texts.streak_one
    return fill(texts.streak_many, days=days)


def week_text(content: Content, report: Report) -> str:
    """This week against the plan."""
    texts = content.texts.progress
    template = texts.week_on_track if report.week.on_track else texts.week
    return fill(template, done=report.week.done, asked=report.week.asked)


def pain_text(content: Content, trend: PainTrend | None) -> str:
    """The pain trend in words."""
    texts = content.texts.progress
    if trend is None:
        return texts.pain_too_early
    template = {
        Direction.DOWN: texts.pain_down,
        Direction.UP: texts.pain_up,
        Direction.STEADY: texts.pain_steady,
    }[trend.direction]
    return fill(template, start=trend.start, end=trend.end, span=span_text(content, trend.days))


def reach_text(content: Content, story: ReachStory) -> str:
    """Bending reach: where it started and the weekly bests lately."""
    texts = content.texts.progress
    names = texts.reach_levels
    steps = texts.reach_arrow.join(names[_reach_index(v)] for v in story.steps[-6:])
    return fill(
        texts.reach,
        first=names[_reach_index(story.first)],
        first_day=day_text(content, story.first_day),
        steps=steps or names[_reach_index(story.first)],
    )


def _reach_index(value: int) -> int:
    """A logged reach clamped to the four named ones."""
    return max(0, min(value, 3))


def _level_text(content: Content, exercise_id: str, level: int, plan: Plan | None) -> str:
    """'One leg lifted (level 2 of 3)', or the variant's name when the plan uses one."""
    exercise = content.exercise(exercise_id)
    item = plan.item(exercise_id) if plan else None
    variant = exercise.variant(item.variant) if item and item.variant else None
    if variant is not None:
        return variant.name
    rung = exercise.level(level)
    number = exercise.levels.index(rung) + 1
    return fill(
        content.texts.progress.level, name=rung.name, number=number, count=len(exercise.levels)
    )


def _tally_text(content: Content, tally: ExerciseTally | None) -> str:
    """Reps (and holds, for hold exercises) this week and in total."""
    texts = content.texts.progress
    if tally is None or tally.reps_total == 0:
        return texts.no_reps_yet
    template = texts.tally_holds if tally.holds_total else texts.tally
    return fill(
        template,
        reps_week=tally.reps_week,
        holds_week=tally.holds_week,
        reps_total=tally.reps_total,
        holds_total=tally.holds_total,
    )


def exercises_text(content: Content, report: Report, plan: Plan | None) -> str:
    """Each exercise in the plan (or once practised): its level, reps and holds."""
    texts = content.texts.progress
    tallies = {t.exercise_id: t for t in report.exercises}
    shown = {i.exercise_id for i in plan.active_items} if plan else set()
    shown |= {t for t in tallies if t in content.exercises} | set(report.levels)
    lines = [texts.exercises_header]
    for exercise_id in (e for e in PROGRAMME_ORDER if e in shown):
        name = content.exercise(exercise_id).name
        level = _level_text(content, exercise_id, report.levels.get(exercise_id, 0), plan)
        lines.append(fill(texts.exercise, name=name, level=level))
        if exercise_id == BENDING:  # bending counts how far you reach, not reps
            lines.append(texts.bends_by_reach if report.reach else texts.no_bends_yet)
        else:
            lines.append(_tally_text(content, tallies.get(exercise_id)))
    return "\n".join(lines)


def change_line(content: Content, change: ActivityChange) -> str:
    """One activity: first and latest score, and whether the change is meaningful."""
    texts = content.texts.function_check
    if change.change is None:
        return fill(texts.progress_line_first, name=change.name, score=change.first)
    if change.meaningful:
        template = texts.change_up if change.change > 0 else texts.change_down
    else:
        template = texts.change_small
    return fill(
        template,
        name=change.name,
        first=change.first,
        latest=change.latest,
        change=change.change,
        signed=f"{change.change:+d}" if change.change else "±0",
    )


def verdict_text(content: Content, summary: FunctionSummary) -> str | None:
    """The sentence on whether the change is meaningful (2 points or more)."""
    texts = content.texts.function_check
    verdict = summary.verdict
    if verdict is None:
        return None
    return {
        Verdict.BETTER: texts.verdict_better,
        Verdict.WORSE: texts.verdict_worse,
        Verdict.SAME: texts.verdict_same,
    }[verdict]


def function_text(content: Content, summary: FunctionSummary) -> str | None:
    """The function check block of /progress (None before the first check)."""
    texts = content.texts.function_check
    lines = [texts.header] if summary.changes or summary.due else []
    lines += [change_line(content, c) for c in summary.changes]
    verdict = verdict_text(content, summary)
    if verdict:
        lines.append(verdict)
    if summary.in_progress:
        lines.append(texts.in_progress)
    elif summary.due:
        lines.append(texts.due if summary.changes else texts.first_due)
    elif summary.next_due:
        lines.append(fill(texts.next_on, date=day_text(content, summary.next_due)))
    return "\n".join(lines) if lines else None


def progress_text(
    content: Content, report: Report, summary: FunctionSummary, plan: Plan | None
) -> str:
    """The whole /progress message."""
    texts = content.texts.progress
    figures = [
        streak_text(content, report.streak),
        week_text(content, report),
        texts.total_one if report.done_total == 1 else fill(texts.total, total=report.done_total),
    ]
    parts = [texts.title, "\n".join(figures), pain_text(content, report.pain)]
    if report.reach is not None:
        parts.append(reach_text(content, report.reach))
    parts.append(exercises_text(content, report, plan))
    function = function_text(content, summary)
    if function:
        parts.append(function)
    return "\n\n".join(parts)


def _weeks(first: date, last: date) -> int:
    """Whole weeks from `first` to `last`, both days included."""
    return ((last - first).days + 1) // 7


def chart_of(content: Content, report: Report) -> Chart:
    """The chart of the report's days, up to today."""
    texts = content.texts.progress
    # Chart words are drawn, not parsed as HTML, so they are formatted without escaping.
    labels = ChartLabels(
        title=texts.chart_title.format(weeks=_weeks(report.chart_from, report.today)),
        pain_axis=texts.chart_pain_axis,
        sessions_axis=texts.chart_sessions_axis,
        before=texts.chart_before,
        after=texts.chart_after,
        plan=texts.chart_plan,
        months=tuple(texts.months),
        day_format=texts.day,
    )
    days = tuple(ChartDay(d.day, d.sessions, d.pain_before, d.pain_after) for d in report.days)
    return Chart(report.chart_from, report.today, days, labels, SESSIONS_PER_DAY)


def chart_caption(content: Content, chart: Chart) -> str:
    """The caption under the chart."""
    return fill(content.texts.progress.chart_caption, weeks=_weeks(chart.first, chart.last))


# Telegram's limit for a photo caption; the summary rides on the chart when it fits.
CAPTION_LIMIT = 1024


def weekly_text(content: Content, first_name: str, report: Report) -> str:
    """The week in a few lines: streak, sessions against the plan, pain, a kind word."""
    texts = content.texts.progress
    title = fill(texts.weekly_title, name=first_name)
    if report.week.done == 0:
        return f"{title}\n\n{texts.weekly_none}"
    parts = [
        title,
        "\n".join([streak_text(content, report.streak), week_text(content, report)]),
        pain_text(content, report.pain),
        f"{pick(texts.weekly_cheer)}\n<i>{texts.weekly_pause}</i>",
    ]
    return "\n\n".join(parts)


def weekly_has_chart(report: Report, text: str) -> bool:
    """The chart goes with the summary when there is something to draw and the text fits."""
    return bool(report.days) and report.week.done > 0 and len(text) <= CAPTION_LIMIT
