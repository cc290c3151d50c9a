"""The card-face record (EF 0002 of the 券面事項確認AP): offset table, signature scheme, and
malformed input refused with a reason, never a traceback."""

import datetime as dt
import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.card import tlv
from devices.card.basic4 import Sex
from devices.card.errors import CardProtocolError
from devices.card.face_reading import face_signature_ok
from devices.card.face_record import (
    DIGEST_INFO_PREFIX,
    FIELD_TAGS,
    TAG_ADDRESS_IMAGE,
    TAG_BIRTH,
    TAG_CARD_KEY,
    TAG_EXPIRY,
    TAG_NAME_IMAGE,
    TAG_OFFSETS,
    TAG_PHOTO,
    TAG_RECORD,
    TAG_SECURITY_CODE_IMAGE,
    TAG_SEX,
    TAG_SIGNATURE,
    encode_face_record,
    encode_object,
    encode_rsa_key,
    parse_face_record,
)
from devices.simcard import keys
from devices.simcard.faceap import face_ap_key, face_record, pkcs1_sign_raw

CARD_KEY = keys.chip_key("unit-face-record")


def _values(**changes: bytes) -> dict[int, bytes]:
    values = {
        TAG_BIRTH: b"19850401",
        TAG_SEX: b"1",
        TAG_CARD_KEY: encode_rsa_key(CARD_KEY.public_key()),
        TAG_NAME_IMAGE: b"\x89PNG name" * 30,  # the parser keeps images as bytes
        TAG_ADDRESS_IMAGE: b"\x89PNG address" * 40,
        TAG_PHOTO: b"\x00\x00\x00\x0cjP  photo" * 300,
        TAG_EXPIRY: b"20350401",
        TAG_SECURITY_CODE_IMAGE: b"\x89PNG code",
    }
    return {**values, **{int(k, 16): v for k, v in changes.items()}}


def _fields(record: bytes) -> dict[int, tlv.Tlv]:
    return tlv.children_by_tag(tlv.parse_one(record).value)


def test_parses_every_field_and_checks_the_offset_table():
    record = face_record(_values())
    parsed = parse_face_record(record + b"\xff" * 40)  # filler after the object is ignored
    assert parsed.birth_date == dt.date(1985, 4, 1) and parsed.sex is Sex.MALE
    assert parsed.expiry == dt.date(2035, 4, 1)
    assert parsed.photo == _values()[TAG_PHOTO]
    assert parsed.card_key.public_numbers() == CARD_KEY.public_key().public_numbers()
    outer = tlv.parse_one(record)
    table = _fields(record)[TAG_OFFSETS].value
    children = list(tlv.iter_children(outer.value))[1:]
    assert [c.tag for c in children] == list(FIELD_TAGS)
    assert [int.from_bytes(table[i : i + 2], "big") for i in range(0, len(table), 2)] == [
        outer.value_start + c.start for c in children]
    assert record[int.from_bytes(table[10:12], "big"):].startswith(b"\xdf\x27\x82")


def _with_table(record: bytes, table: bytes) -> bytes:
    outer = tlv.parse_one(record)
    start = outer.value_start + 3  # DF 21 <len>
    return record[:start] + table + record[start + len(table) :]


def test_an_offset_that_misses_its_object_is_refused():
    record = face_record(_values())
    table = bytearray(_fields(record)[TAG_OFFSETS].value)
    table[9] += 1  # the photo's entry, one byte off
    with pytest.raises(CardProtocolError, match="offset table entry 5"):
        parse_face_record(_with_table(record, bytes(table)))


def test_a_table_of_the_wrong_size_is_refused():
    values = _values()
    objects = b"".join(encode_object(t, values.get(t, bytes(256))) for t in FIELD_TAGS)
    short_table = tlv.encode(TAG_OFFSETS, bytes(16))
    with pytest.raises(CardProtocolError, match="lists 8 objects"):
        parse_face_record(tlv.encode(TAG_RECORD, short_table + objects))


def test_signed_groups_are_the_encoded_objects_as_written():
    record = face_record(_values())
    fields = _fields(record)
    outer = tlv.parse_one(record).value

    def raw(tag: int) -> bytes:
        return outer[fields[tag].start : fields[tag].end]

    groups = (raw(0xDF22) + raw(0xDF23) + raw(0xDF24), raw(0xDF25) + raw(0xDF26), raw(0xDF27))
    expected = DIGEST_INFO_PREFIX + b"".join(hashlib.sha256(g).digest() for g in groups)
    parsed = parse_face_record(record)
    assert parsed.signed == expected and len(expected) == 19 + 96
    assert expected.startswith(bytes.fromhex("30713 00d06096086480165030402010500 0460"
                                             .replace(" ", "")))
    assert face_signature_ok(face_ap_key().public_key(), parsed)


