"""A small typed builder of kiosk.toml, written with tomli_w, so tests say what they
configure instead of hand-writing TOML:

    KioskConfig(home).demo().backoffice(office).remote(pki).write()
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

import tomli_w

from tests.support.backoffice import Backoffice


class KioskConfig:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.raw: dict[str, Any] = {}

    def demo(self, on: bool = True) -> Self:
        self.raw["demo"] = on
        return self

    def kiosk_id(self, name: str) -> Self:
        self.raw["kiosk_id"] = name
        return self

    def backoffice(self, office: Backoffice | str, pki: Path | None = None, *,
                   cert: str = "kiosk-01", timeout_seconds: float | None = None) -> Self:
        """[backoffice] of a running back office, or of a URL (say, a dead one) and a PKI;
        the kiosk authenticates with the PKI's certificate ``cert``."""
        url, pki = ((office.url, office.pki) if isinstance(office, Backoffice)
                    else (office, pki))
        if pki is None:
            raise ValueError("a back-office URL needs the PKI of its certificates")
        self.raw.setdefault("kiosk_id", cert)
        table: dict[str, Any] = {"url": url, "ca": str(pki / "ca.pem"),
                                 "cert": str(pki / f"{cert}.pem"),
                                 "key": str(pki / f"{cert}-key.pem")}
        if timeout_seconds is not None:
            table["timeout_seconds"] = timeout_seconds
        return self.table("backoffice", **table)

    def remote(self, pki: Path, cert: str = "staff-01") -> Self:
        """[remote]: the staff certificate a counter joins a branch's visit with."""
        return self.table("remote", cert=str(pki / f"{cert}.pem"),
                          key=str(pki / f"{cert}-key.pem"))

    def card(self, **values: Any) -> Self:
        return self.table("card", **values)

    def outbox(self, **values: Any) -> Self:
        return self.table("outbox", **values)

    def table(self, name: str, **values: Any) -> Self:
        """Any table with any values, also wrong ones (the tests of the error messages)."""
        self.raw.setdefault(name, {}).update(values)
        return self

    def write(self) -> Path:
        """Write home/kiosk.toml (creating home) and return home."""
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "kiosk.toml").write_text(tomli_w.dumps(self.raw), encoding="utf-8")
        return self.home
