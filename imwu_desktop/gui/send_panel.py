"""The Send step's panel: recipient, exact preview, .eml, test message and sending.

The mail account (server, sender, password) is its own widget, `account_box.AccountBox`.

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
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.errors import UserError
from imwu_desktop.gui.account_box import AccountBox, named
from imwu_desktop.gui.domain_access import shown, ui_lang
from imwu_desktop.gui.send_worker import Job, SendWorker, keep_running
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
from imwu_desktop.services.mail.record import record_sent, record_unconfirmed, resend_warning
from imwu_desktop.services.mail.send import SendResult, send_message

log = logging.getLogger(__name__)

class SendPanel(QWidget):
    """Account box + recipient + preview + Save as .eml + Send test + Send (with progress)."""

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
        self.account.load_accounts()
        if session is not None:
            self.set_case(session.opened)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.account = AccountBox(self)
        self.account.changed.connect(self._recompose)
        self.account.failed.connect(self._show_error)
        layout.addWidget(self.account)
        layout.addWidget(self._build_message(), 1)

    def _build_message(self) -> QGroupBox:
        box = QGroupBox(self.tr("Message"), self)
        column = QVBoxLayout(box)
        form = QFormLayout()
        self.to_edit = named(QLineEdit(box), "toEdit")
        self.to_edit.editingFinished.connect(self._recipient_edited)
        self.cc_edit = named(QLineEdit(box), "ccEdit")
        self.cc_edit.editingFinished.connect(self._recompose)
        form.addRow(self.tr("To (IMWU):"), self.to_edit)
        form.addRow(self.tr("Cc:"), self.cc_edit)
        column.addLayout(form)
        self.preview = named(QPlainTextEdit(box), "previewText")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        column.addWidget(self.preview, 1)
        # what a screen reader says: each input's name, then what it is for
        for widget, name, description in (
                (self.to_edit, self.tr("To (IMWU)"),
                 self.tr("IMWU's email address, filled in for you; change it only if IMWU gave "
                         "you another one.")),
                (self.cc_edit, self.tr("Cc"),
                 self.tr("Optional: one more address to copy, like name@example.com.")),
                (self.preview, self.tr("Preview of the message"),
                 self.tr("The message exactly as it will be sent."))):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self.size_label = named(QLabel(box), "sizeLabel")
        column.addWidget(self.size_label)
        self.ready_label = named(QLabel(box), "readyLabel")
        self.ready_label.setWordWrap(True)
        self.ready_label.setVisible(False)
        column.addWidget(self.ready_label)
        buttons = QHBoxLayout()
        self.save_eml_button = named(QPushButton(self.tr("Save as .eml…"), box),
                                           "saveEmlButton")
        self.save_eml_button.clicked.connect(self._save_eml)
        self.test_button = named(QPushButton(self.tr("Send a test message to me"), box),
                                       "testButton")
        self.test_button.clicked.connect(self._send_test)
        self.send_button = named(QPushButton(self.tr("Send to IMWU"), box), "sendButton")
        bold = QFont(self.send_button.font())
        bold.setBold(True)
        self.send_button.setFont(bold)
        self.send_button.clicked.connect(self._send)
        self.cancel_button = named(QPushButton(self.tr("Cancel"), box), "cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        for button in (self.save_eml_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)
        self.progress = named(QProgressBar(box), "progressBar")
        self.progress.setVisible(False)
        column.addWidget(self.progress)
        self.error_label = named(QLabel(box), "errorLabel")
        self.error_label.setWordWrap(True)
        error_font = QFont(self.error_label.font())
        error_font.setBold(True)  # no fixed colour: it must read well in light and dark themes
        self.error_label.setFont(error_font)
        self.status_label = named(QLabel(box), "statusLabel")
        self.status_label.setWordWrap(True)
        column.addWidget(self.error_label)
        column.addWidget(self.status_label)
        return box

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
        self.account.suggest_sender(case.contact.email, case.contact.name)
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
                self.opened, sender=self.account.sender_address(),
                sender_name=self.account.sender_name(), to=self.to_edit.text().strip(),
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
        account = self.account.current_account()
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
        self._start_send(self.account.current_account(), self.message, self._send_done,
                         self._send_failed)

    def _start_send(self, account: Account, message: ComposedMessage,
                    on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
        self.error_label.clear()
        password = self.account.password_for(account)
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
