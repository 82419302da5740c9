"""The Worker step's "Read from passport scan" row: read the MRZ off the passport page.

The scan is the passport page attached on the Documents step, or (when none is) a file the
user picks just for this read, which is not attached. Reading runs in the background with a
busy bar and a Stop button; what was read is proposed side by side (MrzConfirmDialog) and
only the ticked values reach the case. Failures are one sentence beside the button.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from imwu_desktop.domain.case import Document
from imwu_desktop.gui.mrz_confirm_dialog import MrzConfirmDialog
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.gui.widgets.announce import announce
from imwu_desktop.gui.workers import TaskRunner
from imwu_desktop.services.passport_ocr import MrzReadResult, ocr_available, read_mrz_from_file
from imwu_desktop.services.passport_ocr.reader import NO_MRZ, UNCLEAR

PASSPORT_ITEM = "passport"


def attached_passport(session: CaseSession) -> Document | None:
    """The most recently attached passport page of the case, if any."""
    pages = [doc for doc in session.case.documents if doc.item == PASSPORT_ITEM]
    return pages[-1] if pages else None


class PassportScanRow(QWidget):
    """Button, busy bar, Stop button and a status sentence, in one row."""

    #: the worker fields the user accepted from the scan (after the case was changed)
    applied = Signal(list)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = TaskRunner(self)
        self._stop = threading.Event()
        self._closed = False  # the page is gone: a late result must not open the dialog
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Read from passport sc&an…"), self)
        self.button.setObjectName("readPassportScan")
        self.button.setAccessibleName(self.tr("Read from passport scan"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # the reader gives no reliable share done: just "working"
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Reading the passport scan"))
        self.stop_button = QPushButton(self.tr("S&top reading"), self)
        self.stop_button.setAccessibleName(self.tr("Stop reading the passport scan"))
        self.status = QLabel(self)
        self.status.setObjectName("passportScanStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(320)  # else the form sizes the row for a very narrow label
        top = Qt.AlignmentFlag.AlignTop  # a long sentence wraps downwards, beside the button
        layout.addWidget(self.button, 0, top)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.stop_button, 0, top)
        layout.addWidget(self.status, 1, top)
        self.button.clicked.connect(self.read)
        self.stop_button.clicked.connect(self.stop)
        available, why = ocr_available()
        self._available = available
        self._set_running(False)
        if available:
            self.button.setAccessibleDescription(self.tr(
                "Reads the two machine-readable lines from the passport page attached on the "
                "Documents step, or from a scan you choose, and shows the values to confirm."))
        else:
            self.button.setEnabled(False)
            self.button.setToolTip(why)
            self.button.setAccessibleDescription(why)

    @property
    def running(self) -> bool:
        return self.tasks.busy

    def _set_running(self, running: bool) -> None:
        self.button.setEnabled(not running and self._available)
        self.busy.setVisible(running)
        self.stop_button.setVisible(running)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)
        announce(self.status, message)  # the read ran in the background: say how it went

    def choose_scan(self) -> str:
        """Ask for a scan to read (not attached to the case); "" when the user cancels."""
        filters = self.tr("Passport scans (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.pdf);;"
                          "All files (*)")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the passport page's scan"), str(Path.home()), filters)
        return str(path)

    def read(self) -> None:
        """Start reading the passport page (attached, or chosen now) in the background."""
        if self.running:
            return
        doc = attached_passport(self.session)
        if doc is not None:
            try:
                source: Path | str = self.session.document_path(doc)
            except Exception:  # the case store cannot give the file back
                self._say(self.tr("The attached passport page could not be opened; attach it "
                                  "again on the Documents step."))
                return
        else:
            source = self.choose_scan()
            if not source:
                return
        self._stop.clear()
        self._say(self.tr("Reading the passport scan…"))
        self._set_running(True)
        self.tasks.start(lambda: read_mrz_from_file(source, cancel=self._stop.is_set),
                         self._finished, self._failed)

    def stop(self) -> None:
        self._stop.set()

    def shutdown(self) -> None:
        """The page is going away: stop the read and wait for the thread."""
        self._closed = True
        self._stop.set()
        self.tasks.wait()

    def _failed(self, _exc: Exception) -> None:
        if self._closed:
            return
        self._set_running(False)
        self._say(self.tr("The scan could not be read; attach a sharp photo or scan of the "
                          "passport's photo page, or type the two lines."))

    def reason_text(self, result: MrzReadResult) -> str:
        """The reader's reason in the interface's language (the reader speaks English)."""
        if result.reason == NO_MRZ:
            return self.tr("No machine-readable zone (the two lines of <<< at the bottom of the "
                           "passport page) was found; attach a sharp, well-lit photo or scan of "
                           "the whole photo page, or type the two lines.")
        if result.reason == UNCLEAR:
            return self.tr("The machine-readable zone was found but some of its characters are "
                           "too unclear to be sure of them; use a sharper, straighter scan or "
                           "type the two lines.")
        if result.mrz is not None and result.reason.startswith(
                "The machine-readable zone was found but its check digits fail"):
            return self.tr("The machine-readable zone was found but its check digits do not "
                           "add up; use a sharper, straighter scan or type the two lines.")
        return result.reason  # a file problem, already one plain sentence

    def _finished(self, result: MrzReadResult) -> None:
        if self._closed:
            return
        self._set_running(False)
        if result.cancelled:
            self._say(self.tr("Reading the passport scan was stopped."))
            return
        if not result.ok:
            self._say(self.reason_text(result))
            return
        self._say("")
        dialog = MrzConfirmDialog(result, self.session.case.worker, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._say(self.tr("Nothing was copied from the scan."))
                return
            changed = dialog.apply_to(self.session.case.worker)
        finally:
            dialog.deleteLater()
        if changed:
            self.session.touch()
        self._say(self.tr("Copied %n value(s) from the scan; check the names' accents and the "
                          "date of issue.", "", len(changed)))
        self.applied.emit(changed)
