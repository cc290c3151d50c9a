"""`kiosk card status|read` through pcscd + vpcd with the simulated card."""

import json

from devices.card.sensitive import is_valid_my_number
from tests.support.cli import one_clean_line
from tests.support.config import KioskConfig
from tests.support.pcsc import EMPTY_SLOT


def test_status_reports_readers_presence_and_tries_without_consuming(insert_card, run_kiosk):
    inserted = insert_card("yamada_taro", pin_tries_left=2)
    result = run_kiosk("card", "status", "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert {"name": "Virtual PCD 00 00", "card_present": True} in status["readers"]
    assert status["pin_tries_left"] == 2 and status["pin_locked"] is False
    assert inserted.card.pin_tries_left == 2
    assert inserted.card.stats.pin_verifies == 0
    assert inserted.card.stats.power_offs >= 1  # left unpowered


def test_read_basic_four(insert_card, run_kiosk):
    insert_card("yamada_taro")
    result = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="1234\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["name"] == "山田　太郎"
    assert data["address"] == "東京都千代田区霞が関１－２－３"
    assert data["birth_date"] == "1985-04-01" and data["sex"] == "male"
    assert "my_number" not in data
    assert data["integrity"] == "verified"
    assert 0 < data["apdu_count"] - data["chip_apdus"] <= 13 and data["elapsed_ms"] > 0


def test_read_with_number_and_long_record(insert_card, run_kiosk):
    insert_card("sato_hanako_long_address")
    result = run_kiosk("card", "read", "--pin-stdin", "--with-number", "--json", stdin="5678\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["address"].endswith("高橋方") and len(data["address"].encode()) > 200
    assert is_valid_my_number(data["my_number"]) and data["my_number"] == "987654321093"
    assert data["integrity"] == "verified"


def test_second_read_fits_the_apdu_budget(insert_card, run_kiosk):
    insert_card("yamada_taro")
    first = json.loads(run_kiosk("card", "read", "--pin-stdin", "--json", stdin="1234").stdout)
    again = json.loads(run_kiosk("card", "read", "--pin-stdin", "--json", stdin="1234").stdout)
    # the issuer's CVC is now cached; the chip check (内部認証) comes on top of the budget
    assert again["apdu_count"] - again["chip_apdus"] <= 10 < first["apdu_count"] - 5
    number = json.loads(run_kiosk("card", "read", "--pin-stdin", "--with-number", "--json",
                                  stdin="1234").stdout)
    assert number["apdu_count"] - number["chip_apdus"] <= 12


def test_supplementary_plane_name(insert_card, run_kiosk):
    insert_card("yoshida_supplementary")
    result = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="2468")
    assert json.loads(result.stdout)["name"] == "𠮷田　𩸽子"


def test_wrong_pin_exit_3_with_tries_left(insert_card, run_kiosk):
    inserted = insert_card("yamada_taro")
    result = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="9999\n")
    assert result.returncode == 3
    line = one_clean_line(result.stderr)
    assert "残り2回" in line and "2 tries left" in line and "9999" not in line
    assert inserted.card.stats.pin_verifies == 1 and inserted.card.pin_tries_left == 2
    assert result.stdout == ""


def test_wrong_pin_on_last_try_locks_exit_4(insert_card, run_kiosk):
    insert_card("suzuki_last_try")
    result = run_kiosk("card", "read", "--pin-stdin", stdin="0000")
    assert result.returncode == 4
    assert "マイナンバーカード窓口" in one_clean_line(result.stderr)


def test_locked_card_gets_no_verify(insert_card, run_kiosk):
    inserted = insert_card("tanaka_locked")
    status = run_kiosk("card", "status", "--json")
    assert status.returncode == 0 and json.loads(status.stdout)["pin_locked"] is True
    result = run_kiosk("card", "read", "--pin-stdin", stdin="0000")
    assert result.returncode == 4
    assert "locked" in one_clean_line(result.stderr)
    assert inserted.card.stats.pin_verifies == 0


def test_bad_usage_exit_2_and_no_try_spent(insert_card, run_kiosk):
    inserted = insert_card("yamada_taro")
    for args, stdin in ((["--pin-stdin"], "12a4"), (["--pin-stdin"], "12345"), ([], "1234")):
        result = run_kiosk("card", "read", *args, stdin=stdin)
        assert result.returncode == 2
        one_clean_line(result.stderr)
    assert run_kiosk("card", "read", "--bogus").returncode == 2
    assert inserted.card.stats.apdus == 0


def test_no_card_no_reader_no_service_exit_5(insert_card, run_kiosk, kiosk_env, tmp_path):
    insert_card("yamada_taro")
    empty = run_kiosk("card", "read", "--reader", EMPTY_SLOT, "--pin-stdin", stdin="1234")
    assert empty.returncode == 5 and "no card" in one_clean_line(empty.stderr)
    status = run_kiosk("card", "status", "--reader", EMPTY_SLOT, "--json")
    assert status.returncode == 5 and json.loads(status.stdout)["card_present"] is False
    missing = run_kiosk("card", "read", "--reader", "RC-S300", "--pin-stdin", stdin="1234")
    assert missing.returncode == 5 and "no card reader" in one_clean_line(missing.stderr)
    no_service = {**kiosk_env, "PCSCLITE_CSOCK_NAME": str(tmp_path / "absent.comm")}
    down = run_kiosk("card", "status", "--json", env=no_service)
    assert down.returncode == 5 and "pcscd" in one_clean_line(down.stderr)


def test_card_removed_mid_read_exit_5(insert_card, run_kiosk):
    insert_card("sato_hanako_long_address", remove_after_apdus=6)
    result = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="5678")
    assert result.returncode == 5
    assert "removed" in one_clean_line(result.stderr)
    assert result.stdout == ""


def test_untrusted_outside_demo_configuration(insert_card, run_kiosk, kiosk_env):
    insert_card("yamada_taro")
    production = {k: v for k, v in kiosk_env.items() if k != "KIOSK_DEMO"}
    result = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="1234", env=production)
    assert json.loads(result.stdout)["integrity"] == "untrusted"


def test_invalid_configuration_is_refused_with_one_line(insert_card, run_kiosk, kiosk_env):
    from pathlib import Path

    home = Path(kiosk_env["KIOSK_HOME"])
    KioskConfig(home).card(trust_test_issuer="maybe").write()
    result = run_kiosk("card", "status")
    assert result.returncode == 2 and "card.trust_test_issuer" in one_clean_line(result.stderr)


def test_apdu_trace_is_announced_and_hides_pin_and_number(insert_card, run_kiosk):
    insert_card("yamada_taro")
    result = run_kiosk("--trace-apdus", "card", "read", "--pin-stdin", "--with-number",
                       stdin="1234")
    assert result.returncode == 0
    assert "personal data" in result.stderr and "C-APDU" in result.stderr
    assert "31 32 33 34" not in result.stderr  # PIN and the number's first digits, in hex
    assert "123456789018" not in result.stderr
