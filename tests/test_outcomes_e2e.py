"""/outcomes end to end: figures across everyone for an operator, small cells withheld; anyone
else gets what an unknown command gets; `python -m outcomes` prints the same figures."""

from __future__ import annotations

import asyncio

from localchat.media import image_size
from outcomes import main as outcomes_main
from tests.support.harness import Person
from tests.support.moments import START
from tests.support.population import a_population, add_someone

OPERATOR = 9001


async def a_crowd(db) -> None:
    async with db.transaction() as session:
        for someone in a_population():
            await add_someone(session, someone, START)


async def as_operator(bot) -> None:
    """The same bot, started with OPERATOR_IDS naming the operator."""
    await bot.stop()
    bot.operator_ids = f" {OPERATOR}, 12345 "
    await bot.start()


async def test_an_operator_sees_the_figures_with_small_cells_withheld(clock, bot, db):
    await a_crowd(db)
    await as_operator(bot)
    operator = Person(bot, OPERATOR, "Olga")
    await operator.say("/outcomes")
    text = next(t for t in operator.texts if "Outcomes across everyone" in t)
    assert "Started (finished the first questions): 8." in text
    assert "31 Aug: 6" in text and "9 Nov: <5" in text
    assert "Week 1: 8 of 8 (100%)" in text
    assert "Week 4: 6 of 6 (100%)" in text
    assert "Week 8: 5 of 6 (83%)" in text
    assert "Sessions per active week: 7 (median; people: 8)" in text
    assert "Week 12: -3 (people: 5)" in text  # pain eased from 7 to 4
    assert "Week 8: +3 (people: 5)" in text  # the function check rose from 3 to 6
    assert "A doctor the same day: 6, cleared 5" in text
    assert "Emergency, now: <5, cleared <5" in text  # two people: withheld
    assert "Flare-up plans opened: people 6, openings 7" in text
    assert "Pauses for pain: people <5, pauses <5" in text
    assert "Lessons done: people <5, lessons <5" in text  # nobody in the crowd read one
    # Nobody's name, id or words.
    for private in ("Person 30", "3001", "secret chore"):
        assert private not in text
    [chart] = [m for m in operator.fake.messages(OPERATOR) if m["kind"] == "photo"]
    assert image_size(chart["file"]) == (1080, 1440)
    assert "<5 marks a figure about fewer than 5 people" in chart["caption"]


async def test_anyone_else_gets_what_an_unknown_command_gets(clock, bot, db):
    await a_crowd(db)
    await as_operator(bot)
    ann, bea = Person(bot, 1001, "Ann"), Person(bot, 1002, "Bea")
    await ann.say("/outcomes")
    await bea.say("/whatever")
    assert (
        ann.texts
        == bea.texts
        == ["I work best with buttons and commands. Send /help to see what I can do."]
    )
    assert [m["kind"] for m in ann.fake.messages(1001)] == ["text"]


async def test_python_m_outcomes_prints_the_same_figures(clock, bot, db, database_url, tmp_path,
                                                         monkeypatch, capsys):  # fmt: skip
    await a_crowd(db)
    monkeypatch.setenv("DATABASE_URL", database_url)
    chart = tmp_path / "outcomes.png"
    assert await asyncio.to_thread(outcomes_main, ["--chart", str(chart)]) == 0
    printed = capsys.readouterr().out
    assert "Started (finished the first questions): 8." in printed
    assert "A doctor the same day: 6, cleared 5" in printed
    assert "Emergency, now: <5, cleared <5" in printed
    assert "<b>" not in printed
    assert image_size(chart.read_bytes()) == (1080, 1440)
