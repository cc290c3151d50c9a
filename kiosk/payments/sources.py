"""Where the counter finds payables: the back office when one is configured, else (demo only)
the local folder ``$KIOSK_HOME/payables``; a production kiosk without a back office has none.

The back office answers over mutual TLS with this kiosk's certificate. Each payable it sends
is checked again here with :func:`payable_from_json`: the kiosk never prints what it has not
checked itself. Failures are one line in Japanese and English, without personal data.

The list a notice number gets has the payer masked (kiosk/payments/masking.py); the payable
the clerk prints is fetched again by its ``ref`` (:meth:`BackofficePayableSource.printable`),
the only lookup that carries the payer's full name and address.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx

from kiosk.payments.masking import masked
from kiosk.payments.payable import (
    LocalFilePayableSource,
    Payable,
    PayableError,
    PayableSource,
    payable_from_json,
)
from kiosk.settings import BackofficeSettings, Settings
from kiosk.store.errors import first_line
from kiosk.store.sync import error_text, mtls_client


class PayableLookupError(Exception):
    """Why no payables could be looked up (one line, Japanese / English, no personal data)."""


class BackofficePayableSource:
    """Payables the 標準準拠システム registered at the back office (``GET /v1/payables``)."""

    def __init__(self, url: str, client: Callable[[], httpx.Client],
                 today: dt.date | None = None) -> None:
        self.url = f"{url}/v1/payables"
        self.client = client  # a fresh client per lookup: no connection outlives a search
        self.today = today

    @classmethod
    def from_settings(cls, settings: BackofficeSettings,
                      today: dt.date | None = None) -> BackofficePayableSource:
        return cls(settings.url, lambda: mtls_client(settings), today)

    def payables(self, notice_number: str) -> list[Payable]:
        """The notice's payables, payer masked, each with the ``ref`` that releases it."""
        items = self._items(self._get(self.url, notice_number), "payables", list)
        found = self._checked(items, notice_number, self.today or dt.date.today())
        # Masked again here: an older back office would send the payer in full.
        return [dataclasses.replace(masked(payable), ref=_ref(item))
                for payable, item in found]

    def printable(self, payable: Payable) -> Payable:
        """The listed payable with its payer in full, to print; it must be the same payable."""
        if not payable.ref:
            raise PayableLookupError("この納付書は一覧から選んでください / pick the payable from "
                                     "a lookup's list")
        item = self._items(self._get(f"{self.url}/{payable.ref}", payable.notice_number),
                           "payable", dict)
        checked = self._checked([item], payable.notice_number, self.today or dt.date.today())
        if not checked:
            raise PayableLookupError("この納付書は支払期限を過ぎました / this payable is past "
                                     "its deadline")
        full = checked[0][0]
        if not _same(full, payable):
            raise PayableLookupError("バックオフィスが別の納付書を返しました / the back office "
                                     "answered with another payable")
        return full

    def _get(self, url: str, notice_number: str) -> httpx.Response:
        try:
            with self.client() as http:
                response = http.get(url, params={"notice": notice_number})
        except httpx.TimeoutException:
            raise PayableLookupError("バックオフィスが応答しません / the back office timed "
                                     "out") from None
        except httpx.TransportError as error:
            raise PayableLookupError(f"バックオフィスに接続できません / cannot reach the back "
                                     f"office: {first_line(error)}") from None
        if response.status_code == 429:
            raise PayableLookupError(f"照会が多すぎます。{_retry_after(response)}秒後に"
                                     f"やり直してください / too many lookups from this kiosk; "
                                     f"try again in {_retry_after(response)} s")
        if response.status_code != 200:
            raise PayableLookupError(f"バックオフィスが納付書の照会を断りました / the back "
                                     f"office refused the lookup: HTTP {response.status_code} "
                                     f"{error_text(response)}")
        return response

    @staticmethod
    def _items(response: httpx.Response, key: str, kind: type) -> Any:
        try:
            items = response.json()[key]
        except (ValueError, KeyError, TypeError):
            items = None
        if not isinstance(items, kind):
            raise PayableLookupError("バックオフィスの応答が不正です / malformed answer from "
                                     "the back office")
        return items

    @staticmethod
    def _checked(items: list[Any], notice_number: str, today: dt.date
                 ) -> list[tuple[Payable, Any]]:
        found = []
        for item in items:
            try:
                payable = payable_from_json(item, today)
            except PayableError as error:
                if error.rule == "past_deadline":
                    continue  # expired between the back office's check and ours: not printable
                raise PayableLookupError(f"バックオフィスから不正な納付書データが届きました / "
                                         f"the back office sent an invalid payable: "
                                         f"{error.one_line()}") from None
            if payable.notice_number != notice_number:
                raise PayableLookupError("バックオフィスが別の通知書番号の納付書を返しました / "
                                         "the back office answered with another notice number")
            found.append((payable, item))
        return found


def _ref(item: dict[str, Any]) -> str:
    ref = item.get("ref")
    return ref if isinstance(ref, str) and ref.isascii() and ref.isdigit() else ""


def _retry_after(response: httpx.Response) -> int:
    value = response.headers.get("Retry-After", "")
    return int(value) if value.isascii() and value.isdigit() and len(value) < 6 else 60


def _same(full: Payable, listed: Payable) -> bool:
    """The released payable is the listed one: identity and codes, not the masked payer."""
    def key(p: Payable) -> tuple[object, ...]:
        return (p.municipality_code, p.notice_number, p.fiscal_year, p.instalment, p.subject,
                p.elqr, p.gs1)
    return key(full) == key(listed)


class NoPayableSource:
    """A production kiosk without a back office: it never makes up a payable."""

    def printable(self, payable: Payable) -> Payable:
        raise PayableLookupError("納付書の取得元がありません / no payable source")

    def payables(self, notice_number: str) -> list[Payable]:
        raise PayableLookupError("納付書の取得元がありません（kiosk init --backoffice で設定）/ "
                                 "no payable source: configure [backoffice] with kiosk init")


def payable_source(settings: Settings) -> PayableSource:
    """The back office when configured (demo too: ``kiosk demo`` seeds its own); the local
    folder only in demo mode without one. Never both: a clerk must get one answer."""
    if settings.backoffice is not None:
        return BackofficePayableSource.from_settings(settings.backoffice)
    if settings.demo:
        return LocalFilePayableSource(settings.home / "payables")
    return NoPayableSource()
