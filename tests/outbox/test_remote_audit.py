"""The back office's remote-window audit chain on SQLite and PostgreSQL: appended in order,
verified, and an edited entry is caught."""

from sqlalchemy import update

from kiosk.backoffice.store import BackofficeStore, remote_audit
from kiosk.store.crypto import KeyRing


def test_remote_audit_chain_is_kept_and_checked(db_url, tmp_path):
    store = BackofficeStore(db_url, KeyRing.load_or_create(tmp_path / "data.key"))
    try:
        assert store.record_remote("remote_join", "kiosk-01", {"branch": "kiosk-01"}) == 1
        store.record_remote("remote_edit", "staff-01", {"branch": "kiosk-01", "seq": 1})
        store.record_remote("remote_leave", "staff-01", {"branch": "kiosk-01"})
        entries = store.remote_audit()
        assert [(e["seq"], e["action"]) for e in entries] == [
            (1, "remote_join"), (2, "remote_edit"), (3, "remote_leave")]
        assert all(e["chain_ok"] for e in entries) and entries[1]["detail"]["seq"] == 1
        with store.engine.begin() as conn:
            conn.execute(update(remote_audit).where(remote_audit.c.seq == 2)
                         .values(actor="staff-02"))
        assert [e["chain_ok"] for e in store.remote_audit()] == [True, False, True]
    finally:
        store.close()
