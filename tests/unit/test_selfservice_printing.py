"""The self-service flow's printing (issue #14): each print at most once per visit, a forms
failure on a screen of its own with staff called, a ticket failure keeps the done screen."""

from forms.session import Session, card_from_json
from kiosk.visit.selfservice import PROBLEMS, Screen, SelfServiceFlow
from tests.support.forms import CATALOGUE, TODAY, card


def flow_at_review() -> SelfServiceFlow:
    flow = SelfServiceFlow(CATALOGUE, today=lambda: TODAY)
    flow.session = Session(CATALOGUE, "certificates", card_from_json(card()), {}, TODAY)
    flow.screen = Screen.REVIEW
    return flow


def test_print_goes_once_and_a_second_press_prints_nothing():
    flow = flow_at_review()
    flow.to_print()
    assert flow.screen is Screen.PRINTING
    flow.printed("001")
    flow.screen = Screen.REVIEW  # even if the review came back somehow
    flow.to_print()
    assert flow.screen is Screen.REVIEW and flow.forms_printed


def test_print_is_ignored_away_from_the_review():
    flow = flow_at_review()
    flow.screen = Screen.PRINTING
    flow.to_print()  # a second tap while printing
    assert flow.screen is Screen.PRINTING
    flow.screen = Screen.DONE
    flow.to_print()
    assert flow.screen is Screen.DONE


def test_a_forms_failure_has_its_own_screen_and_calls_staff():
    flow = flow_at_review()
    flow.to_print()
    flow.print_failed()
    assert flow.screen is Screen.PRINT_FAILED
    assert flow.problem == PROBLEMS["print_failed"] and flow.staff_call == "print_failed"
    flow.to_print()
    assert flow.screen is Screen.PRINT_FAILED  # nothing reprints from here


def test_a_ticket_failure_stays_on_done_with_the_number():
    flow = flow_at_review()
    flow.to_print()
    flow.printed("007")
    flow.ticket_print_failed()
    assert flow.screen is Screen.DONE and flow.ticket == "007"
    assert flow.ticket_failed and flow.staff_call == "ticket_failed"


def test_reset_forgets_the_prints_and_the_call():
    flow = flow_at_review()
    flow.to_print()
    flow.printed("001")
    flow.ticket_print_failed()
    flow.reset()
    assert not flow.forms_printed and not flow.ticket_failed and flow.staff_call == ""


def test_a_removed_card_leaves_only_the_reason_for_the_start_screen():
    flow = flow_at_review()
    flow.card_removed()
    assert flow.screen is Screen.LANGUAGE and not flow.holds_personal_data()
    assert "カードが外された" in flow.start_notice
    flow.choose_language("en")
    assert flow.start_notice == ""
