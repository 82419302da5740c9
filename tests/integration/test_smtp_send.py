"""Sending a case through a real SMTP server on 127.0.0.1 (aiosmtpd, STARTTLS, AUTH, SIZE).

Each failure must print the right plain sentence and leave the case unsent; success must
store the exact bytes the server received.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import os
import socket
import threading
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from local_smtp import CuttingProxy, LocalSmtp, RecordingHandler, start_server

from imwu_desktop import cli
from imwu_desktop.domain.case import Case
from imwu_desktop.domain.case_json import case_from_import
from imwu_desktop.services.casefile import new_store, open_case, save_case
from imwu_desktop.services.mail import request
from imwu_desktop.services.mail.compose import Attachment, compose_message
from imwu_desktop.services.mail.errors import SendError
from imwu_desktop.services.mail.presets import ServerSettings
from imwu_desktop.services.mail.record import UNCONFIRMED_EML, sent_eml
from imwu_desktop.services.mail.send import send_message

pytestmark = pytest.mark.smtp

CONTRACT = Path(__file__).parents[1] / "data" / "contract" / "case.json"
USER = "anne.tremblay@maplerobotics.example"
PASSWORD = "Crème brûlée 42 !"  # accents and spaces must survive
IMWU = "IRCC.IMWU-UMIT.IRCC@cic.gc.ca"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalSmtp]:
    srv = start_server(tmp_path, users={USER: PASSWORD})
    yield srv
    srv.stop()


@pytest.fixture
def attachments(monkeypatch: pytest.MonkeyPatch) -> list[Attachment]:
    """~3 MB of incompressible files, as the documents area would hand them over."""
    files = [Attachment("01-IMM5686-DUPONT.pdf", b"%PDF-1.7\n" + os.urandom(400_000)),
             Attachment("02-cover-letter.pdf", b"%PDF-1.7\n" + os.urandom(100_000)),
             Attachment("03-passport-DUPONT.jpg", b"\xff\xd8\xff" + os.urandom(2_400_000))]
    monkeypatch.setattr(request, "request_attachments", lambda opened: files)
    return files


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    case, _ = case_from_import(json.loads(CONTRACT.read_text(encoding="utf-8")))
    path = tmp_path / "dupont.imwu"
    with new_store(case) as opened:
        save_case(opened, path)
    return path


def _send(monkeypatch: pytest.MonkeyPatch, case_path: Path, port: int, *extra: str,
          password: str = PASSWORD, to: str | None = IMWU) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return cli.run(["send", str(case_path), "--smtp-host", "127.0.0.1", "--smtp-port",
                    str(port), "--security", "starttls", "--username", USER,
                    "--password-stdin", "--even-if-incomplete", *(["--to", to] if to else []),
                    *extra])


def _reopen(path: Path) -> tuple[Case, list[str]]:
    with open_case(path, lock=False) as opened:
        return opened.case, opened.output_names()


def _assert_unsent(path: Path) -> None:
    case, _ = _reopen(path)
    assert case.state.value == "draft"
    assert not [e for e in case.history if e.eml_sha256]


def test_sent_message_is_byte_identical_to_the_eml_in_the_case(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: LocalSmtp,
        case_path: Path, attachments: list[Attachment]) -> None:
    code = _send(monkeypatch, case_path, server.port, "--ca-file", str(server.ca_file))
    out = capsys.readouterr()
    assert code == 0, out.err
    [received] = server.handler.received
    assert received.login == USER.encode()
    assert received.rcpt_tos == [IMWU]
    with open_case(case_path, lock=False) as opened:
        case = opened.case
        eml = sent_eml(opened)
    # aiosmtpd hands over the data with dot-stuffing undone and nothing else changed.
    assert eml == received.content
    assert eml is not None and len(eml) > 3_000_000
    status = case.last_status
    assert status is not None and case.state.value == "sent"
    assert status.recipient == IMWU
    assert status.server_reply == "250 2.0.0 Ok: queued as T3ST"
    assert status.message_id and status.message_id.encode() in eml
    assert status.follow_up == status.at.astimezone().date() + timedelta(days=14)
    assert "Sent to IRCC.IMWU-UMIT.IRCC@cic.gc.ca: 250 2.0.0 Ok" in out.out
    assert f"Message-ID: {status.message_id}" in out.out
    # `export` shows the contract's status block
    assert cli.run(["export", str(case_path)]) == 0
    exported = json.loads(capsys.readouterr().out)["status"]
    assert exported["state"] == "sent"
    assert exported["follow_up"] == (date.today() + timedelta(days=14)).isoformat()


def test_cli_sends_the_real_package(monkeypatch: pytest.MonkeyPatch, server: LocalSmtp,
                                    tmp_path: Path) -> None:
    """No stand-ins: letters and IMM 5686 generated, the case's documents prepared."""
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "gui"))
    from gui_sample import make_sample_case

    path = make_sample_case(tmp_path / "sample")
    code = _send(monkeypatch, path, server.port, "--ca-file", str(server.ca_file),
                 "--cc", "hr@maplerobotics.example", to=None)
    assert code == 0
    [received] = server.handler.received
    # the IMWU address comes from the reference data when --to is not given
    assert received.rcpt_tos == [IMWU, "hr@maplerobotics.example"]
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names[:4] == ["01-IMM5686-DUPONT.pdf", "02-cover-letter.pdf",
                         "03-passport-DUPONT.pdf", "04-company-letter.pdf"]
    assert all(part.get_content().startswith(b"%PDF") for part in message.iter_attachments())
    with open_case(path, lock=False) as opened:
        assert sent_eml(opened) == received.content


