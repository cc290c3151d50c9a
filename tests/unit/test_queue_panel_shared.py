"""The clerk's queue panel on a shared queue: F2 shows 呼び出し中… until the back office
answers, then the called ticket; a second F2 meanwhile asks nothing more."""

from __future__ import annotations

from pathlib import Path

from kiosk.queue.tickets import TicketState
from tests.support.shared_queue import queue_store, replica
from ui.staff.queue_panel import QueuePanel


def test_call_next_waits_for_the_back_office(qtbot, tmp_path: Path) -> None:
    store = queue_store(tmp_path)
    store.issue("kiosk-02", {"procedures": ["juminhyo"], "channel": "self", "visit_id": "v1"})
    queue, _ = replica(store, "kiosk-01", tmp_path)
    queue.online = True  # as it was a moment ago; the worker has not run yet
    panel = QueuePanel(queue, "1番窓口")
    qtbot.addWidget(panel)
    try:
        panel.call_next()
        panel.call_next()  # pressed twice: one request
        assert panel.now.text() == "呼び出し中…" and panel.current is None
        assert queue._submitted == 1
        queue.start()
        qtbot.waitUntil(lambda: panel.current is not None, timeout=10000)
        assert (panel.current.label, panel.current.state) == ("001", TicketState.CALLED)
        assert panel.now.text().endswith("001")
    finally:
        queue.close()
        store.store.close()
