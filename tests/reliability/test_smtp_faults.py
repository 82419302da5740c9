"""SMTP faults at each stage of the conversation, from a small fault-injecting server.

tests/integration/test_smtp_send.py covers a real aiosmtpd server (wrong password, no
STARTTLS, untrusted certificate, 451/552 after the data, a connection dropped or frozen in
the middle of the data, a silent server, a closed port). This file covers the other stages
with a server of our own on 127.0.0.1 that behaves until one chosen step and then misbehaves:
greeting, EHLO, STARTTLS, the TLS handshake, AUTH (PLAIN and LOGIN), MAIL FROM, RCPT TO, DATA,
the reply after the final dot, and QUIT after the message was accepted.

For each fault: the mail service's send API raises a SendError of the right kind, with a plain
message and the right `uncertain` flag; the `send` command exits 1 (not sent) or 3 (may have
arrived) and leaves the case unsent, keeping the message aside only when it may have arrived.
A QUIT that fails after the 250 still counts as sent.
"""

from __future__ import annotations

import io
import json
import os
import re
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from local_smtp import make_certificate

from imwu_desktop import cli
from imwu_desktop.domain.case_json import case_from_import
from imwu_desktop.services.casefile import new_store, open_case, save_case
from imwu_desktop.services.mail import request
from imwu_desktop.services.mail.compose import Attachment, ComposedMessage, compose_message
from imwu_desktop.services.mail.errors import SendError
from imwu_desktop.services.mail.presets import ServerSettings
from imwu_desktop.services.mail.record import UNCONFIRMED_EML
from imwu_desktop.services.mail.send import send_message

pytestmark = pytest.mark.smtp

CONTRACT = Path(__file__).parents[1] / "data" / "contract" / "case.json"
USER = "anne.tremblay@maplerobotics.example"
PASSWORD = "Crème brûlée 42 !"
IMWU = "IRCC.IMWU-UMIT.IRCC@cic.gc.ca"
MAX_COMMANDS = 40  # a confused client cannot keep a server thread busy for long
MAX_LINE = 4096
MAX_DATA = 16 * 1024 * 1024
SERVER_WAIT = 5.0  # how long the server waits for the client before giving up
CLIENT_TIMEOUT = 1.0  # the send's timeout when the fault is a server that goes quiet


# --- the fault-injecting server ------------------------------------------------------------

@dataclass
class Fault:
    """At `stage`, do `action` instead of the normal reply.

    stage: greeting | ehlo | starttls | auth | mail | rcpt | data | end_of_data | quit
    action: a reply line to send ("554 5.3.2 ..."), or "close" (drop the connection without a
    word), "silence" (say nothing, wait for the client to give up) or "garbage" (STARTTLS
    accepted, then bytes that are not TLS).
    """

    stage: str
    action: str


@dataclass
class Conversation:
    """What the server saw, to prove what the client did and did not send."""

    commands: list[str] = field(default_factory=list)  # verbs only, never arguments
    auth_in_clear: bool = False
    messages: list[bytes] = field(default_factory=list)  # accepted with a 250
    data: list[bytes] = field(default_factory=list)  # every complete DATA, accepted or not


