"""Card answers outside the protocol: overlong or malformed fields and oversized objects are
a CardProtocolError (exit 6, "unexpected answer"), never a crash; CARD.json obeys the same caps."""

import datetime as dt

import pytest

from devices.card import tlv
from devices.card.basic4 import (
    ADDRESS_MAX_CHARS,
    NAME_MAX_CHARS,
    TAG_ADDRESS,
    TAG_BIRTH,
    TAG_NAME,
    TAG_OFFSETS,
    TAG_RECORD,
    TAG_SEX,
    Basic4,
    Sex,
    encode_basic4,
    parse_basic4,
)
from devices.card.errors import CardProtocolError
from devices.card.sensitive import Pin
from devices.card.textap import MAX_OBJECT_BYTES, TextApSession
from forms.session import card_from_json
from tests.support.cards import card_transport, reader

NAME = "山田　太郎"
ADDRESS = "東京都千代田区霞が関１－２－３"


def record(name: str = NAME, address: str = ADDRESS) -> bytes:
    return encode_basic4(Basic4(name, address, dt.date(1985, 4, 1), Sex.MALE))


def raw_record(name: bytes, address: bytes = ADDRESS.encode()) -> bytes:
    """A record with field bytes encode_basic4 would never write."""
    body = tlv.encode(TAG_OFFSETS, bytes(8)) + tlv.encode(TAG_NAME, name) \
        + tlv.encode(TAG_ADDRESS, address) + tlv.encode(TAG_BIRTH, b"19850401") \
        + tlv.encode(TAG_SEX, b"1")
    return tlv.encode(TAG_RECORD, body)


def test_fields_at_their_caps_are_read():
    parsed = parse_basic4(record("名" * NAME_MAX_CHARS, "住" * ADDRESS_MAX_CHARS)).basic4
    assert (len(parsed.name), len(parsed.address)) == (NAME_MAX_CHARS, ADDRESS_MAX_CHARS)


@pytest.mark.parametrize("raw,what", [
    (record(name="名" * (NAME_MAX_CHARS + 1)), "name is longer"),
    (record(address="住" * (ADDRESS_MAX_CHARS + 1)), "address is longer"),
    (record(name="山田\n太郎"), "name contains a control character"),
    (record(address="東京都\u202e区"), "address contains a control character"),
    (raw_record("山田".encode() + b"\xff"), "UnicodeDecodeError"),
    (raw_record(b"\xed\xa0\x80"), "UnicodeDecodeError"),  # an encoded surrogate
    (raw_record(NAME.encode(), "住".encode() * 2000), "address is longer"),
])
def test_a_malformed_field_is_an_unexpected_answer(raw, what):
    with pytest.raises(CardProtocolError) as info:
        parse_basic4(raw)
    message = info.value.one_line()
    assert what in message and "\n" not in message
    assert "山田" not in message and "住" not in message  # no personal data in errors


def test_a_card_reporting_an_overlong_record_is_refused_end_to_end():
    transport = card_transport(basic4=Basic4("名" * (NAME_MAX_CHARS + 1), ADDRESS,
                                             dt.date(1985, 4, 1), Sex.MALE))
    with pytest.raises(CardProtocolError, match="name is longer"):
        reader().read(transport, Pin("1234"), with_number=False)


class _Huge:
    """A channel whose file claims a 3-byte length beyond what READ BINARY can address."""

    def __init__(self) -> None:
        self.sent = 0

    def send(self, command):
        from devices.card.apdu import Response
        self.sent += 1
        data = b"\xff\x20\x83\xff\xff\xff" + b"\x00" * 250 if command.ins == 0xB0 else b""
        return Response(data, 0x9000)


def test_an_object_bigger_than_the_card_can_address_is_refused_at_once():
    channel = _Huge()
    with pytest.raises(CardProtocolError, match="claims"):
        TextApSession(channel).read_object(0x0002)  # type: ignore[arg-type]
    assert channel.sent == 2  # SELECT and the first READ BINARY, no loop of reads
    assert MAX_OBJECT_BYTES == 0x8000


@pytest.mark.parametrize("key,value", [("name", "名" * (NAME_MAX_CHARS + 1)),
                                       ("address", "住" * (ADDRESS_MAX_CHARS + 1)),
                                       ("name", "山田\x1b[2J")])
def test_card_json_obeys_the_same_caps(key, value):
    raw = {"name": NAME, "address": ADDRESS, "birth_date": "1985-04-01", "sex": "male",
           key: value}
    with pytest.raises(ValueError, match=f"card.{key}"):
        card_from_json(raw)
