"""The revocation list in process: the CRL the test PKI issues and ``kiosk backoffice revoke``
reissues, the deny list, re-reading on change, the guard every request passes, and the CLI's
bad input (the real back office over mutual TLS: tests/outbox/test_revocation.py and
tests/remote/test_revocation.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import ssl

import httpx
import pytest
from click.testing import CliRunner
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from kiosk.backoffice.revocation import (
    Revocation,
    RevocationGuard,
    RevocationSourceError,
    read_crl,
    read_deny_list,
)
from kiosk.cli.main import cli
from kiosk.crl import CRL_FILE, issued_certificates, resolve, write_crl
from kiosk.crl import revoke as crl_revoke
from kiosk.pki import init_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    directory = tmp_path_factory.mktemp("pki")
    init_pki(directory, kiosks=3, staff=1)
    return directory


@pytest.fixture
def own_pki(tmp_path):
    init_pki(tmp_path / "pki", kiosks=3, staff=1)
    return tmp_path / "pki"


def serial_of(pki, name):
    return x509.load_pem_x509_certificate((pki / f"{name}.pem").read_bytes()).serial_number


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def revoke(pki, what):
    result = run("backoffice", "revoke", "--pki", str(pki), what)
    assert result.exit_code == 0, result.output
    return result


def test_a_new_pki_has_an_empty_crl_signed_by_its_ca(pki):
    serials, pem = read_crl(pki / CRL_FILE, pki / "ca.pem")
    assert serials == frozenset() and pem.startswith(b"-----BEGIN X509 CRL-----")


@pytest.mark.parametrize("form", ["name", "hex", "0xhex", "colons", "decimal"])
def test_revoke_takes_a_name_or_a_serial_in_any_usual_form(own_pki, form):
    serial = serial_of(own_pki, "kiosk-03")
    text = f"{serial:X}"
    given = {"name": "kiosk-03", "hex": text, "0xhex": f"0x{text.lower()}",
             "colons": ":".join(text[i:i + 2] for i in range(0, len(text), 2)),
             "decimal": str(serial)}[form]
    result = revoke(own_pki, given)
    assert result.output.strip().splitlines() == [
        f"revoked kiosk-03 (serial {serial:X}); {own_pki / CRL_FILE} now revokes 1 "
        "certificate(s)"]
    assert read_crl(own_pki / CRL_FILE, own_pki / "ca.pem")[0] == {serial}


def test_revocations_add_up_and_each_crl_is_newer_than_the_last(own_pki):
    before = x509.load_pem_x509_crl((own_pki / CRL_FILE).read_bytes())
    revoke(own_pki, "kiosk-01")
    revoke(own_pki, "staff-01")
    revoke(own_pki, "kiosk-01")  # again: still listed once
    crl = x509.load_pem_x509_crl((own_pki / CRL_FILE).read_bytes())
    assert {entry.serial_number for entry in crl} == {serial_of(own_pki, "kiosk-01"),
                                                      serial_of(own_pki, "staff-01")}
    # OpenSSL keeps the CRL with the latest thisUpdate: every reissue must be later.
    assert crl.last_update_utc >= before.last_update_utc + dt.timedelta(seconds=3)


def test_a_serial_of_no_certificate_here_is_revoked_and_said_so(own_pki):
    result = revoke(own_pki, "0x1234")
    assert "serial 1234; no certificate in" in result.output
    assert read_crl(own_pki / CRL_FILE, own_pki / "ca.pem")[0] == {0x1234}


@pytest.mark.parametrize("argument", ["kiosk-99", "nobody", "", "0x", "12x5", "ca"])
def test_an_unknown_name_is_one_line_and_exit_2(own_pki, argument):
    crl = (own_pki / CRL_FILE).read_bytes()
    result = run("backoffice", "revoke", "--pki", str(own_pki), argument)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert "cannot revoke" in result.output
    assert (own_pki / CRL_FILE).read_bytes() == crl  # nothing written


def test_a_pki_without_its_ca_key_cannot_revoke(own_pki):
    (own_pki / "ca-key.pem").unlink()
    result = run("backoffice", "revoke", "--pki", str(own_pki), "kiosk-01")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "no usable CA" in result.output


def test_a_garbled_crl_is_not_overwritten_by_revoke(own_pki):
    (own_pki / CRL_FILE).write_bytes(b"garbage")
    result = run("backoffice", "revoke", "--pki", str(own_pki), "kiosk-01")
    assert result.exit_code == 2 and "not a readable CRL" in result.output
    assert (own_pki / CRL_FILE).read_bytes() == b"garbage"


def test_an_old_pki_without_a_crl_gets_one_on_the_first_revoke(own_pki):
    (own_pki / CRL_FILE).unlink()
    revoke(own_pki, "kiosk-02")
    assert read_crl(own_pki / CRL_FILE, own_pki / "ca.pem")[0] == {serial_of(own_pki,
                                                                             "kiosk-02")}


def test_resolve_finds_every_certificate_of_the_pki(pki):
    issued = issued_certificates(pki)
    assert sorted(issued.values()) == ["core-01", "kiosk-01", "kiosk-02", "kiosk-03", "server",
                                       "staff-01"]
    assert [target.name for target in resolve(pki, "staff-01")] == ["staff-01"]


def test_a_crl_of_another_ca_or_garbled_or_expired_is_refused(pki, tmp_path):
    init_pki(tmp_path / "foreign", kiosks=1)
    with pytest.raises(RevocationSourceError, match="not signed by the CA"):
        read_crl(tmp_path / "foreign" / CRL_FILE, pki / "ca.pem")
    (tmp_path / "bad.pem").write_bytes(b"-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----")
    with pytest.raises(RevocationSourceError, match="not a readable CRL"):
        read_crl(tmp_path / "bad.pem", pki / "ca.pem")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=900)
    with pytest.raises(RevocationSourceError, match="expired"):
        read_crl(pki / CRL_FILE, pki / "ca.pem", now=later)


def test_a_der_crl_is_read_too(own_pki, tmp_path):
    crl_revoke(own_pki, resolve(own_pki, "kiosk-02"))
    crl = x509.load_pem_x509_crl((own_pki / CRL_FILE).read_bytes())
    (tmp_path / "ca.crl").write_bytes(crl.public_bytes(serialization.Encoding.DER))
    serials, pem = read_crl(tmp_path / "ca.crl", own_pki / "ca.pem")
    assert serials == {serial_of(own_pki, "kiosk-02")}
    assert pem == (own_pki / CRL_FILE).read_bytes()


def test_the_deny_list_holds_serials_and_names(tmp_path):
    path = tmp_path / "deny.txt"
    path.write_text("# stolen 2026-12-01\nkiosk-03\n0x1F  # by serial\n1234\nAB:CD\n"
                    "4A7F\nface\n\n")
    assert read_deny_list(path) == (frozenset({0x1F, 1234, 0xABCD, 0x4A7F}),
                                    frozenset({"kiosk-03", "face"}))
    path.write_text("kiosk-03 kiosk-04\n")
    with pytest.raises(RevocationSourceError, match=r"deny\.txt:1"):
        read_deny_list(path)


def test_the_list_is_reread_when_the_file_changes_and_a_broken_one_keeps_the_last(own_pki):
    revocation = Revocation(own_pki / "ca.pem", own_pki / CRL_FILE)
    revocation.load()
    kiosk = {"extensions": {"tls": {"client_cn": "kiosk-01",
                                    "client_serial": serial_of(own_pki, "kiosk-01")}}}
    assert not revocation.changed() and not revocation.refuses(kiosk)
    revoke(own_pki, "kiosk-01")
    assert revocation.changed() and revocation.refuses(kiosk)
    (own_pki / CRL_FILE).write_bytes(b"garbage")
    assert not revocation.changed() and revocation.refuses(kiosk)  # never less than before
    (own_pki / CRL_FILE).unlink()
    revocation.changed()
    assert revocation.refuses(kiosk)


def test_a_crl_that_appears_later_is_read(own_pki):
    crl = own_pki / CRL_FILE
    crl.unlink()
    revocation = Revocation(own_pki / "ca.pem", crl)
    revocation.load()
    revoke(own_pki, "kiosk-02")
    assert revocation.changed()
    assert revocation.current.serials == {serial_of(own_pki, "kiosk-02")}


def test_load_refuses_a_malformed_crl(own_pki):
    (own_pki / CRL_FILE).write_text("not a crl")
    with pytest.raises(RevocationSourceError):
        Revocation(own_pki / "ca.pem", own_pki / CRL_FILE).load()


def test_serve_does_not_start_with_a_malformed_crl(own_pki, tmp_path):
    (own_pki / CRL_FILE).write_text("not a crl")
    result = CliRunner().invoke(cli, ["backoffice", "serve", "--db", "sqlite:///"
                                      f"{tmp_path / 'bo.sqlite3'}", "--pki", str(own_pki),
                                      "--port", "1"], env={"KIOSK_HOME": str(tmp_path)},
                                catch_exceptions=False)
    assert result.exit_code == 9
    assert result.output.strip().splitlines() == [
        f"kiosk: 失効リストを使えません / cannot use the revocation list: "
        f"{own_pki / CRL_FILE} is not a readable CRL"]
    assert not (tmp_path / "bo.sqlite3").exists()


@pytest.mark.parametrize("option", ["--crl", "--deny-list"])
def test_serve_does_not_start_without_the_list_it_was_told_to_use(own_pki, tmp_path, option):
    result = CliRunner().invoke(cli, ["backoffice", "serve", "--db", "sqlite:///"
                                      f"{tmp_path / 'bo.sqlite3'}", "--pki", str(own_pki),
                                      option, str(tmp_path / "missing.pem")],
                                env={"KIOSK_HOME": str(tmp_path)}, catch_exceptions=False)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "missing.pem" in result.output


def test_serve_does_not_start_with_a_crl_signed_by_another_ca(own_pki, tmp_path):
    init_pki(tmp_path / "foreign", kiosks=1)
    result = CliRunner().invoke(cli, ["backoffice", "serve", "--db", "sqlite:///"
                                      f"{tmp_path / 'bo.sqlite3'}", "--pki", str(own_pki),
                                      "--crl", str(tmp_path / "foreign" / CRL_FILE)],
                                env={"KIOSK_HOME": str(tmp_path)}, catch_exceptions=False)
    assert result.exit_code == 9 and "not signed by the CA" in result.output


async def _ok(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def _call(guard, name, serial):
    async def with_cert(scope, receive, send):
        scope["extensions"] = {"tls": {"client_cn": name, "client_serial": serial}}
        await guard(scope, receive, send)

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=with_cert),
                                     base_url="http://bo") as http:
            return await http.post("/v1/records", json={"records": []})

    return asyncio.run(go())


@pytest.mark.expect_log("kiosk.backoffice.revocation", "WARNING",
                        r"^refused a revoked certificate: (kiosk|staff)-01 ")
def test_the_guard_refuses_a_revoked_serial_or_name_with_403_and_one_log_line(own_pki,
                                                                              tmp_path, caplog):
    deny = tmp_path / "deny.txt"
    deny.write_text("staff-01\n")
    crl_revoke(own_pki, resolve(own_pki, "kiosk-01"))  # not the CLI: it resets the logging
    revocation = Revocation(own_pki / "ca.pem", own_pki / CRL_FILE, deny)
    revocation.load()
    guard = RevocationGuard(_ok, revocation)
    with caplog.at_level("WARNING"):
        refused = _call(guard, "kiosk-01", serial_of(own_pki, "kiosk-01"))
    assert refused.status_code == 403 and "revoked" in refused.json()["error"]
    assert len(caplog.records) == 1 and "kiosk-01" in caplog.records[0].getMessage()
    assert _call(guard, "staff-01", serial_of(own_pki, "staff-01")).status_code == 403
    assert _call(guard, "kiosk-02", serial_of(own_pki, "kiosk-02")).status_code == 200
    assert _call(guard, "kiosk-02", None).status_code == 200


def test_write_crl_is_all_or_nothing(own_pki, monkeypatch):
    before = (own_pki / CRL_FILE).read_bytes()
    ca = x509.load_pem_x509_certificate((own_pki / "ca.pem").read_bytes())
    key = serialization.load_pem_private_key((own_pki / "ca-key.pem").read_bytes(), None)

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        write_crl(own_pki, ca, key, {5: dt.datetime.now(dt.UTC)})
    assert (own_pki / CRL_FILE).read_bytes() == before
    assert [path.name for path in own_pki.iterdir() if path.name.startswith(".")] == []
    result = run("backoffice", "revoke", "--pki", str(own_pki), "kiosk-01")
    assert result.exit_code == 9 and len(result.output.strip().splitlines()) == 1
    assert "No space left on device" in result.output


@pytest.mark.expect_log("kiosk.backoffice.revocation", "WARNING",
                        r"^revocation list reloaded: 1 serials, 0 names$")
def test_a_change_reaches_the_tls_context_and_the_listeners(own_pki):
    (own_pki / CRL_FILE).unlink()  # an old PKI: no CRL until the first revoke
    revocation = Revocation(own_pki / "ca.pem", own_pki / CRL_FILE)
    revocation.load()
    context = revocation.attach(ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER))
    assert context.cert_store_stats()["crl"] == 0
    assert not context.verify_flags & ssl.VERIFY_CRL_CHECK_LEAF
    heard = []

    async def listener(refuses):
        heard.append(refuses({"extensions": {"tls": {"client_cn": "kiosk-01"}}}))

    revocation.listeners.append(listener)
    crl_revoke(own_pki, resolve(own_pki, "kiosk-01"))
    asyncio.run(revocation._apply_changes())
    assert context.cert_store_stats()["crl"] == 1
    assert context.verify_flags & ssl.VERIFY_CRL_CHECK_LEAF
    assert heard == [False]  # by serial: this scope carries none


@pytest.mark.expect_log("kiosk.backoffice.revocation", "WARNING",
                        r"^revocation list reloaded: [12] serials, 0 names$")
@pytest.mark.expect_log("kiosk.backoffice.revocation", "ERROR",
                        r"^revocation list: RuntimeError: boom$")
def test_the_watch_outlives_a_failing_listener(own_pki):
    revocation = Revocation(own_pki / "ca.pem", own_pki / CRL_FILE)
    revocation.load()
    calls = []

    async def broken(_refuses):
        calls.append(1)
        raise RuntimeError("boom")

    revocation.listeners.append(broken)

    async def scenario():
        task = asyncio.create_task(revocation.watch(interval=0.05))
        crl_revoke(own_pki, resolve(own_pki, "kiosk-01"))
        await asyncio.sleep(0.3)
        crl_revoke(own_pki, resolve(own_pki, "kiosk-02"))
        await asyncio.sleep(0.3)
        assert not task.done()
        task.cancel()

    asyncio.run(scenario())
    assert len(calls) == 2
    assert revocation.current.serials == {serial_of(own_pki, "kiosk-01"),
                                          serial_of(own_pki, "kiosk-02")}
