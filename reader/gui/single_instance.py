"""One window per library: a second ``talk-reader FILE`` hands its files to the first.

Two windows on one library each kept their own idea of it (one went stale) and both wrote
the same settings. So the first app listens on a local socket (:class:`QLocalServer`)
whose name is derived from the library's resolved path and the user, and a second launch
on the same library connects, sends the files it was given, waits for the receipt and
exits; the running window imports them and comes to the front. A launch on another library
opens its own window, as before.

A socket left behind by an app that crashed answers nobody: the second launch finds no
one to connect to, becomes the first and removes the stale socket before listening.

The message is one line of JSON: ``{"files": [absolute paths]}``; the receipt is ``ok``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: How long a second launch waits for the first to connect and answer.
HANDOFF_TIMEOUT_MS = 3000
#: A message longer than this is not from us (a few thousand file names fit easily).
MAX_MESSAGE_BYTES = 4 * 1024 * 1024
_RECEIPT = b"ok\n"


def server_name(library_path: str | os.PathLike[str]) -> str:
    """The socket name for a library: the same for every spelling of its path, per user."""
    resolved = str(Path(library_path).expanduser().resolve())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{resolved}".encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return f"talk-reader-{digest}"


def hand_over(name: str, files: Sequence[str], timeout_ms: int = HANDOFF_TIMEOUT_MS) -> bool:
    """Give *files* to the app listening on *name*; False when no app answers there."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"files": [str(Path(f).resolve()) for f in files]}).encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    received = b""
    while not received.endswith(b"\n"):
        if not socket.waitForReadyRead(timeout_ms):
            socket.abort()
            return False
        received += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return received == _RECEIPT


class InstanceServer(QObject):
    """Listens for later launches on the same library and passes on their files."""

    #: Files a later launch asked to open (absolute paths; possibly none: just show the window).
    files_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a stale socket of a crashed app is removed first. False if impossible."""
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            if probe.waitForConnected(500):  # a live app (started at the same moment): use it
                probe.abort()
                return False
            # Nobody answers on it: left behind by an app that crashed.
            QLocalServer.removeServer(self.name)
            if self.server.listen(self.name):
                return True
        log.warning("cannot listen for other launches (%s)", self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES:
            socket.abort()
            return
        if not data.endswith(b"\n"):
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            message = json.loads(data.decode("utf-8"))
            files = [str(f) for f in message.get("files", []) if isinstance(f, str)]
        except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
            log.warning("ignored a malformed message from another launch")
            socket.abort()
            return
        socket.write(_RECEIPT)
        socket.flush()
        self.files_received.emit(files)
