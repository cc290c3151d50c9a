import pytest

from devices.card import tlv


def test_two_byte_private_tag_and_short_length():
    obj = tlv.parse_one(bytes.fromhex("FF100C313233343536373839303138FFFF"))
    assert obj.tag == 0xFF10
    assert obj.value == b"123456789018"
    assert obj.end == 15


def test_non_minimal_long_form_length_is_accepted():
    obj = tlv.parse_one(bytes.fromhex("FF4082000301020399"))
    assert obj.tag == 0xFF40
    assert obj.value == b"\x01\x02\x03"


def test_children_stop_at_filler():
    value = tlv.encode(0xDF22, b"ab") + tlv.encode(0xDF23, b"c") + b"\xff" * 7 + b"\x00\x00"
    assert [c.tag for c in tlv.iter_children(value)] == [0xDF22, 0xDF23]


def test_header_size_of_long_object_from_first_bytes_only():
    record = tlv.encode(0xFF20, b"x" * 300)
    header, total = tlv.header_size(record[:8])
    assert (header, total) == (5, 305)


@pytest.mark.parametrize("raw", ["FF", "FF20", "FF2082", "FF2005010203", "DF2283"])
def test_truncated_objects_raise(raw):
    with pytest.raises(tlv.TlvError):
        tlv.parse_one(bytes.fromhex(raw))


@pytest.mark.parametrize("n", [0, 1, 127, 128, 255, 256, 4000])
def test_encode_round_trip(n):
    encoded = tlv.encode(0xDF23, bytes(n))
    obj = tlv.parse_one(encoded)
    assert obj.tag == 0xDF23 and len(obj.value) == n and obj.end == len(encoded)
