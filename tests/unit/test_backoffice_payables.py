"""The back office's payable rules and store, in process on SQLite (the HTTP API, its roles and
PostgreSQL are in tests/outbox/test_payables.py)."""

import datetime as dt

import pytest

from kiosk.backoffice.payable_rules import (
    InvalidPayablesError,
    checked_batch,
    payable_key,
    withdrawal_keys,
)
from kiosk.backoffice.payable_schema import MAX_NOTICE
from kiosk.backoffice.store import BackofficeStore
from kiosk.payments.example import example_payable
from kiosk.store.crypto import KeyRing

TODAY = dt.date(2026, 11, 23)
IDENTITY = ("municipality_code", "notice_number", "fiscal_year", "instalment", "subject")


def identity(data):
    return {name: data[name] for name in IDENTITY}


@pytest.mark.parametrize(("items", "message"), [
    ([], "list of 1 to"),
    ({"payables": []}, "list of 1 to"),
    ([example_payable(TODAY), "nonsense"], "payable 1: 納付書データが不正です"),
    ([example_payable(TODAY), example_payable(TODAY)], "payable 1: the same payable as payable 0"),
])
def test_a_batch_is_checked_whole(items, message):
    with pytest.raises(InvalidPayablesError, match=message):
        checked_batch(items, TODAY)


def test_an_overlong_notice_number_is_refused():
    data = example_payable(TODAY)
    data["notice_number"] = "9" * (MAX_NOTICE + 1)
    with pytest.raises(InvalidPayablesError, match="longer than"):
        checked_batch([data], TODAY)


def test_keys_tell_apart_what_plain_joining_would_not():
    one = {**identity(example_payable(TODAY)), "instalment": "第1期/", "subject": "A"}
    two = {**identity(example_payable(TODAY)), "instalment": "第1期", "subject": "/A"}
    assert payable_key(one) != payable_key(two)


def test_withdrawals_name_each_payable_by_its_identity():
    data = identity(example_payable(TODAY))
    assert withdrawal_keys([data]) == [payable_key(data)]
    with pytest.raises(InvalidPayablesError, match="payable 0: fiscal_year must be int"):
        withdrawal_keys([{**data, "fiscal_year": "2026"}])
    with pytest.raises(InvalidPayablesError, match="payable 0: subject must be str"):
        withdrawal_keys([{k: v for k, v in data.items() if k != "subject"}])


def test_store_registers_replaces_withdraws_and_forgets_the_payer(store):
    data = example_payable(TODAY)
    notice = data["notice_number"]
    assert store.put_payables([data], "core-01", TODAY) == {"created": 1, "updated": 0}
    assert store.payables_for(notice, TODAY) == [data]
    assert store.payables_for("2026-999999", TODAY) == []
    assert store.payables_for(notice, TODAY + dt.timedelta(days=61)) == []  # past 支払期限
    assert store.withdraw_payables([identity(data)]) == 1
    assert store.payables_for(notice, TODAY) == []
    with store.engine.connect() as conn:
        sealed = conn.exec_driver_sql("SELECT sealed FROM payables").scalar_one()
    assert sealed == b""  # withdrawn: nothing of the payer is kept


def test_a_refused_batch_stores_nothing(store):
    good, bad = example_payable(TODAY), example_payable(TODAY, serial=2)
    bad["amounts"]["principal"] += 1
    with pytest.raises(InvalidPayablesError, match="amounts_total"):
        store.put_payables([good, bad], "core-01", TODAY)
    assert store.payables_for(good["notice_number"], TODAY) == []


def test_a_database_from_before_payables_gains_the_table(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    keys = KeyRing.load_or_create(tmp_path / "data.key")
    old = BackofficeStore(url, keys)
    with old.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE payables")  # as an older version left it
    old.close()
    store = BackofficeStore(url, keys)
    try:
        data = example_payable(TODAY)
        assert store.put_payables([data], "core-01", TODAY)["created"] == 1
        assert store.payables_for(data["notice_number"], TODAY) == [data]
    finally:
        store.close()
