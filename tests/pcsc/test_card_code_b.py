"""`kiosk card read --code-b-stdin` and the credential-free `kiosk card status` through
pcscd + vpcd with the simulated card: 照合番号B, 顔認証 cards, clones, e-certificate expiry."""

import datetime as dt
import json

import pytest

from tests.support.cli import one_clean_line

YAMADA_CODE_B = "60040120351234"  # 昭和60-04-01, expiry 2035, security code 1234


def test_code_b_read_gives_the_pin_reads_data_and_verdicts(insert_card, run_kiosk):
    inserted = insert_card("yamada_taro")
    by_pin = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="1234\n")
    by_digits = run_kiosk("card", "read", "--code-b-stdin", "--json", stdin=YAMADA_CODE_B)
    by_parts = run_kiosk("card", "read", "--code-b-stdin", "--json",
                         stdin="1985-04-01 2035 1234\n")
    assert by_pin.returncode == by_digits.returncode == by_parts.returncode == 0, by_parts.stderr
    pin, digits, parts = (json.loads(r.stdout) for r in (by_pin, by_digits, by_parts))
    for key in ("name", "address", "birth_date", "sex", "integrity", "chip"):
        assert pin[key] == digits[key] == parts[key], key
    assert (pin["credential"], digits["credential"]) == ("pin", "code_b")
    assert digits["integrity"] == "verified" and digits["chip"] == "genuine"
    assert "my_number" not in digits
    assert digits["apdu_count"] <= pin["apdu_count"] + 1
    stats = inserted.card.stats
    assert stats.code_b_verifies == 2 and stats.pin_verifies == 1 and stats.internal_auths == 3


def test_wrong_code_b_exit_3_with_tries_left_never_the_code(insert_card, run_kiosk):
    inserted = insert_card("yamada_taro")
    result = run_kiosk("card", "read", "--code-b-stdin", "--json",
                       stdin="1985-04-01 2035 9876\n")
    assert result.returncode == 3 and result.stdout == ""
    line = one_clean_line(result.stderr)
    assert "残り2回" in line and "2 tries left" in line
    assert "9876" not in line and "600401" not in line and "1985" not in line
    assert inserted.card.code_b_tries_left == 2 and inserted.card.pin_tries_left == 3
    assert inserted.card.stats.code_b_verifies == 1


def test_locked_code_b_exit_4_and_no_verify_is_sent(insert_card, run_kiosk):
    inserted = insert_card("yamada_taro", code_b_tries_left=0)
    status = json.loads(run_kiosk("card", "status", "--json").stdout)
    assert status["code_b_tries_left"] == 0 and status["pin_state"] == "set"
    result = run_kiosk("card", "read", "--code-b-stdin", stdin=YAMADA_CODE_B)
    assert result.returncode == 4
    assert "照合番号B" in one_clean_line(result.stderr)
    assert inserted.card.stats.code_b_verifies == 0


def test_face_authentication_card_pin_path_exit_4_names_code_b(insert_card, run_kiosk):
    inserted = insert_card("kato_face_auth")
    status = json.loads(run_kiosk("card", "status", "--json").stdout)
    assert status["pin_state"] == "not_set" and status["pin_locked"] is False
    assert status["pin_tries_left"] is None and status["code_b_tries_left"] == 3
    refused = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="1234")
    assert refused.returncode == 4 and refused.stdout == ""
    line = one_clean_line(refused.stderr)
    assert "照合番号B" in line and "--code-b-stdin" in line
    assert inserted.card.stats.pin_verifies == 0
    read = run_kiosk("card", "read", "--code-b-stdin", "--json", stdin="1938-06-15 2034 4821")
    assert read.returncode == 0, read.stderr
    data = json.loads(read.stdout)
    assert data["name"] == "加藤　トメ" and data["credential"] == "code_b"
    assert data["integrity"] == "verified" and data["chip"] == "genuine"


def test_a_clone_is_reported_copy_and_invalid(insert_card, run_kiosk):
    insert_card("yamada_taro_clone")
    for args, stdin in ((["--pin-stdin"], "1234"), (["--code-b-stdin"], YAMADA_CODE_B)):
        result = run_kiosk("card", "read", *args, "--json", stdin=stdin)
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["chip"] == "copy" and data["integrity"] == "invalid"


def test_status_reports_states_tries_and_certificate_expiry(insert_card, run_kiosk):
    inserted = insert_card("tanaka_locked", code_b_tries_left=2)
    status = json.loads(run_kiosk("card", "status", "--json").stdout)
    assert status["pin_state"] == "locked" and status["pin_locked"] is True
    assert status["pin_tries_left"] == 0 and status["code_b_tries_left"] == 2
    assert status["certificate_expiry"] == "2030-12-31"
    assert inserted.card.stats.pin_verifies == inserted.card.stats.code_b_verifies == 0


def test_status_shows_e_certificates_expiring_soon(insert_card, run_kiosk):
    insert_card("ito_certificates_expiring")
    status = run_kiosk("card", "status", "--json")
    soon = (dt.date.today() + dt.timedelta(days=45)).isoformat()
    assert json.loads(status.stdout)["certificate_expiry"] == soon
    text = run_kiosk("card", "status")
    assert text.returncode == 0 and f"e-certificates expire: {soon}" in text.stdout


def test_pin_read_now_names_its_credential_and_the_chip(insert_card, run_kiosk):
    insert_card("kobayashi_expired")
    data = json.loads(run_kiosk("card", "read", "--pin-stdin", "--json", stdin="2580").stdout)
    assert data["credential"] == "pin" and data["chip"] == "genuine"
    assert data["chip_apdus"] == 5


@pytest.mark.parametrize("args,stdin", [
    (["--code-b-stdin", "--with-number"], YAMADA_CODE_B),
    (["--code-b-stdin", "--pin-stdin"], YAMADA_CODE_B),
    (["--code-b-stdin"], "6004012035123"),  # 13 digits
    (["--code-b-stdin"], "600401203512345"),
    (["--code-b-stdin"], "6004012035123x"),
    (["--code-b-stdin"], "1985-02-30 2035 1234"),  # not a date
    (["--code-b-stdin"], "1985-04-01 1999 1234"),  # expiry year out of range
    (["--code-b-stdin"], "1985-04-01 2035 12a4"),
    (["--code-b-stdin"], ""),
])
def test_bad_code_b_input_exit_2_one_line_and_no_apdu(insert_card, run_kiosk, args, stdin):
    inserted = insert_card("yamada_taro")
    result = run_kiosk("card", "read", *args, "--json", stdin=stdin)
    assert result.returncode == 2 and result.stdout == ""
    line = one_clean_line(result.stderr)
    assert " / " in line
    assert all(part not in line for part in stdin.split() if len(part) > 3)
    assert inserted.card.stats.apdus == 0


def test_apdu_trace_hides_the_code_b(insert_card, run_kiosk):
    insert_card("yamada_taro")
    result = run_kiosk("--trace-apdus", "card", "read", "--code-b-stdin", stdin=YAMADA_CODE_B)
    assert result.returncode == 0 and "C-APDU" in result.stderr
    assert YAMADA_CODE_B not in result.stderr
    assert YAMADA_CODE_B.encode().hex(" ") not in result.stderr
    assert "80 2a 00 00" in result.stderr.lower()  # the chip challenge is traced, it is public
