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


def test_the_card_deadline_counts_from_the_filing_day():
    from forms.navigator import decide
    from forms.prefill import fill_procedure
    from tests.support.forms import session

    built = session("moving_in", card(), moved_on="2026-11-20")
    card_form = next(d for d in decide(built) if d.procedure.id == "mynumber_card_address")
    values = {f.field.id: f.text for f in fill_procedure(built, card_form.procedure)}
    assert values["card_deadline"] == "令和9年2月21日"  # 2026-11-23 + 90 days
    assert any("転入届をした日から90日" in n for n in card_form.notes)
    within = session("moving_within", card(), moved_on="2026-11-20")
    card_form = next(d for d in decide(within) if d.procedure.id == "mynumber_card_address")
    values = {f.field.id: f.text for f in fill_procedure(within, card_form.procedure)}
    assert values["card_deadline"] == ""  # 転居: no 継続利用 deadline, only the 署名用 note
    assert [n for n in card_form.notes if "90日" in n] == []


def test_a_late_tennyu_gets_no_card_continuation_and_a_note_for_the_clerk():
    from forms.navigator import decide
    from tests.support.forms import session

    late = session("moving_in", card(), moved_on="2026-11-08")  # 15 days before TODAY
    decided = {d.procedure.id: d for d in decide(late)}
    assert "mynumber_card_address" not in decided
    assert any("14日以内" in n and "失効" in n for n in decided["tennyu_todoke"].notes)
    on_time = session("moving_in", card(), moved_on="2026-11-09")  # 14 days
    decided = {d.procedure.id: d for d in decide(on_time)}
    assert "mynumber_card_address" in decided and decided["tennyu_todoke"].notes == ()


@pytest.mark.parametrize("days_ago,refused", [(15, True), (14, False), (-14, False)])
def test_a_tenshutsu_more_than_14_days_after_the_move_is_refused(days_ago, refused):
    moving_on = (TODAY - dt.timedelta(days=days_ago)).isoformat()
    _, problems = collect_answers(CATALOGUE, "moving_out", card_from_json(card()),
                                  examples("moving_out", moving_on=moving_on), TODAY)
    assert [p.field for p in problems] == (["moving_on"] if refused else [])
    assert all("past the period" in p.message_en for p in problems)


def test_a_birth_reported_after_14_days_counting_the_day_of_birth_is_noted():
    from forms.navigator import decide
    from tests.support.forms import session

    def notes(days: int) -> tuple[str, ...]:
        born = (TODAY - dt.timedelta(days=days)).isoformat()
        built = session("birth", card(), child_birth_date=born)
        return next(d for d in decide(built) if d.procedure.id == "shussei_todoke").notes

    assert not any("過ぎています" in n for n in notes(13))  # born 11-10: due 11-23, today
    assert any("戸籍法49条" in n and "過ぎています" in n for n in notes(14))


@pytest.mark.parametrize("life_event", ["moving_in", "moving_within"])
def test_the_signature_certificate_lapse_is_on_the_guide(life_event):
    from forms.navigator import decide
    from tests.support.forms import session

    built = session(life_event, card(), moved_on=(TODAY - dt.timedelta(days=3)).isoformat())
    card_form = next(d for d in decide(built) if d.procedure.id == "mynumber_card_address")
    assert any("署名用電子証明書は失効" in n for n in card_form.notes)


@pytest.mark.parametrize("today", [TODAY, dt.date(2031, 6, 1)])
def test_example_answers_stay_inside_the_date_windows_as_time_passes(today):
    for life_event in CATALOGUE.life_events:
        answers = CATALOGUE.example_answers(life_event, today)
        _, problems = collect_answers(CATALOGUE, life_event, card_from_json(card()), answers,
                                      today)
        assert problems == [], (life_event, [p.one_line() for p in problems])
    moving_in = CATALOGUE.example_answers("moving_in", today)
    assert moving_in["moved_on"] == (today - dt.timedelta(days=3)).isoformat()


def test_the_certificate_fee_is_the_fee_times_the_copies(tmp_path):
    from forms.navigator import decide
    from forms.pdf.bundle import render_bundle
    from tests.support.forms import session
    from tests.support.pdfglyphs import page_text

    built = session("certificates", card(), certificates=["juminhyo", "inkan"], copies=3)
    decisions = decide(built)
    assert {d.procedure.id: d.fee for d in decisions} == {"juminhyo_koufu": 900,
                                                          "inkan_shoumei": 900}
    assert sum(d.fee for d in decisions) == 1800
    guide = page_text(render_bundle(built, decisions).pdf, tmp_path)
    assert "900円" in guide and "1,800円" in guide  # each row, and the total
