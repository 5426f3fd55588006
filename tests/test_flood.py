"""A hostile or clumsy client: taps answered in time, no Bot API error, nothing that crashes."""

from __future__ import annotations

import logging
import time

import pytest
from sqlalchemy import func, select

from localchat.limits import NOT_MODIFIED
from localchat.telegram import LocalTelegram
from storage.models import User
from tests.support.buttons import every_kind
from tests.support.harness import Person, RunningBot
from tests.support.people import answer_symptoms, screen_clear, start_screen
from tests.support.records import the_session
from views.buttons.care import FlareTap, PauseTap, QuickCheckTap, RiseTap, SettledTap, SignsTap
from views.buttons.checkin import (
    AnswerTap,
    Begin,
    ClearedTap,
    DangerTap,
    GoAheadTap,
    LanguageTap,
    PlaceTap,
    RecheckTap,
    SeenTap,
)
from views.buttons.guided import (
    AddTap,
    BendTap,
    CardTap,
    ControlTap,
    DemoTap,
    FreshSession,
    LegSpreadTap,
    LegTap,
    LevelTap,
    NewSession,
    PainTap,
    ReachTap,
    SetTap,
    ShortSession,
    VoiceTap,
)
from views.buttons.keeping_going import AwayMenu, AwayTap, BackTap, BarrierTap, EaseTap, TakeTap
from views.buttons.lessons import LessonTap, QuizTap, SupportGo, SupportTap
from views.buttons.records import CheckGo, EraseTap, MoreTap, RateTap, ReportTap
from views.buttons.reminders import NudgeTap, SettingsTap
from views.codec import Button
from views.reply import Reply

ANN = 1001
FORGED = "That button isn't one I can use."
NUDGES = ("I work best with buttons", "Buttons and commands work best")  # a command, a sentence


@pytest.fixture
def fake(fake: LocalTelegram) -> LocalTelegram:
    """Telegram's limits (30 a second, a burst of three into a chat, then one a second), and a
    tap must be answered within a second of arriving, on the clock the bot's waits move."""
    fake.floods.global_rate, fake.floods.per_chat_rate, fake.floods.per_chat_burst = 30, 1.0, 3
    fake.callbacks.deadline = 1.0
    return fake


def is_nudge(text: str) -> bool:
    """The one calm answer to stray typing (a command or a sentence we cannot place)."""
    return any(nudge in text for nudge in NUDGES)


def answer_delays(fake: LocalTelegram) -> list[float]:
    """Seconds from each tap to its answer."""
    return [q["answered_at"] - q["issued_at"] for q in fake.callbacks.values() if q["answered"]]


async def queue_say(person: Person, text: str) -> None:
    """Send a message through the application's update queue, as polling delivers it."""
    await person.bot.queue(person.fake.message_update(person.user_id, text, person.first_name))


async def queue_tap(person: Person, label: str) -> None:
    """Tap a button through the update queue."""
    await person.bot.queue(person.fake.tap(person.user_id, label))


async def to_a_counter(ann: Person) -> None:
    """A plan with the back extension, a session, and its rep counter on screen."""
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")
    await ann.tap("3")
    await ann.tap("Skip")  # the pelvic lift's holds would time the clock, not the taps
    await ann.tap("Start")
    assert "Count: 0 of 10" in ann.last_text


# ------------------------------------------------------------------ every tap answered in time


async def test_a_tap_behind_a_long_queue_is_answered_within_a_second(ann, bot, fake, steady):
    await ann.say("/start")
    for _ in range(8):  # each /help is one message: after three, one a second into the chat
        await queue_say(ann, "/help")
    await queue_tap(ann, "Let's begin")
    started = steady.now()
    await bot.until_idle()
    assert steady.now() - started >= 5  # the replies really were paced behind each other
    assert max(answer_delays(fake)) <= 1.0
    assert "Which country are you in?" in ann.texts[-2]  # the tap still did its work, last
    assert fake.texts(ANN).count(fake.texts(ANN)[1]) == 8  # eight help lists, in order before


async def test_a_tap_that_need_not_wait_gets_its_toast_one_in_line_is_answered_at_once(
    ann, bot, fake, caplog
):
    await ann.say("/start")
    welcome = fake.last_message(ANN)["message_id"]
    await bot.queue(fake.callback_update(ANN, welcome, "ob:79", check_buttons=False))
    await bot.until_idle()
    assert ann.toasts() == [FORGED]  # nothing ahead of it: the refusal says so
    caplog.clear()
    await bot.queue(fake.callback_update(ANN, welcome, "ob:begin"))
    await bot.queue(fake.callback_update(ANN, welcome, "ob:79", check_buttons=False))
    await bot.until_idle()
    assert ann.toasts()[-1] is None  # in line behind the first: answered on arrival, no toast
    assert max(answer_delays(fake)) <= 1.0
    assert [r.name for r in caplog.records if "refused" in r.getMessage()] == ["handlers.taps"]


