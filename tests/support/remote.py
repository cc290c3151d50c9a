"""Remote-window clients against the real back office: the ``connect`` fixture (clients that
are always closed) and waiting helpers."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.remote.client import Endpoint, RemoteClient
from tests.support.backoffice import Backoffice

# Waits on a condition end as soon as it holds; their limits are for a loaded 2-core CI
# machine, where a back-office answer or a reconnect can take seconds.
WAIT_S = 30.0
CONNECT_S = 60.0
ANSWER_S = 30.0  # one message on a raw WebSocket (recv, open_timeout)


def endpoint(pki: Path, name: str, url: str) -> Endpoint:
    return Endpoint(url, pki / "ca.pem", pki / f"{name}.pem", pki / f"{name}-key.pem")


@pytest.fixture
def connect(remote_pki: Path, backoffice: Backoffice) -> Iterator[Callable[..., Any]]:
    """connect(Class, certificate name, branch, url=None, **options) -> a started client."""
    started: list[RemoteClient] = []

    def make(cls: type[RemoteClient], name: str, branch: str = "kiosk-01",
             url: str | None = None, **options: Any) -> Any:
        client = cls(endpoint(remote_pki, name, url or backoffice.url), branch, **options)
        started.append(client.start())
        return client

    yield make
    for client in started:
        client.close()


def wait_until(condition: Callable[[], object], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def events_of(client: RemoteClient, kind: str) -> list[dict[str, Any]]:
    return [event for event in list(client.events.queue) if event["event"] == kind]


def assert_connected(*clients: RemoteClient) -> None:
    for client in clients:
        assert client.wait_connected(CONNECT_S), list(client.events.queue)
