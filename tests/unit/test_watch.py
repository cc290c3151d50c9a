"""The supervised presence loop over a scripted source."""

import pytest

from devices.card.errors import PcscServiceError
from devices.card.watch import Presence, PresenceEvent, PresenceWatcher


class ScriptedSource:
    def __init__(self, *steps):
        self.steps = list(steps)
        self.resets = 0

    def wait(self, timeout_s):
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    def reset(self):
        self.resets += 1


def run(source, turns):
    events = []
    watcher = PresenceWatcher(source, events.append, retry_s=0)
    for _ in range(turns):
        watcher.step()
    return [(e.kind, e.reader) for e in events]


def test_reader_and_card_events():
    source = ScriptedSource({}, {"R1": False}, {"R1": True}, {"R1": True}, {"R1": False}, {})
    assert run(source, 6) == [
        (Presence.READER_ADDED, "R1"),
        (Presence.CARD_INSERTED, "R1"),
        (Presence.CARD_REMOVED, "R1"),
        (Presence.READER_REMOVED, "R1"),
    ]


def test_service_lost_and_restored_with_the_card_still_there():
    source = ScriptedSource({"R1": True}, PcscServiceError(), PcscServiceError(), {"R1": True})
    assert run(source, 4) == [
        (Presence.READER_ADDED, "R1"),
        (Presence.CARD_INSERTED, "R1"),
        (Presence.CARD_REMOVED, "R1"),
        (Presence.READER_REMOVED, "R1"),
        (Presence.SERVICE_LOST, None),  # once, however long the outage
        (Presence.SERVICE_RESTORED, None),
        (Presence.READER_ADDED, "R1"),
        (Presence.CARD_INSERTED, "R1"),
    ]
    assert source.resets == 2


@pytest.mark.expect_log("kiosk.card.watch", "ERROR", r"presence source failed; rebuilding it")
@pytest.mark.expect_log("kiosk.card.watch", "ERROR", r"presence callback failed for reader_added")
def test_unexpected_errors_and_failing_callbacks_do_not_end_the_loop():
    source = ScriptedSource(RuntimeError("bug"), {"R1": True}, {"R1": False})
    seen = []

    def callback(event: PresenceEvent):
        seen.append(event.kind)
        if event.kind is Presence.READER_ADDED:
            raise ValueError("observer bug")

    watcher = PresenceWatcher(source, callback, retry_s=0)
    for _ in range(3):
        watcher.step()
    assert seen == [Presence.SERVICE_LOST, Presence.SERVICE_RESTORED, Presence.READER_ADDED,
                    Presence.CARD_INSERTED, Presence.CARD_REMOVED]
