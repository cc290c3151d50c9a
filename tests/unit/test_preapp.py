"""Pre-application (事前申請) codes: round trips for every life event, tampering, versions."""

import re
import zlib

import base45
import pytest

from kiosk.preapp import codes as preapp
from tests.support.samples import SAMPLES

QR_ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]+")


def test_the_samples_cover_every_life_event():
    assert set(SAMPLES) == set(preapp.LIFE_EVENTS)


@pytest.mark.parametrize("life_event", preapp.LIFE_EVENTS)
def test_round_trip_and_ascii_alphanumeric(life_event):
    code = preapp.encode(life_event, SAMPLES[life_event])
    assert code.startswith("PA1:") and QR_ALPHANUMERIC.fullmatch(code)
    assert preapp.decode(code) == (life_event, SAMPLES[life_event])


@pytest.mark.parametrize("position", [4, 10, -1])
def test_a_changed_character_is_rejected(position):
    code = preapp.encode("birth", SAMPLES["birth"])
    index = position % len(code)
    swapped = "B" if code[index] != "B" else "C"
    tampered = code[:index] + swapped + code[index + 1:]
    with pytest.raises(preapp.PreappError, match="damaged or was altered"):
        preapp.decode(tampered)


def test_a_valid_looking_forgery_with_the_old_digest_is_rejected():
    code = preapp.encode("certificates", SAMPLES["certificates"])
    packed = base45.b45decode(code[4:])
    forged_body = zlib.compress(
        zlib.decompress(packed[8:]).replace("銀行口座開設".encode(), "不正な目的".encode()))
    forged = "PA1:" + base45.b45encode(packed[:8] + forged_body).decode()
    with pytest.raises(preapp.PreappError, match="altered"):
        preapp.decode(forged)


def test_truncated_code_is_rejected():
    code = preapp.encode("death", SAMPLES["death"])
    with pytest.raises(preapp.PreappError):
        preapp.decode(code[:-7])


def test_unknown_version_and_foreign_text():
    code = preapp.encode("moving_in", SAMPLES["moving_in"])
    with pytest.raises(preapp.PreappError, match="version 2"):
        preapp.decode("PA2:" + code[4:])
    with pytest.raises(preapp.PreappError, match="not a pre-application code"):
        preapp.decode("https://example.org/")


def test_unknown_life_event_and_non_json_answers():
    with pytest.raises(preapp.PreappError, match="unknown life event"):
        preapp.encode("wedding", {})
    with pytest.raises(preapp.PreappError, match="JSON"):
        preapp.encode("birth", {"生年月日": object()})
    with pytest.raises(preapp.PreappError, match="JSON"):
        preapp.encode("birth", {"体重": float("nan")})


def test_too_many_answers_for_one_qr_code():
    # kanji that zlib cannot compress much: a long stride through the CJK block
    answers = {"メモ": "".join(chr(0x4E00 + (i * 7919) % 0x5000) for i in range(2000))}
    with pytest.raises(preapp.PreappError, match="too long"):
        preapp.encode("disaster", answers)