def test_password_is_found_nowhere_after_a_send(
        monkeypatch: pytest.MonkeyPatch, server: LocalSmtp, case_path: Path,
        attachments: list[Attachment], isolated_app_dirs: Path) -> None:
    assert _send(monkeypatch, case_path, server.port, "--ca-file", str(server.ca_file)) == 0
    assert_no_secret_anywhere(PASSWORD, [isolated_app_dirs, case_path.parent])


def assert_no_secret_anywhere(secret: str, folders: list[Path]) -> None:
    """Every file under `folders` (and inside every ZIP, e.g. case files) lacks `secret`."""
    needles = [secret.encode("utf-8"), secret.encode("latin-1", "ignore"),
               secret.encode("utf-16-le")]
    searched = 0
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            blobs = [path.read_bytes()]
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:
                    blobs += [archive.read(m) for m in archive.namelist()]
            for blob in blobs:
                searched += 1
                assert not any(n in blob for n in needles), f"password found in {path}"
    assert searched >= 3  # the case file, its members and the log at least


def test_wrong_password_is_explained_and_case_stays_unsent(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: LocalSmtp,
        case_path: Path, attachments: list[Attachment]) -> None:
    code = _send(monkeypatch, case_path, server.port, "--ca-file", str(server.ca_file),
                 password="wrong")
    err = capsys.readouterr().err
    assert code == 1
    assert "refused the user name or password" in err
    assert "app password" in err
    assert server.handler.received == []
    _assert_unsent(case_path)


def test_no_starttls_means_the_password_is_never_sent(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        case_path: Path, attachments: list[Attachment]) -> None:
    plain = start_server(tmp_path, starttls=False)
    try:
        code = _send(monkeypatch, case_path, plain.port)
    finally:
        plain.stop()
    err = capsys.readouterr().err
    assert code == 1
    assert "does not offer an encrypted connection (STARTTLS)" in err
    assert "password was not sent" in err
    assert plain.handler.auth_attempts == [] and plain.handler.received == []
    _assert_unsent(case_path)


