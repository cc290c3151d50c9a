"""The simulated card answers like the real one (docs/reference/mynumber-card.md §9.3 and §9.5)."""

import pytest

from devices.simcard.card import SimulatedCard
from tests.support.cards import apdu, persona

SELECT_TEXT_AP = apdu("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08")
SELECT_JPKI = apdu("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01")


def sel(ef: str) -> bytes:
    return apdu("00 A4 02 0C 02" + ef)


def verify(secret: str = "") -> bytes:
    if not secret:
        return apdu("00 20 00 80")
    return apdu("00 20 00 80") + bytes((len(secret),)) + secret.encode()


def read(offset: int = 0, le: int = 0) -> bytes:
    return bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, le))


def sw(response: bytes) -> str:
    return response[-2:].hex().upper()


@pytest.fixture
def card() -> SimulatedCard:
    c = SimulatedCard(persona())
    c.power_on()
    return c


def run(card: SimulatedCard, *commands: bytes) -> list[bytes]:
    return [card.process(c) for c in commands]


def test_reading_protected_files_before_verify_is_refused(card):
    *_, number = run(card, SELECT_TEXT_AP, sel("0001"), read())
    *_, basic4 = run(card, sel("0002"), read())
    *_, integrity = run(card, sel("0003"), read())
    assert [sw(number), sw(basic4), sw(integrity)] == ["6982"] * 3


def test_free_files_need_no_verify(card):
    *_, cvc = run(card, SELECT_TEXT_AP, sel("0004"), read())
    assert sw(cvc) == "9000" and cvc[:2] == b"\x7f\x21" and len(cvc) == 258


def test_pin_counter_down_to_lock_then_even_the_right_pin_is_refused(card):
    answers = run(card, SELECT_TEXT_AP, sel("0011"), verify("0000"), verify("0000"),
                  verify("0000"), verify("1234"), verify())
    assert [sw(a) for a in answers[2:]] == ["63C2", "63C1", "63C0", "6984", "63C0"]


def test_right_pin_after_a_wrong_one_resets_the_counter(card):
    answers = run(card, SELECT_TEXT_AP, sel("0011"), verify("9999"), verify("1234"))
    assert [sw(a) for a in answers[2:]] == ["63C2", "9000"]
    card.power_off()
    card.power_on()
    assert sw(run(card, SELECT_TEXT_AP, sel("0011"), verify())[-1]) == "63C3"


def test_switching_application_clears_security_status(card):
    run(card, SELECT_TEXT_AP, sel("0011"), verify("1234"))
    assert sw(run(card, sel("0002"), read())[-1]) == "9000"
    assert sw(run(card, SELECT_TEXT_AP, sel("0002"), read())[-1]) == "9000"  # same AP: kept
    assert sw(card.process(SELECT_JPKI)) == "9000"
    assert sw(run(card, SELECT_TEXT_AP, sel("0002"), read())[-1]) == "6982"  # another AP: gone
    assert sw(card.process(apdu("00 A4 04 0C 05 A0 00 00 00 01"))) == "6A82"  # unknown AID


def test_power_off_clears_security_status_but_a_warm_reset_keeps_it(card):
    run(card, SELECT_TEXT_AP, sel("0011"), verify("1234"))
    card.reset()
    assert sw(run(card, SELECT_TEXT_AP, sel("0002"), read())[-1]) == "9000"
    card.power_off()
    card.power_on()
    assert sw(run(card, SELECT_TEXT_AP, sel("0002"), read())[-1]) == "6982"


def test_reset_can_be_made_to_clear_security_status():
    strict = SimulatedCard(persona(), clear_security_on_reset=True)
    strict.power_on()
    run(strict, SELECT_TEXT_AP, sel("0011"), verify("1234"))
    strict.reset()
    assert sw(run(strict, SELECT_TEXT_AP, sel("0002"), read())[-1]) == "6982"


