"""``kiosk audit verify``'s second half: the local chain against its anchors.

The back office's anchor (fetched over mutual TLS when a back office is configured) and this
kiosk's own record of the last acknowledged one (kiosk/store/anchor.py) are both compared with
the log; either one it contradicts is reported. When the back office cannot be asked, the log
is checked against the local record only and the report says that the anchor was not checked.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass

from kiosk.settings import BackofficeSettings, Settings
from kiosk.store.anchor import Anchor, anchor_problem, remembered, stamp
from kiosk.store.anchor_client import AnchorUnavailableError, fetch_anchor
from kiosk.store.db import Store
from kiosk.store.sync import mtls_client


@dataclass(frozen=True)
class AnchorReport:
    problem: str | None  # one line: how the log contradicts an anchor (None: it does not)
    summary: str  # one line for an intact log: up to where it is anchored, or why unknown


def check_anchor(settings: Settings, store: Store, entries: int) -> AnchorReport:
    known = remembered(settings.key_file)
    remote: Anchor | None = None
    unavailable: str | None = None
    if settings.backoffice is not None:
        try:
            remote = _fetch(settings.backoffice, settings.kiosk_id)
        except AnchorUnavailableError as error:
            unavailable = str(error)
    for anchor in (remote, known):
        problem = None if anchor is None else anchor_problem(store, anchor)
        if problem is not None:
            return AnchorReport(problem, "")
    return AnchorReport(None, _summary(settings, entries, remote, known, unavailable))


def _fetch(backoffice: BackofficeSettings, kiosk_id: str) -> Anchor | None:
    try:
        http = mtls_client(backoffice)
    except (ssl.SSLError, OSError) as error:
        raise AnchorUnavailableError(f"証明書を読めません / cannot load the kiosk certificate: "
                                     f"{getattr(error, 'strerror', None) or error}") from None
    with http:
        return fetch_anchor(http, backoffice.url, kiosk_id)


def _summary(settings: Settings, entries: int, remote: Anchor | None, known: Anchor | None,
             unavailable: str | None) -> str:
    local = ("this kiosk has no record of an anchor" if known is None else
             f"last anchored up to entry {known.head.seq} ({stamp(known.at)}) by this kiosk's "
             f"record")
    if settings.backoffice is None:
        return f"audit log intact: {entries} entries; not anchored (no back office configured); " \
               f"{local}"
    if unavailable is not None:
        return f"audit log intact locally: {entries} entries; the anchor was NOT checked " \
               f"({unavailable}); {local}"
    if remote is None:
        return f"audit log intact: {entries} entries; not anchored yet: the back office holds " \
               f"no head for {settings.kiosk_id} (kiosk sync sends it); {local}"
    return f"audit log intact: {entries} entries; anchored by the back office up to entry " \
           f"{remote.head.seq} ({stamp(remote.at)})"
