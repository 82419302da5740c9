"""The Send step end to end against a real SMTP server on 127.0.0.1 (aiosmtpd, STARTTLS)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_sample import make_sample_case
from local_smtp import CuttingProxy, LocalSmtp, start_server
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.send_panel import SendPanel
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.services.casefile import open_case
from imwu_desktop.services.mail import request
from imwu_desktop.services.mail.compose import Attachment, human_size
from imwu_desktop.services.mail.record import UNCONFIRMED_EML, sent_eml

pytestmark = pytest.mark.smtp

USER = "anne.tremblay@maplerobotics.example"
PASSWORD = "Érable sucré 2026"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalSmtp]:
    folder = tmp_path / "server"
    folder.mkdir()
    srv = start_server(folder, users={USER: PASSWORD})
    yield srv
    srv.stop()


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> list[Attachment]:
    """What the documents and letters areas hand over (generated, ~1.5 MB)."""
    made = [Attachment("01-IMM5686-DUPONT.pdf", b"%PDF-1.7\n" + os.urandom(300_000)),
            Attachment("02-cover-letter.pdf", b"%PDF-1.7\n" + os.urandom(50_000)),
            Attachment("03-passport-DUPONT.jpg", b"\xff\xd8\xff" + os.urandom(1_200_000))]
    monkeypatch.setattr(request, "request_attachments",
                        lambda opened, progress=None, cancel=None, lang="en": made)
    return made


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseSession]:
    opened = CaseSession.open(make_sample_case(tmp_path))
    yield opened
    opened.close()


def _panel(qtbot: QtBot, session: CaseSession, port: int, ca_file: Path,
           parent: QWidget | None = None) -> SendPanel:
    panel = SendPanel(session, parent)
    if parent is None:
        qtbot.addWidget(panel)
    panel.show()
    account = panel.account
    account.preset_combo.setCurrentIndex(account.preset_combo.findData("custom"))
    account.host_edit.setText("127.0.0.1")
    account.port_spin.setValue(port)
    account.security_combo.setCurrentIndex(account.security_combo.findData("starttls"))
    account.username_edit.setText(USER)
    account.password_edit.setText(PASSWORD)
    account.ca_edit.setText(str(ca_file))
    qtbot.waitUntil(lambda: panel.message is not None, timeout=10_000)
    return panel


def _wait_idle(qtbot: QtBot, panel: SendPanel) -> None:
    qtbot.waitUntil(lambda: panel.send_button.isEnabled() or bool(panel.error_label.text()),
                    timeout=15_000)
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=15_000)


def test_send_step_end_to_end(qtbot: QtBot, session: CaseSession, server: LocalSmtp,
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pipeline: letters and IMM 5686 generated, documents prepared, then sent."""
    panel = _panel(qtbot, session, server.port, server.ca_file)
    preview = panel.preview.toPlainText()
    assert "To: IRCC.IMWU-UMIT.IRCC@cic.gc.ca" in preview
    assert "Subject: Request for opinion – C63 – DUPONT, Claire – Maple Robotics" in preview
    for name in ("01-IMM5686-DUPONT.pdf", "02-cover-letter.pdf", "03-passport-DUPONT.pdf"):
        assert f"  {name} (" in preview
    assert panel.message is not None
    assert f"Encoded size: {human_size(panel.message.size)}" in panel.size_label.text()
    # the sample lacks some C63 documents: said, without blocking the send
    assert panel.ready_label.text().startswith("The request is not ready to send: Attach")

    # Save as .eml: the exact bytes about to be sent
    eml_path = tmp_path / "copy.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(eml_path), ""))
    panel.save_eml_button.click()
    assert eml_path.read_bytes() == panel.message.raw

    # Test message to the user's own address
    panel.test_button.click()
    _wait_idle(qtbot, panel)
    assert "Test message accepted" in panel.status_label.text(), panel.error_label.text()
    assert server.handler.received[-1].rcpt_tos == [USER]

    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(panel.sent, timeout=15_000) as blocker:
        panel.send_button.click()
        # The click returned while the worker is still sending: the window is not blocked.
        assert not panel.send_button.isEnabled() and panel.cancel_button.isEnabled()
    event = blocker.args[0]
    assert max(seen) >= panel.message.size
    assert "Sent on" in panel.status_label.text() and event.follow_up.isoformat() in \
        panel.status_label.text()
    received = server.handler.received[-1]
    assert received.rcpt_tos == ["IRCC.IMWU-UMIT.IRCC@cic.gc.ca"]
    assert received.content == eml_path.read_bytes()
    # No keyring in this test run: the password was used for this session only.
    assert "session only" in panel.account.keyring_label.text()
    assert session.path is not None
    with open_case(session.path, lock=False) as reopened:
        assert reopened.case.state.value == "sent"
        assert sent_eml(reopened) == received.content


