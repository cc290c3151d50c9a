"""The simulated card-face AP answers as the shelf says (card-face-and-gaiji.md §3, §7)."""

import io
import json

import pytest
from PIL import Image

from devices.card.codeb import CodeB
from devices.card.face_reading import FaceReader, face_signature_ok
from devices.card.face_record import parse_face_record
from devices.card.faceap import FACE_AP_AID
from devices.imaging import PillowDecoder
from devices.simcard.card import SimulatedCard
from devices.simcard.faceap import EF_FACE, face_ap_key
from devices.simcard.files import verification_number_b
from devices.simcard.inprocess import InProcessTransport
from devices.simcard.persona import PersonaError, load_persona
from tests.support.cards import apdu, card_transport, persona, trusted

SELECT_FACE = apdu("00 A4 04 0C 0A") + FACE_AP_AID
SELECT_TEXT = apdu("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08")


def _send(transport, *commands: bytes) -> list[bytes]:
    return [transport.transmit(c) for c in commands]


def _code_b(name: str = "yamada_taro") -> bytes:
    return verification_number_b(persona(name)).encode("ascii")


def test_ef0002_needs_code_b_and_the_pin_does_not_open_it():
    t = card_transport("yamada_taro")
    answers = _send(t, SELECT_FACE, apdu("00 A4 02 0C 02 00 02"), apdu("00 B0 00 00 00"))
    assert answers[-1] == apdu("69 82")
    answers = _send(t, apdu("00 A4 02 0C 02 00 12"), apdu("00 20 00 80"),
                    apdu("00 20 00 80 04") + b"1234", apdu("00 20 00 80"))
    assert answers[1] == apdu("63 C3") and answers[2] == apdu("63 C2")  # the PIN is wrong here
    assert answers[3] == apdu("63 C2")
    code = _code_b()
    answers = _send(t, apdu("00 20 00 80 0E") + code, apdu("00 A4 02 0C 02 00 02"),
                    apdu("00 B0 00 00 00"))
    assert answers[0] == apdu("90 00") and answers[2].endswith(apdu("90 00"))
    assert answers[2].startswith(b"\xff\x20\x82")


def test_the_birth_key_does_not_open_the_card_face():
    t = card_transport("yamada_taro")
    answers = _send(t, SELECT_FACE, apdu("00 A4 02 0C 02 00 11"),
                    apdu("00 20 00 80 06") + b"600401", apdu("00 A4 02 0C 02 00 02"),
                    apdu("00 B0 00 00 00"))
    assert answers[2] == apdu("90 00") and answers[-1] == apdu("69 82")


def test_switching_to_the_text_ap_and_back_clears_the_face_status():
    t = card_transport("yamada_taro")
    _send(t, SELECT_FACE, apdu("00 A4 02 0C 02 00 12"), apdu("00 20 00 80 0E") + _code_b())
    answers = _send(t, SELECT_TEXT, SELECT_FACE, apdu("00 A4 02 0C 02 00 02"),
                    apdu("00 B0 00 00 00"))
    assert answers[-1] == apdu("69 82")


def test_free_files_and_the_record_layout():
    t = card_transport("yamada_taro")
    answers = _send(t, SELECT_FACE, apdu("00 A4 02 0C 02 00 04"), apdu("00 B0 00 00 00"),
                    apdu("00 A4 02 0C 02 00 03"), apdu("00 B0 00 00 00"))
    assert answers[2].startswith(b"\x7f\x21\x82\x02") and answers[4].startswith(b"\xff\x30")
    assert b"13101" in answers[4]
    record = t.card.application(FACE_AP_AID).files[EF_FACE]
    assert record.endswith(b"\xff" * 64)  # filler: the reader must honour the TLV length
    parsed = parse_face_record(record)
    assert parsed.photo.startswith(bytes.fromhex("0000000c6a502020"))
    assert 3000 < len(parsed.photo) <= 4200  # about 4 KB, what the benchmark budget assumes
    assert parsed.expiry.isoformat() == "2035-04-01"


def test_internal_auth_answers_a_256_byte_signature_without_credential():
    t = card_transport("yamada_taro")
    digest_info = bytes.fromhex("3031300d060960864801650304020105000420") + bytes(32)
    answers = _send(t, SELECT_FACE, apdu("80 2A 00 00 33") + digest_info + b"\x00")
    assert len(answers[1]) == 258 and answers[1].endswith(apdu("90 00"))
    assert _send(t, apdu("80 2A 00 00 04 01 02 03 04 00"))[0] == apdu("6A 80")


def test_names_in_the_mj_font_and_the_persona_photo(tmp_path):
    source = tmp_path / "portrait.png"
    Image.new("L", (300, 400), 90).save(source)
    spec = {"name": "𠮷野　花子", "address": "東京都", "birth_date": "1990-01-02",
            "sex": "female", "my_number": "123456789018", "pin": "1111", "photo": "portrait.png"}
    (tmp_path / "p.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    loaded = load_persona(str(tmp_path / "p.json"))
    assert loaded.photo == tmp_path / "portrait.png"
    t = InProcessTransport(SimulatedCard(loaded))
    report = FaceReader(trusted(), PillowDecoder()).read(
        t, CodeB(verification_number_b(loaded)), basic4=loaded.basic4)
    assert report.face.integrity.value == "verified"
    with Image.open(io.BytesIO(bytes(report.face.images.photo))) as photo:
        assert photo.size == (150, 200) and photo.getpixel((75, 100)) in range(80, 101)
    with Image.open(io.BytesIO(bytes(report.face.images.name))) as name:
        assert name.getbbox() is not None  # 𠮷 drew something in the MJ (or IPAex) font


def test_persona_photo_must_exist_and_tamper_face_is_a_flag(tmp_path):
    spec = {"name": "a", "address": "b", "birth_date": "1990-01-02", "sex": "male",
            "my_number": "123456789018", "pin": "1111"}
    path = tmp_path / "p.json"
    path.write_text(json.dumps({**spec, "photo": "missing.png"}))
    with pytest.raises(PersonaError, match="photo"):
        load_persona(str(path))
    path.write_text(json.dumps({**spec, "tamper_face": "yes"}))
    with pytest.raises(PersonaError, match="tamper_face"):
        load_persona(str(path))
    path.write_text(json.dumps({**spec, "tamper_face": True}))
    tampered = load_persona(str(path))
    record = card_transport("yamada_taro", tamper_face=True).card.application(
        FACE_AP_AID).files[EF_FACE]
    assert tampered.tamper_face
    assert not face_signature_ok(face_ap_key().public_key(), parse_face_record(record))
