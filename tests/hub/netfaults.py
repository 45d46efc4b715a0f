"""Network faults done for real, on 127.0.0.1: a hub that never answers, and a link that goes dead.

:class:`SilentServer` accepts TCP connections and never sends a byte (a
stuck server, a wrong port that accepts). :class:`DeadLinkProxy` sits
between a client and the test cluster's Unix socket and forwards the
PostgreSQL protocol until a client message matches ``cut_when``; from then
on it swallows everything in both directions, on every connection, old and
new — as a dead route whose near end still acknowledges (a stuck NAT or
firewall) does. No RST, no FIN reaches either side, so neither keepalives
nor ``statement_timeout`` can see it. :meth:`DeadLinkProxy.restore` brings
the link back: the connections it swallowed are dropped (as a router
reset does) and new ones are forwarded again.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import make_url

# Untyped requests a client may send before its startup message (answered with one byte).
_NEGOTIATION = {80877103, 80877104}  # SSLRequest, GSSENCRequest

Message = tuple[bytes, bytes]  # (type byte, body); type b"" for the untyped startup message


def is_query(kind: bytes, _body: bytes) -> bool:
    """A simple query or the Parse of an extended one: one statement sent to the server."""
    return kind in (b"Q", b"P")


def is_commit(kind: bytes, body: bytes) -> bool:
    return kind == b"Q" and body.lstrip().upper().startswith(b"COMMIT")


def after_queries(count: int) -> Callable[[bytes, bytes], bool]:
    """Cut at the query after the first ``count`` (those go through and are answered)."""
    seen = 0
    lock = threading.Lock()

    def cut(kind: bytes, body: bytes) -> bool:
        nonlocal seen
        if not is_query(kind, body):
            return False
        with lock:
            seen += 1
            return seen > count

    return cut


def tcp_url(unix_url: str, port: int) -> str:
    """The same login and database as ``unix_url`` (the cluster's Unix socket), over 127.0.0.1:``port``."""
    parsed = make_url(unix_url)
    user, password = quote(parsed.username or "", safe=""), quote(parsed.password or "", safe="")
    return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{port}/{parsed.database}"


class SilentServer:
    """Accepts and never answers."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self) -> str:
        return f"postgresql+psycopg://u:p@127.0.0.1:{self.port}/db"

    def _accept(self) -> None:
        while True:
            try:
                conn, _addr = self.listener.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self._thread.join(5)
        for conn in self.accepted:
            conn.close()


class _Pair:
    def __init__(self, client: socket.socket) -> None:
        self.client = client
        self.server: socket.socket | None = None
        self.swallowed = False

    def close(self) -> None:
        for sock in (self.client, self.server):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()


class DeadLinkProxy:
    """127.0.0.1 → the cluster's Unix socket, until ``cut_when`` says the link dies."""

    def __init__(self, unix_socket: Path, cut_when: Callable[[bytes, bytes], bool] | None = None) -> None:
        self.unix_socket = str(unix_socket)
        self.cut_when = cut_when
        self.dead = threading.Event()
        self.cut_message: Message | None = None
        self.client_sockets: list[socket.socket] = []
        self._pairs: list[_Pair] = []
        self._lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self, unix_url: str) -> str:
        return tcp_url(unix_url, self.port)

    def kill(self) -> None:
        """The link dies now."""
        self.dead.set()

    def restore(self, cut_when: Callable[[bytes, bytes], bool] | None = None) -> None:
        """The link is back: what it swallowed is dropped, new connections go through."""
        with self._lock:
            self.cut_when = cut_when
            self.dead.clear()
            pairs = [p for p in self._pairs if p.swallowed]
            self._pairs = [p for p in self._pairs if not p.swallowed]
        for pair in pairs:
            pair.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self._thread.join(5)
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            pair.close()

    # --- the pumps ------------------------------------------------------------------

    def _accept(self) -> None:
        while True:
            try:
                client, _addr = self.listener.accept()
            except OSError:
                return
            pair = _Pair(client)
            with self._lock:
                self._pairs.append(pair)
                self.client_sockets.append(client)
            threading.Thread(target=self._serve, args=(pair,), daemon=True).start()

    def _serve(self, pair: _Pair) -> None:
        if self.dead.is_set():  # a new connection over a dead link: accepted, never answered
            pair.swallowed = True
            return
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.connect(self.unix_socket)
        except OSError:
            pair.close()
            return
        pair.server = server
        threading.Thread(target=self._to_client, args=(pair,), daemon=True).start()
        self._to_server(pair)

    def _to_client(self, pair: _Pair) -> None:
        assert pair.server is not None
        while True:
            try:
                data = pair.server.recv(65536)
            except OSError:
                return
            if self.dead.is_set():
                pair.swallowed = True
                if not data:
                    return
                continue
            if not data:
                with contextlib.suppress(OSError):
                    pair.client.shutdown(socket.SHUT_WR)
                return
            try:
                pair.client.sendall(data)
            except OSError:
                return

    def _to_server(self, pair: _Pair) -> None:
        assert pair.server is not None
        buffer = b""
        startup = True
        while True:
            try:
                data = pair.client.recv(65536)
            except OSError:
                return
            if not data:
                if self.dead.is_set():
                    pair.swallowed = True  # the client gave up; the server never hears of it
                    return
                with contextlib.suppress(OSError):
                    pair.server.shutdown(socket.SHUT_WR)
                return
            buffer += data
            while True:
                message, size, buffer_startup = _next_message(buffer, startup)
                if message is None:
                    break
                buffer, startup = buffer[size:], buffer_startup
                with self._lock:
                    if not self.dead.is_set() and self.cut_when is not None and self.cut_when(*message):
                        self.cut_message = message
                        self.dead.set()
                if self.dead.is_set():
                    pair.swallowed = True
                    continue
                try:
                    pair.server.sendall(_encode(message))
                except OSError:
                    return


def _next_message(buffer: bytes, startup: bool) -> tuple[Message | None, int, bool]:
    """The first whole message in ``buffer``, its size, and whether the next is still untyped."""
    if startup:
        if len(buffer) < 8:
            return None, 0, startup
        (length,) = struct.unpack("!I", buffer[:4])
        if len(buffer) < length:
            return None, 0, startup
        (code,) = struct.unpack("!I", buffer[4:8])
        return (b"", buffer[4:length]), length, code in _NEGOTIATION
    if len(buffer) < 5:
        return None, 0, startup
    (length,) = struct.unpack("!I", buffer[1:5])
    if len(buffer) < 1 + length:
        return None, 0, startup
    return (buffer[:1], buffer[5 : 1 + length]), 1 + length, False


def _encode(message: Message) -> bytes:
    kind, body = message
    return kind + struct.pack("!I", len(body) + 4) + body