def test_wrong_password_is_explained_under_the_button(
        qtbot: QtBot, session: CaseSession, server: LocalSmtp, files: list[Attachment]) -> None:
    panel = _panel(qtbot, session, server.port, server.ca_file)
    panel.account.password_edit.setText("not it")
    panel.send_button.click()
    _wait_idle(qtbot, panel)
    assert "refused the user name or password" in panel.error_label.text()
    assert session.case.state.value == "draft"
    assert server.handler.received == []


def test_cancel_before_the_data_sends_nothing(
        qtbot: QtBot, session: CaseSession, server: LocalSmtp, files: list[Attachment]) -> None:
    panel = _panel(qtbot, session, server.port, server.ca_file)
    panel.send_button.click()
    panel.cancel_button.click()  # before the worker reaches the message data
    _wait_idle(qtbot, panel)
    assert "Sending was cancelled" in panel.error_label.text()
    assert server.handler.received == [] and session.case.state.value == "draft"


def test_resend_after_an_uncertain_failure_asks_first(
        qtbot: QtBot, session: CaseSession, server: LocalSmtp, files: list[Attachment],
        monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = CuttingProxy(server.port, after=600_000, mode="drop")
    try:
        panel = _panel(qtbot, session, proxy.port, server.ca_file)
        panel.send_button.click()
        _wait_idle(qtbot, panel)
    finally:
        proxy.close()
    assert "may or may not have arrived" in panel.error_label.text()
    assert session.case.state.value == "draft"
    assert UNCONFIRMED_EML in session.opened.output_names()

    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.account.port_spin.setValue(server.port)
    panel.send_button.click()  # answered No: nothing happens
    assert len(asked) == 1 and "IMWU may already have it" in asked[0]
    assert not panel._busy and server.handler.received == []
    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(panel.sent, timeout=15_000):
        panel.send_button.click()
    assert len(asked) == 2 and len(server.handler.received) == 1
    assert session.case.state.value == "sent"


def test_saved_account_is_offered_next_time_without_its_password(
        qtbot: QtBot, session: CaseSession, server: LocalSmtp, files: list[Attachment],
        isolated_app_dirs: Path) -> None:
    panel = _panel(qtbot, session, server.port, server.ca_file)
    panel.account.preset_combo.setCurrentIndex(panel.account.preset_combo.findData("custom"))
    panel.account.host_edit.setText("127.0.0.1")  # a preset change refills the server fields
    panel.account.port_spin.setValue(server.port)
    panel.account.findChild(QPushButton, "saveAccountButton").click()
    stored = (isolated_app_dirs / "config" / "accounts.json").read_text("utf-8")
    assert f'"port": {server.port}' in stored and PASSWORD not in stored
    again = SendPanel(session)
    qtbot.addWidget(again)
    assert again.account.account_combo.currentText() == USER
    assert again.account.host_edit.text() == "127.0.0.1"
    assert again.account.port_spin.value() == server.port
    assert again.account.ca_edit.text() == str(server.ca_file)
    assert again.account.password_edit.text() == ""


@pytest.mark.keyring
def test_remembered_password_comes_back_from_the_real_keyring(
        qtbot: QtBot, session: CaseSession, server: LocalSmtp, files: list[Attachment],
        real_dbus_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    from imwu_desktop.services import credentials

    keyring.set_keyring(SecretServiceKeyring())
    panel = _panel(qtbot, session, server.port, server.ca_file)
    entry = panel.account.current_account().keyring_entry
    try:
        panel.account.remember_check.setChecked(True)
        panel.account.findChild(QPushButton, "saveAccountButton").click()
        with qtbot.waitSignal(panel.sent, timeout=15_000):
            panel.send_button.click()
        assert "saved in the system keyring" in panel.account.keyring_label.text()
        assert credentials.read_password(entry) == PASSWORD
        credentials.SESSION.forget(entry)
        # Next time: nothing typed, the keyring supplies the password.
        again = SendPanel(session)
        qtbot.addWidget(again)
        assert again.account.password_edit.text() == ""
        assert again.account.password_edit.placeholderText() == "saved in the system keyring"
        qtbot.waitUntil(lambda: again.message is not None, timeout=10_000)
        # already sent once: the panel asks before a second request
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(again.sent, timeout=15_000):
            again.send_button.click()
        assert len(server.handler.received) == 2
    finally:
        credentials.delete_password(entry)
        keyring.set_keyring(fail.Keyring())


def test_closing_the_panel_mid_send_cancels_without_crashing(
        qtbot: QtBot, session: CaseSession, server: LocalSmtp, files: list[Attachment]) -> None:
    from shiboken6 import delete

    from imwu_desktop.gui.send_worker import wait_for_workers

    window = QWidget()
    qtbot.addWidget(window)
    panel = _panel(qtbot, session, server.port, server.ca_file, parent=window)
    panel.send_button.click()
    delete(panel)  # the window closed while sending: the widget is gone at once
    qtbot.waitUntil(lambda: wait_for_workers(100), timeout=10_000)
    assert server.handler.received == []  # cancelled before the end of the data
    assert session.case.state.value == "draft"
