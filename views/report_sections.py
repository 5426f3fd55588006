"""The report's later sections: function check, support need, warning signs, cautions, care."""

from __future__ import annotations

from coach.care_log import CareKind
from coach.function_check import ActivityChange
from coach.report import ReportFacts, SignEntry
from coach.safety import GROUPS, Level
from content import Words
from media.report_spec import Section, Table
from views.paper import NONE, days_listed, long_day, numeric_day

CAUTIONS = ("pregnant", "surgery", "osteoporosis", "balance")
# How many pain rises are listed by date (the count says how many there were).
RISES_LISTED = 6


def _change_cell(w: Words, change: ActivityChange) -> str:
    """'+3 (meaningful)', '-1', or a dash before the second check."""
    if change.change is None:
        return NONE
    signed = f"{change.change:+d}" if change.change else "±0"
    return w.plain("report-function-meaningful", signed=signed) if change.meaningful else signed


def _function(w: Words, facts: ReportFacts) -> Section:
    """The PSFS activities with their first and latest scores."""
    title = w.plain("report-function-title")
    changes = facts.function.changes
    if not changes:
        return Section(title, (w.plain("report-function-none"),))
    days = facts.function_days
    lines = [w.plain("report-function-intro")]
    if days:
        first, latest = long_day(w, days[0]), long_day(w, days[-1])
        lines.append(w.plain("report-function-dates", count=len(days), first=first, latest=latest))
    rows = tuple(
        (c.name, str(c.first), NONE if c.latest is None else str(c.latest), _change_cell(w, c))
        for c in changes
    )
    header = tuple(
        w.plain(f"report-function-head-{k}") for k in ("activity", "first", "latest", "change")
    )
    return Section(title, tuple(lines), Table(header, rows, (2.4, 0.8, 0.8, 1.2)))


def _support(w: Words, facts: ReportFacts) -> Section | None:
    """The support-need score over time (only once that questionnaire exists and was answered)."""
    if not facts.support:
        return None
    rows = tuple(
        (long_day(w, r.day), str(r.score), w.plain(f"report-support-group-{r.group}"))
        for r in facts.support
    )
    header = tuple(w.plain(f"report-support-head-{k}") for k in ("date", "score", "group"))
    lines = [w.plain("report-support-intro")]
    first, latest = facts.support[0], facts.support[-1]
    if len(facts.support) > 1:
        lines.append(w.plain("report-support-change", first=first.score, latest=latest.score))
    return Section(w.plain("report-support-title"), tuple(lines), Table(header, rows, (1, 1, 1.5)))


def sign_name(w: Words, sign: str) -> str:
    """A sign's name for a clinician; a sign added later falls back to its name in the chat."""
    for key in (f"report-sign-{sign}", f"safety-sign-{sign}"):
        if w.has(key):
            return w.plain(key)
    listed = next((which for _, which, signs in GROUPS if sign in signs), None)
    key = f"question-{listed}-option-{sign}"
    return w.plain(key) if listed and w.has(key) else sign


def _sign_row(w: Words, entry: SignEntry) -> tuple[str, ...]:
    """One sign: its name (and 'not sure'), its tier, when reported, when cleared."""
    name = sign_name(w, entry.sign)
    if entry.level is Level.UNSURE:
        name = w.plain("report-sign-unsure", sign=name)
    tier = w.plain(f"report-tier-{entry.tier.name.lower()}") if entry.tier is not None else NONE
    cleared = (
        numeric_day(w, entry.cleared) if entry.cleared else w.plain("report-signs-not-cleared")
    )
    return (name, tier, numeric_day(w, entry.reported), cleared)


def _signs(w: Words, facts: ReportFacts) -> Section:
    """Every warning sign reported, its tier, and whether a clinician cleared it."""
    title = w.plain("report-signs-title")
    if not facts.signs:
        return Section(title, (w.plain("report-signs-none"),))
    rows = tuple(_sign_row(w, entry) for entry in facts.signs)
    header = tuple(
        w.plain(f"report-signs-head-{k}") for k in ("sign", "tier", "reported", "cleared")
    )
    note = (w.plain("report-signs-note"),)
    return Section(title, table=Table(header, rows, (3.4, 1.6, 0.8, 0.8)), after=note)


def _cautions(w: Words, facts: ReportFacts) -> Section:
    """The cautions the person told, each as the plan takes it into account."""
    told = [c for c in CAUTIONS if c in facts.cautions]
    lines = []
    for caution in told:
        key = f"report-caution-{caution}"
        if caution == "surgery":
            key += "-ok" if facts.surgery_ok else "-waiting"
        lines.append(w.plain(key))
    return Section(
        w.plain("report-cautions-title"), tuple(lines or [w.plain("report-cautions-none")])
    )


def sections_after_plan(w: Words, facts: ReportFacts) -> tuple[Section, ...]:
    """Function check, support need (when there is one), warning signs, cautions."""
    support = _support(w, facts)
    return tuple(
        s for s in (_function(w, facts), support, _signs(w, facts), _cautions(w, facts)) if s
    )


def _rises(w: Words, facts: ReportFacts) -> str:
    """Sessions after which pain was worse, the latest few by date."""
    if not facts.rises:
        return w.plain("report-care-no-rises")
    listed = [
        w.plain("report-care-rise", day=w.day(r.day), before=r.before, after=r.after)
        for r in facts.rises[-RISES_LISTED:]
    ]
    return w.plain("report-care-rises", count=len(facts.rises), rises=w.listing(listed))


def care_section(w: Words, facts: ReportFacts) -> Section:
    """Flare-ups, pain rises and pauses."""
    flares = [m.day for m in facts.care if m.kind is CareKind.FLARE]
    lines = [
        w.plain("report-care-flares", count=len(flares), days=days_listed(w, flares))
        if flares
        else w.plain("report-care-no-flares"),
        _rises(w, facts),
    ]
    for moment in (m for m in facts.care if m.kind is not CareKind.FLARE):
        lines.append(w.plain(f"report-care-{moment.kind.value}", day=long_day(w, moment.day)))
    if facts.paused_since is not None:
        lines.append(w.plain("report-care-paused-now", day=long_day(w, facts.paused_since)))
    return Section(w.plain("report-care-title"), tuple(lines))
