"""The outcomes as text and as a chart to draw; "<5" wherever a figure is about fewer than five."""

from __future__ import annotations

import html

from babel.numbers import format_decimal, format_percent

from coach.outcomes import SMALL_CELL, Middle, Outcomes, Share, Tally
from content import Markup, Words
from media.outcomes_chart import OutcomesChart
from views.paper import long_day

WITHHELD = f"<{SMALL_CELL}"


def count_text(value: int | None) -> str:
    """A count, or "<5"."""
    return WITHHELD if value is None else str(value)


def change_text(w: Words, value: float | None) -> str:
    """A signed median ('-1.5', '+2'), or "<5"."""
    if value is None:
        return WITHHELD
    return format_decimal(round(value, 1), "+0.#;-0.#", locale=w.locale) if value else "0"


def _share(w: Words, week: int, share: Share) -> Markup:
    """'Week 4: 12 of 20 (60%)'."""
    percent = share.percent
    shown = format_percent(percent / 100, locale=w.locale) if percent is not None else "–"
    return w(
        "outcomes-retention-line",
        week=week,
        active=count_text(share.count),
        of=count_text(share.of),
        percent=shown,
    )


def _change(w: Words, week: int, middle: Middle) -> Markup:
    """'Week 8: -2 (14 people)'."""
    return w(
        "outcomes-change-line",
        week=week,
        change=change_text(w, middle.value),
        people=count_text(middle.people),
    )


def _tally(w: Words, key: str, tally: Tally) -> Markup:
    """People and times."""
    return w(key, people=count_text(tally.people), times=count_text(tally.times))


def _care_lines(w: Words, figures: Outcomes) -> list[str]:
    """Warning-sign locks by tier, pauses, flare-ups, lessons."""
    lines = [w("outcomes-locks-header")]
    for tier, share in figures.locks:
        tier_name = w(f"report-tier-{tier.name.lower()}")
        lines.append(
            w("outcomes-lock-line", tier=tier_name, people=count_text(share.of),
              cleared=count_text(share.count))
        )  # fmt: skip
    lines.append(_tally(w, "outcomes-pauses", figures.pauses))
    lines.append(w("outcomes-pauses-seen", people=count_text(figures.pauses_ended_seen)))
    lines.append(_tally(w, "outcomes-flares", figures.flares))
    lines.append(_tally(w, "outcomes-lessons", figures.lessons))
    return lines


def outcomes_text(w: Words, figures: Outcomes) -> str:
    """Every figure, in a few short blocks."""
    by_week = (f"{w.day(monday)}: {count_text(n)}" for monday, n in figures.starts_by_week)
    weeks = html.escape(" · ".join(by_week), quote=False)  # "<5" is text, not a tag
    head = [
        w("outcomes-title", day=long_day(w, figures.today)),
        w("outcomes-privacy", small=WITHHELD),
    ]
    started = [w("outcomes-started", people=count_text(figures.started)), weeks]
    active = [w("outcomes-retention-header")]
    active += [_share(w, week, share) for week, share in figures.retention]
    middle = figures.sessions_per_active_week
    sessions = w(
        "outcomes-sessions",
        median=change_text(w, middle.value).lstrip("+"),
        people=count_text(middle.people),
    )
    pain = [w("outcomes-pain-header")] + [_change(w, k, m) for k, m in figures.pain_change]
    function = [w("outcomes-function-header")]
    function += [_change(w, k, m) for k, m in figures.function_change]
    groups = dict(figures.support_groups)
    support = w(
        "outcomes-support",
        lower=count_text(groups.get("lower")),
        medium=count_text(groups.get("medium")),
        higher=count_text(groups.get("higher")),
        change=change_text(w, figures.support_change.value),
        people=count_text(figures.support_change.people),
    )
    blocks = [head, started, active, [sessions], pain, function, [support], _care_lines(w, figures)]
    return "\n\n".join("\n".join(block) for block in blocks)


def outcomes_caption(w: Words) -> Markup:
    """The words under the chart."""
    return w("outcomes-caption", small=WITHHELD)


def outcomes_chart(w: Words, figures: Outcomes) -> OutcomesChart:
    """What the chart draws (its words plain: drawn, not parsed as HTML)."""
    weeks = tuple(w.plain("outcomes-chart-week", week=week) for week, _ in figures.pain_change)
    return OutcomesChart(
        title=w.plain("outcomes-chart-title"),
        starts_title=w.plain("outcomes-chart-starts"),
        starts=tuple((w.day(monday), n) for monday, n in figures.starts_by_week),
        retention_title=w.plain("outcomes-chart-active"),
        retention=tuple(
            (w.plain("outcomes-chart-week", week=week), share.percent)
            for week, share in figures.retention
        ),
        change_title=w.plain("outcomes-chart-change"),
        change_weeks=weeks,
        pain_label=w.plain("outcomes-chart-pain"),
        pain=tuple(m.value for _, m in figures.pain_change),
        function_label=w.plain("outcomes-chart-function"),
        function=tuple(m.value for _, m in figures.function_change),
        withheld=WITHHELD,
    )
