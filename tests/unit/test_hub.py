"""The device hub's typed operations: the job runs on the device thread, its own callbacks on
the GUI thread; a callback of a closed widget, or of a visit that ended, is never called."""

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from devices.printing.port import PrintError, PrintJob
from ui.hub import DeviceHub, Generation


class FakePrinter:
    def __init__(self, fail=False):
        self.fail = fail
        self.titles = []

    def print_pdf(self, pdf, title):
        self.titles.append(title)
        if self.fail:
            raise PrintError("paper jam")
        return PrintJob(printer="fake", job_id="1")


def make_hub(printer=None):
    return DeviceHub(reader=None, open_card=None, printer=printer or FakePrinter())


def test_the_job_runs_on_the_device_thread_and_its_result_on_the_gui_thread(qtbot):
    hub = make_hub()
    seen = []
    hub.run(lambda: threading.current_thread().name,
            lambda name: seen.append((name, threading.current_thread())), None)
    qtbot.waitUntil(lambda: bool(seen))
    hub.stop()
    (job_thread, callback_thread), = seen
    assert job_thread.startswith("device")
    assert callback_thread is threading.main_thread()


def test_a_failure_goes_to_its_own_callback_only(qtbot):
    hub = make_hub()
    done, failed = [], []

    def job():
        raise ValueError("no")
    hub.run(job, done.append, failed.append)
    hub.run(lambda: 7, done.append, failed.append)
    qtbot.waitUntil(lambda: len(done) + len(failed) == 2)
    hub.stop()
    assert done == [7]
    assert [type(e) for e in failed] == [ValueError]


def test_a_closed_widget_gets_no_result(qtbot):
    hub = make_hub()
    gone, alive = QLabel(), QLabel()
    release = threading.Event()
    hub.run(lambda: release.wait(5) and "late", gone.setText, None)
    hub.run(lambda: "shown", alive.setText, None)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not _valid(gone))
    release.set()
    qtbot.waitUntil(lambda: alive.text() == "shown")
    hub.stop()  # the late result, for a deleted label, was dropped (calling it would raise)


def test_a_result_of_a_visit_that_ended_is_dropped_but_still_audited(qtbot):
    hub = make_hub()
    visits = Generation()
    shown, audited = [], []
    release = threading.Event()
    hub.run(lambda: release.wait(5) and "old resident", visits.guard(shown.append,
                                                                        audited.append), None)
    visits.advance()  # the card was removed: the visit is wiped
    release.set()
    hub.run(lambda: "next resident", visits.guard(shown.append, audited.append), None)
    qtbot.waitUntil(lambda: len(shown) + len(audited) == 2)
    hub.stop()
    assert shown == ["next resident"]
    assert audited == ["old resident"]


@pytest.mark.parametrize("fail", [False, True])
def test_printing_reports_to_the_caller_and_the_printer_state(qtbot, tmp_path: Path, fail):
    hub = make_hub(FakePrinter(fail=fail))
    states, done, failed = [], [], []
    hub.printer_state.connect(states.append)
    hub.print_pdf(tmp_path / "a.pdf", "申請書一式", on_done=done.append,
                  on_failed=failed.append, cleanup=tmp_path)
    qtbot.waitUntil(lambda: bool(done or failed))
    hub.stop()
    assert states == [not fail]
    assert (len(done), len(failed)) == ((0, 1) if fail else (1, 0))
    assert not tmp_path.exists()  # the folder with the personal data is gone either way


def _valid(widget):
    import shiboken6

    return shiboken6.isValid(widget)
