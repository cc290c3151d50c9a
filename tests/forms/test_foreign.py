"""Issue #12 item 3: a foreign resident from abroad, started from the 在留カード data.

Each rule here failed on the code before forms.residence: the card had no residence data, a
foreign card holder's dates printed in 和暦, the 住民異動届 had no 外国人住民 item, the bring
list asked a newcomer from abroad for a 転出証明書 and a My Number Card.
"""

import copy
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from forms.examples import load_variant
from forms.navigator import decide
from forms.prefill import fill_procedure
from forms.residence import KUBUN, ResidenceError, residence_from_json
from forms.session import card_from_json, collect_answers
from tests.support.forms import CATALOGUE, TODAY, examples

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def filled(built, procedure_id: str) -> dict[str, object]:
    return {f.field.id: f.value for f in fill_procedure(built, CATALOGUE.procedures[procedure_id])}


def printed(built, procedure_id: str) -> str:
    return " ".join(str(v) for v in filled(built, procedure_id).values() if v)


def decided(built) -> set[str]:
    return {d.procedure.id for d in decide(built)}


def text_of(pdf: bytes, tmp_path) -> str:
    """The page text without white space (pdftotext -layout keeps one-line cells whole)."""
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return re.sub(r"[\s\u3000]+", "", out)
VARIANT = load_variant("foreign")
RESIDENCE = VARIANT["card"]["residence_card"]


def foreign(card_changes: dict | None = None, **answers):
    card = copy.deepcopy(VARIANT["card"])
    card["residence_card"].update(card_changes or {})
    raw = examples("moving_in", **{**copy.deepcopy(VARIANT["answers"]), **answers})
    built, problems = collect_answers(CATALOGUE, "moving_in", card_from_json(card), raw, TODAY)
    assert problems == [], [p.one_line() for p in problems]
    return built


@pytest.mark.parametrize("number", ["AB1234567CD", "A123456789CD", "AB12345678C1", "AB12345678"])
def test_the_card_number_is_two_letters_eight_digits_two_letters(number):
    with pytest.raises(ResidenceError, match=r"英字2桁・数字8桁・英字2桁.*2 letters, 8 digits"):
        residence_from_json({**RESIDENCE, "number": number})


def test_a_lower_case_number_is_accepted_as_upper_case():
    assert residence_from_json({**RESIDENCE, "number": "ab12345678cd"}).number == "AB12345678CD"


@pytest.mark.parametrize("expiry", ["2029-13-01", "20291120", "令和11年11月20日", ""])
def test_the_expiry_is_a_date(expiry):
    with pytest.raises(ResidenceError, match=r"満了日.*residence_card.expiry"):
        residence_from_json({**RESIDENCE, "expiry": expiry})


def test_the_kubun_comes_from_the_30jo_no_45_table():
    assert len(KUBUN) == 6
    for kubun in KUBUN:
        optional = {} if kubun == "中長期在留者" else {"status": "", "period": "", "expiry": ""}
        assert residence_from_json({**RESIDENCE, **optional, "kubun": kubun}).kubun == kubun
    with pytest.raises(ResidenceError, match=r"30条の45区分.*residence_card.kubun"):
        residence_from_json({**RESIDENCE, "kubun": "短期滞在"})


def test_a_special_permanent_resident_has_no_status_but_a_number():
    card = residence_from_json({"nationality": "韓国", "kubun": "特別永住者",
                                "number": "AB12345678CD"})
    assert card.status == "" and card.expiry is None
    with pytest.raises(ResidenceError, match=r"在留カード等の番号が必要です"):
        residence_from_json({"nationality": "韓国", "kubun": "特別永住者"})


def test_the_card_json_carries_the_residence_card_and_a_bad_one_names_the_item():
    with pytest.raises(ValueError, match=r"residence_card.number"):
        card_from_json({**VARIANT["card"], "residence_card": {**RESIDENCE, "number": "X"}})
    assert repr(card_from_json(VARIANT["card"]).residence) == "ResidenceCard(****)"


def test_the_tennyu_form_carries_the_foreign_resident_items_and_dates_in_seireki():
    built = foreign({"tsusho": "中村　安"})
    form = filled(built, "tennyu_todoke")
    assert form["fr_nationality"] == "ベトナム" and form["fr_kubun"] == "中長期在留者"
    assert form["fr_status"] == "技術・人文知識・国際業務"
    assert form["fr_period"] == "3年（2029年11月20日まで）"
    assert form["fr_number"] == "AB12345678CD"
    assert form["applicant_tsusho"] == "中村　安"
    assert form["applicant_birth"] == "1994年3月8日"  # 西暦, not 平成6年
    assert form["transfer_kind"] == "国外からの転入"
    members = form["members"]
    assert [m["birth_date"] for m in members] == ["1994年3月8日", "1996年7月14日"]  # type: ignore[index]


def test_a_japanese_card_holder_gets_no_foreign_items():
    from tests.support.forms import session

    form = filled(session("moving_in"), "tennyu_todoke")
    assert form["fr_nationality"] is None and form["applicant_tsusho"] is None
    assert form["transfer_kind"] is None and form["applicant_birth"].startswith("昭和")


def test_from_abroad_brings_passport_and_residence_card_not_a_transfer_certificate():
    built = foreign()
    bring = {d.procedure.id: d.bring for d in decide(built)}
    tennyu = " ".join(bring["tennyu_todoke"])
    assert "パスポート" in tennyu and "在留カード" in tennyu
    assert "転出証明書" not in tennyu and "マイナンバーカード" not in tennyu
    assert "続柄を証する文書" in tennyu and "訳文" in tennyu
    assert all("マイナンバーカード" not in " ".join(b) for b in bring.values())


