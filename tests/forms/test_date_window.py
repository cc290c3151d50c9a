"""Date windows from the catalogue (issue #12, item 4, first part): no event reported ahead."""

import datetime as dt

import pytest

from forms.session import Session, card_from_json, collect_answers
from forms.validation import Invalid, check_window
from kiosk.visit.selfservice import SelfServiceFlow
from tests.support.forms import CATALOGUE, TODAY, card, examples

TOMORROW = (TODAY + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("life_event,question", [
    ("moving_in", "moved_on"), ("moving_within", "moved_on"), ("birth", "child_birth_date"),
    ("death", "death_date"), ("disaster", "damage_date"),
])
def test_a_date_after_today_is_refused_naming_the_question(life_event, question):
    _, problems = collect_answers(CATALOGUE, life_event, card_from_json(card()),
                                  examples(life_event, **{question: TOMORROW}), TODAY)
    assert [p.field for p in problems] == [question]
    assert "今日より後" in problems[0].message_ja and "after today" in problems[0].message_en
    _, today_is_fine = collect_answers(CATALOGUE, life_event, card_from_json(card()),
                                       examples(life_event, **{question: TODAY.isoformat()}),
                                       TODAY)
    assert today_is_fine == []


def test_an_earliest_window_refuses_older_dates():
    check_window(TODAY - dt.timedelta(days=14), -14, None, TODAY)
    with pytest.raises(Invalid, match="past the period"):
        check_window(TODAY - dt.timedelta(days=15), -14, None, TODAY)


def test_the_self_service_terminal_refuses_a_future_move():
    flow = SelfServiceFlow(CATALOGUE, today=lambda: TODAY)
    flow.session = Session(CATALOGUE, "moving_within", card_from_json(card()), {}, TODAY)
    flow.question = CATALOGUE.questions["moved_on"]
    assert flow.answer(TOMORROW) is False and flow.problem == "今日より後の日付は入力できません"
    assert flow.answer(TODAY.isoformat()) is True
