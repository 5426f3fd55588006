"""The clinician's report in the person's language: the header, the summary, the weeks, the plan.

The figures are the ones /progress shows (the same Progress), told for a clinician; the rest of
the sections are in views.report_sections. Words only: media.report_pdf lays them out.
"""

from __future__ import annotations

from datetime import date

from coach.function_check import Verdict
from coach.plan import Plan, PlanItem
from coach.progress import Direction
from coach.report import ReportFacts, has_chart
from content import Words
from media.report_spec import ReportPages, Section, Table
from views.paper import long_day, plain, score_text
from views.plan import dose_text, item_dose, item_name, reasons_text
from views.progress import chart_between
from views.reply import greeting_name
from views.report_sections import care_section, sections_after_plan


def _span(w: Words, first: date, last: date) -> str:
    """'17 days', '3 weeks'."""
    days = (last - first).days + 1
    if days < 14:
        return w.plain("report-span-days", days=days)
    return w.plain("report-span-weeks", weeks=round(days / 7))


def _pain_line(w: Words, facts: ReportFacts) -> str:
    """The pain trend /progress tells, for a clinician."""
    trend = facts.progress.pain
    if trend is None:
        return w.plain("report-glance-pain-early")
    key = {
        Direction.DOWN: "report-glance-pain-down",
        Direction.UP: "report-glance-pain-up",
        Direction.STEADY: "report-glance-pain-steady",
    }[trend.direction]
    return w.plain(key, start=trend.start, end=trend.end, days=max(trend.days, 1))


def _function_line(w: Words, facts: ReportFacts) -> str:
    """The function check in one line."""
    summary = facts.function
    if not summary.changes:
        return w.plain("report-glance-function-none")
    verdict = summary.verdict
    if verdict is None:
        return w.plain("report-glance-function-first")
    return w.plain(f"report-glance-function-{verdict.value}")


def _signs_line(w: Words, facts: ReportFacts) -> str:
    """How many warning signs wait for a clinician, and how many were cleared."""
    if not facts.signs:
        return w.plain("report-glance-signs-none")
    cleared = sum(1 for s in facts.signs if s.cleared is not None)
    return w.plain("report-glance-signs", open=len(facts.signs) - cleared, cleared=cleared)


def _glance(w: Words, facts: ReportFacts) -> tuple[str, ...]:
    """The few lines a clinician reads first."""
    done = sum(week.done for week in facts.weeks)
    planned = sum(week.planned for week in facts.weeks)
    lines = [
        w.plain(
            "report-glance-sessions", done=done, planned=planned, since=long_day(w, facts.first)
        ),
        _pain_line(w, facts),
        _function_line(w, facts),
        _signs_line(w, facts),
    ]
    improving = facts.function.verdict is Verdict.BETTER
    if facts.progress.not_improving and not improving:
        lines.append(w.plain("report-glance-not-improving"))
    if facts.paused_since is not None:
        lines.append(w.plain("report-glance-paused", day=long_day(w, facts.paused_since)))
    elif facts.gentle:
        lines.append(w.plain("report-glance-gentle"))
    return tuple(lines)


def _weeks(w: Words, facts: ReportFacts) -> Section:
    """Sessions done against planned and the typical pain, week by week."""
    rows = tuple(
        (
            w.day(week.first),
            w.plain("report-weeks-cell", done=week.done, planned=week.planned),
            score_text(w, week.pain_before),
            score_text(w, week.pain_after),
        )
        for week in facts.weeks
    )
    header = tuple(
        w.plain(f"report-weeks-head-{k}") for k in ("week", "sessions", "before", "after")
    )
    table = Table(header, rows, (1.1, 1.2, 1, 1))
    return Section(
        w.plain("report-weeks-title"), table=table, after=(w.plain("report-weeks-note"),)
    )


def _level(w: Words, item: PlanItem, level: int) -> str:
    """'Level 2 of 3: one leg lifted', or the variant the plan uses."""
    if item.variant:
        return plain(item_name(w, item))
    exercise = w.content.exercise(item.exercise_id)
    rung = exercise.level(level)
    name = w.plain(f"exercise-{item.exercise_id}-level-{rung.id}-name")
    number = exercise.levels.index(rung) + 1
    return w.plain("report-plan-level", number=number, count=len(exercise.levels), name=name)


def _plan_row(w: Words, plan: Plan, item: PlanItem, levels: dict[str, int]) -> tuple[str, ...]:
    """One exercise: its name, level and dose, and why it is in the plan."""
    level = levels.get(item.exercise_id, 0)
    dose = plain(dose_text(w, item_dose(w, item, level)))
    times = w.plain(f"exercise-{item.exercise_id}-times")
    standing = w.plain("report-plan-on-hold") if item.on_hold else _level(w, item, level)
    why = plain(reasons_text(w, plan, item)).replace("⏸ ", "")
    return (plain(item_name(w, item)), f"{standing}\n{dose}, {times}", why)


def _plan(w: Words, facts: ReportFacts) -> Section:
    """The plan in force: each exercise with its level, dose and reason."""
    title = w.plain("report-plan-title")
    plan = facts.plan
    if plan is None or not plan.items:
        lock = plan.lock if plan is not None else None
        return Section(
            title, (w.plain(f"report-plan-lock-{lock.value}" if lock else "report-plan-none"),)
        )
    lines = (w.plain(f"report-plan-lock-{plan.lock.value}"),) if plan.lock else ()
    if facts.gentle and plan.lock is None:
        lines = (w.plain("report-glance-gentle"),)
    levels = facts.progress.levels
    rows = tuple(_plan_row(w, plan, item, levels) for item in plan.items)
    header = tuple(w.plain(f"report-plan-head-{k}") for k in ("exercise", "level", "why"))
    return Section(title, lines, Table(header, rows, (1, 1.3, 2.2)))


def report_pages(w: Words, facts: ReportFacts) -> ReportPages:
    """Everything the PDF shows, in the person's language."""
    name = greeting_name(facts.name)
    chart = None
    if has_chart(facts.days):
        chart = chart_between(
            w, facts.days, facts.first, facts.today, w.plain("report-chart-title")
        )
    return ReportPages(
        title=w.plain("report-title", **name),
        period=w.plain(
            "report-period",
            made=long_day(w, facts.today),
            start=long_day(w, facts.first),
            span=_span(w, facts.first, facts.today),
        ),
        about=w.plain("report-about"),
        question_label=w.plain("report-question-label", **name),
        question=facts.question,
        glance_title=w.plain("report-glance-title"),
        glance=_glance(w, facts),
        weeks=_weeks(w, facts),
        chart=chart,
        chart_note=None if chart else w.plain("report-chart-too-little"),
        sections=(_plan(w, facts), *sections_after_plan(w, facts), care_section(w, facts)),
        footer=w.plain("report-footer", page="{page}", pages="{pages}"),
        language=w.lang,
    )
