"""Anchoring the audit chain's head in the back office, and reading the anchor back.

- ``POST /v1/audit/head`` ``{"kiosk_id", "seq", "hash", "base"}``: this kiosk's head, with
  ``base`` = its own entry (seq and hash) at the sequence the back office anchored last, so the
  back office can check that the new head extends the old one without holding the log. The
  kiosk takes that sequence from its remembered anchor; when the back office holds another one
  it answers 409 ``"reason": "base"`` with ``anchored_seq`` and the kiosk retries once.
- ``GET /v1/audit/head``: the head the back office anchored for this kiosk (or null).

Both sides of a send run under a file lock beside the key, so two senders on one kiosk (the
app's sync loop and ``kiosk sync``) never present an older head after a newer one.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from kiosk.store.anchor import (
    Anchor,
    Head,
    anchor_file,
    chain_head,
    hash_at,
    remember,
    remembered,
    valid_head,
)
from kiosk.store.db import Store
from kiosk.store.errors import first_line

log = logging.getLogger(__name__)
SOURCE = "the back office"


class AnchorUnavailableError(Exception):
    """The back office could not be asked (unreachable, timed out, odd answer): one line."""


class AnchorRefusedError(Exception):
    """The back office refused the head: the local chain does not extend its anchor."""


def anchor_chain(store: Store, http: httpx.Client, base_url: str, kiosk_id: str,
                 key_file: Path) -> Anchor:
    """Send the current head; returns the anchor the back office acknowledged and remembers
    it beside the key."""
    with _locked(key_file):
        head = chain_head(store)
        known = remembered(key_file)
        base_seq = known.head.seq if known is not None and known.head.seq <= head.seq else None
        answer = _post(http, base_url, kiosk_id, head, _base(store, base_seq))
        if isinstance(answer, int):  # the back office anchored another sequence: use that one
            answer = _post(http, base_url, kiosk_id, head, _base(store, answer))
        if isinstance(answer, int):
            raise AnchorUnavailableError("監査ログの基点が一致しません / the back office "
                                         "changed its anchor during the request; try again")
        try:
            remember(key_file, kiosk_id, answer)
        except OSError as error:  # the back office holds it; the local copy is a convenience
            log.warning("audit anchor not remembered locally: %s", error.strerror or error)
        return answer


def fetch_anchor(http: httpx.Client, base_url: str, kiosk_id: str) -> Anchor | None:
    """The head the back office anchored for this kiosk; None when it holds none."""
    response = _call(http, "GET", f"{base_url}/v1/audit/head", None)
    if response.status_code != 200:
        raise AnchorUnavailableError(f"バックオフィスが監査ログの基点を返しません / the back "
                                     f"office answered HTTP {response.status_code}: "
                                     f"{_error_text(response)}")
    body = _json(response)
    if body.get("kiosk_id") != kiosk_id:
        raise AnchorUnavailableError("バックオフィスの応答が不正です / the back office answered "
                                     "for another kiosk id (check kiosk_id and the certificate)")
    return None if body.get("head") is None else _anchor_of(body["head"])


def _base(store: Store, seq: int | None) -> dict[str, Any] | None:
    if seq is None:
        return None
    digest = hash_at(store, seq)
    if digest is None:  # the log lost an entry the back office anchored
        raise AnchorRefusedError(f"監査ログに基点の記録がありません / the audit log has no "
                                 f"entry {seq}, which the back office anchored")
    return Head(seq, digest).as_wire()


def _post(http: httpx.Client, base_url: str, kiosk_id: str, head: Head,
          base: dict[str, Any] | None) -> Anchor | int:
    """The acknowledged anchor, or the sequence to use as base (409 "base")."""
    response = _call(http, "POST", f"{base_url}/v1/audit/head",
                     {"kiosk_id": kiosk_id, **head.as_wire(), "base": base})
    if response.status_code == 200:
        return _anchor_of(_json(response).get("anchored"))
    if response.status_code == 409:
        body = _json(response)
        seq = body.get("anchored_seq")
        if body.get("reason") == "base" and isinstance(seq, int) and seq <= head.seq:
            return seq
        raise AnchorRefusedError(f"バックオフィスが監査ログの先頭 {head.seq} を拒否しました / "
                                 f"the back office refused audit head {head.seq}: "
                                 f"{_error_text(response)}")
    raise AnchorUnavailableError(f"バックオフィスが監査ログの先頭を受け付けません / the back "
                                 f"office answered HTTP {response.status_code}: "
                                 f"{_error_text(response)}")


def _call(http: httpx.Client, method: str, url: str, body: Any) -> httpx.Response:
    try:
        return http.request(method, url, json=body)
    except httpx.TimeoutException:
        raise AnchorUnavailableError("バックオフィスが応答しません / the back office timed "
                                     "out") from None
    except httpx.TransportError as error:
        raise AnchorUnavailableError(f"バックオフィスに接続できません / cannot reach the back "
                                     f"office: {first_line(error)}") from None


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise AnchorUnavailableError("バックオフィスの応答が不正です / malformed answer from the "
                                     "back office")
    return body


def _anchor_of(data: Any) -> Anchor:
    if not isinstance(data, dict) or not valid_head(data.get("seq"), data.get("hash")) or \
            not isinstance(data.get("anchored_at"), int | float):
        raise AnchorUnavailableError("バックオフィスの応答が不正です / malformed audit head from "
                                     "the back office")
    return Anchor(Head(data["seq"], data["hash"]), float(data["anchored_at"]), SOURCE)


def _error_text(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.reason_phrase
    return str(body.get("error", ""))[:200] if isinstance(body, dict) else response.reason_phrase


@contextlib.contextmanager
def _locked(key_file: Path) -> Iterator[None]:
    path = anchor_file(key_file)
    try:
        lock = open(path.with_name(path.name + ".lock"), "a")  # noqa: SIM115 (held below)
    except OSError as error:
        raise AnchorUnavailableError(f"監査ログの基点を記録できません / cannot lock "
                                     f"{path.name}: {error.strerror or error}") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield  # closing the file releases the lock
