"""A real SMTP server on 127.0.0.1 for tests and the send benchmark (aiosmtpd).

STARTTLS with a self-signed certificate generated here (the client trusts it through a CA
file), AUTH required over TLS, and a SIZE limit. `CuttingProxy` sits in front of it to drop
or freeze the connection after a number of client bytes (mid-message failures).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import select
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

LIMIT_4_MIB = 4 * 1024 * 1024


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost / 127.0.0.1: (cert.pem, key.pem)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes  # the message exactly as the server stored it (dot-stuffing undone)
    login: bytes


@dataclass
class RecordingHandler:
    """Keeps every accepted message; `data_reply` replaces the 250 (e.g. a 552)."""

    data_reply: str = ""
    received: list[Received] = field(default_factory=list)
    auth_attempts: list[tuple[bytes, bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        auth = session.auth_data
        login = auth.login if isinstance(auth, LoginPassword) else b""
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or b""), login))
        return "250 2.0.0 Ok: queued as T3ST"


class _LoopbackController(Controller):  # type: ignore[misc]
    """Controller on port 0: learns the port the OS picked before its readiness probe."""

    def _trigger_server(self) -> None:
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class LocalSmtp:
    host: str
    port: int
    ca_file: Path
    handler: RecordingHandler
    controller: Any

    def stop(self) -> None:
        self.controller.stop()


def start_server(folder: Path, *, users: dict[str, str] | None = None, starttls: bool = True,
                 data_size_limit: int = LIMIT_4_MIB,
                 handler: RecordingHandler | None = None) -> LocalSmtp:
    """Start aiosmtpd on 127.0.0.1 (random port); call .stop() when done."""
    cert, key = make_certificate(folder)
    handler = handler or RecordingHandler()
    users = {} if users is None else users

    def authenticate(server: Any, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        handler.auth_attempts.append((auth_data.login, auth_data.password))
        wanted = users.get(auth_data.login.decode("utf-8", "replace"))
        ok = wanted is not None and wanted.encode("utf-8") == auth_data.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    kwargs: dict[str, Any] = {"data_size_limit": data_size_limit}
    if starttls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        kwargs.update(tls_context=context, require_starttls=True, authenticator=authenticate,
                      auth_required=True, auth_require_tls=True)
    controller = _LoopbackController(handler, hostname="127.0.0.1", port=0, **kwargs)
    controller.start()
    return LocalSmtp("127.0.0.1", controller.port, cert, handler, controller)


class CuttingProxy:
    """TCP relay to `target_port` that, once the client sent `after` bytes, either drops
    both connections ("drop") or stops relaying while keeping them open ("stall")."""

    def __init__(self, target_port: int, *, after: int, mode: str = "drop") -> None:
        self.target_port, self.after, self.mode = target_port, after, mode
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            self.listener.settimeout(0.2)
            while not self._stop.is_set():
                try:
                    client, _ = self.listener.accept()
                except TimeoutError:
                    continue
                with client, socket.create_connection(("127.0.0.1", self.target_port)) as up:
                    self._relay(client, up)
        except OSError:
            pass

    def _relay(self, client: socket.socket, up: socket.socket) -> None:
        from_client = 0
        while not self._stop.is_set():
            readable, _, _ = select.select([client, up], [], [], 0.1)
            if self.cut.is_set():
                if self.mode == "drop":
                    return
                continue  # stall: hold both sockets open, relay nothing
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                if sock is client:
                    from_client += len(data)
                    if from_client >= self.after:
                        self.cut.set()
                        break
                    up.sendall(data)
                else:
                    client.sendall(data)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.listener.close()
