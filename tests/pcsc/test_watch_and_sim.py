"""The presence watch loop and `kiosk sim card` against the real stack, pcscd restarts included."""

import queue
import signal
import subprocess
import time

import pytest

from devices.card.watch import Presence, PresenceWatcher
from devices.pcsc import PcscPresenceSource
from devices.simcard.stack import READER_NAME
from tests.support.pcsc import KIOSK, wait_for_presence


class Events:
    def __init__(self):
        self.queue: queue.Queue = queue.Queue()

    def __call__(self, event):
        self.queue.put((event.kind, event.reader))

    def expect(self, *wanted, timeout_s: float = 10.0):
        """Wait until each wanted event was seen, in order (other events may come between)."""
        deadline = time.monotonic() + timeout_s
        seen = []
        for item in wanted:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"did not see {item} (saw {seen})")
                try:
                    event = self.queue.get(timeout=remaining)
                except queue.Empty:
                    raise AssertionError(f"did not see {item} (saw {seen})") from None
                seen.append(event)
                if event == item:
                    break


@pytest.fixture
def watcher(pcsc_stack):
    events = Events()
    watch = PresenceWatcher(PcscPresenceSource(), events, poll_s=0.2, retry_s=0.2)
    watch.start()
    yield events
    watch.stop()


def test_insert_and_remove_are_reported(watcher, insert_card):
    watcher.expect((Presence.READER_ADDED, READER_NAME))
    inserted = insert_card("yamada_taro")
    watcher.expect((Presence.CARD_INSERTED, READER_NAME))
    inserted.remove()
    watcher.expect((Presence.CARD_REMOVED, READER_NAME))


def test_watch_survives_a_pcscd_restart(watcher, insert_card, pcsc_stack, run_kiosk):
    inserted = insert_card("yamada_taro")
    watcher.expect((Presence.CARD_INSERTED, READER_NAME))
    pcsc_stack.stop()
    watcher.expect((Presence.CARD_REMOVED, READER_NAME), (Presence.SERVICE_LOST, None))
    time.sleep(0.5)  # stays down for a while: the loop must keep retrying, not die
    pcsc_stack.start()
    try:  # a restart on a loaded machine takes a while: a generous bound, what matters is order
        watcher.expect((Presence.SERVICE_RESTORED, None), (Presence.READER_ADDED, READER_NAME),
                       (Presence.CARD_INSERTED, READER_NAME),  # it reconnects to the new vpcd
                       timeout_s=30.0)
    except AssertionError as error:
        log = (pcsc_stack.workdir / "pcscd.log").read_text(errors="replace")[-1500:]
        raise AssertionError(f"{error}; card link connected: {inserted.link.connected.is_set()};"
                             f" pcscd log tail:\n{log}") from None
    result = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="1234")
    assert result.returncode == 0, result.stderr


def test_sim_card_command_inserts_until_sigterm(pcsc_stack, run_kiosk, kiosk_env):
    process = subprocess.Popen(
        [KIOSK, "sim", "card", "--persona", "yoshida_supplementary",
         "--vpcd-port", str(pcsc_stack.port)],
        env=kiosk_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_presence(True)
        result = run_kiosk("card", "read", "--pin-stdin", "--json", stdin="2468")
        assert result.returncode == 0 and "𩸽子" in result.stdout
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    wait_for_presence(False)


def test_sim_card_accepts_a_persona_file_and_rejects_a_bad_one(pcsc_stack, run_kiosk, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x"}')
    result = run_kiosk("sim", "card", "--persona", str(bad))
    assert result.returncode == 2 and "missing" in result.stderr
    assert "Traceback" not in result.stderr
    unknown = run_kiosk("sim", "card", "--persona", "nobody")
    assert unknown.returncode == 2 and "yamada_taro" in unknown.stderr
