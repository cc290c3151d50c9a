"""A server that completes TLS but never answers the WebSocket upgrade (a stalled back office)
must not hold the client's connection thread for ever: the handshake times out and the client
tries again. websockets' sync client used to wait without limit for its reader thread, which
sat in a TLS read after the server's session tickets; the client never reconnected."""

import socket
import ssl
import threading

from kiosk.remote.roles import CounterClient
from tests.support.remote import endpoint, wait_until


class SilentTls:
    """Accepts TLS connections with the back office's certificate and never says a word."""

    def __init__(self, pki):
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(str(pki / "server.pem"), str(pki / "server-key.pem"))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.accepted = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            try:
                self.accepted.append(self.context.wrap_socket(raw, server_side=True))
            except OSError:
                raw.close()

    def close(self):
        self.listener.close()
        for conn in self.accepted:
            conn.close()


def test_an_upgrade_that_is_never_answered_times_out_and_is_retried(remote_pki):
    server = SilentTls(remote_pki)
    client = CounterClient(endpoint(remote_pki, "staff-01", f"https://127.0.0.1:{server.port}"),
                           "kiosk-01", handshake_timeout=1.0)
    client.start()
    try:
        wait_until(lambda: len(server.accepted) >= 2)  # the first attempt gave up, a second came
    finally:
        client.close()
        server.close()
    assert not client.connected