async def test_a_double_tap_on_the_counter_counts_once_and_edits_once(ann, bot, fake, db):
    await to_a_counter(ann)
    counter = fake.last_message(ANN)
    _, plus_one = fake.find_button(ANN, "+1")
    before = len(fake.edits(ANN))
    for _ in range(2):  # both taps leave the client before the first edit lands
        await bot.queue(fake.callback_update(ANN, counter["message_id"], plus_one))
    await bot.until_idle()
    assert "Count: 1 of 10" in ann.last_text
    assert len(fake.edits(ANN)) == before + 1
    await ann.tap_data(counter["message_id"], plus_one)  # and once more, long after
    assert "Count: 1 of 10" in ann.last_text
    assert ann.toasts()[-1]  # a toast says why nothing changed
    assert (await the_session(db)).id == 1


async def test_an_edit_to_what_the_message_shows_is_not_sent(ann, bot, fake):
    await ann.say("/start")
    shown = fake.last_message(ANN)
    outbox = bot.app.bot_data.outbox
    await outbox.edit(ANN, shown["message_id"], Reply("The same words"))
    edits = len(fake.edits(ANN))
    await outbox.edit(ANN, shown["message_id"], Reply("The same words"))
    assert len(fake.edits(ANN)) == edits  # nothing sent, so no "message is not modified"


async def test_not_modified_from_telegram_is_taken_as_done(ann, bot, fake, caplog):
    await ann.say("/start")
    shown = fake.last_message(ANN)
    await bot.app.bot_data.outbox.edit(ANN, shown["message_id"], Reply("The same words"))
    await bot.kill()  # a new process remembers nothing of what the message shows
    await bot.start()
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        await bot.app.bot_data.outbox.edit(ANN, shown["message_id"], Reply("The same words"))
    assert [e[1] for e in fake.errors] == [f"Bad Request: {NOT_MODIFIED}"]
    ours = [r for r in caplog.records if r.name != "localchat"]
    assert not [r for r in ours if r.levelno > logging.DEBUG or r.exc_info]
    fake.errors.clear()  # the one refusal this test provoked on purpose


# ------------------------------------------------------------------ forged data of every kind

# Each button kind with a number changed (or put where a word belongs) by a client.
CHANGED: dict[type[Button], str] = {
    Begin: "ob:79",
    AnswerTap: "ck:79:pain_now:4",
    ClearedTap: "clr:79",
    SeenTap: "seen:79:later",
    DangerTap: "dgr:99:yes",
    NewSession: "s.new:79",
    FreshSession: "s.fresh:79",
    PainTap: "s.pain:1:before:79",
    CardTap: "s.card:1:79:go",
    AddTap: "s.add:1:1:1:0:79",
    SetTap: "s.set:79:1:1:0",
    ControlTap: "s.ctl:79:pause",
    BendTap: "s.bend:1:2:79",
    ReachTap: "s.reach:1:2:79",
    LegTap: "s.leg:79:2:yes",
    LevelTap: "s.lvl:1:pelvic_lift:79:yes",
    SettingsTap: "rs:ok:79",
    NudgeTap: "rn:go:79:20261124",
    CheckGo: "fcg:79",
    RateTap: "fcr:79:1:5",
    MoreTap: "fcm:79:more",
    EraseTap: "del:79:1764000000",
    LanguageTap: "lang:79",
    SettledTap: "s.sore:79:yes",
    QuickCheckTap: "s.wk:79:none",
    PauseTap: "pp:79",
    FlareTap: "fl:79",
    DemoTap: "s.demo:79:0",
    VoiceTap: "s.vc:1:79:all:0",
    BarrierTap: "br:79:no_time",
    TakeTap: "br.take:79:quick",
    AwayMenu: "aw:79",
    AwayTap: "aw.days:79:3",
    BackTap: "aw.back:back",  # no id to change: nobody here is away
    EaseTap: "ease:yes",  # no id to change: nothing was offered
    ReportTap: "rep:79:skip",
    GoAheadTap: "ga:79",
    LegSpreadTap: "s.lsp:79:0",
    SignsTap: "s.sig:79",
    RiseTap: "s.rise:79:pain",
    ShortSession: "s.short:79",
    LessonTap: "ls:79",
    QuizTap: "lq:hurt_not_harm:79:harm",
    SupportGo: "sg:79",
    SupportTap: "sq:79:leg:yes",
    RecheckTap: "rck:79:none",
    PlaceTap: "pl:79",
}
KINDS = every_kind()
# Shapes no button has: unknown prefixes, random bytes, empty fields, the 64-byte edge.
SHAPELESS = ["zz:1", "\x00\x01\x02", "🙂" * 16, "s.add:::::", ":", "s.add:1:1:1:0:1:" + "9" * 47]


