"""The simulated card-face AP's other files, through pcscd + vpcd: EF 0001 (the age record)
opens with the birth-date key only, EF 0005 (the 個人番号 image) with 照合番号A only, so the
照合番号B path of the kiosk can never reach the number (card-face-and-gaiji.md §3)."""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from devices import pcsc
from devices.card import apdu, tlv
from devices.card.faceap import FACE_AP_AID
from devices.simcard.faceap import (
    EF_AGE,
    EF_NUMBER_IMAGE,
    KEY_BIRTH,
    KEY_CODE_A,
    KEY_CODE_B,
    face_ap_key,
)
from devices.simcard.files import verification_number_b
from devices.simcard.persona import load_persona

OK, NOT_ALLOWED = 0x9000, 0x6982
YAMADA_BIRTH_KEY = b"600401"  # 昭和60年4月1日


def send(card, command) -> tuple[bytes, int]:
    response = card.transmit(command.to_bytes())
    return response[:-2], int.from_bytes(response[-2:], "big")


def open_with(card, key: int, secret: bytes) -> None:
    assert send(card, apdu.select_df(FACE_AP_AID))[1] == OK
    assert send(card, apdu.select_ef(key))[1] == OK
    assert send(card, apdu.verify(secret))[1] == OK


def read_file(card, ef: int) -> tuple[bytes, int]:
    """The file's TLV object in 256-byte chunks, or the status word that refused it."""
    _, sw = send(card, apdu.select_ef(ef))
    if sw != OK:
        return b"", sw
    data, sw = send(card, apdu.read_binary(0, 0))
    if sw != OK:
        return b"", sw
    _, after_tag = tlv.read_tag(data, 0)
    length, value_start = tlv.read_length(data, after_tag)
    while len(data) < value_start + length:
        chunk, sw = send(card, apdu.read_binary(len(data), 0))
        assert sw == OK and chunk
        data += chunk
    return data, OK


def test_code_b_never_opens_the_number_image(insert_card):
    persona = load_persona("yamada_taro")
    insert_card("yamada_taro")
    with pcsc.open_card() as card:
        open_with(card, KEY_CODE_B, verification_number_b(persona).encode("ascii"))
        assert read_file(card, EF_NUMBER_IMAGE)[1] == NOT_ALLOWED
        assert read_file(card, EF_AGE)[1] == NOT_ALLOWED  # nor the age record


def test_code_a_opens_the_number_image_signed_by_the_face_ap_key(insert_card):
    insert_card("yamada_taro")
    with pcsc.open_card() as card:
        open_with(card, KEY_CODE_A, load_persona("yamada_taro").my_number.encode("ascii"))
        data, sw = read_file(card, EF_NUMBER_IMAGE)
    assert sw == OK
    record = tlv.parse_one(data)
    assert record.tag == 0xFF40
    children = {c.tag: c for c in tlv.iter_children(record.value)}
    assert children[0xDF41].value.startswith(b"\x89PNG")
    signed = record.value[: children[0xDF43].start]
    face_ap_key().public_key().verify(children[0xDF43].value, signed, padding.PKCS1v15(),
                                      hashes.SHA256())


def test_the_birth_date_key_opens_the_age_record_only(insert_card):
    insert_card("yamada_taro")
    with pcsc.open_card() as card:
        open_with(card, KEY_BIRTH, YAMADA_BIRTH_KEY)
        data, sw = read_file(card, EF_AGE)
        assert read_file(card, 0x0002)[1] == NOT_ALLOWED  # not the card face
    assert sw == OK
    record = tlv.parse_one(data)
    children = {c.tag: c for c in tlv.iter_children(record.value)}
    assert record.tag == 0xFF10 and children[0xDF11].value == b"19850401"
    signed = record.value[: children[0xDF13].start]
    face_ap_key().public_key().verify(children[0xDF13].value, signed, padding.PKCS1v15(),
                                      hashes.SHA256())
