import time

import pytest

from kiosk.backoffice.submissions import submissions_to_csv
from kiosk.backoffice.validate import MAX_BATCH, InvalidRecordsError, validate_records

GOOD = {"key": "kiosk-01:a", "kind": "submission", "kiosk_id": "kiosk-01", "visit_id": "v1",
        "procedure": "転入届", "created_at": time.time(),
        "body": {"channel": "counter", "form_sha256": "0" * 64},
        "personal": {"氏名": "山田 太郎"}, "my_number": "123456789018"}


def test_a_good_batch_passes():
    validate_records([GOOD, {**GOOD, "key": "kiosk-01:b", "my_number": None}])


@pytest.mark.parametrize("change,problem", [
    ({"kind": "parcel"}, "kind"),
    ({"key": ""}, "key"),
    ({"body": {"channel": "counter"}}, "form_sha256"),
    ({"created_at": "yesterday"}, "created_at"),
    ({"personal": ["山田"]}, "personal"),
    ({"my_number": "123456789012"}, "個人番号"),
])
def test_a_bad_record_is_named_without_echoing_its_data(change, problem):
    with pytest.raises(InvalidRecordsError) as info:
        validate_records([GOOD, {**GOOD, **change}])
    message = str(info.value)
    assert message.startswith("record 1:") and problem in message
    assert "123456789012" not in message and "山田" not in message


def test_batch_size_is_bounded():
    with pytest.raises(InvalidRecordsError):
        validate_records([])
    with pytest.raises(InvalidRecordsError):
        validate_records([GOOD] * (MAX_BATCH + 1))


def test_csv_flattens_fields_of_different_procedures():
    rows = [{"id": 1, "idem_key": "k1", "kiosk_id": "kiosk-01", "visit_id": "v", "procedure": "a",
             "channel": "self", "form_sha256": "f", "created_at": 1.0, "received_at": 2.0,
             "my_number": None, "fields": {"氏名": "甲"}},
            {"id": 2, "idem_key": "k2", "kiosk_id": "kiosk-01", "visit_id": "v", "procedure": "b",
             "channel": "self", "form_sha256": "f", "created_at": 1.0, "received_at": 2.0,
             "my_number": "123456789018", "fields": {"住所": "乙, 丙"}}]
    lines = submissions_to_csv(rows).splitlines()
    assert lines[0].endswith("my_number,field:住所,field:氏名")
    assert lines[1].endswith(",,,甲") and lines[2].endswith(',123456789018,"乙, 丙",')
