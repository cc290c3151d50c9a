"""Delivering the outbox to the back office over mutual TLS (httpx), once per record.

One pass claims batches oldest first, posts them, and acknowledges what the back office
confirmed ("stored" or "duplicate": both mean it holds the record). A record the back office
rejects as malformed is parked (``rejected``, with the reason) for an operator instead of
being resent for ever. Any transport failure, timeout or HTTP error fails the whole batch with
backoff; resending later is safe because the back office stores each idempotency key once.
A pass that reached the back office ends by anchoring the audit chain's head there
(kiosk/store/anchor_client.py).
"""

from __future__ import annotations

import logging
import ssl
import threading
from dataclasses import dataclass
from typing import Any

import httpx

from kiosk.settings import BackofficeSettings, Settings
from kiosk.store.anchor_client import AnchorRefusedError, AnchorUnavailableError, anchor_chain
from kiosk.store.crypto import KeyFileError
from kiosk.store.errors import StoreError, first_line
from kiosk.store.outbox import Outbox
from kiosk.store.rows import UNSENT
from kiosk.store.service import open_outbox

log = logging.getLogger(__name__)


class SyncError(Exception):
    """One line saying why the back office did not take a batch (no personal data)."""


@dataclass(frozen=True)
class Answer:
    """The back office's word on one record."""

    status: str  # stored, duplicate, rejected
    reason: str = ""  # why it was rejected (a rule, never data)


@dataclass
class SyncResult:
    sent: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    remaining: int = 0
    error: str | None = None
    anchored: int | None = None  # the audit entry the back office anchored in this pass
    anchor_error: str | None = None  # why the audit head was not anchored
    anchor_refused: bool = False  # the back office refused it: the log does not extend its anchor

    @property
    def drained(self) -> bool:
        return self.error is None and self.remaining == 0


def mtls_client(settings: BackofficeSettings) -> httpx.Client:
    """An HTTP client that trusts only the back office's CA and shows this kiosk's certificate."""
    context = ssl.create_default_context(cafile=str(settings.ca))
    context.load_cert_chain(str(settings.cert), str(settings.key))
    return httpx.Client(verify=context, timeout=settings.timeout_seconds)


class BackofficeClient:
    def __init__(self, settings: BackofficeSettings) -> None:
        self.base_url = settings.url
        self.url = f"{settings.url}/v1/records"
        self.http = mtls_client(settings)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> BackofficeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, records: list[dict[str, Any]]) -> dict[str, Answer]:
        try:
            response = self.http.post(self.url, json={"records": records})
        except httpx.TimeoutException:
            raise SyncError("バックオフィスが応答しません / the back office timed out") from None
        except httpx.ConnectError as error:
            raise SyncError(f"バックオフィスに接続できません / cannot connect to the back "
                            f"office: {first_line(error)}") from None
        except httpx.TransportError as error:
            raise SyncError(f"通信が途中で切れました / the connection to the back office broke: "
                            f"{first_line(error)}") from None
        if response.status_code != 200:
            raise SyncError(f"バックオフィスが受け付けませんでした / the back office answered "
                            f"HTTP {response.status_code}: {error_text(response)}")
        try:
            return {item["key"]: Answer(str(item["status"]), str(item.get("reason", ""))[:300])
                    for item in response.json()["results"]}
        except (ValueError, KeyError, TypeError, AttributeError):
            raise SyncError("バックオフィスの応答が不正です / malformed answer from the back "
                            "office") from None


def error_text(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", ""))[:200]
    except ValueError:
        return response.reason_phrase


def sync_pass(outbox: Outbox, client: BackofficeClient, batch_size: int, *,
              respect_backoff: bool = True) -> SyncResult:
    """Send until nothing is sendable or a batch fails; records the outcome."""
    result = SyncResult()
    while True:
        batch = outbox.claim_batch(batch_size, respect_backoff=respect_backoff)
        if not batch:
            break
        keys = [record.key for record in batch]
        try:
            answers = client.send([record.to_wire(outbox.kiosk_id) for record in batch])
        except SyncError as error:
            outbox.fail(keys, str(error))
            result.error = str(error)
            break
        statuses = {k: answers[k].status for k in keys if k in answers}
        confirmed = [k for k, status in statuses.items() if status in ("stored", "duplicate")]
        outbox.acknowledge(confirmed)
        outbox.reject({k: answers[k].reason or "rejected by the back office"
                       for k, status in statuses.items() if status == "rejected"})
        outbox.fail([k for k in keys if statuses.get(k) not in ("stored", "duplicate",
                                                                 "rejected")],
                    "not confirmed by the back office")
        result.sent += len(batch)
        result.stored += sum(1 for k in confirmed if statuses[k] == "stored")
        result.duplicates += sum(1 for k in confirmed if statuses[k] == "duplicate")
        result.rejected += sum(1 for status in statuses.values() if status == "rejected")
    outbox.purge_expired()
    depth = outbox.depth()
    result.remaining = sum(depth[state] for state in UNSENT)
    outbox.note_sync(success=result.error is None, message=result.error or "ok",
                     sent=result.sent)
    if result.error is None:  # unreachable: the anchor would only wait for the same timeout
        anchor_head(outbox, client, result)
    return result


def anchor_head(outbox: Outbox, client: BackofficeClient, result: SyncResult) -> None:
    """Anchor the audit chain's head (including this pass's own entry) in the back office."""
    try:
        anchor = anchor_chain(outbox.store, client.http, client.base_url, outbox.kiosk_id,
                              outbox.keys.path)
    except AnchorRefusedError as error:
        result.anchor_error, result.anchor_refused = str(error), True
    except AnchorUnavailableError as error:
        result.anchor_error = str(error)
    else:
        result.anchored = anchor.head.seq


class SyncLoop(threading.Thread):
    """Background delivery inside the app: a pass every interval, or at once on ``nudge()``."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(name="outbox-sync", daemon=True)
        if settings.backoffice is None:
            raise ValueError("no [backoffice] configured")
        self.settings = settings
        self.backoffice = settings.backoffice
        self.stop_event = threading.Event()
        self._wake = threading.Event()
        self.last_result: SyncResult | None = None

    def nudge(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self.stop_event.set()
        self._wake.set()
        self.join(timeout)

    @staticmethod
    def _log_anchor(result: SyncResult) -> None:
        # A refusal is a tamper signal and warns. An unreachable back office is the ordinary
        # offline state (the outbox status already shows it); warning on every pass would
        # flood the log during an outage, so it is recorded at INFO only.
        if result.anchor_error is None:
            return
        if result.anchor_refused:
            log.warning("sync: audit head refused: %s", result.anchor_error)
        else:
            log.info("sync: audit head not anchored (back office unreachable): %s",
                     result.anchor_error)

    def run(self) -> None:
        outbox: Outbox | None = None
        with BackofficeClient(self.backoffice) as client:
            while not self.stop_event.is_set():
                try:
                    if outbox is None:
                        outbox = open_outbox(self.settings)
                        outbox.recover_in_flight()
                    self.last_result = sync_pass(outbox, client, self.settings.outbox.batch_size)
                    self._log_anchor(self.last_result)
                except (StoreError, KeyFileError) as error:
                    log.error("sync: %s", error)
                self._wake.wait(self.settings.outbox.sync_interval_seconds)
                self._wake.clear()
        if outbox is not None:
            outbox.store.close()
