"""手続きナビ decisions for a table of real-life scenarios, each with its reasons."""

import pytest

from forms.navigator import decide, next_question
from forms.session import Session
from tests.support.forms import LONG_ADDRESS, card, session

ALONE = {"household_members": []}
FAMILY = {}  # the example household: spouse and a child of 8


def ids(built: Session) -> set[str]:
    return {d.procedure.id for d in decide(built)}


SCENARIOS = [
    ("a 70-year-old moving in alone with care certification, on 国保",
     "moving_in", card(birth_date="1956-05-05", address=LONG_ADDRESS),
     {**ALONE, "insurance": "kokuho", "has_care_certification": True,
      "wants_seal_registration": False},
     {"tennyu_todoke", "mynumber_card_address", "kokuho_shutoku", "kaigo_tennyu_nintei"},
     {"kokumin_nenkin", "jidou_teate_nintei", "inkan_touroku", "kodomo_iryou"}),
    ("a family of three moving in, employee insurance",
     "moving_in", card(), {**FAMILY, "insurance": "employee"},
     {"tennyu_todoke", "mynumber_card_address", "jidou_teate_nintei", "kodomo_iryou",
      "inkan_touroku"},
     {"kokuho_shutoku", "kokumin_nenkin", "kaigo_tennyu_nintei"}),
    ("a 78-year-old on 後期高齢者医療 moving in",
     "moving_in", card(birth_date="1948-01-01"), {**ALONE, "insurance": "kouki",
                                                  "has_care_certification": False},
     {"tennyu_todoke", "kouki_shutoku"}, {"kokuho_shutoku", "kaigo_tennyu_nintei"}),
    ("a family with a newborn, on 国保, no allowance yet",
     "birth", card(), {"insurance": "kokuho", "receives_child_allowance": False},
     {"shussei_todoke", "kokuho_shutoku", "jidou_teate_nintei", "kodomo_iryou"},
     {"jidou_teate_kaitei"}),
    ("a second child, allowance already received",
     "birth", card(), {"insurance": "employee", "receives_child_allowance": True},
     {"shussei_todoke", "jidou_teate_kaitei", "kodomo_iryou"},
     {"jidou_teate_nintei", "kokuho_shutoku"}),
    ("a death in a household of two: the head, 82, on 後期高齢者医療, with a seal",
     "death", card(), {"deceased_birth_date": "1944-03-01", "deceased_was_head": True,
                       "household_remaining": 1, "deceased_insurance": "kouki"},
     {"kouki_soushitsu", "kaigo_soushitsu", "sousaihi", "inkan_haishi"},
     {"setainushi_henkou", "kokuho_soushitsu"}),
    ("a death of a head of a household of three, 国保, no funeral held by the applicant",
     "death", card(), {"deceased_birth_date": "1970-03-01", "deceased_insurance": "kokuho",
                       "household_remaining": 2, "held_funeral": False,
                       "deceased_had_seal": False},
     {"kokuho_soushitsu", "setainushi_henkou"},
     {"sousaihi", "kaigo_soushitsu", "inkan_haishi", "kouki_soushitsu"}),
    ("moving out with children and a seal", "moving_out", card(), {"insurance": "kokuho"},
     {"tenshutsu_todoke", "kokuho_soushitsu", "jidou_teate_shoumetsu", "inkan_haishi"},
     {"kaigo_soushitsu"}),
    ("only a residence certificate", "certificates", card(), {"certificates": ["juminhyo"]},
     {"juminhyo_koufu"}, {"inkan_shoumei", "shotoku_shoumei"}),
    ("a house destroyed: cannot live there", "disaster", card(),
     {"damage_level": "zenkai", "can_live_at_home": False, "family_died": True},
     {"risai_shoumei", "seikatsu_saiken", "kasetsu_juutaku", "saigai_choui",
      "saigai_engo_shikin"}, {"oukyuu_shuuri"}),
    ("partial damage, stays at home", "disaster", card(),
     {"damage_level": "ichibu", "wants_loan": True},
     {"risai_shoumei"}, {"seikatsu_saiken", "oukyuu_shuuri", "saigai_engo_shikin"}),
    ("care renewal without a care plan", "long_term_care", card(birth_date="1940-02-02"),
     {"care_request": "renewal", "needs_care_plan": False, "low_income": True},
     {"kaigo_koushin", "futan_gendogaku"}, {"kaigo_nintei", "kyotaku_keikaku"}),
    ("pregnancy and daycare", "childcare", card(),
     {"pregnant": True, "wants_daycare": True, "receives_child_allowance": True},
     {"ninshin_todoke", "hoiku_moushikomi"}, {"jidou_teate_nintei"}),
]


@pytest.mark.parametrize("title,event,card_data,answers,included,excluded", SCENARIOS,
                         ids=[s[0] for s in SCENARIOS])
def test_scenarios(title, event, card_data, answers, included, excluded):
    built = session(event, card_data, **answers)
    decided = ids(built)
    assert included <= decided, included - decided
    assert not excluded & decided, excluded & decided


def test_every_decision_names_its_reasons_and_always_needed_come_first():
    built = session("moving_in", card(), insurance="kokuho")
    decisions = decide(built)
    assert decisions[0].procedure.id == "tennyu_todoke" and decisions[0].always
    by_id = {d.procedure.id: d for d in decisions}
    assert by_id["kokuho_shutoku"].reasons == ("国民健康保険に加入する方: 3人",)  # per person
    assert "18歳未満の子: 1人" in by_id["jidou_teate_nintei"].reasons
    assert all(d.reasons for d in decisions)


def test_questions_are_skipped_when_they_do_not_apply():
    young = session("moving_in", card(birth_date="1990-01-01"))
    assert "has_care_certification" not in young.answers  # asked only at 65 or over
    built = session("moving_in", card(), head_is_self=True)
    assert "head_name" not in built.answers


def test_next_question_walks_the_graph_one_per_screen():
    built = session("certificates", card())
    built.answers.clear()
    asked = []
    while (question := next_question(built)) is not None:
        asked.append(question.id)
        built.answers[question.id] = {"certificates": ["juminhyo"]}.get(
            question.id, question.example)
    assert asked == ["furigana", "phone", "certificates", "copies", "purpose"]  # no tax_year
