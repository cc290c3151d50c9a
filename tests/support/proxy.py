"""One TCP proxy for network faults between a client and the back office, on a free loopback
port.

Each connection draws a fate (seeded, so a run is repeatable): ``pass`` through, reset (RST)
after a random number of bytes in either direction (``reset_request``: mid-request,
``reset_response``: mid-response, i.e. mid-batch), or ``stall`` the answer until the client
times out. Independently of the fates the line can be cut: ``cut()`` resets every open
connection (as a broken line would), and while ``down()`` new connections are reset at once,
so clients keep retrying until ``up()``.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time

PASS_THROUGH = {"pass": 1.0}


def _break(sock: socket.socket) -> None:
    """Wake the threads reading it; with SO_LINGER 0 its close then sends RST. (Closing it
    here instead would leave a reader blocked on a file descriptor that may be reused.)"""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a crashed middlebox or a cut cable would."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy:
    def __init__(self, upstream_port: int, seed: int = 0,
                 fates: dict[str, float] | None = None) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.fates = fates or PASS_THROUGH
        # Bound to port 0 and asked which one it got: a free port looked up first could be taken
        # by another process before the bind.
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.listener.settimeout(0.1)
        self.stopping = threading.Event()
        self.is_down = False
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.threads: list[threading.Thread] = []
        self.acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self.acceptor.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    # -- cutting the line -----------------------------------------------------------------------
    def down(self) -> None:
        with self.lock:
            self.is_down = True
        self.cut()

    def up(self) -> None:
        with self.lock:
            self.is_down = False

    def cut(self) -> None:
        with self.lock:
            pairs, self.pairs = self.pairs, []
        for client, upstream in pairs:
            _break(client)
            _break(upstream)

    # -- relaying -------------------------------------------------------------------------------
    def _fate(self) -> str:
        with self.lock:
            fate = self.rng.choices(list(self.fates), weights=list(self.fates.values()))[0]
            self.counts[fate] = self.counts.get(fate, 0) + 1
            return fate

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except (TimeoutError, ConnectionAbortedError):
                continue  # a client that gave up before we took it must not end the proxy
            except OSError:
                return  # the listener was closed
            with self.lock:
                refuse = self.is_down
            if refuse:
                _break(client)
                client.close()
                continue
            thread = threading.Thread(target=self._serve, args=(client, self._fate()),
                                      daemon=True)
            self.threads.append(thread)
            thread.start()

    def _budgets(self, fate: str) -> tuple[int | None, int | None]:
        """Bytes let through before the fault, large enough that some batches pass first."""
        with self.lock:
            up = self.rng.randint(200, 30000) if fate == "reset_request" else None
            down = self.rng.randint(200, 8000) if fate in ("reset_response", "stall") else None
        return up, down

    def _serve(self, client: socket.socket, fate: str) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        with self.lock:
            self.pairs.append((client, upstream))
        budget_up, budget_down = self._budgets(fate)
        done = threading.Event()
        pumps = [threading.Thread(target=self._pump, args=(source, sink, budget, fate, done),
                                  daemon=True)
                 for source, sink, budget in ((client, upstream, budget_up),
                                              (upstream, client, budget_down))]
        for pump in pumps:
            pump.start()
        for pump in pumps:
            pump.join()
        with self.lock:
            if (client, upstream) in self.pairs:
                self.pairs.remove((client, upstream))
        _reset(client)
        _reset(upstream)

    def _pump(self, source: socket.socket, sink: socket.socket, budget: int | None, fate: str,
              done: threading.Event) -> None:
        source.settimeout(0.2)
        sent = 0
        while not done.is_set() and not self.stopping.is_set():
            try:
                data = source.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                with contextlib.suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)  # pass the end of the stream on
                return
            if budget is not None and sent + len(data) > budget:
                if fate == "stall":
                    time.sleep(3)  # longer than the kiosk's timeout
                break
            try:
                sink.sendall(data)
            except OSError:
                break
            sent += len(data)
        done.set()  # a fault (or a broken socket) ends both directions

    def close(self) -> None:
        self.stopping.set()
        self.acceptor.join(5)
        self.listener.close()
        self.cut()
        for thread in self.threads:
            thread.join(5)
