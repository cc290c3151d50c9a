"""Every join, edit and print is in the back office's remote audit chain, and the branch
records its own in the kiosk's audit log; neither holds the values edited."""

import datetime as dt

from devices.card.basic4 import Sex
from forms.session import CardFacts
from kiosk.backoffice.store import BackofficeStore
from kiosk.remote.kiosk_audit import KioskAuditWriter
from kiosk.remote.roles import BranchClient, CounterClient
from kiosk.store import audit
from kiosk.store.crypto import KeyRing
from kiosk.store.db import Store
from tests.support.remote import assert_connected, wait_until


def _backoffice_audit(backoffice):
    keys = KeyRing.load_or_create(backoffice.home / "backoffice" / "data.key")
    store = BackofficeStore(backoffice.db_url, keys)
    try:
        return store.remote_audit()
    finally:
        store.close()


def test_joins_edits_prints_and_refusals_are_audited_on_both_sides(connect, backoffice,
                                                                   tmp_path):
    kiosk_log = KioskAuditWriter(tmp_path / "kiosk" / "outbox.sqlite3", "kiosk-01")
    branch = connect(BranchClient, "kiosk-01", audit=kiosk_log,
                     on_print=lambda job, forms: branch.ack_print(job, ok=True))
    counter = connect(CounterClient, "staff-01")
    assert_connected(branch, counter)
    branch.record_consent(["name"])
    branch.share_card(CardFacts("山田太郎", "北町1-2-3", dt.date(1980, 4, 1), Sex.MALE))
    counter.edit("answers.child_name", "山田花子")
    wait_until(lambda: counter.state.version("answers.child_name") == 1)
    counter.state.versions["answers.child_name"] = 0  # as if it had not seen its own edit
    counter.edit("answers.child_name", "山田桜")  # stale: a conflict
    job = counter.request_print(["birth_registration"])
    wait_until(lambda: counter.state.values.get(f"print.{job}", {}).get("status") == "printed")
    intruder = connect(CounterClient, "staff-02")
    wait_until(lambda: intruder.events.qsize())
    branch.close()
    kiosk_log.close()
    wait_until(lambda: any(e["action"] == "remote_leave" for e in _backoffice_audit(backoffice)))

    entries = _backoffice_audit(backoffice)
    assert all(entry["chain_ok"] for entry in entries)
    seen = [(e["action"], e["actor"]) for e in entries]
    for expected in [("remote_join", "kiosk-01"), ("remote_join", "staff-01"),
                     ("remote_edit", "kiosk-01"), ("remote_edit", "staff-01"),
                     ("remote_conflict", "staff-01"), ("remote_print", "staff-01"),
                     ("remote_print", "kiosk-01"), ("remote_refused", "staff-02"),
                     ("remote_leave", "kiosk-01")]:
        assert expected in seen
    prints = [e["detail"]["status"] for e in entries if e["action"] == "remote_print"]
    assert prints == ["requested", "printed"]
    assert "山田" not in repr(entries) and "北町" not in repr(entries)

    with Store(tmp_path / "kiosk" / "outbox.sqlite3") as store:
        assert audit.verify(store).ok
        mine = [(e.action, e.detail.get("field")) for e in audit.entries(store)]
    assert ("remote_join", None) in mine and ("remote_share", "card.name") in mine
    assert ("remote_print", f"print.{job}") in mine  # the acknowledgement, applied
    assert [e for e in mine if e[0] == "remote_print" and e[1] is None]  # the request
    assert "山田" not in repr(mine)
