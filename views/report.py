"""/report in the chat: the question, the name to print, the document's caption; the offer line."""

from __future__ import annotations

from datetime import date

from coach.report import NAME_LIMIT
from content import Markup, Words
from views.buttons.records import ReportTap
from views.reply import Reply, button, greeting_name, rows

FILE_NAME = "back-coach-report-{day}.pdf"


def ask_view(w: Words, request_id: int, name: str) -> Reply:
    """What to ask the clinician (typed, one line) or Skip; and the name the report shows."""
    keys = [
        [button(w("report-skip-button"), ReportTap(request_id, "skip"))],
        [button(w("report-name-button"), ReportTap(request_id, "name"))],
    ]
    return Reply(w("report-ask", **greeting_name(name)), rows(*keys))


def name_view(w: Words) -> Reply:
    """Type the name to print."""
    return Reply(w("report-ask-name", limit=NAME_LIMIT))


def report_caption(w: Words) -> Markup:
    """The words under the PDF."""
    return w("report-caption")


def report_file_name(day: date) -> str:
    """The PDF's file name (no name of the person in it: it may be forwarded)."""
    return FILE_NAME.format(day=day.isoformat())


def with_report_offer(w: Words, text: str) -> Markup:
    """Advice to see a clinician, and the line that offers /report to take along."""
    return Markup(f"{text}\n{w('report-offer')}")
