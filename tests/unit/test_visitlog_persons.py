"""What a visit sends to the back office carries a 個人番号 only with a form that prints it."""

from forms.navigator import decide
from kiosk.visit.visitlog import submissions
from tests.support.forms import card, session

NUMBER = "123456789018"


def sent(life_event: str, **answers: object) -> dict[str, object]:
    built = session(life_event, card(my_number=NUMBER), **answers)
    return {s.procedure: s for s in submissions(built, decide(built), visit_id="v1",
                                                channel="counter")}


def test_the_deceased_forms_carry_no_survivors_number():
    for insurance, form in (("kokuho", "kokuho_soushitsu"), ("kouki", "kouki_soushitsu")):
        submission = sent("death", deceased_insurance=insurance)[form]
        assert submission.my_number is None
        assert NUMBER not in "".join(submission.fields.values())


def test_the_heads_number_goes_with_the_kokuho_form_but_never_in_the_fields():
    submission = sent("birth", insurance="kokuho")["kokuho_shutoku"]
    assert submission.my_number is not None and submission.my_number.reveal() == NUMBER
    assert NUMBER not in "".join(submission.fields.values())
