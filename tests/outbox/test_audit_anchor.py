"""The anchored audit log against the real back office over mutual TLS (SQLite and PostgreSQL):
``kiosk sync`` anchors the head, ``kiosk audit verify`` finds a truncated, emptied or rewritten
log, the back office refuses a head going backwards and another kiosk's name, and
``kiosk backoffice audit-heads`` shows the refusals."""

import json
import sqlite3

import httpx

from kiosk.store.audit import GENESIS, entry_hash
from tests.support.backoffice import configure_kiosk, run_kiosk
from tests.support.net import client_context


def _anchored_kiosk(tmp_path, backoffice, pki, kiosk_id="kiosk-01"):
    env = configure_kiosk(tmp_path / kiosk_id, backoffice.url, pki, kiosk_id=kiosk_id)
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "3").returncode == 0
    synced = run_kiosk(env, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "audit log anchored up to entry" in synced.stdout
    return env, tmp_path / kiosk_id / "outbox.sqlite3"


def _entries(database):
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT seq, at, action, actor, detail, prev_hash, hash FROM audit "
                            "ORDER BY seq").fetchall()


def _tamper(database, *statements):
    conn = sqlite3.connect(database)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def _rewrite_whole_chain(database):
    """Every entry's actor changed and every hash recomputed: consistent by itself."""
    statements = [("DELETE FROM audit", ())]
    prev = GENESIS
    for seq, at, action, _actor, detail, _prev, _hash in _entries(database):
        digest = entry_hash(seq, at, action, "intruder", detail, prev)
        statements.append(("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (seq, at, action, "intruder", detail, prev, digest)))
        prev = digest
    _tamper(database, *statements)


def _verify(env):
    result = run_kiosk(env, "audit", "verify")
    assert "Traceback" not in result.stderr
    return result


def _heads(backoffice):
    result = backoffice.cli("audit-heads", "--json")
    assert "Traceback" not in result.stderr
    return result.returncode, {row["kiosk_id"]: row for row in json.loads(result.stdout)}


def test_sync_anchors_the_head_and_verify_checks_it(tmp_path, backoffice, pki):
    env, database = _anchored_kiosk(tmp_path, backoffice, pki)
    last = _entries(database)[-1]
    verified = _verify(env)
    assert verified.returncode == 0, verified.stderr
    assert f"anchored by the back office up to entry {last[0]}" in verified.stdout
    code, heads = _heads(backoffice)
    assert code == 0 and (heads["kiosk-01"]["seq"], heads["kiosk-01"]["hash"]) == last[::6]
    assert run_kiosk(env, "sync").returncode == 0  # the next pass extends it
    assert _heads(backoffice)[1]["kiosk-01"]["seq"] == last[0] + 1
    listed = backoffice.cli("audit-heads")
    assert listed.returncode == 0 and listed.stdout.startswith(f"kiosk-01\tentry {last[0] + 1}")


def test_truncating_the_last_entries_is_found_and_the_next_head_refused(tmp_path, backoffice,
                                                                       pki):
    env, database = _anchored_kiosk(tmp_path, backoffice, pki)
    anchored = _entries(database)[-1][0]
    _tamper(database, ("DELETE FROM audit WHERE seq > ?", (anchored - 3,)))
    result = _verify(env)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert f"truncated: it ends at entry {anchored - 3}" in result.stderr
    assert f"the back office anchored entry {anchored}" in result.stderr
    synced = run_kiosk(env, "sync")
    assert synced.returncode == 1 and "refused audit head" in synced.stderr
    assert "kiosk audit verify" in synced.stderr and len(synced.stderr.splitlines()) == 1
    code, heads = _heads(backoffice)
    assert code == 1 and heads["kiosk-01"]["seq"] == anchored  # not moved back
    assert heads["kiosk-01"]["refused_reason"] == "backwards"
    # After the investigation the rebuilt terminal's old anchor is dropped; then it anchors anew.
    forgot = backoffice.cli("audit-heads", "--forget", "kiosk-01")
    assert forgot.returncode == 0 and f"entry {anchored}" in forgot.stdout
    again = backoffice.cli("audit-heads", "--forget", "kiosk-01")
    assert again.returncode == 2 and "no audit head for kiosk-01" in again.stderr
    assert run_kiosk(env, "sync").returncode == 0
    assert _verify(env).returncode == 0 and _heads(backoffice)[0] == 0


def test_deleting_every_entry_is_found_online_and_offline(tmp_path, backoffice, pki):
    env, database = _anchored_kiosk(tmp_path, backoffice, pki)
    anchored = _entries(database)[-1][0]
    _tamper(database, ("DELETE FROM audit", ()))
    online = _verify(env)
    assert online.returncode == 1 and "emptied" in online.stderr
    assert f"the back office anchored entry {anchored}" in online.stderr
    backoffice.stop()
    try:
        offline = _verify(env)  # this kiosk's own record of the anchor still knows
    finally:
        backoffice.start()
    assert offline.returncode == 1 and "emptied" in offline.stderr
    assert f"this kiosk anchored entry {anchored}" in offline.stderr


def test_a_rewrite_of_the_whole_chain_is_found_and_refused(tmp_path, backoffice, pki):
    env, database = _anchored_kiosk(tmp_path, backoffice, pki)
    anchored = _entries(database)[-1][0]
    _rewrite_whole_chain(database)
    result = _verify(env)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert f"rewritten: entry {anchored} does not have the hash the back office" \
           in result.stderr
    assert run_kiosk(env, "outbox", "fill-demo", "--count", "1").returncode == 0  # grows on
    synced = run_kiosk(env, "sync")
    assert synced.returncode == 1 and "refused audit head" in synced.stderr
    assert _heads(backoffice)[1]["kiosk-01"]["refused_reason"] == "not_extending"


def test_offline_verify_says_the_anchor_was_not_checked(tmp_path, backoffice, pki):
    env, database = _anchored_kiosk(tmp_path, backoffice, pki)
    anchored = _entries(database)[-1][0]
    backoffice.stop()
    try:
        offline = _verify(env)
    finally:
        backoffice.start()
    assert offline.returncode == 0, offline.stderr
    assert offline.stdout.startswith("audit log intact locally:")
    assert "the anchor was NOT checked" in offline.stdout
    assert f"last anchored up to entry {anchored}" in offline.stdout


def _post(backoffice, pki, name, body):
    with httpx.Client(verify=client_context(pki, name), timeout=30) as http:
        return http.post(f"{backoffice.url}/v1/audit/head", json=body)


def test_the_back_office_refuses_a_head_going_backwards(backoffice, pki):
    a, b, c = (f"{n:064x}" for n in (10, 11, 12))
    first = _post(backoffice, pki, "kiosk-02", {"kiosk_id": "kiosk-02", "seq": 5, "hash": a,
                                                "base": None})
    assert first.status_code == 200 and first.json()["anchored"]["seq"] == 5
    for seq, digest, reason in ((4, b, "backwards"), (5, b, "rewritten")):
        refused = _post(backoffice, pki, "kiosk-02", {"kiosk_id": "kiosk-02", "seq": seq,
                                                      "hash": digest, "base": None})
        assert refused.status_code == 409 and refused.json()["reason"] == reason
    forward = _post(backoffice, pki, "kiosk-02", {"kiosk_id": "kiosk-02", "seq": 9, "hash": c,
                                                  "base": {"seq": 5, "hash": b}})
    assert forward.status_code == 409 and forward.json()["reason"] == "not_extending"
    code, heads = _heads(backoffice)
    assert code == 1 and (heads["kiosk-02"]["seq"], heads["kiosk-02"]["hash"]) == (5, a)


def test_another_kiosks_name_is_refused(tmp_path, backoffice, pki):
    _anchored_kiosk(tmp_path, backoffice, pki)
    before = _heads(backoffice)[1]
    head = {"kiosk_id": "kiosk-01", "seq": 1, "hash": f"{7:064x}", "base": None}
    assert _post(backoffice, pki, "kiosk-02", head).status_code == 403
    assert _post(backoffice, pki, "core-01", head).status_code == 403
    with httpx.Client(verify=client_context(pki, "kiosk-02"), timeout=30) as http:
        assert http.get(f"{backoffice.url}/v1/audit/head?kiosk_id=kiosk-01").status_code == 403
        own = http.get(f"{backoffice.url}/v1/audit/head").json()
    assert own == {"kiosk_id": "kiosk-02", "head": None}
    assert _heads(backoffice)[1] == before  # nothing stored, nothing noted
    listing = backoffice.core_get("/v1/audit/heads").json()["heads"]
    assert [row["kiosk_id"] for row in listing] == ["kiosk-01"]
