"""A TCP relay between remote-window clients and the back office that can cut the network:
``cut()`` resets every open connection (RST, as a broken line would), and while ``down``
new connections are reset at once, so clients keep retrying until ``up()``."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading

from tests.outbox.services import free_port


def _break(sock: socket.socket) -> None:
    """Wake the threads reading it; with SO_LINGER 0 its close then sends RST. (Closing it
    here instead would leave a reader blocked on a file descriptor that may be reused.)"""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)


class CuttableProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = free_port()
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self.listener.settimeout(0.1)
        self.stopping = threading.Event()
        self.is_down = False
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.threads: list[threading.Thread] = []
        self.acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self.acceptor.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

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

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self.lock:
                refuse = self.is_down
            if refuse:
                _break(client)
                client.close()
                continue
            thread = threading.Thread(target=self._relay, args=(client,), daemon=True)
            self.threads.append(thread)
            thread.start()

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        with self.lock:
            self.pairs.append((client, upstream))
        pumps = [threading.Thread(target=self._pump, args=pair, daemon=True)
                 for pair in ((client, upstream), (upstream, client))]
        for pump in pumps:
            pump.start()
        for pump in pumps:
            pump.join()
        with self.lock:
            if (client, upstream) in self.pairs:
                self.pairs.remove((client, upstream))
        client.close()
        upstream.close()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
            except OSError:
                break
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)  # pass the end of the stream on

    def close(self) -> None:
        self.stopping.set()
        self.acceptor.join(5)
        self.listener.close()
        self.cut()
        for thread in self.threads:
            thread.join(5)