@pytest.mark.parametrize("tag", [TAG_BIRTH, TAG_SEX, TAG_CARD_KEY, TAG_NAME_IMAGE,
                                 TAG_ADDRESS_IMAGE, TAG_PHOTO])
def test_a_flipped_byte_in_any_signed_group_fails(tag):
    values = _values()
    signature = pkcs1_sign_raw(face_ap_key(), parse_face_record(face_record(values)).signed)
    changed = dict(values)
    if tag == TAG_BIRTH:
        changed[tag] = b"19850402"
    elif tag == TAG_SEX:
        changed[tag] = b"2"
    elif tag == TAG_CARD_KEY:
        changed[tag] = encode_rsa_key(keys.chip_key("another").public_key())
    else:
        flipped = bytearray(values[tag])
        flipped[len(flipped) // 2] ^= 0x01
        changed[tag] = bytes(flipped)
    forged = parse_face_record(encode_face_record(changed, signature))
    assert not face_signature_ok(face_ap_key().public_key(), forged)
    assert face_signature_ok(face_ap_key().public_key(),
                             parse_face_record(encode_face_record(values, signature)))


def test_expiry_and_security_code_image_are_outside_the_signature():
    values = _values()
    signature = pkcs1_sign_raw(face_ap_key(), parse_face_record(face_record(values)).signed)
    later = {**values, TAG_EXPIRY: b"20450401", TAG_SECURITY_CODE_IMAGE: b"\x89PNG other"}
    parsed = parse_face_record(encode_face_record(later, signature))
    assert parsed.expiry == dt.date(2045, 4, 1)
    assert face_signature_ok(face_ap_key().public_key(), parsed)


def test_a_signature_by_another_key_or_truncated_fails():
    parsed = parse_face_record(face_record(_values(), signer=keys.chip_key("not-the-ap")))
    assert not face_signature_ok(face_ap_key().public_key(), parsed)
    values = _values()
    short = parse_face_record(encode_face_record(values, bytes(255)))
    assert not face_signature_ok(face_ap_key().public_key(), short)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"DF22": b"1985-04-01"}, "birth date"),
    ({"DF22": b"19851301"}, "birth date"),
    ({"DF23": b"3"}, "sex"),
    ({"DF23": b""}, "sex"),
    ({"DF29": b"2035"}, "expiry"),
    ({"DF24": b"\x90\x03\x01\x00\x01"}, "public key"),
    ({"DF24": b"\x90\x03\x01\x00\x01\x91\x81\x80" + ((1 << 1023) | 1).to_bytes(128, "big")},
     "1024 bits"),
])
def test_bad_field_values_are_refused_with_a_reason(changes, reason):
    with pytest.raises(CardProtocolError, match=reason):
        parse_face_record(face_record(_values(**changes)))


def test_wrong_outer_tag_missing_or_duplicate_fields_are_refused():
    record = face_record(_values())
    with pytest.raises(CardProtocolError, match="tag FF30"):
        parse_face_record(b"\xff\x30" + record[2:])
    outer = tlv.parse_one(record).value
    fields = list(tlv.iter_children(outer))
    no_table = b"".join(outer[f.start : f.end] for f in fields[1:])
    with pytest.raises(CardProtocolError, match="no offset table"):
        parse_face_record(tlv.encode(TAG_RECORD, no_table))
    with pytest.raises(CardProtocolError):
        parse_face_record(record[: len(record) // 2])


def test_repr_shows_nothing_personal():
    assert repr(parse_face_record(face_record(_values()))) == "FaceRecord(****)"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzzed_records_never_raise_anything_but_card_protocol_error(data):
    record = bytearray(_FUZZ_BASE)
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(record) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            record[position] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del record[position:]
            if not record:
                record = bytearray(b"\xff")
        else:
            record[position:position] = data.draw(st.binary(min_size=1, max_size=4))
    try:
        parse_face_record(bytes(record))
    except CardProtocolError as error:
        assert error.one_line()


_FUZZ_BASE = face_record({**_values(), TAG_PHOTO: b"\x00\x00\x00\x0cjP  " * 8,
                          TAG_NAME_IMAGE: b"n", TAG_ADDRESS_IMAGE: b"a"})
assert TAG_SIGNATURE in FIELD_TAGS