class _Client:
    """Line reading on a socket that may be upgraded to TLS half-way."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.reader = sock.makefile("rb")

    def upgrade(self, context: ssl.SSLContext) -> None:
        self.reader.close()
        self.sock = context.wrap_socket(self.sock, server_side=True)
        self.reader = self.sock.makefile("rb")

    @property
    def tls(self) -> bool:
        return isinstance(self.sock, ssl.SSLSocket)

    def line(self) -> bytes:
        return self.reader.readline(MAX_LINE)

    def send(self, text: str) -> None:
        self.sock.sendall(text.encode("ascii") + b"\r\n")

    def close(self) -> None:
        self.reader.close()
        self.sock.close()

    def wait_for_client_to_leave(self) -> None:
        """Say nothing; read (and drop) whatever comes until the client closes or we time out."""
        try:
            while self.sock.recv(65536):
                pass
        except OSError:
            pass


class FaultySmtp:
    """An SMTP server on 127.0.0.1 that speaks correctly except at one stage."""

    def __init__(self, folder: Path, fault: Fault | None, *, auth: str = "PLAIN LOGIN") -> None:
        cert, key = make_certificate(folder)
        self.ca_file = cert
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.fault, self.auth = fault, auth
        self.seen = Conversation()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.listener.close()

    def settings(self, timeout: float = 5.0) -> ServerSettings:
        return ServerSettings("127.0.0.1", self.port, "starttls", str(self.ca_file), timeout)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(SERVER_WAIT)
            client = _Client(sock)
            try:
                self._converse(client)
            except (OSError, ValueError):
                pass  # the client went away or TLS failed: the test looks at the client side
            finally:
                client.close()

    def _faulty(self, client: _Client, stage: str) -> bool:
        """Apply the fault if it is for this stage; True when the normal reply is replaced."""
        if self.fault is None or self.fault.stage != stage:
            return False
        action = self.fault.action
        if action == "close":
            raise ConnectionAbortedError(stage)
        if action == "silence":
            client.wait_for_client_to_leave()
            raise ConnectionAbortedError(stage)
        if action == "garbage":
            client.send("220 2.0.0 Ready to start TLS")
            client.sock.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 4)
            raise ConnectionAbortedError(stage)
        client.send(action)
        return True

    def _ehlo_lines(self, client: _Client) -> list[str]:
        lines = ["fault.test", "SIZE 10485760", "8BITMIME"]
        lines.append(f"AUTH {self.auth}" if client.tls else "STARTTLS")
        return [f"250-{line}" for line in lines[:-1]] + [f"250 {lines[-1]}"]

    def _converse(self, client: _Client) -> None:
        if not self._faulty(client, "greeting"):
            client.send("220 fault.test ESMTP ready")
        for _ in range(MAX_COMMANDS):
            line = client.line()
            if not line:
                return
            verb = line.split(b" ", 1)[0].strip().upper().decode("ascii", "replace")
            self.seen.commands.append(verb)
            if verb in ("EHLO", "HELO"):
                if not self._faulty(client, "ehlo"):
                    client.sock.sendall("\r\n".join(self._ehlo_lines(client)).encode() + b"\r\n")
            elif verb == "STARTTLS":
                if not self._faulty(client, "starttls"):
                    client.send("220 2.0.0 Ready to start TLS")
                    client.upgrade(self.context)
            elif verb == "AUTH":
                self._auth(client, line)
            elif verb == "MAIL":
                if not self._faulty(client, "mail"):
                    client.send("250 2.1.0 Ok")
            elif verb == "RCPT":
                if not self._faulty(client, "rcpt"):
                    client.send("250 2.1.5 Ok")
            elif verb == "DATA":
                if not self._faulty(client, "data"):
                    client.send("354 End data with <CR><LF>.<CR><LF>")
                    self._data(client)
            elif verb == "QUIT":
                if not self._faulty(client, "quit"):
                    client.send("221 2.0.0 Bye")
                return
            elif verb in ("RSET", "NOOP"):
                client.send("250 2.0.0 Ok")
            else:
                client.send("502 5.5.2 Command not recognised")

    def _auth(self, client: _Client, line: bytes) -> None:
        self.seen.auth_in_clear |= not client.tls
        mechanism = line.split()[1].upper() if len(line.split()) > 1 else b""
        if mechanism == b"LOGIN":
            for prompt in ("334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6"):
                client.send(prompt)
                if not client.line():
                    return
        if not self._faulty(client, "auth"):
            client.send("235 2.7.0 Authentication successful")

    def _data(self, client: _Client) -> None:
        data = bytearray()
        while len(data) < MAX_DATA:
            line = client.line()
            if not line:
                raise ConnectionAbortedError("data")
            if line == b".\r\n":
                break
            data += line[1:] if line.startswith(b"..") else line  # undo dot-stuffing
        self.seen.data.append(bytes(data))
        if not self._faulty(client, "end_of_data"):
            client.send("250 2.0.0 Ok: queued as FAULT1")
            self.seen.messages.append(bytes(data))


# --- what each fault must produce -----------------------------------------------------------

@dataclass(frozen=True)
class Expect:
    kind: str | None  # None: the message counts as sent
    uncertain: bool
    says: tuple[str, ...]  # fragments of the user's message, in plain language
    exit_code: int


NOT_SENT = "nothing was sent"

SCENARIOS: dict[str, tuple[Fault, Expect]] = {
    "greeting: closed without a banner": (
        Fault("greeting", "close"),
        Expect("connect", False, ("closed the connection as soon as it was opened",), 1)),
    "greeting: 554 no service": (
        Fault("greeting", "554 5.3.2 fault.test has no SMTP service for you"),
        Expect("refused", False, ("554 5.3.2",), 1)),
    "greeting: 421 busy": (
        Fault("greeting", "421 4.3.2 Too many connections, try later"),
        Expect("try_later", False, ("temporarily", "Wait a few minutes"), 1)),
    "EHLO: 550 refused": (
        Fault("ehlo", "550 5.7.1 EHLO refused for your address"),
        Expect("no_tls", False, ("password was not sent",), 1)),
    "EHLO: closed": (
        Fault("ehlo", "close"),
        Expect("connect", False, ("closed the connection as soon as it was opened",), 1)),
    "STARTTLS: 454 not available": (
        Fault("starttls", "454 4.7.0 TLS not available due to temporary reason"),
        Expect("try_later", False, ("temporarily", "Wait a few minutes"), 1)),
    "STARTTLS: handshake garbage": (
        Fault("starttls", "garbage"),
        Expect("tls", False, ("encrypted connection", "could not be set up"), 1)),
    "AUTH: 454 temporary failure": (
        Fault("auth", "454 4.7.0 Temporary authentication failure"),
        Expect("try_later", False, ("temporarily", "Wait a few minutes"), 1)),
    "AUTH: closed": (
        Fault("auth", "close"),
        Expect("lost", False, ("closed the connection before the message was sent",), 1)),
    "AUTH LOGIN: 535 refused": (
        Fault("auth", "535 5.7.8 Username and Password not accepted"),
        Expect("auth", False, ("refused the user name or password", "app password"), 1)),
    "MAIL FROM: 550 sender refused": (
        Fault("mail", "550 5.7.1 Sender address rejected: not owned by user"),
        Expect("refused", False, ("refused the sender or recipient address",), 1)),
    "MAIL FROM: 452 out of storage": (
        Fault("mail", "452 4.3.1 Insufficient system storage"),
        Expect("try_later", False, ("temporarily", "Wait a few minutes"), 1)),
    "RCPT TO: 550 no such user": (
        Fault("rcpt", "550 5.1.1 Recipient address rejected: user unknown"),
        Expect("refused", False, ("refused the sender or recipient address",
                                  "recipient is spelled correctly"), 1)),
    "RCPT TO: 451 greylisted": (
        Fault("rcpt", "451 4.7.1 Greylisted, please try again later"),
        Expect("try_later", False, ("temporarily", "Wait a few minutes"), 1)),
    "DATA: 554 instead of 354": (
        Fault("data", "554 5.5.1 No valid recipients"),
        Expect("refused", False, ("554 5.5.1",), 1)),
    "DATA: 354 never sent": (
        Fault("data", "silence"),
        Expect("timeout", False, ("did not answer within 1 seconds",), 1)),
    "end of data: 554 rejected as spam": (
        Fault("end_of_data", "554 5.7.1 Message rejected as spam"),
        Expect("refused", False, ("554 5.7.1 Message rejected as spam",), 1)),
    "end of data: closed after the final dot": (
        Fault("end_of_data", "close"),
        Expect("lost", True, ("may or may not have arrived", "Sent folder"), 3)),
    "end of data: no reply after the final dot": (
        Fault("end_of_data", "silence"),
        Expect("timeout", True, ("stopped answering", "may or may not have arrived"), 3)),
    "QUIT: closed after the 250": (
        Fault("quit", "close"), Expect(None, False, (), 0)),
    "QUIT: 500 after the 250": (
        Fault("quit", "500 5.5.1 Command unrecognized"), Expect(None, False, (), 0)),
    "QUIT: no answer after the 250": (
        Fault("quit", "silence"), Expect(None, False, (), 0)),
}

QUIET = {"DATA: 354 never sent", "end of data: no reply after the final dot",
         "QUIT: no answer after the 250"}
_PYTHON_NAME = re.compile(r"\b(?:SMTP|SSL)?[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception|"
                          r"Disconnected)\b")


@pytest.fixture(params=list(SCENARIOS), ids=list(SCENARIOS))
def scenario(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[
        tuple[str, FaultySmtp, Expect]]:
    fault, expect = SCENARIOS[request.param]
    auth = "LOGIN" if request.param.startswith("AUTH LOGIN") else "PLAIN LOGIN"
    server = FaultySmtp(tmp_path, fault, auth=auth)
    try:
        yield request.param, server, expect
    finally:
        server.close()


def _message() -> ComposedMessage:
    return compose_message(sender=USER, to=IMWU, subject="IMWU request", body="Hello",
                           attachments=[Attachment("a.pdf", b"%PDF-1.7\n" + os.urandom(200_000))])


def _check_plain(text: str) -> None:
    """What happened then what to do: short, no traceback, no Python names."""
    assert "\n" not in text and len(text) < 400, text
    assert "Traceback" not in text and "Error(" not in text and "errno" not in text.lower()


def test_send_api_reports_each_fault(scenario: tuple[str, FaultySmtp, Expect]) -> None:
    name, server, expect = scenario
    timeout = CLIENT_TIMEOUT if name in QUIET else 5.0
    message = _message()
    if expect.kind is None:
        result = send_message(server.settings(timeout), message,
                              username=USER, password=PASSWORD)
        assert result.server_reply == "250 2.0.0 Ok: queued as FAULT1"
        assert len(server.seen.messages) == 1
        return
    with pytest.raises(SendError) as caught:
        send_message(server.settings(timeout), message,
                     username=USER, password=PASSWORD)
    error = caught.value
    assert (error.kind, error.uncertain) == (expect.kind, expect.uncertain), error.text
    for fragment in expect.says:
        assert fragment in error.text, error.text
    _check_plain(error.text)
    assert error.exit_code == expect.exit_code
    assert not server.seen.auth_in_clear  # the password never travels without TLS
    if not expect.uncertain:
        assert server.seen.messages == []


@pytest.fixture
def case_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The contract case as a case file; its email attachments stand in for the real package."""
    files = [Attachment("01-IMM5686-DUPONT.pdf", b"%PDF-1.7\n" + os.urandom(150_000)),
             Attachment("03-passport-DUPONT.jpg", b"\xff\xd8\xff" + os.urandom(300_000))]
    monkeypatch.setattr(request, "request_attachments", lambda opened: files)
    case, _ = case_from_import(json.loads(CONTRACT.read_text(encoding="utf-8")))
    path = tmp_path / "dupont.imwu"
    with new_store(case) as opened:
        save_case(opened, path)
    return path


