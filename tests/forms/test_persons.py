"""Issue #12: each form names the right person (the person model, forms/persons.py).

These are the regression tests of the wrong-person cases: each one failed on the code before
the person model (the father enrolled on the baby's 国保 form, a 75-year-old on 国保 and 後期,
a male card holder as the pregnant person, a survivor's 個人番号 on the deceased's form, the
care subject always the card holder, the old address on forms filed after the move).
"""

import dataclasses

from forms.model import FieldType
from forms.navigator import decide
from forms.prefill import fill_procedure
from forms.session import card_from_json, collect_answers
from tests.support.forms import CATALOGUE, TODAY, card, examples, session

NUMBER = "123456789018"
HOLDER = card(my_number=NUMBER)


def filled(built, procedure_id: str) -> dict[str, object]:
    return {f.field.id: f.value for f in fill_procedure(built, CATALOGUE.procedures[procedure_id])}


def people(built, procedure_id: str) -> list[str]:
    """The names in every persons table of the form."""
    rows = fill_procedure(built, CATALOGUE.procedures[procedure_id])
    return [p["name"] for f in rows if f.field.type is FieldType.MEMBERS
            for p in (f.value or [])]  # type: ignore[union-attr]


def printed(built, procedure_id: str) -> str:
    return " ".join(str(v) for v in filled(built, procedure_id).values() if v)


def decided(built) -> set[str]:
    return {d.procedure.id for d in decide(built)}


def test_the_birth_kokuho_form_enrols_the_baby_not_the_father():
    built = session("birth", HOLDER, insurance="kokuho")
    assert "kokuho_shutoku" in decided(built)
    assert people(built, "kokuho_shutoku") == ["山田　葵"]
    values = filled(built, "kokuho_shutoku")
    assert values["head"] == "山田　太郎"  # the 世帯主 files it, with the 世帯主's number
    assert values["head_my_number"] == NUMBER


def test_a_resident_of_75_gets_the_kouki_form_and_no_kokuho_form():
    built = session("moving_in", card(birth_date="1950-02-03"), insurance="kokuho",
                    household_members=[])
    assert "kouki_shutoku" in decided(built)
    assert "kokuho_shutoku" not in decided(built)
    assert people(built, "kouki_shutoku") == ["山田　太郎"]


def test_an_elderly_couple_each_on_their_own_insurance():
    wife = {"name": "山田　花子", "kana": "ヤマダ　ハナコ", "birth_date": "1956-06-15",
            "sex": "female", "relationship": "妻"}
    built = session("moving_in", card(birth_date="1950-02-03"), insurance="kouki",
                    household_members=[wife])
    assert {"kouki_shutoku", "kokuho_shutoku"} <= decided(built)
    assert people(built, "kouki_shutoku") == ["山田　太郎"]
    assert people(built, "kokuho_shutoku") == ["山田　花子"]  # 70: 国保, not 後期


def test_a_member_of_75_is_never_on_kokuho():
    grandma = {"name": "山田　トメ", "kana": "ヤマダ　トメ", "birth_date": "1940-01-01",
               "sex": "female", "relationship": "母", "insurance": "kokuho"}
    built = session("moving_in", HOLDER, insurance="kokuho",
                    household_members=[*examples("moving_in")["household_members"], grandma])
    assert "山田　トメ" not in people(built, "kokuho_shutoku")
    assert people(built, "kouki_shutoku") == ["山田　トメ"]
    assert NUMBER not in printed(built, "kouki_shutoku")  # her number is not the card's


def test_the_pregnancy_form_is_the_pregnant_persons():
    built = session("childcare", HOLDER)  # the example: the wife is pregnant
    values = filled(built, "ninshin_todoke")
    assert values["pregnant_name"] == "山田　花子"
    assert values["pregnant_birth"] == "昭和62年6月15日"
    assert values["pregnant_my_number"] is None  # the husband's card number is not hers
    assert NUMBER not in printed(built, "ninshin_todoke")
    guide = next(d for d in decide(built) if d.procedure.id == "ninshin_todoke")
    assert any("委任状" in item for item in guide.bring)


def test_a_pregnant_card_holder_files_for_herself_with_her_number():
    built = session("childcare", card(sex="female", name="山田　花子", my_number=NUMBER),
                    pregnant_person="self")
    values = filled(built, "ninshin_todoke")
    assert values["pregnant_name"] == "山田　花子" and values["pregnant_my_number"] == NUMBER


def test_a_male_card_holder_is_never_the_pregnant_person():
    _, problems = collect_answers(CATALOGUE, "childcare", card_from_json(HOLDER),
                                  examples("childcare", pregnant_person="self"), TODAY)
    assert [p.field for p in problems] == ["pregnant_person"]
    assert "男性" in problems[0].message_ja and "male" in problems[0].message_en


def test_the_deceased_forms_print_no_survivors_number():
    for insurance, form in (("kokuho", "kokuho_soushitsu"), ("kouki", "kouki_soushitsu")):
        built = session("death", HOLDER, deceased_insurance=insurance)
        assert form in decided(built)
        assert NUMBER not in printed(built, form), form
        assert "山田　一郎" in printed(built, form) + " ".join(people(built, form))


def test_moving_out_kokuho_lists_the_household_with_the_heads_number():
    built = session("moving_out", HOLDER, insurance="kokuho")
    assert people(built, "kokuho_soushitsu") == ["山田　太郎", "山田　花子", "山田　一郎"]
    assert filled(built, "kokuho_soushitsu")["head_my_number"] == NUMBER


