"""Every HTTP endpoint of the back office checks the caller's certificate role (in process, the
certificate's common name put into the scope as kiosk/backoffice/server.py does; the real
mutual TLS is in tests/outbox/test_mtls.py)."""

import asyncio

import httpx
import pytest
from starlette.routing import Route

from kiosk.backoffice.app import create_app
from kiosk.backoffice.roles import Role, caller_name
from kiosk.backoffice.store import BackofficeStore
from kiosk.store.crypto import KeyRing

# Who may call what; every other certificate is refused.
ALLOWED = {
    ("POST", "/v1/records"): "kiosk-01",
    ("GET", "/v1/submissions"): "core-01",
    ("GET", "/v1/submissions.csv"): "core-01",
    ("GET", "/v1/metrics"): "core-01",
    ("GET", "/v1/stats"): "core-01",
    ("PUT", "/v1/payables"): "core-01",
    ("GET", "/v1/payables"): "kiosk-01",
    ("GET", "/v1/payables/{ref}"): "kiosk-01",
    ("POST", "/v1/payables/withdraw"): "core-01",
    ("POST", "/v1/queue/reserve"): "kiosk-01",
    ("POST", "/v1/queue/tickets"): "kiosk-01",
    ("POST", "/v1/queue/call-next"): "kiosk-01",
    ("POST", "/v1/queue/tickets/{label}/{action}"): "kiosk-01",
    ("GET", "/v1/queue/board"): "kiosk-01",
    ("POST", "/v1/audit/head"): "kiosk-01",
    ("GET", "/v1/audit/head"): "kiosk-01",
    ("GET", "/v1/audit/heads"): "core-01",
}
NAMES = ("kiosk-01", "core-01", "staff-01", "kiosk", "nobody-01", None)


@pytest.fixture
def app(tmp_path):
    store = BackofficeStore(f"sqlite:///{tmp_path / 'bo.sqlite3'}",
                            KeyRing.load_or_create(tmp_path / "data.key"))
    yield create_app(store, tmp_path / "remote-access.toml")
    store.close()


def call(app, name, method, url):
    """One request in process, from a certificate of common name ``name`` (None: no name)."""
    async def with_name(scope, receive, send):
        scope["extensions"] = {**(scope.get("extensions") or {}), "tls": {"client_cn": name}}
        await app(scope, receive, send)

    async def send():
        transport = httpx.ASGITransport(app=with_name)
        async with httpx.AsyncClient(transport=transport, base_url="https://bo") as client:
            return await client.request(method, url, content=b"{}")
    return asyncio.run(send())


def test_the_table_names_every_http_endpoint_but_health(app):
    routes = {(method, route.path) for route in app.routes if isinstance(route, Route)
              for method in route.methods or () if method != "HEAD"}
    assert routes - set(ALLOWED) == {("GET", "/healthz")}
    assert set(ALLOWED) <= routes


@pytest.mark.parametrize(("method", "path"), sorted(ALLOWED))
def test_only_the_endpoints_role_gets_past_the_check(app, method, path):
    url = path.replace("{label}/{action}", "001/recall")
    for name in NAMES:
        answer = call(app, name, method, url)
        if name == ALLOWED[(method, path)]:
            assert answer.status_code != 403, (name, answer.text)
        else:
            assert answer.status_code == 403, name
            assert answer.json() == {"error": f"this certificate may not use {url}"}


def test_health_needs_no_role(app):
    assert call(app, None, "GET", "/healthz").json() == {"ok": True}


def test_the_role_is_the_prefix_of_the_common_name():
    assert Role.CORE.holds("core-01") and not Role.CORE.holds("core01")
    assert not Role.KIOSK.holds("staff-kiosk-01")
    assert caller_name({"extensions": {"tls": {"client_cn": "kiosk-01"}}}) == "kiosk-01"
    assert caller_name({"extensions": {"tls": {"client_cn": 7}}}) is None
    assert caller_name({}) is None
