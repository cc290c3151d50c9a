"""The three printed items into 照合番号B (kiosk.visit.codeb_entry) and the self-service
flow's states without the PIN (kiosk.visit.selfservice): no Qt, no card."""

import datetime as dt

import pytest

from devices.card.errors import PinLockedError, PinNotSetError
from forms.loader import load_catalogue
from kiosk.visit.codeb_entry import PrintedItemError, birth_date_from_wareki, code_b_from_printed
from kiosk.visit.selfservice import PROBLEMS, Screen, SelfServiceFlow

CATALOGUE = load_catalogue()


def test_the_printed_items_make_the_code_the_shelf_gives():
    # born 1980-02-17 = 昭和55年2月17日, expiry 2035, code 2285 (card-face-and-gaiji.md §2)
    assert code_b_from_printed("昭和", "550217", "2035", "2285").reveal() == "55021720352285"
    assert birth_date_from_wareki("令和", 1, 5, 1) == dt.date(2019, 5, 1)


@pytest.mark.parametrize(("era", "birth", "year", "code", "item"), [
    ("平成", "010107", "2035", "1234", "birth"),  # 1989-01-07 was still 昭和64年
    ("昭和", "650101", "2035", "1234", "birth"),  # 昭和 ended in its 64th year
    ("昭和", "550230", "2035", "1234", "birth"),  # no such day
    ("昭和", "55217", "2035", "1234", "birth"),  # five digits
    ("", "550217", "2035", "1234", "birth"),  # no era chosen
    ("昭和", "550217", "35", "1234", "expiry"),
    ("昭和", "550217", "1999", "1234", "expiry"),  # out of range
    ("昭和", "550217", "2035", "12a4", "security"),
])
def test_a_wrong_item_is_named_and_never_repeated(era, birth, year, code, item):
    with pytest.raises(PrintedItemError) as raised:
        code_b_from_printed(era, birth, year, code)
    assert raised.value.item == item
    assert " / " in str(raised.value)  # Japanese / English
    for typed in (birth, code):
        assert typed not in str(raised.value)


def flow() -> SelfServiceFlow:
    visit = SelfServiceFlow(CATALOGUE)
    visit.choose_language("ja")
    return visit


@pytest.mark.parametrize("state", ["locked", "not_set"])
def test_a_pin_that_cannot_be_used_leads_to_the_printed_items_at_once(state):
    visit = flow()
    visit.card_present(0 if state == "locked" else None, pin_state=state, code_b_tries_left=3)
    assert visit.screen is Screen.CODE_B and visit.problem == PROBLEMS["pin_not_usable"]


def test_both_credentials_locked_is_the_locked_screen():
    visit = flow()
    visit.card_present(0, pin_state="locked", code_b_tries_left=0)
    assert visit.screen is Screen.LOCKED


def test_forgot_pin_wrong_code_and_locked_code():
    visit = flow()
    visit.card_present(3, code_b_tries_left=3)
    assert visit.screen is Screen.PIN
    visit.forgot_pin()
    assert visit.screen is Screen.CODE_B
    visit.back_to_pin()
    assert visit.screen is Screen.PIN
    visit.forgot_pin()
    visit.code_b_failed(2)
    assert visit.screen is Screen.CODE_B and visit.code_b_tries_left == 2
    visit.code_b_failed(0)
    assert visit.screen is Screen.LOCKED


def test_a_late_second_status_keeps_the_resident_on_the_printed_items():
    visit = flow()
    visit.card_present(3, code_b_tries_left=3)
    visit.forgot_pin()
    visit.card_present(3, code_b_tries_left=3)  # the reply to the second query, late
    assert visit.screen is Screen.CODE_B
    visit.card_present(0, pin_state="locked", code_b_tries_left=0)  # but a lock still shows
    assert visit.screen is Screen.LOCKED


def test_the_last_wrong_pin_turns_to_the_printed_items():
    visit = flow()
    visit.card_present(1, code_b_tries_left=3)
    visit.read_failed(PinLockedError())
    assert visit.screen is Screen.CODE_B
    visit = flow()
    visit.card_present(None, pin_state="not_set", code_b_tries_left=3)
    visit.read_failed(PinNotSetError())
    assert visit.screen is Screen.CODE_B


def test_a_code_b_visit_leaves_the_number_to_the_clerk_and_keeps_the_certificate_expiry():
    visit = flow()
    soon = dt.date.today() + dt.timedelta(days=10)
    visit.card_present(None, pin_state="not_set", code_b_tries_left=3, certificate_expiry=soon)
    assert visit.certificate_expiry == soon
    visit.reset()
    assert visit.certificate_expiry is None and visit.credential == "pin"
    assert visit.pin_state == "set" and visit.code_b_tries_left is None