def test_untrusted_certificate_is_refused(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: LocalSmtp,
        case_path: Path, attachments: list[Attachment]) -> None:
    code = _send(monkeypatch, case_path, server.port)  # no --ca-file: self-signed not trusted
    err = capsys.readouterr().err
    assert code == 1
    assert "certificate of 127.0.0.1 could not be verified" in err
    assert "CA file" in err
    assert server.handler.auth_attempts == []
    _assert_unsent(case_path)


def test_552_after_the_data_is_too_large(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        case_path: Path, attachments: list[Attachment]) -> None:
    handler = RecordingHandler(data_reply="552 5.3.4 Message size exceeds fixed maximum")
    srv = start_server(tmp_path, users={USER: PASSWORD}, handler=handler)
    try:
        code = _send(monkeypatch, case_path, srv.port, "--ca-file", str(srv.ca_file))
    finally:
        srv.stop()
    err = capsys.readouterr().err
    assert code == 1
    assert "refused the message as too large" in err and "4 MB" in err
    _assert_unsent(case_path)


def test_smaller_server_size_limit_refuses_before_sending(tmp_path: Path) -> None:
    srv = start_server(tmp_path, users={USER: PASSWORD}, data_size_limit=1_000_000)
    message = compose_message(sender=USER, to=IMWU, subject="big", body="x",
                              attachments=[Attachment("a.pdf", os.urandom(1_000_000))])
    sent: list[int] = []
    try:
        with pytest.raises(SendError) as caught:
            send_message(_settings(srv), message, username=USER, password=PASSWORD,
                         progress=lambda done, total: sent.append(done))
    finally:
        srv.stop()
    assert caught.value.kind == "too_large"
    assert "accepts at most 1.00 MB" in caught.value.text
    assert sent == [] and srv.handler.auth_attempts == []


def test_temporary_failure_says_try_later(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        case_path: Path, attachments: list[Attachment]) -> None:
    handler = RecordingHandler(data_reply="451 4.3.0 Mail server temporarily rejected message")
    srv = start_server(tmp_path, users={USER: PASSWORD}, handler=handler)
    try:
        code = _send(monkeypatch, case_path, srv.port, "--ca-file", str(srv.ca_file))
    finally:
        srv.stop()
    assert code == 1
    assert "Wait a few minutes and send again" in capsys.readouterr().err
    _assert_unsent(case_path)


def test_connection_dropped_mid_data_is_uncertain_and_resend_asks_first(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: LocalSmtp,
        case_path: Path, attachments: list[Attachment]) -> None:
    proxy = CuttingProxy(server.port, after=1_000_000, mode="drop")
    try:
        code = _send(monkeypatch, case_path, proxy.port, "--ca-file", str(server.ca_file))
    finally:
        proxy.close()
    err = capsys.readouterr().err
    assert proxy.cut.is_set()
    assert code == 3
    assert "connection was lost while the message was being sent" in err
    assert "may or may not have arrived" in err
    assert server.handler.received == []
    case, outputs = _reopen(case_path)
    assert case.state.value == "draft" and UNCONFIRMED_EML in outputs
    # Sending again without --resend is refused with the reason...
    code = _send(monkeypatch, case_path, server.port, "--ca-file", str(server.ca_file))
    assert code == 1
    assert "IMWU may already have it" in capsys.readouterr().err
    assert server.handler.received == []
    # ... and with --resend it goes, and the unconfirmed copy is dropped.
    code = _send(monkeypatch, case_path, server.port, "--ca-file", str(server.ca_file),
                 "--resend")
    assert code == 0
    case, outputs = _reopen(case_path)
    assert case.state.value == "sent" and UNCONFIRMED_EML not in outputs


