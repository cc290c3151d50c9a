import datetime as dt

import pytest

from devices.card import tlv
from devices.card.basic4 import Basic4, Sex, encode_basic4, parse_basic4
from devices.card.errors import CardProtocolError

# The worked example of docs/reference/mynumber-card.md §3.3, byte for byte.
EXAMPLE = bytes.fromhex(
    "FF205C DF210800 0E00200050005B"
    "DF220FE5B1B1E794B0E38080E5A4AAE9838E"
    "DF232DE69DB1E4BAACE983BDE58D83E4BBA3E794B0E58CBA"
    "E99C9EE3818CE996A2EFBC91EFBC8DEFBC92EFBC8DEFBC93"
    "DF240831393835303430 31".replace(" ", "") + "DF250131"
)


def test_parses_the_reference_example_with_trailing_filler():
    record = parse_basic4(EXAMPLE + b"\xff" * 40)
    assert record.basic4 == Basic4("山田　太郎", "東京都千代田区霞が関１－２－３",
                                   dt.date(1985, 4, 1), Sex.MALE)
    assert record.digest_input == EXAMPLE[14:]


def test_encoder_reproduces_the_reference_example():
    assert encode_basic4(parse_basic4(EXAMPLE).basic4) == EXAMPLE


@pytest.mark.parametrize("address_len", [10, 40, 45, 90, 200])
def test_round_trip_across_length_forms(address_len):
    basic4 = Basic4("𠮷田　𩸽子", "住" * address_len, dt.date(2019, 5, 1), Sex.NOT_APPLICABLE)
    encoded = encode_basic4(basic4)
    assert parse_basic4(encoded + b"\x00" * 5).basic4 == basic4
    # the offset table points at each field's tag, counted from the first byte of the file
    table = tlv.children_by_tag(tlv.parse_one(encoded).value)[0xDF21].value
    offsets = [int.from_bytes(table[i : i + 2], "big") for i in range(0, 8, 2)]
    tags = [encoded[o : o + 2] for o in offsets]
    assert tags == [b"\xdf\x22", b"\xdf\x23", b"\xdf\x24", b"\xdf\x25"]


@pytest.mark.parametrize("code,sex", [("1", Sex.MALE), ("2", Sex.FEMALE),
                                      ("9", Sex.NOT_APPLICABLE), ("0", Sex.UNKNOWN)])
def test_sex_codes(code, sex):
    assert Sex.from_card(code) is sex


def test_repr_hides_personal_data():
    assert "山田" not in repr(parse_basic4(EXAMPLE)) + repr(parse_basic4(EXAMPLE).basic4)


@pytest.mark.parametrize("raw", [b"", bytes.fromhex("FF2003DF2201"), bytes.fromhex("FF1003313233"),
                                 EXAMPLE.replace(b"19850401", b"19851301")])
def test_malformed_records_raise_protocol_errors(raw):
    with pytest.raises(CardProtocolError):
        parse_basic4(raw)