def test_verification_numbers_open_only_their_files(card):
    run(card, SELECT_TEXT_AP, sel("0014"), verify("123456789018"))
    assert sw(run(card, sel("0001"), read())[-1]) == "9000"
    assert sw(run(card, sel("0002"), read())[-1]) == "6982"
    card.power_off()
    card.power_on()
    # 照合番号B: 昭和60 (1985) 0401 + expiry 2035 + security code 1234
    run(card, SELECT_TEXT_AP, sel("0015"), verify("60040120351234"))
    assert sw(run(card, sel("0002"), read())[-1]) == "9000"
    assert sw(run(card, sel("0001"), read())[-1]) == "6982"


def test_file_errors(card):
    assert sw(card.process(apdu("00 A4 04 0C 05 A0 00 00 00 01"))) == "6A82"
    assert sw(card.process(sel("0004"))) == "6A82"  # no DF selected yet
    assert sw(card.process(apdu("00 A4 00 00"))) == "6A86"
    run(card, SELECT_TEXT_AP)
    assert sw(card.process(sel("0009"))) == "6A82"
    assert sw(card.process(sel("3F00"))) == "6A82"
    assert sw(card.process(read())) == "6986"  # no current EF
    run(card, sel("0004"))
    assert sw(card.process(read(568, 1))) == "6B00"
    assert sw(run(card, sel("0011"), read())[-1]) == "6981"  # a key is not readable
    assert sw(card.process(apdu("00 20 00 80"))) == "63C3"


def test_chunked_reads_return_at_most_the_rest_of_the_file(card):
    run(card, SELECT_TEXT_AP, sel("0004"))
    first, second, third = card.process(read(0, 0)), card.process(read(256, 0)), card.process(
        read(512, 0))
    assert [len(first), len(second), len(third)] == [258, 258, 58]


@pytest.mark.parametrize("command,expected", [
    ("01 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08", "6881"),
    ("0C B0 00 00 00", "6882"),
    ("A0 B0 00 00 00", "6E00"),
    ("00 CA 00 00 00", "6D00"),
    ("00 A4", "6700"),
    ("00 A4 04 0C 0A D3 92", "6700"),
])
def test_class_instruction_and_length_errors(card, command, expected):
    assert sw(card.process(apdu(command))) == expected


def test_get_challenge(card):
    answer = card.process(apdu("00 84 00 00 10"))
    assert sw(answer) == "9000" and len(answer) == 18


def test_a_pin_never_set_answers_6984_even_to_the_query_and_counts_verifies():
    face = SimulatedCard(persona("kato_face_auth"))
    face.power_on()
    answers = run(face, SELECT_TEXT_AP, sel("0011"), verify(), verify("1234"))
    assert [sw(a) for a in answers[2:]] == ["6984", "6984"]
    assert face.stats.pin_verifies == 1  # a client that sent one is caught


def test_code_b_has_its_own_counter(card):
    answers = run(card, SELECT_TEXT_AP, sel("0015"), verify("60040120359999"), verify())
    assert [sw(a) for a in answers[2:]] == ["63C2", "63C2"]
    assert card.code_b_tries_left == 2 and card.pin_tries_left == 3
    assert card.stats.code_b_verifies == 1 and card.stats.pin_verifies == 0


def test_internal_authentication_needs_no_credential_and_a_sha256_digest_info(card):
    digest_info = apdu("3031300d060960864801650304020105000420") + bytes(32)
    ok, = run(card, SELECT_TEXT_AP, apdu("80 2A 00 00 33") + digest_info + b"\x00")[1:]
    assert sw(ok) == "9000" and len(ok) == 258
    assert sw(card.process(apdu("80 2A 00 00 04 01 02 03 04 00"))) == "6A80"
    assert sw(run(card, SELECT_JPKI, apdu("80 2A 00 00 33") + digest_info + b"\x00")[-1]) == (
        "6D00")  # the JPKI-AP's keys sign only after their PIN: not simulated


def test_the_jpki_certificate_is_free_to_read(card):
    *_, first = run(card, SELECT_JPKI, sel("000A"), read(0, 0))
    assert sw(first) == "9000" and first[:2] == b"\x30\x82" and len(first) == 258
