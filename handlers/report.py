"""/report: the typed question (or Skip), the name to print, the PDF made in the media worker."""

from __future__ import annotations

from telegram import Update

from coach.awaiting import Awaiting
from coach.report import ReportFacts
from content.words import Notice
from conversation.context import CoachContext
from handlers.taps import person_of, through, words_for
from services.base import Forged, Person, Stale
from services.report import (
    NameAsked,
    NothingYet,
    ask_for_name,
    ask_for_report,
    name_typed,
    question_typed,
    skip_question,
)
from views.buttons.records import ReportTap
from views.reply import Reply, notice_text
from views.report import ask_view, name_view, report_caption, report_file_name
from views.report_pages import report_pages


async def report_command(update: Update, context: CoachContext) -> None:
    """/report: what would you like to ask your clinician? (typed, or Skip)."""
    person = person_of(update)
    asked = await ask_for_report(context.services, person)
    w = await words_for(context, person)
    if isinstance(asked, NothingYet):
        await context.outbox.send(person.chat_id, Reply(w("report-nothing-yet")))
        return
    await context.outbox.send(person.chat_id, ask_view(w, asked.request_id, asked.name))


async def send_report(context: CoachContext, person: Person, facts: ReportFacts) -> None:
    """Lay the report out in the person's words, draw it in the worker, send it as a PDF."""
    w = await words_for(context, person)
    name = report_file_name(facts.today)
    await context.media.send_report(person.chat_id, report_pages(w, facts), name, report_caption(w))


async def report_tapped(update: Update, context: CoachContext) -> None:
    """Skip (make the report now) or Print another name (then we wait for it)."""

    async def choose(tap: ReportTap, person: Person) -> Forged | Stale | NameAsked | ReportFacts:
        if tap.choice == "name":
            return await ask_for_name(context.services, person, tap.request_id)
        return await skip_question(context.services, person, tap.request_id)

    found = await through(update, context, ReportTap, choose)
    if found is None:
        return
    _, result, message = found
    person = person_of(update)
    await context.outbox.drop_buttons(message)
    if isinstance(result, NameAsked):
        await context.outbox.send(person.chat_id, name_view(await words_for(context, person)))
        return
    assert isinstance(result, ReportFacts)
    await send_report(context, person, result)


async def text_typed(context: CoachContext, person: Person, text: str, asked: Awaiting) -> None:
    """The typed question (the report follows) or the typed name (the question comes again)."""
    if asked is Awaiting.REPORT_NAME:
        named = await name_typed(context.services, person, text)
        w = await words_for(context, person)
        if isinstance(named, Notice):
            await context.outbox.send(person.chat_id, Reply(notice_text(w, named)))
            return
        await context.outbox.send(person.chat_id, ask_view(w, named.request_id, named.name))
        return
    made = await question_typed(context.services, person, text)
    if isinstance(made, Notice):
        w = await words_for(context, person)
        await context.outbox.send(person.chat_id, Reply(notice_text(w, made)))
        return
    await send_report(context, person, made)
