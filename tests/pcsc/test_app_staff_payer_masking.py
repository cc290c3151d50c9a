"""The counter's slips panel against the real back office: the list shows the payer masked,
the panel never holds the full name or address, and the slip it prints is made from the payable
released for it (one audited release), with the payer in full on paper."""

import datetime as dt
import subprocess

import httpx
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from kiosk.backoffice.lookups import LookupAudit
from kiosk.backoffice.store import BackofficeStore
from kiosk.payments.example import example_payable
from kiosk.store.crypto import KeyRing
from tests.support.app import login
from tests.support.counter import issue_and_check, search_slips
from tests.support.net import client_context


def shown_texts(window):
    texts = [w.text() for cls in (QLabel, QLineEdit) for w in window.findChildren(cls)]
    for listing in window.findChildren(QListWidget):
        texts += [listing.item(i).text() for i in range(listing.count())]
    return "\n".join(texts)


def test_the_list_is_masked_and_the_slip_has_the_full_payer(qtbot, office_counter,
                                                            backoffice):
    login(qtbot, office_counter)
    payable = example_payable(dt.date.today())
    with httpx.Client(verify=client_context(backoffice.pki, "core-01"), timeout=30) as http:
        answer = http.put(f"{backoffice.url}/v1/payables", json={"payables": [payable]})
    assert answer.status_code == 200, answer.text
    assert search_slips(qtbot, office_counter, payable["notice_number"]) == 1
    line = office_counter.slips.results.item(0).text()
    assert "山田 ＊＊" in line and "デモ県デモ市＊＊＊" in line
    assert all(p.masked for p in office_counter.slips.found)
    assert "太郎" not in shown_texts(office_counter)
    assert "霞が関" not in shown_texts(office_counter)

    issue_and_check(qtbot, office_counter, payable)
    [printed] = (office_counter.settings.home / "printed").glob("*納付書*.pdf")
    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "太郎" in text and "霞が関" in text  # on paper, the payer in full
    assert all(p.masked for p in office_counter.slips.found)  # and not kept by the panel

    store = BackofficeStore(backoffice.db_url,
                            KeyRing.load(backoffice.home / "backoffice" / "data.key"))
    try:
        entries = LookupAudit(store).entries()
    finally:
        store.close()
    assert [(e["caller"], e["kind"], e["found"]) for e in entries] == [
        ("kiosk-01", "list", 1), ("kiosk-01", "release", 1)]