def test_send_command_leaves_the_case_unsent_unless_accepted(
        scenario: tuple[str, FaultySmtp, Expect], case_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    name, server, expect = scenario
    timeout = CLIENT_TIMEOUT if name in QUIET else 5.0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.run(["send", str(case_path), "--smtp-host", "127.0.0.1", "--smtp-port",
                    str(server.port), "--security", "starttls", "--username", USER,
                    "--password-stdin", "--to", IMWU, "--ca-file", str(server.ca_file),
                    "--timeout", str(timeout),
                    "--even-if-incomplete"])  # the faults are the point, not the documents
    out = capsys.readouterr()
    assert code == expect.exit_code, out.err
    with open_case(case_path, lock=False) as opened:
        state = opened.case.state.value
        sent_records = [e for e in opened.case.history if e.eml_sha256]
        kept_aside = opened.get_output(UNCONFIRMED_EML)
    if expect.kind is None:  # accepted: QUIT's failure does not matter
        assert state == "sent" and len(sent_records) == 1
        assert "Sent to IRCC.IMWU-UMIT.IRCC@cic.gc.ca: 250 2.0.0 Ok" in out.out
        assert kept_aside is None
        return
    assert state == "draft" and sent_records == []
    err_lines = [line for line in out.err.splitlines() if line.startswith("imwu-desktop:")]
    assert len(err_lines) == 1, out.err
    for fragment in expect.says:
        assert fragment in err_lines[0]
    # Only a message that may have arrived is kept aside, so that a resend asks first.
    assert (kept_aside is not None) == expect.uncertain
    if expect.uncertain:  # exactly what the server got before it went away
        assert server.seen.data and kept_aside == server.seen.data[-1]


@pytest.mark.parametrize("name", [
    name for name, (_, expect) in SCENARIOS.items() if expect.kind is not None])
def test_messages_name_no_python_internals(name: str, tmp_path: Path) -> None:
    fault, _expect = SCENARIOS[name]
    server = FaultySmtp(tmp_path, fault)
    try:
        with pytest.raises(SendError) as caught:
            send_message(server.settings(CLIENT_TIMEOUT if name in QUIET else 5.0),
                         _message(), username=USER, password=PASSWORD)
    finally:
        server.close()
    assert not _PYTHON_NAME.search(caught.value.text), caught.value.text
