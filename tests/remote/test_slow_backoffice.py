"""A back office that is slow (a loaded machine, a long pause) but alive keeps its remote
clients: they wait for its answers instead of dropping the connection and starting over,
which would only give it a new TLS handshake, a welcome and audit writes to do."""

import signal
import time

from kiosk.remote.roles import BranchClient, CounterClient
from tests.support.remote import assert_connected, events_of, wait_until

FROZEN_S = 12.0  # longer than a ping interval plus the old 5-s pong deadline


def test_a_back_office_frozen_for_seconds_keeps_its_connections(connect, backoffice):
    branch = connect(BranchClient, "kiosk-01")
    counter = connect(CounterClient, "staff-01")
    assert_connected(branch, counter)
    branch.edit("life_event", "birth")
    wait_until(lambda: counter.state.seq == 1)

    backoffice.process.send_signal(signal.SIGSTOP)  # every ping meanwhile waits for its pong
    try:
        time.sleep(FROZEN_S)  # the fault's length, not a wait for something to happen
        counter.edit("procedures", ["birth_registration"])  # queued in the frozen server
    finally:
        backoffice.process.send_signal(signal.SIGCONT)

    wait_until(lambda: branch.state.seq == 2 and counter.state.seq == 2)
    assert branch.connected and counter.connected
    assert not events_of(branch, "disconnected") and not events_of(counter, "disconnected")
    assert len(events_of(branch, "connected")) == len(events_of(counter, "connected")) == 1
