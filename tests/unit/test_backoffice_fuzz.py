"""Fuzzing the back office's API at its boundary (issue 17), bounded in time (a few seconds).

Records (a good one next to a mutated one: any member replaced by any JSON value, with NaN,
infinities, huge integers, lone surrogates, control and bidi characters), raw bodies, paging
and metrics parameters, and payables. Each property: never a 500, never a traceback in the
answer; a batch refused whole stores nothing, and a batch answered per record stores exactly
the records answered ``stored``. Derandomized, so a run is repeatable and cannot flake.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.backoffice.store import BackofficeStore
from kiosk.backoffice.store import payables as payables_table
from kiosk.payments.example import example_payable
from kiosk.store.crypto import KeyRing
from tests.support.inprocess import InProcess, event, submission

FUZZ = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
HOSTILE_CHARS = st.sampled_from(["\ud800", "\udfff", "\u202e", "\u2066", "\x00", "\x1b", "\r",
                                 "=", "\ufeff", "個"])
TEXT = st.text(st.one_of(st.characters(), HOSTILE_CHARS), max_size=40)
NUMBERS = st.one_of(st.integers(min_value=-10**30, max_value=10**30), st.floats(),
                    st.sampled_from([10**400, -(10**400), 1e20, 1e308]))
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)), max_leaves=12)
PATHS = st.sampled_from([("key",), ("kind",), ("kiosk_id",), ("visit_id",), ("procedure",),
                         ("created_at",), ("body",), ("body", "at"), ("body", "event"),
                         ("body", "channel"), ("body", "form_sha256"), ("personal",),
                         ("personal", "氏名"), ("my_number",), ("extra",)])
NOT_A_SERVER_ERROR = {200, 400, 403, 413, 422}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    directory = tmp_path_factory.mktemp("fuzz-backoffice")
    opened = BackofficeStore(f"sqlite:///{directory / 'bo.sqlite3'}",
                             KeyRing.load_or_create(directory / "data.key"))
    yield opened
    opened.close()


def _mutated(record: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    copy = json.loads(json.dumps(record))
    target = copy
    for part in path[:-1]:
        target = target.setdefault(part, {}) if isinstance(target.get(part), dict) else {}
    target[path[-1]] = value
    return copy


def _count(store: BackofficeStore) -> int:
    return store.stats()["distinct_records"]


def test_hostile_records_never_make_a_500_and_only_answered_records_are_stored(store):
    kiosk = InProcess(store, "kiosk-01")
    numbers = itertools.count()

    @FUZZ
    @given(base=st.sampled_from([event, submission]), path=PATHS, value=VALUES)
    def check(base: Any, path: tuple[str, ...], value: Any) -> None:
        n = next(numbers)
        batch = [event(f"good-{n}"), _mutated(base(f"bad-{n}"), path, value)]
        before = _count(store)
        answer = kiosk.post("/v1/records", content=json.dumps({"records": batch}))
        assert answer.status_code in NOT_A_SERVER_ERROR, answer.text
        assert "Traceback" not in answer.text
        stored = answer.json()["stored"] if answer.status_code == 200 else 0
        assert _count(store) == before + stored
        if answer.status_code == 200:
            assert answer.json()["results"][0]["status"] == "stored"

    check()


@FUZZ
@given(body=st.one_of(
    st.binary(max_size=200),
    TEXT.map(lambda text: text.encode("utf-8", "surrogatepass")),
    VALUES.map(lambda value: json.dumps({"records": value}).encode())))
def test_raw_bodies_never_make_a_500_and_store_nothing(store, body):
    before = _count(store)
    answer = InProcess(store, "kiosk-01").post("/v1/records", content=body)
    assert answer.status_code in NOT_A_SERVER_ERROR and "Traceback" not in answer.text
    assert _count(store) == before


@FUZZ
@given(after=TEXT, limit=TEXT, period=TEXT)
def test_query_parameters_never_make_a_500(store, after, limit, period):
    core = InProcess(store, "core-01")
    for url, params in (("/v1/submissions", {"after": after, "limit": limit}),
                        ("/v1/metrics", {"period": period})):
        # A URL cannot carry a lone surrogate: httpx would refuse it before sending.
        clean = {k: v.encode("utf-8", "replace").decode() for k, v in params.items()}
        answer = core.get(url, params=clean)
        assert answer.status_code in NOT_A_SERVER_ERROR, (url, answer.text)
        assert "Traceback" not in answer.text


def test_the_reports_hold_after_the_fuzzing(store):
    core = InProcess(store, "core-01")
    for url in ("/v1/submissions.csv", "/v1/stats", "/v1/metrics", "/v1/submissions"):
        assert core.get(url).status_code == 200, url


PAYABLE_PATHS = st.sampled_from([("notice_number",), ("municipality_code",), ("fiscal_year",),
                                 ("subject",), ("instalment",), ("payer",), ("payer", "name"),
                                 ("payer", "address"), ("extra",)])


def _payables(store: BackofficeStore) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(payables_table)).scalar_one())


def test_hostile_payables_never_make_a_500_and_a_refused_batch_stores_nothing(store):
    core = InProcess(store, "core-01")
    good = example_payable(dt.date.today())

    @FUZZ
    @given(path=PAYABLE_PATHS, value=VALUES)
    def check(path: tuple[str, ...], value: Any) -> None:
        before = _payables(store)
        batch = [_mutated(good, path, value)]
        answer = core.request("PUT", "/v1/payables", content=json.dumps({"payables": batch}))
        assert answer.status_code in NOT_A_SERVER_ERROR, answer.text
        assert "Traceback" not in answer.text
        if answer.status_code != 200:
            assert _payables(store) == before

    check()
