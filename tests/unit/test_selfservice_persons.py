"""The self-service flow refuses an answer that contradicts the person model (issue #12)."""

from forms.session import Session, card_from_json
from kiosk.visit.selfservice import SelfServiceFlow
from tests.support.forms import CATALOGUE, TODAY, card


def flow_at(question_id: str, sex: str) -> SelfServiceFlow:
    flow = SelfServiceFlow(CATALOGUE, today=lambda: TODAY)
    flow.session = Session(CATALOGUE, "childcare", card_from_json(card(sex=sex)),
                           {"furigana": "ヤマダ　タロウ", "phone": "090-1234-5678",
                            "pregnant": True}, TODAY)
    flow.question = CATALOGUE.questions[question_id]
    return flow


def test_a_male_card_holder_cannot_answer_that_he_is_pregnant():
    flow = flow_at("pregnant_person", "male")
    assert flow.answer("self") is False
    assert "男性" in flow.problem and "pregnant_person" not in flow.session.answers
    assert flow.answer("member") is True


def test_a_female_card_holder_can():
    flow = flow_at("pregnant_person", "female")
    assert flow.answer("self") is True and flow.problem == ""
