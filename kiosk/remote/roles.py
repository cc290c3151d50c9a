"""The two sides of a remote window: the branch kiosk and the main office's remote counter.

The branch is the only side that can put card data into the session, and only through
``share_card``: it refuses to send anything before ``record_consent`` (called when the resident
presses 「同意する」 on the confirmation screen), and it sends only the fields consented to,
from the four the card shows on screen. The 個人番号 has no field, so it cannot be sent.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection
from typing import Any

from websockets.exceptions import ConnectionClosed

from forms.session import CardFacts
from kiosk.remote.client import RemoteClient
from kiosk.remote.model import CARD_FIELDS, PRINT_DONE, Applied, SessionState

CARD_KEYS = tuple(name.removeprefix("card.") for name in CARD_FIELDS)
PrintHandler = Callable[[str, list[str]], None]


class ConsentError(Exception):
    """Card data was about to leave the branch without the resident's consent (one line)."""


class BranchClient(RemoteClient):
    """The branch kiosk's side: opens its own branch's session (its certificate's name)."""

    role = "branch"

    def __init__(self, *args: Any, on_print: PrintHandler | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_print = on_print
        self._consented: frozenset[str] = frozenset()
        self._print_seen: set[str] = set()

    def record_consent(self, keys: Collection[str]) -> None:
        """The resident confirmed these card items on screen and agreed to share them."""
        unknown = set(keys) - set(CARD_KEYS)
        if unknown:
            raise ConsentError(f"共有できない項目です / not a shareable card item: "
                               f"{sorted(unknown)[0]}")
        self._consented = frozenset(keys)

    def withdraw_consent(self) -> None:
        self._consented = frozenset()

    def share_card(self, card: CardFacts) -> list[str]:
        """Send the consented card items; returns the op ids. ConsentError before consent."""
        if not self._consented:
            raise ConsentError("本人の同意がないため送信しません / not sent: the resident has "
                               "not consented")
        values = {"name": card.name, "address": card.address,
                  "birth_date": card.birth_date.isoformat(), "sex": card.sex.value}
        return [self._submit(f"card.{key}", values[key])
                for key in CARD_KEYS if key in self._consented]

    def ack_print(self, job_id: str, ok: bool, message: str = "") -> str:
        """Tell the main office the job was printed here (or failed, and why)."""
        field = f"print.{job_id}"
        current = self.state.values.get(field)
        if not isinstance(current, dict):
            raise ValueError(f"no print job {job_id!r} in this session")
        status = "printed" if ok else "failed"
        return self._submit(field, {**current, "status": status, "message": message})

    def end_visit(self) -> bool:
        """The resident is done: the back office drops the session's data and both sides
        start empty. False when not connected (then call it again once connected)."""
        with self._lock:
            if self._ws is None or not self.connected:
                return False
            try:
                self._ws.send(json.dumps({"type": "end"}))
            except (ConnectionClosed, OSError):
                return False
        return True

    def _on_end(self) -> None:
        self._consented = frozenset()
        self._print_seen.clear()

    def _reseed(self, previous: SessionState) -> list[tuple[str, Any]]:
        # The branch holds the resident's session: after a back-office restart it writes it
        # again, except prints (requested by staff) and card items no longer consented to.
        if self.state.seq != 0:
            return []
        return [(name, value) for name, value in previous.values.items()
                if not name.startswith("print.")
                and (not name.startswith("card.") or name.removeprefix("card.")
                     in self._consented)]

    def _on_op(self, op: Applied, mine: bool) -> None:
        if op.field.startswith("print.") and not mine:
            self._print_requested(op.field, op.value)

    def _after_snapshot(self) -> None:
        # A request that arrived while we were away (or before a restart of this client).
        for field, value in list(self.state.values.items()):
            if field.startswith("print."):
                self._print_requested(field, value)

    def _print_requested(self, field: str, value: Any) -> None:
        job_id = field.removeprefix("print.")
        if not isinstance(value, dict) or value.get("status") in PRINT_DONE \
                or job_id in self._print_seen:
            return
        self._print_seen.add(job_id)  # never print twice from one request
        forms = [str(f) for f in value.get("forms", [])]
        self._audit("remote_print", {"branch": self.branch, "job_id": job_id,
                                     "forms": forms, "status": "requested"})
        self._emit({"event": "print", "job_id": job_id, "forms": forms,
                    "requested_by": self.state.authors.get(field)})
        if self.on_print is not None:
            self.on_print(job_id, forms)


class CounterClient(RemoteClient):
    """The main office's remote counter (a staff certificate)."""

    role = "staff"

    def request_print(self, forms: list[str], job_id: str | None = None) -> str:
        """Ask the branch to print these forms; returns the job id (its ack names it)."""
        job = job_id or uuid.uuid4().hex[:16]
        self._submit(f"print.{job}", {"forms": list(forms), "status": "requested"})
        return job
