"""The callback-data codec: every button we draw reads back; anything else is refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.away import AWAY_CHOICES
from coach.barriers import Barrier, Take
from coach.events import CardChoice, Control, When
from coach.reminders import NudgeAction
from tests.support.buttons import every_kind
from views.buttons.care import RiseTap, SignsTap
from views.buttons.checkin import AnswerTap, Begin, ClearedTap, GoAheadTap
from views.buttons.guided import (
    AddTap,
    BendTap,
    CardTap,
    ControlTap,
    FreshSession,
    LegSpreadTap,
    LegTap,
    LevelTap,
    NewSession,
    PainTap,
    ReachTap,
    SetTap,
    ShortSession,
)
from views.buttons.keeping_going import AwayMenu, AwayTap, BackTap, BarrierTap, EaseTap, TakeTap
from views.buttons.lessons import LessonTap, QuizTap, SupportGo, SupportTap
from views.buttons.records import CheckGo, EraseTap, MoreTap, RateTap, ReportTap
from views.buttons.reminders import NudgeTap, SettingsAction, SettingsTap
from views.codec import MAX_BYTES, Button, CallbackDataError

ids = st.integers(min_value=0, max_value=10**12)
small = st.integers(min_value=0, max_value=99)
words = st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True)

EVERY_BUTTON = st.one_of(
    st.just(Begin()),
    st.builds(AnswerTap, ids, words, st.from_regex(r"[+\-~]?[a-z_]{1,10}", fullmatch=True)),
    st.builds(ClearedTap, ids),
    st.just(NewSession()),
    st.builds(FreshSession, ids),
    st.builds(PainTap, ids, st.sampled_from(When), st.integers(0, 10)),
    st.builds(CardTap, ids, small, st.sampled_from(CardChoice)),
    st.builds(AddTap, ids, small, small, small, st.sampled_from((1, 5))),
    st.builds(SetTap, ids, small, small, small),
    st.builds(ControlTap, ids, st.sampled_from(Control)),
    st.builds(BendTap, ids, small, st.integers(0, 4)),
    st.builds(ReachTap, ids, small, st.integers(0, 3)),
    st.builds(LegTap, ids, small, st.sampled_from(("yes", "no"))),
    st.builds(LevelTap, ids, words, small, st.sampled_from(("yes", "no"))),
    st.builds(SettingsTap, st.sampled_from(SettingsAction), st.just("-")),
    st.builds(NudgeTap, st.sampled_from(NudgeAction), ids, st.dates(date(2020, 1, 1))),
    st.just(CheckGo()),
    st.builds(RateTap, ids, ids, st.integers(0, 10)),
    st.builds(MoreTap, ids, st.sampled_from(("more", "end"))),
    st.builds(EraseTap, st.sampled_from(("yes", "no")), ids),
    st.builds(BarrierTap, ids, st.sampled_from(Barrier)),
    st.builds(TakeTap, ids, st.sampled_from(Take)),
    st.builds(AwayMenu, ids),
    st.builds(AwayTap, ids, st.sampled_from(AWAY_CHOICES)),
    st.just(BackTap()),
    st.builds(EaseTap, st.sampled_from(("yes", "no"))),
    st.builds(ReportTap, ids, st.sampled_from(("skip", "name"))),
    st.just(GoAheadTap()),
    st.builds(LegSpreadTap, ids, small),
    st.builds(SignsTap, ids),
    st.builds(RiseTap, ids, st.sampled_from(("pain", "new"))),
    st.just(ShortSession()),
    st.builds(LessonTap, words),
    st.builds(QuizTap, words, ids, words),
    st.builds(SupportGo, st.sampled_from(("yes", "later"))),
    st.builds(SupportTap, ids, words, words),
)
KINDS: list[type[Button]] = every_kind()


@given(EVERY_BUTTON)
def test_every_button_we_draw_reads_back_as_itself(button: Button) -> None:
    assert len(button.data.encode()) <= MAX_BYTES
    assert type(button).parse(button.data) == button


@given(st.text(max_size=64).filter(lambda t: len(t.encode()) <= MAX_BYTES))
def test_any_data_is_refused_or_reads_back_exactly(data: str) -> None:
    # Forged data of any shape: either refused as forged, or it is exactly a button we draw.
    for kind in KINDS:
        try:
            parsed = kind.parse(data)
        except CallbackDataError:
            continue
        assert parsed.data == data


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "s.pain:12:before",  # a field short
        "s.pain:12:before:7:1",  # a field too many
        "s.card:12:before:7",  # another prefix
        "s.pain:x12:before:7",  # an id that is not a number
        "s.pain:12:during:7",  # not one of the words
        "s.pain:12:before:11",  # outside the range
        "s.pain:12:before:79",  # a number changed by a client
        "s.pain:12:before:-1",
        "s.pain:12:before:7" + "0" * 60,  # over Telegram's 64 bytes
        "s.pain:12:bef<re:7",  # a character we never put in
    ],
)
def test_anything_else_is_refused(data: str | None) -> None:
    with pytest.raises(CallbackDataError):
        PainTap.parse(data)


def test_drawing_refuses_what_telegram_or_the_parser_would_reject() -> None:
    with pytest.raises(CallbackDataError):
        _ = AnswerTap(1, "a" * 70, "x").data
    with pytest.raises(CallbackDataError):
        _ = AnswerTap(1, "two words", "x").data


@pytest.mark.parametrize("data", ["br:7:tired", "br.take:7:nap", "aw.days:7:5", "aw.days:7:-2"])
def test_a_barrier_a_change_or_a_length_we_never_offer_is_refused(data: str) -> None:
    kind = {"br": BarrierTap, "br.take": TakeTap, "aw.days": AwayTap}
    with pytest.raises(CallbackDataError):
        kind[data.split(":")[0]].parse(data)


def test_a_nudge_for_a_day_that_does_not_exist_is_refused() -> None:
    with pytest.raises(CallbackDataError):
        NudgeTap.parse("rn:snz:4:20261340")