def test_no_relationship_document_when_the_household_member_is_a_cohabitant():
    wife = {**VARIANT["answers"]["household_members"][0], "relationship": "同居人"}
    built = foreign(household_members=[wife])
    assert built.facts()["relationship_proof_needed"] is False
    joining_japanese = foreign(head_is_self=False, head_name="山田　一郎",
                               applicant_relationship="夫", head_nationality="japanese",
                               household_members=[], household_join="existing")
    assert joining_japanese.facts()["relationship_proof_needed"] is False
    joining_foreign = foreign(head_is_self=False, head_name="TRAN THI BINH",
                              applicant_relationship="夫", head_nationality="foreign",
                              household_members=[], household_join="existing")
    assert joining_foreign.facts()["relationship_proof_needed"] is True


def test_the_mandatory_follow_ups_kokuho_and_pension_first_category():
    built = foreign()  # insurance 「その他・わからない」: without 社保 a resident is on 国保
    assert {"tennyu_todoke", "kokuho_shutoku", "kokumin_nenkin"} <= decided(built)
    assert filled(built, "kokumin_nenkin")["pension_category"] == "第１号被保険者"
    assert "mynumber_card_address" not in decided(built)  # no My Number Card to carry on
    on_shaho = foreign(insurance="employee")
    assert {"kokuho_shutoku", "kokumin_nenkin"}.isdisjoint(decided(on_shaho))


def test_pension_only_from_20_to_59():
    nineteen = dt.date(TODAY.year - 19, 1, 1).isoformat()
    card = {**copy.deepcopy(VARIANT["card"]), "birth_date": nineteen}
    raw = examples("moving_in", **{**copy.deepcopy(VARIANT["answers"]),
                                   "household_members": [], "wants_seal_registration": False})
    built, problems = collect_answers(CATALOGUE, "moving_in", card_from_json(card), raw, TODAY)
    assert problems == [], [p.one_line() for p in problems]
    assert "kokuho_shutoku" in decided(built) and "kokumin_nenkin" not in decided(built)


def test_the_seal_offers_tsusho_and_katakana():
    question = CATALOGUE.questions["seal_name_form"]
    assert [c[0] for c in question.choices] == ["name", "tsusho", "katakana"]
    form = filled(foreign(), "inkan_touroku")
    assert form["seal_name_form"] == "氏名のカタカナ表記"
    assert form["seal_katakana"] == "グエン　ヴァン　アン"
    assert "通称" in printed(foreign(seal_name_form="tsusho", seal_katakana=None),
                             "inkan_touroku")


def test_example_answers_variant_foreign_feeds_navigate_and_render(tmp_path):
    def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([KIOSK, *args], capture_output=True, text=True, timeout=60)

    card, answers = tmp_path / "card.json", tmp_path / "answers.json"
    answers.write_text(kiosk("forms", "example-answers", "moving_in", "--variant",
                             "foreign").stdout, encoding="utf-8")
    card.write_text(kiosk("forms", "example-answers", "moving_in", "--variant", "foreign",
                          "--card").stdout, encoding="utf-8")
    assert json.loads(answers.read_text(encoding="utf-8"))["from_abroad"] is True
    navigated = kiosk("navigate", "--life-event", "moving_in", "--card", str(card),
                      "--answers", str(answers), "--json")
    assert navigated.returncode == 0, navigated.stderr
    ids = {p["id"] for p in json.loads(navigated.stdout)["procedures"]}
    assert {"tennyu_todoke", "kokuho_shutoku", "kokumin_nenkin", "inkan_touroku"} <= ids
    out = tmp_path / "bundle.pdf"
    rendered = kiosk("forms", "render", "--life-event", "moving_in", "--card", str(card),
                     "--answers", str(answers), "-o", str(out))
    assert rendered.returncode == 0, rendered.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    wrong = kiosk("forms", "example-answers", "birth", "--variant", "foreign")
    assert wrong.returncode == 2 and "moving_in" in wrong.stderr
    bad = json.loads(card.read_text(encoding="utf-8"))
    bad["residence_card"]["number"] = "12345"
    card.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    refused = kiosk("forms", "render", "--life-event", "moving_in", "--card", str(card),
                    "--answers", str(answers), "-o", str(tmp_path / "never.pdf"))
    assert refused.returncode == 2 and "residence_card.number" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "never.pdf").exists()


def test_every_form_of_the_foreign_bundle_renders_the_items_in_seireki(tmp_path):
    from forms.pdf.bundle import render_form

    built = foreign({"tsusho": "中村　安"})
    for decision in decide(built):
        text = text_of(render_form(built, decision).pdf, tmp_path)
        assert "NGUYENVANAN" in text and "令和" not in text, decision.procedure.id
        assert "2026年11月23日" in text  # the 届出日 in 西暦 too
    tennyu = text_of(render_form(built, next(d for d in decide(built)
                                             if d.procedure.id == "tennyu_todoke")).pdf, tmp_path)
    for item in ("国籍・地域ベトナム", "中長期在留者", "技術・人文知識・国際業務",
                 "2029年11月20日", "AB12345678CD", "通称中村安", "1994年3月8日"):
        assert item in tennyu, item


def test_a_japanese_residents_forms_leave_the_foreign_rows_out(tmp_path):
    from forms.model import Procedure
    from forms.navigator import Decision
    from forms.pdf.bundle import render_form
    from tests.support.forms import session

    built = session("moving_in")
    procedure: Procedure = CATALOGUE.procedures["tennyu_todoke"]
    text = text_of(render_form(built, Decision(procedure, ())).pdf, tmp_path)
    for row in ("通称", "国籍・地域", "在留資格", "在留カード等の番号", "転入の区分"):
        assert row not in text, row
    assert "世帯主" in text and "前住所" in text