def test_every_button_kind_has_a_changed_number_to_try():
    assert set(CHANGED) == set(KINDS) - {Button}


@pytest.mark.parametrize("data", [*CHANGED.values(), *SHAPELESS], ids=repr)
async def test_forged_data_gets_the_toast_and_one_log_line(ann, bot, fake, db, caplog, data):
    await screen_clear(ann)
    await answer_symptoms(ann)
    await ann.say("/session")  # a session (id 1) under way, so ids of ours exist
    shown = fake.texts(ANN)
    message = fake.last_message(ANN)["message_id"]
    caplog.clear()
    with caplog.at_level(logging.INFO):
        await ann.tap_data(message, data)
    assert ann.toasts()[-1]  # forged, or (an id or step of ours, changed) from another step
    (line,) = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert line.name == "handlers.taps" and line.exc_info is None
    assert repr(data[:20])[:-1] in line.getMessage()
    assert fake.texts(ANN) == shown  # nothing changed on screen


# ------------------------------------------------------------------ what the bot does not handle


def _private(fake: LocalTelegram, user_id: int, **content: object) -> dict:
    """A private message of some other kind than text."""
    update = fake.message_update(user_id, "placeholder")
    message = update["message"]
    del message["text"]
    message.update(content)
    return update


def _group(user_id: int, text: str) -> dict:
    return {
        "message_id": 5,
        "from": {"id": user_id, "is_bot": False, "first_name": "Ann"},
        "chat": {"id": -100123, "type": "supergroup", "title": "Back pain chat"},
        "date": int(time.time()),
        "text": text,
        **(
            {"entities": [{"type": "bot_command", "offset": 0, "length": len(text)}]}
            if text.startswith("/")
            else {}
        ),
    }


def _unhandled(fake: LocalTelegram) -> dict[str, dict]:
    """One update of each kind the bot leaves alone."""
    edited = fake.message_update(ANN, "I meant something else")
    edited["edited_message"] = {**edited.pop("message"), "edit_date": int(time.time())}
    orphan = fake.message_update(ANN, "hello")
    del orphan["message"]["from"]
    return {
        "inline query": {
            "inline_query": {
                "id": "iq1",
                "from": {"id": ANN, "is_bot": False, "first_name": "Ann"},
                "query": "back",
                "offset": "",
            }
        },
        "channel post": {
            "channel_post": {
                "message_id": 9,
                "date": int(time.time()),
                "chat": {"id": -1009, "type": "channel", "title": "News"},
                "text": "/start",
            }
        },
        "edited message": edited,
        "group message": {"message": _group(ANN, "my back hurts")},
        "dice": _private(fake, ANN, dice={"emoji": "🎲", "value": 4}),
        "message without from": orphan,
        "group location": {
            "message": {
                **_group(ANN, "x"),
                "text": None,
                "location": {"latitude": 52.1, "longitude": 4.3},
            }
        },
    }


@pytest.mark.parametrize(
    "kind",
    ["inline query", "channel post", "edited message", "group message", "dice",
     "message without from", "group location"],
)  # fmt: skip
async def test_an_update_we_do_not_handle_costs_nothing(bot, fake, db, caplog, kind):
    update = {k: v for k, v in _unhandled(fake)[kind].items() if k != "update_id"}
    calls = len(fake.calls)
    with caplog.at_level(logging.DEBUG):
        await bot.feed(fake.inject_update(update))
    assert fake.calls[calls:] == []  # not a single Bot API call
    assert not [r for r in caplog.records if r.levelno > logging.DEBUG]
    async with db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 0


async def test_a_command_in_a_group_gets_one_sentence(bot, fake, caplog):
    fake.add_user(-100123)  # the fake only needs the chat to exist to take the bot's reply
    with caplog.at_level(logging.DEBUG):
        await bot.feed(fake.inject_update({"message": _group(ANN, "/start")}))
    sent = [params for method, params in fake.calls if method == "sendMessage"]
    assert len(sent) == 1 and "private chat" in sent[0]["text"]
    assert not [r for r in caplog.records if r.levelno > logging.DEBUG]


