"""Demo mode: the shipped simulated card on a private stack, and the minimal window."""

import json

from PIL import Image

from devices.simcard.stack import READER_NAME
from tests.support.pcsc import wait_for_presence


def test_demo_without_display_reads_the_simulated_card(run_kiosk, kiosk_env):
    env = {k: v for k, v in kiosk_env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = run_kiosk("demo", env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "山田　太郎" in result.stdout and "verified" in result.stdout


def test_demo_screenshot_shows_the_card_data(run_kiosk, tmp_path):
    shot = tmp_path / "demo.png"
    result = run_kiosk("demo", "--persona", "sato_hanako_long_address", "--screenshot", str(shot),
                       timeout=60)
    assert result.returncode == 0, result.stderr
    with Image.open(shot) as image:
        assert image.size[0] >= 600 and image.size[1] >= 400


def test_window_reads_off_the_gui_thread_and_forgets_on_card_removal(qtbot, insert_card,
                                                                      tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path))
    monkeypatch.setenv("KIOSK_DEMO", "1")
    from ui.demo.window import DemoWindow

    window = DemoWindow()
    qtbot.addWidget(window)
    inserted = insert_card("yamada_taro")
    wait_for_presence(True, READER_NAME)
    window._pin.setText("1234")
    window.start_read()
    qtbot.waitUntil(lambda: window._values["name"].text() == "山田　太郎", timeout=10000)
    assert window._values["integrity"].text() == "verified"
    assert window._pin.text() == ""
    inserted.remove()
    qtbot.waitUntil(lambda: window._values["name"].text() == "", timeout=10000)
    assert all(label.text() == "" for label in window._values.values())
    window.close()


def test_walkthrough_writes_every_screen_and_the_printed_pdfs(run_kiosk, tmp_path):
    out = tmp_path / "walk"
    result = run_kiosk("demo", "--walkthrough", str(out), timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    screens = sorted(p.name for p in out.glob("*.png"))
    assert any("self-pin" in s for s in screens) and any("staff-preview" in s for s in screens)
    assert any("call-display" in s for s in screens) and len(screens) >= 12
    pdfs = list(out.glob("*.pdf"))  # two bundles, the ticket and the slip
    assert len(pdfs) == 4 and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    # The slip came through the demo back office, which holds the seeded example payable.
    assert any("staff-slip" in s for s in screens)
    assert len([p for p in pdfs if "納付書" in p.name]) == 1
    assert _demo_backoffice_payables(tmp_path / "home") == [
        json.loads((tmp_path / "home" / "payables" / "example.json").read_text())]
    for png in out.glob("*.png"):
        with Image.open(png) as image:  # a real screen, not an empty grab
            assert image.size[0] >= 800 and len(image.getcolors(1 << 16) or [0] * 3) > 2
    again = tmp_path / "again"  # the same demo home: the first run's prints are not this one's
    assert run_kiosk("demo", "--walkthrough", str(again), timeout=180).returncode == 0
    printed = {p.name for p in again.glob("*.pdf")}
    assert len(printed) == 4 and not printed & {p.name for p in pdfs}


def _demo_backoffice_payables(home):
    import datetime as dt

    from kiosk.backoffice.store import BackofficeStore
    from kiosk.store.crypto import KeyRing

    notice = json.loads((home / "payables" / "example.json").read_text())["notice_number"]
    store = BackofficeStore(f"sqlite:///{home / 'backoffice.sqlite3'}",
                            KeyRing.load(home / "backoffice" / "data.key"))
    try:
        return store.payables_for(notice, dt.date.today())
    finally:
        store.close()