def test_server_that_stops_answering_mid_data_times_out(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: LocalSmtp,
        case_path: Path, attachments: list[Attachment]) -> None:
    proxy = CuttingProxy(server.port, after=1_000_000, mode="stall")
    try:
        code = _send(monkeypatch, case_path, proxy.port, "--ca-file", str(server.ca_file),
                     "--timeout", "1")
    finally:
        proxy.close()
    err = capsys.readouterr().err
    assert code == 3
    assert "stopped answering" in err and "within 1 seconds" in err
    _assert_unsent(case_path)


def test_silent_server_times_out_before_anything_is_sent(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], case_path: Path,
        attachments: list[Attachment]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:  # accepts, never says hello
        port = listener.getsockname()[1]
        code = _send(monkeypatch, case_path, port, "--timeout", "0.5")
    err = capsys.readouterr().err
    assert code == 1
    assert "did not answer within 0.5 seconds" in err
    _assert_unsent(case_path)


def test_nothing_listening_cannot_connect(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], case_path: Path,
        attachments: list[Attachment]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
    code = _send(monkeypatch, case_path, port)  # the port is closed again
    assert code == 1
    assert "Could not connect to 127.0.0.1:" in capsys.readouterr().err
    _assert_unsent(case_path)


def _settings(srv: LocalSmtp, timeout: float = 10.0) -> ServerSettings:
    return ServerSettings("127.0.0.1", srv.port, "starttls", str(srv.ca_file), timeout)


def test_progress_counts_bytes_and_cancel_stops_before_the_end(
        server: LocalSmtp) -> None:
    message = compose_message(sender=USER, to=IMWU, subject="progress", body="x",
                              attachments=[Attachment("a.pdf", os.urandom(1_500_000))])
    seen: list[tuple[int, int]] = []
    send_message(_settings(server), message, username=USER, password=PASSWORD,
                 progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] >= message.size
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 10
    cancel = threading.Event()

    def stop_after_first_chunk(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(SendError) as caught:
        send_message(_settings(server), message, username=USER, password=PASSWORD,
                     progress=stop_after_first_chunk, cancel=cancel)
    assert caught.value.kind == "cancelled" and not caught.value.uncertain
    assert len(server.handler.received) == 1  # only the first, complete send arrived


def test_ssl_on_a_starttls_port_gives_a_security_hint(server: LocalSmtp) -> None:
    message = compose_message(sender=USER, to=IMWU, subject="x", body="x")
    settings = ServerSettings("127.0.0.1", server.port, "ssl", str(server.ca_file), 5.0)
    with pytest.raises(SendError) as caught:
        send_message(settings, message, username=USER, password=PASSWORD)
    assert caught.value.kind == "tls"
    assert "port 587 normally uses STARTTLS" in caught.value.text


def test_sent_but_case_not_saved_keeps_the_eml_beside_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: LocalSmtp,
        case_path: Path, attachments: list[Attachment]) -> None:
    from imwu_desktop.errors import UserError
    from imwu_desktop.services import casefile

    def disk_full(*args: object, **kwargs: object) -> None:
        raise UserError("The disk is full.")

    monkeypatch.setattr(casefile, "save_case", disk_full)
    code = _send(monkeypatch, case_path, server.port, "--ca-file", str(server.ca_file))
    err = capsys.readouterr().err
    assert code == 4
    assert "The message was sent (250 2.0.0 Ok: queued as T3ST" in err
    assert "The disk is full." in err
    [copy] = case_path.parent.glob("dupont.sent-*.eml")
    assert copy.read_bytes() == server.handler.received[0].content


def test_incomplete_case_is_not_sent_without_saying_so(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: LocalSmtp,
        case_path: Path, attachments: list[Attachment]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.run(["send", str(case_path), "--smtp-host", "127.0.0.1", "--smtp-port",
                    str(server.port), "--username", USER, "--password-stdin", "--ca-file",
                    str(server.ca_file)])
    err = capsys.readouterr().err
    assert code == 1
    assert "The request is not ready to send: Attach Passport" in err
    assert "--even-if-incomplete" in err
    assert server.handler.received == []
    _assert_unsent(case_path)