def test_the_care_subject_can_be_a_parent_applied_for_by_a_child():
    built = session("long_term_care", HOLDER)  # the example: the father needs care
    values = filled(built, "kaigo_nintei")
    assert values["subject_name"] == "山田　一郎" and values["age"] == "82歳"
    assert values["subject_relation"] == "父"
    assert values["subject_address"] == "東京都みらい市緑町三丁目４番５号"
    assert values["applicant_name"] == "山田　太郎"  # the child is the 申請者
    assert values["subject_my_number"] is None
    mine = session("long_term_care", HOLDER, care_subject="self")
    assert filled(mine, "kaigo_nintei")["subject_name"] == "山田　太郎"
    assert filled(mine, "kaigo_nintei")["subject_my_number"] == NUMBER


def test_forms_filed_after_the_move_carry_the_new_address():
    old = HOLDER["address"]
    for event in ("moving_in", "moving_within"):
        extra = {"wants_seal_registration": True} if event == "moving_in" else {
            "receives_child_allowance": True}
        built = session(event, HOLDER, **extra)
        new = built.answers["new_address"]
        for decision in decide(built):
            rows = fill_procedure(built, decision.procedure)
            with_old = [f.field.id for f in rows if f.value == old]
            assert with_old in ([], ["previous_address"]), (decision.procedure.id, with_old)
            addresses = [f.value for f in rows if f.field.id == "applicant_address"]
            assert addresses in ([], [new]), decision.procedure.id


def test_forms_before_a_move_out_keep_the_current_address():
    built = session("moving_out", HOLDER)
    assert filled(built, "tenshutsu_todoke")["applicant_address"] == HOLDER["address"]


def test_the_household_prints_each_relationship_to_the_head():
    built = session("moving_in", HOLDER)
    rows = fill_procedure(built, CATALOGUE.procedures["tennyu_todoke"])
    members = next(f.value for f in rows if f.field.id == "members")
    assert [m["relationship"] for m in members] == ["世帯主", "妻", "子"]  # never 「本人」


def test_an_applicant_who_is_not_the_head_prints_their_own_relationship():
    husband = {"name": "山田　一郎", "kana": "ヤマダ　イチロウ", "birth_date": "1980-01-01",
               "sex": "male", "relationship": "世帯主"}
    built = session("moving_in", HOLDER, head_is_self=False, head_name="山田　一郎",
                    applicant_relationship="子", household_members=[husband])
    rows = fill_procedure(built, CATALOGUE.procedures["tennyu_todoke"])
    members = next(f.value for f in rows if f.field.id == "members")
    assert [m["relationship"] for m in members] == ["子", "世帯主"]
    assert filled(built, "tennyu_todoke")["head"] == "山田　一郎"


def test_the_heads_own_relationship_label_is_a_municipality_setting():
    municipality = dataclasses.replace(CATALOGUE.municipality, head_label="本人")
    custom = dataclasses.replace(CATALOGUE, municipality=municipality)
    built, problems = collect_answers(custom, "moving_in", card_from_json(HOLDER),
                                      examples("moving_in"), TODAY)
    assert problems == []
    rows = fill_procedure(built, custom.procedures["tennyu_todoke"])
    members = next(f.value for f in rows if f.field.id == "members")
    assert [m["relationship"] for m in members] == ["本人", "妻", "子"]


def test_an_agent_is_not_among_the_persons_moving_and_brings_a_power_of_attorney():
    built = session("moving_in", HOLDER, informant_capacity="agent", head_is_self=False,
                    head_name="山田　花子",
                    household_members=[{"name": "山田　花子", "kana": "ヤマダ　ハナコ",
                                        "birth_date": "1987-06-15", "sex": "female",
                                        "relationship": "世帯主"}])
    assert people(built, "tennyu_todoke") == ["山田　花子"]
    values = filled(built, "tennyu_todoke")
    assert values["informant_capacity"] == "代理人（委任状が必要）"
    assert values["applicant_name"] == "山田　太郎"  # the 届出人 is the card holder
    tennyu = next(d for d in decide(built) if d.procedure.id == "tennyu_todoke")
    assert "委任状（代理人が届け出る場合）" in tennyu.bring
    assert "委任状（代理人が届け出る場合）" not in next(
        d for d in decide(session("moving_in", HOLDER)) if d.procedure.id == "tennyu_todoke").bring


def test_the_tennyu_form_has_the_statutory_staff_items():
    ids = {f.id for f in CATALOGUE.procedures["tennyu_todoke"].fields}
    assert {"previous_resident_code", "honseki", "hittousha", "transfer_document",
            "informant_capacity", "household_kind", "head"} <= ids
    assert {"head", "informant_capacity", "members"} <= {
        f.id for f in CATALOGUE.procedures["tenkyo_todoke"].fields}


def test_a_foreign_members_birth_date_prints_in_the_western_calendar():
    member = {"name": "GARCIA MARIA", "kana": "ガルシア　マリア", "birth_date": "1990-05-03",
              "sex": "female", "relationship": "妻", "nationality": "foreign"}
    built = session("moving_in", HOLDER, household_members=[member])
    rows = fill_procedure(built, CATALOGUE.procedures["tennyu_todoke"])
    members = next(f.value for f in rows if f.field.id == "members")
    assert members[1]["birth_date"] == "1990年5月3日"


def test_seal_registration_is_from_15_only():
    assert "inkan_touroku" in decided(session("moving_in", card(birth_date="2011-11-23"),
                                              household_members=[]))
    young = card(birth_date="2011-11-24")  # 14 on 2026-11-23
    built, problems = collect_answers(CATALOGUE, "moving_in", card_from_json(young),
                                      examples("moving_in", household_members=[],
                                               wants_seal_registration=None), TODAY)
    assert problems == [] and "inkan_touroku" not in decided(built)