# ------------------------------------------------------------------ a flood is bounded


async def test_a_burst_of_typed_text_gets_one_nudge(ann, bot, fake, clock):
    await start_screen(ann)
    for n in range(20):
        await queue_say(ann, f"hello {n}")
    await bot.until_idle()
    nudges = [t for t in fake.texts(ANN) if "tap one of the buttons" in t]
    assert len(nudges) == 1
    assert "a quick safety check" in ann.last_text  # the question, once more
    clock.shift(10)  # a new burst, some time later
    await ann.say("and now?")
    assert len([t for t in fake.texts(ANN) if "tap one of the buttons" in t]) == 2


async def test_stray_text_and_unknown_commands_outside_a_check_in_nudge_once(ann, bot, fake):
    await ann.say("/start")
    shown = len(fake.texts(ANN))
    for text in ("hello", "/nonsense", "are you there", "/what", "???"):
        await queue_say(ann, text)
    await bot.until_idle()
    assert [t for t in fake.texts(ANN)[shown:] if is_nudge(t)] == [fake.texts(ANN)[-1]]


async def test_a_calm_person_is_answered_while_another_floods(bot, fake, steady):
    flooder, calm = Person(bot, 2001, "Flo"), Person(bot, 2002, "Cal")
    for n in range(30):
        await queue_say(flooder, f"spam {n}")
        await queue_say(flooder, "/help")
    before = steady.now()
    await calm.say("/help")  # straight through the handlers, beside the flood in the queue
    assert calm.seen("What I can do") and steady.now() - before <= 1.0
    await bot.until_idle()
    assert len([t for t in fake.texts(2001) if is_nudge(t)]) == 1


# ------------------------------------------------------------------ names, and late answers


@pytest.mark.parametrize("name", ["\u3164", "\u2800\u2800", "\u200b", "\u115f\u200d"], ids=repr)
async def test_an_invisible_name_is_greeted_without_a_dangling_comma(bot, fake, name):
    person = Person(bot, 3001, name)
    await person.say("/start")
    assert person.texts[0].startswith("Hi! I'm Back Coach.")
    await person.tap("Let's begin")
    await person.tap("Skip for now")
    await person.say("/start")
    assert "Welcome back!" in person.texts[-2]


async def test_a_tap_too_old_to_answer_is_one_warning_line(ann, bot, fake, caplog):
    await ann.say("/start")
    fake.callbacks.deadline = -1.0  # their client was offline: every answer comes too late
    with caplog.at_level(logging.INFO):
        await ann.tap("Let's begin")
    assert "Which country are you in?" in ann.texts[-2]  # the work was done all the same
    (line,) = [r for r in caplog.records if r.levelno >= logging.INFO and r.name != "localchat"]
    assert "too late" in line.getMessage() and line.exc_info is None
    assert [e[1][:33] for e in fake.errors] == ["Bad Request: query is too old and"]
    fake.errors.clear()
    fake.callbacks.clear()  # the bot did try to answer; Telegram refused it as too old


async def test_an_edit_of_a_message_the_person_deleted_is_one_info_line(ann, bot, fake, caplog):
    await ann.say("/start")
    welcome = fake.last_message(ANN)["message_id"]
    await ann.tap("Let's begin")
    del fake.chats[ANN].messages[welcome]  # the person deleted it
    with caplog.at_level(logging.INFO):
        await bot.app.bot_data.outbox.edit(ANN, welcome, Reply("Too late"))
    assert not [r for r in caplog.records if r.exc_info or r.levelno > logging.WARNING]
    fake.errors.clear()


async def test_the_bot_keeps_answering_after_a_flood(bot: RunningBot, fake):
    people = [Person(bot, 4000 + n, f"P{n}") for n in range(5)]
    for person in people:
        await person.say("/start")
    for person in people:
        for data in ("ob:begin", "zz:1", "ob:79", "s.add:1:1:1:0:5"):
            message = fake.last_message(person.user_id)["message_id"]
            await bot.queue(
                fake.callback_update(person.user_id, message, data, check_buttons=False)
            )
        for text in ("hi", "/start", "/nope", "x" * 4096):
            await queue_say(person, text)
    await bot.until_idle()
    assert max(answer_delays(fake)) <= 1.0
    for person in people:
        await person.say("/help")
        assert "What I can do" in person.last_text
