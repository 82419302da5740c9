"""The Send step's panel: account, recipient, exact preview, .eml, test message and sending.

Self-contained: the wizard embeds it with ``SendPanel(session, parent)`` (or
``SendPanel(parent)`` then ``set_case(opened)``) and listens to ``sent``. Slow work (gathering
the documents, SMTP) runs in a QThread; the window stays responsive and sending can be
cancelled. What is previewed is exactly what is sent and stored in the case.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.errors import UserError
from imwu_desktop.gui.domain_access import shown, ui_lang
from imwu_desktop.gui.send_worker import Job, SendWorker, keep_running
from imwu_desktop.services import credentials
from imwu_desktop.services.mail import accounts as saved_accounts
from imwu_desktop.services.mail import request
from imwu_desktop.services.mail.accounts import Account
from imwu_desktop.services.mail.compose import (
    Attachment,
    ComposedMessage,
    compose_test_message,
    default_imwu_address,
    human_size,
    imwu_size_problem,
    preview_text,
)
from imwu_desktop.services.mail.errors import SendError
from imwu_desktop.services.mail.presets import DEFAULT_TIMEOUT, PRESETS, preset
from imwu_desktop.services.mail.record import record_sent, record_unconfirmed, resend_warning
from imwu_desktop.services.mail.send import SendResult, send_message

log = logging.getLogger(__name__)

class SendPanel(QWidget):
    """Account + recipient + preview + Save as .eml + Send test + Send (with progress)."""

    sent = Signal(object)  # the StatusEvent recorded in the case
    busyChanged = Signal(bool)

    def __init__(self, session: Any = None, parent: QWidget | None = None) -> None:
        if isinstance(session, QWidget) and parent is None:
            session, parent = None, session
        super().__init__(parent)
        self.session = session
        self.opened: Any = None
        self.message: ComposedMessage | None = None
        self._attachments: list[Attachment] | None = None
        self._thread: QThread | None = None
        self._worker: SendWorker | None = None
        self._cancel = threading.Event()
        self._handlers: tuple[Callable[[Any], None], Callable[[Any], None]] = (
            lambda _: None, lambda _: None)
        self._build()
        self._load_accounts()
        if session is not None:
            self.set_case(session.opened)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_account())
        layout.addWidget(self._build_message(), 1)
        self._describe_inputs()

    def _build_account(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your email account"), self)
        form = QFormLayout(box)
        self.account_combo = self._named(QComboBox(box), "accountCombo")
        self.account_combo.currentIndexChanged.connect(self._account_chosen)
        self.preset_combo = self._named(QComboBox(box), "presetCombo")
        for item in PRESETS:
            self.preset_combo.addItem(item.label_in(ui_lang()), item.key)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.host_edit = self._named(QLineEdit(box), "hostEdit")
        self.port_spin = self._named(QSpinBox(box), "portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.security_combo = self._named(QComboBox(box), "securityCombo")
        self.security_combo.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security_combo.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        server_row = QHBoxLayout()
        server_row.addWidget(self.host_edit, 1)
        server_row.addWidget(QLabel(self.tr("Port:"), box))
        server_row.addWidget(self.port_spin)
        server_row.addWidget(self.security_combo)
        self.from_edit = self._named(QLineEdit(box), "fromEdit")
        self.name_edit = self._named(QLineEdit(box), "nameEdit")
        self.username_edit = self._named(QLineEdit(box), "usernameEdit")
        self.password_edit = self._named(QLineEdit(box), "passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = self._named(
            QCheckBox(self.tr("Remember the password in the system keyring"), box),
            "rememberCheck")
        self.remember_check.setChecked(True)
        self.ca_edit = self._named(QLineEdit(box), "caFileEdit")
        self.ca_edit.setPlaceholderText(self.tr("only for servers with their own certificate"))
        ca_browse = QPushButton(self.tr("Browse…"), box)
        ca_browse.clicked.connect(self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(ca_browse)
        self.help_label = self._named(QLabel(box), "passwordHelpLabel")
        self.help_label.setWordWrap(True)
        self.keyring_label = self._named(QLabel(box), "keyringLabel")
        self.keyring_label.setWordWrap(True)
        save_account = self._named(QPushButton(self.tr("Save account"), box), "saveAccountButton")
        save_account.clicked.connect(self._save_account)
        form.addRow(self.tr("Saved account:"), self.account_combo)
        form.addRow(self.tr("Provider:"), self.preset_combo)
        form.addRow(self.tr("Server:"), server_row)
        form.addRow(self.tr("Your email (From):"), self.from_edit)
        form.addRow(self.tr("Your name:"), self.name_edit)
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("Trusted CA file:"), ca_row)
        form.addRow("", self.help_label)
        form.addRow("", self.keyring_label)
        form.addRow("", save_account)
        for edit in (self.from_edit, self.name_edit):
            edit.editingFinished.connect(self._recompose)
        for widget, name in ((self.account_combo, self.tr("Saved account")),
                             (self.preset_combo, self.tr("Provider")),
                             (self.host_edit, self.tr("Mail server")),
                             (self.port_spin, self.tr("Port")),
                             (self.security_combo, self.tr("Security")),
                             (self.from_edit, self.tr("Your email (From)")),
                             (self.name_edit, self.tr("Your name")),
                             (self.username_edit, self.tr("User name")),
                             (self.password_edit, self.tr("Password")),
                             (self.ca_edit, self.tr("Trusted CA file"))):
            widget.setAccessibleName(name)
        return box

    def _build_message(self) -> QGroupBox:
        box = QGroupBox(self.tr("Message"), self)
        column = QVBoxLayout(box)
        form = QFormLayout()
        self.to_edit = self._named(QLineEdit(box), "toEdit")
        self.to_edit.editingFinished.connect(self._recipient_edited)
        self.cc_edit = self._named(QLineEdit(box), "ccEdit")
        self.cc_edit.editingFinished.connect(self._recompose)
        form.addRow(self.tr("To (IMWU):"), self.to_edit)
        form.addRow(self.tr("Cc:"), self.cc_edit)
        column.addLayout(form)
        self.preview = self._named(QPlainTextEdit(box), "previewText")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        column.addWidget(self.preview, 1)
        self.to_edit.setAccessibleName(self.tr("To (IMWU)"))
        self.cc_edit.setAccessibleName(self.tr("Cc"))
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        self.size_label = self._named(QLabel(box), "sizeLabel")
        column.addWidget(self.size_label)
        self.ready_label = self._named(QLabel(box), "readyLabel")
        self.ready_label.setWordWrap(True)
        self.ready_label.setVisible(False)
        column.addWidget(self.ready_label)
        buttons = QHBoxLayout()
        self.save_eml_button = self._named(QPushButton(self.tr("Save as .eml…"), box),
                                           "saveEmlButton")
        self.save_eml_button.clicked.connect(self._save_eml)
        self.test_button = self._named(QPushButton(self.tr("Send a test message to me"), box),
                                       "testButton")
        self.test_button.clicked.connect(self._send_test)
        self.send_button = self._named(QPushButton(self.tr("Send to IMWU"), box), "sendButton")
        bold = QFont(self.send_button.font())
        bold.setBold(True)
        self.send_button.setFont(bold)
        self.send_button.clicked.connect(self._send)
        self.cancel_button = self._named(QPushButton(self.tr("Cancel"), box), "cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        for button in (self.save_eml_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)
        self.progress = self._named(QProgressBar(box), "progressBar")
        self.progress.setVisible(False)
        column.addWidget(self.progress)
        self.error_label = self._named(QLabel(box), "errorLabel")
        self.error_label.setWordWrap(True)
        error_font = QFont(self.error_label.font())
        error_font.setBold(True)  # no fixed colour: it must read well in light and dark themes
        self.error_label.setFont(error_font)
        self.status_label = self._named(QLabel(box), "statusLabel")
        self.status_label.setWordWrap(True)
        column.addWidget(self.error_label)
        column.addWidget(self.status_label)
        return box

    def _describe_inputs(self) -> None:
        """What a screen reader says each field is for, after its name."""
        for widget, text in (
                (self.account_combo, self.tr("An email account you saved before, or New "
                                             "account to enter one.")),
                (self.preset_combo, self.tr("Your email provider; choosing one fills in the "
                                            "server settings.")),
                (self.host_edit, self.tr("The name of your provider's outgoing (SMTP) mail "
                                         "server.")),
                (self.port_spin, self.tr("A number: usually 587 with STARTTLS, 465 with "
                                         "SSL/TLS.")),
                (self.security_combo, self.tr("How the connection to the server is encrypted, "
                                              "as your provider says.")),
                (self.from_edit, self.tr("The address the request is sent from, like "
                                         "name@example.com.")),
                (self.name_edit, self.tr("Your name, as the sender of the message.")),
                (self.username_edit, self.tr("The user name for the mail server, usually "
                                             "your full email address.")),
                (self.password_edit, self.tr("The password of your email account; it is "
                                             "saved only in the system keyring, if you tick "
                                             "the box below.")),
                (self.remember_check, self.tr("Otherwise the password is kept only until "
                                              "you close the app.")),
                (self.ca_edit, self.tr("Only for a server with its own certificate: the "
                                       "certificate file (.pem, .crt or .cer) to trust.")),
                (self.to_edit, self.tr("IMWU's email address, filled in for you; change it "
                                       "only if IMWU gave you another one.")),
                (self.cc_edit, self.tr("Optional: one more address to copy, like "
                                       "name@example.com.")),
                (self.preview, self.tr("The message exactly as it will be sent."))):
            widget.setAccessibleDescription(text)

    @staticmethod
    def _named(widget: Any, name: str) -> Any:
        widget.setObjectName(name)
        return widget

    # --- case ---------------------------------------------------------------------------

    def set_case(self, opened: Any) -> None:
        """Show the Send step for this opened case (casefile.OpenedCase)."""
        self.opened = opened
        self._attachments = None
        self.message = None
        self.error_label.clear()
        self.status_label.clear()
        case = opened.case
        try:
            default = default_imwu_address()
        except Exception:  # reference data missing: the user types the address
            log.exception("IMWU address data unavailable")
            default = ""
        self.to_edit.setText(case.imwu_address or default)
        if not self.from_edit.text() and case.contact.email:
            self.from_edit.setText(case.contact.email)
            self.username_edit.setText(self.username_edit.text() or case.contact.email)
        if not self.name_edit.text():
            self.name_edit.setText(case.contact.name)
        self._show_status()
        self._gather()

    def refresh(self) -> None:
        """The wizard calls this when the step is shown: rebuild from the current case."""
        if self.session is not None:
            self.set_case(self.session.opened)
        elif self.opened is not None:
            self.set_case(self.opened)

    def _show_status(self) -> None:
        last = self.opened.case.last_status if self.opened is not None else None
        if last is not None and last.state.value == "sent":
            follow = last.follow_up.isoformat() if last.follow_up else ""
            self.status_label.setText(self.tr(
                "Sent on {when} to {to} ({reply}). Follow up if there is no answer by "
                "{follow}.").format(when=last.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                                    to=last.recipient, reply=last.server_reply, follow=follow))

    def _recipient_edited(self) -> None:
        if self.opened is None:
            return
        text = self.to_edit.text().strip()
        try:
            default = default_imwu_address()
        except Exception:
            default = ""
        chosen = "" if text == default else text
        if chosen != self.opened.case.imwu_address:
            self.opened.case.imwu_address = chosen
            if self.session is not None:
                self.session.touch()
        self._recompose()

    # --- accounts -----------------------------------------------------------------------

    def _load_accounts(self) -> None:
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("New account…"), "")
        for account in saved_accounts.load_accounts():
            self.account_combo.addItem(account.name, account.name)
        self.account_combo.blockSignals(False)
        if self.account_combo.count() > 1:
            self.account_combo.setCurrentIndex(1)
            self._account_chosen(1)
        else:
            self._preset_chosen(self.preset_combo.currentIndex())

    def _account_chosen(self, index: int) -> None:
        name = self.account_combo.itemData(index)
        account = saved_accounts.get_account(name) if name else None
        if account is None:
            return
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(account.preset)))
        self.preset_combo.blockSignals(False)
        self.host_edit.setText(account.host)
        self.port_spin.setValue(account.port)
        self.security_combo.setCurrentIndex(self.security_combo.findData(account.security))
        self.from_edit.setText(account.email)
        self.name_edit.setText(account.display_name)
        self.username_edit.setText(account.username)
        self.ca_edit.setText(account.ca_file)
        self.password_edit.clear()
        self._show_password_help(account.preset)
        try:
            saved = credentials.read_password(account.keyring_entry, ui_lang()) is not None
        except credentials.KeyringUnavailable as exc:
            self.keyring_label.setText(str(exc))
            saved = False
        self.password_edit.setPlaceholderText(
            self.tr("saved in the system keyring") if saved else "")
        self._recompose()

    def _preset_chosen(self, index: int) -> None:
        item = preset(self.preset_combo.itemData(index) or "custom")
        if item is None:
            return
        if item.host:
            self.host_edit.setText(item.host)
            self.port_spin.setValue(item.port)
            self.security_combo.setCurrentIndex(self.security_combo.findData(item.security))
        self._show_password_help(item.key)

    def _show_password_help(self, key: str) -> None:
        item = preset(key)
        self.help_label.setText(item.password_help(ui_lang()) if item else "")

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate of your mail server"),
                                              "", self.tr("Certificates (*.pem *.crt *.cer)"))
        if path:
            self.ca_edit.setText(path)

    def current_account(self) -> Account:
        name = self.account_combo.currentData() or self.from_edit.text().strip() or "Account"
        return Account(name=name, email=self.from_edit.text().strip(),
                       host=self.host_edit.text().strip(), port=self.port_spin.value(),
                       security=self.security_combo.currentData(),
                       username=self.username_edit.text().strip(),
                       display_name=self.name_edit.text().strip(),
                       preset=self.preset_combo.currentData() or "custom",
                       ca_file=self.ca_edit.text().strip(), timeout=DEFAULT_TIMEOUT)

    def _save_account(self) -> None:
        """Save the settings (never the password: that goes to the keyring, if wanted)."""
        account = self.current_account()
        typed = self.password_edit.text()
        try:
            saved_accounts.upsert_account(account, ui_lang())
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._load_accounts()
        self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account.name)))
        if typed:  # choosing the saved account cleared the field: keep what was typed
            self.password_edit.setText(typed)
            self._password_for(account)

    def _password_for(self, account: Account) -> str | None:
        """The typed password (stored as the user chose), else the saved one."""
        typed: str = self.password_edit.text()
        entry = account.keyring_entry
        if not typed:
            return credentials.find_password(entry)
        if self.remember_check.isChecked():
            try:
                credentials.store_password(entry, typed, ui_lang())
                self.keyring_label.setText(self.tr("The password is saved in the system keyring."))
            except credentials.KeyringUnavailable as exc:
                credentials.SESSION.put(entry, typed)
                self.keyring_label.setText(str(exc))
        else:
            credentials.SESSION.put(entry, typed)
        return typed

    # --- composing ----------------------------------------------------------------------

    def _gather(self) -> None:
        """Collect the request's documents (may build letters, shrink scans) in a thread."""
        opened = self.opened
        if opened is None:
            return
        self.preview.setPlainText(self.tr("Preparing the documents for the message…"))
        lang = ui_lang()

        def job(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            def fraction(done: float, what: str) -> None:
                progress(int(done * 1000), 1000)

            return request.request_attachments(opened, fraction, cancel, lang)

        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._run(job, self._gathered, self._gather_failed, show_progress=True)

    def _gathered(self, attachments: list[Attachment]) -> None:
        self._attachments = list(attachments)
        self._recompose()

    def _gather_failed(self, exc: Exception) -> None:
        self._attachments = None
        self.message = None
        self.preview.setPlainText("")
        if type(exc).__name__ == "Cancelled":
            text = self.tr("Preparing the documents was cancelled; open this step again to "
                           "continue.")
        elif isinstance(exc, UserError):
            text = str(exc)
        else:
            log.error("preparing the documents failed: %s", type(exc).__name__)
            text = self.tr("The documents could not be prepared ({error}); check them on the "
                           "Documents step.").format(error=type(exc).__name__)
        self._show_error(text)
        self._update_buttons()

    def _recompose(self) -> None:
        if self.opened is None or self._attachments is None or self._busy:
            self._update_buttons()
            return
        self.error_label.clear()
        cc = [self.cc_edit.text().strip()] if self.cc_edit.text().strip() else []
        try:
            self.message = request.compose_for_case(
                self.opened, sender=self.from_edit.text().strip(),
                sender_name=self.name_edit.text().strip(), to=self.to_edit.text().strip(),
                cc=cc, attachments=self._attachments, lang=ui_lang())
        except UserError as exc:
            self.message = None
            self.preview.setPlainText("")
            self.size_label.clear()
            self._show_error(str(exc))
            self._update_buttons()
            return
        self.preview.setPlainText(preview_text(self.message, ui_lang()))
        try:  # the problems in the interface's language, like the rest of the screen
            not_ready = request.readiness_problem(shown(self.opened.case), self.message.size,
                                                  ui_lang())
        except Exception:  # the check is advice; it must never stop the Send step
            log.exception("readiness check failed")
            not_ready = None
        self.ready_label.setText(not_ready or "")
        self.ready_label.setVisible(bool(not_ready))
        problem = imwu_size_problem(self.message, ui_lang())
        self.size_label.setText(problem or self.tr("Encoded size: {size} (IMWU accepts up to "
                                                   "4 MB).").format(
            size=human_size(self.message.size, ui_lang())))
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------

    def _save_eml(self) -> None:
        if self.message is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the message"),
                                              "imwu-request.eml", self.tr("Email (*.eml)"))
        if not path:
            return
        try:
            Path(path).write_bytes(self.message.raw)
        except OSError as exc:
            self._show_error(self.tr("The message could not be saved ({reason}); choose "
                                     "another folder.").format(reason=exc.strerror or exc))
            return
        self.status_label.setText(self.tr("Saved {name}. Open it in your mail program to send "
                                          "it there.").format(name=Path(path).name))

    def _send_test(self) -> None:
        account = self.current_account()
        try:
            # to the user, not to IMWU: in the interface's language
            message = compose_test_message(sender=account.email, sender_name=account.display_name,
                                           language=ui_lang())
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._start_send(account, message, self._test_done, self._send_failed)

    def _send(self) -> None:
        if self.message is None or self.opened is None:
            return
        warning = resend_warning(self.opened, ui_lang())
        if warning:
            answer = QMessageBox.question(
                self, self.tr("Send again?"), warning + "\n\n" + self.tr("Send it anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._start_send(self.current_account(), self.message, self._send_done,
                         self._send_failed)

    def _start_send(self, account: Account, message: ComposedMessage,
                    on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
        self.error_label.clear()
        password = self._password_for(account)
        if account.username and not password:
            self._show_error(self.tr("Enter the password of your email account."))
            return
        server = account.server
        username = account.username
        lang = ui_lang()

        def job(progress: Callable[[int, int], None], cancel: threading.Event) -> SendResult:
            return send_message(server, message, username=username, password=password or "",
                                progress=progress, cancel=cancel, lang=lang)

        self.progress.setRange(0, max(1, message.size))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._run(job, on_done, on_error, show_progress=True)

    def _test_done(self, result: SendResult) -> None:
        self.status_label.setText(self.tr("Test message accepted by the server ({reply}); "
                                          "check your inbox.").format(reply=result.server_reply))

    def _send_done(self, result: SendResult) -> None:
        event = record_sent(self.opened, result)
        self._save_case()  # on failure the error says to save again; the record is in memory
        self._show_status()
        self.sent.emit(event)

    def _send_failed(self, exc: Exception) -> None:
        if isinstance(exc, SendError):
            if exc.uncertain and self.message is not None and self.opened is not None:
                record_unconfirmed(self.opened, self.message.raw)
                self._save_case()
            self._show_error(exc.text)
        elif isinstance(exc, UserError):
            self._show_error(str(exc))
        else:
            log.error("send failed unexpectedly: %s", type(exc).__name__)
            self._show_error(self.tr("Sending failed unexpectedly ({error}); save the message "
                                     "as .eml and send it from your mail program.").format(
                error=type(exc).__name__))

    def _save_case(self) -> bool:
        """Keep the send record: save the case file now (when it has one)."""
        try:
            if self.session is not None:
                self.session.touch()
                if self.session.path is not None:
                    self.session.save()
            elif getattr(self.opened, "path", None) is not None:
                from imwu_desktop.services.casefile import save_case

                save_case(self.opened)
        except UserError as exc:
            self._show_error(self.tr("The message was sent, but the case could not be saved "
                                     "({reason}); save the case again now.").format(reason=exc))
            return False
        return True

    def cancel(self) -> None:
        self._cancel.set()

    # --- threads ------------------------------------------------------------------------

    @property
    def _busy(self) -> bool:
        return self._thread is not None

    def _run(self, job: Job, on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None], *, show_progress: bool) -> None:
        if self._busy:
            return
        self._cancel = threading.Event()
        thread = QThread()  # no parent: deleting the panel must not delete a running thread
        worker = SendWorker(job, self._cancel)
        self.destroyed.connect(worker.cancel.set)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        if show_progress:
            worker.progress.connect(self._progressed)
        # Bound methods of this (GUI-thread) object: Qt queues the calls to the GUI thread.
        worker.done.connect(self._job_done)
        worker.failed.connect(self._job_failed)
        self._handlers = (on_done, on_error)
        self._thread, self._worker = thread, worker
        keep_running(thread, worker)
        self.cancel_button.setEnabled(show_progress)
        self.busyChanged.emit(True)
        self._update_buttons()
        thread.start()

    @Slot(object)
    def _job_done(self, result: Any) -> None:
        self._finish(self._handlers[0], result)

    @Slot(object)
    def _job_failed(self, exc: Any) -> None:
        self._finish(self._handlers[1], exc)

    def _finish(self, handler: Callable[[Any], None], value: Any) -> None:
        thread = self._thread
        self._thread = self._worker = None
        if thread is not None:
            thread.wait(5_000)  # the worker quits its thread when done; this is brief
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.busyChanged.emit(False)
        handler(value)
        self._update_buttons()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _update_buttons(self) -> None:
        ready = self.message is not None and not self._busy
        fits = self.message is not None and imwu_size_problem(self.message) is None
        self.save_eml_button.setEnabled(ready)
        self.send_button.setEnabled(ready and fits)
        self.test_button.setEnabled(not self._busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
