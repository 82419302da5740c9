"""Documents step: the checklist for the chosen code, attachments, and the size meter.

Attaching copies the file into the case (hashing it) in a background task; each checklist row
accepts files dropped on it. The meter first shows a quick figure (the files as attached), then
the exact size of the e-mail as it will be sent: the letters are generated and the scans fitted
in a background task, a moment after the last change.
"""

from __future__ import annotations

import copy
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.domain.case import Document
from imwu_desktop.gui import domain_access
from imwu_desktop.gui.pages.base import StepPage
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.gui.widgets.announce import announce
from imwu_desktop.gui.workers import TaskRunner

SIZE_LIMIT = 4_000_000


def human_size(size: int) -> str:
    """4.0 MB in English, 4,0 Mo in French (units and decimal mark follow the interface)."""
    locale = QLocale()
    if size >= 1_000_000:
        return QCoreApplication.translate("DocumentsPage", "{0} MB").replace(
            "{0}", locale.toString(size / 1_000_000, "f", 1))
    return QCoreApplication.translate("DocumentsPage", "{0} kB").replace(
        "{0}", locale.toString(max(size, 0) / 1000, "f", 0))


def size_limit() -> int:
    try:
        from imwu_desktop.domain.imwu_info import load_imwu_info

        return int(load_imwu_info().size_limit_bytes)
    except Exception:  # the data file is the reference; the contract's 4 MB otherwise
        return SIZE_LIMIT


def size_as_attached(case: Any) -> int:
    """The e-mail's encoded size with the files as they are (quick, no conversion)."""
    from imwu_desktop.services.documents.email_layout import size_as_attached as estimate

    return int(estimate(case))


@dataclass(frozen=True)
class Measured:
    size: int
    problem: str | None  # why the request cannot be sent as prepared, if it cannot


@dataclass(frozen=True)
class _Snapshot:
    """What prepare_request needs: a copy of the case and access to its attachments; and the
    interface's language for the problem, if any (read in the GUI thread)."""

    case: Any
    open_attachment: Any
    lang: str = "en"


def measure_email(snapshot: _Snapshot) -> Measured:
    """Build the request as it will be sent (letters, fitted scans) and measure it. Slow."""
    from imwu_desktop.services.mail.request import prepare_request

    with tempfile.TemporaryDirectory(prefix="imwu-measure-") as folder:
        prepared = prepare_request(snapshot, Path(folder), lang=snapshot.lang)
        return Measured(prepared.package.encoded_size,
                        prepared.blocking_problem(snapshot.lang))


class ChecklistRow(QFrame):
    """One checklist item: status, its attached files and the buttons; accepts drops."""

    filesDropped = Signal(str, list)

    def __init__(self, entry: Any, page: DocumentsPage) -> None:
        super().__init__(page)
        self.entry = entry
        self.key = entry.spec.key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        lang = page.lang()
        spec = entry.spec
        name = spec.name_fr if lang == "fr" else spec.name
        self.setAccessibleName(name)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        status_text, icon = page.status_look(entry.status, spec.need)
        icon_label = QLabel(self)
        icon_label.setPixmap(self.style().standardIcon(icon).pixmap(20, 20))
        grid.addWidget(icon_label, 0, 0)
        title = QLabel(f"<b>{name}</b> – {page.need_text(spec.need)}", self)
        title.setWordWrap(True)
        grid.addWidget(title, 0, 1)
        self.status_label = QLabel(status_text, self)
        self.status_label.setObjectName("status")
        grid.addWidget(self.status_label, 0, 2)
        why = QLabel(spec.why_fr if lang == "fr" else spec.why, self)
        why.setWordWrap(True)
        grid.addWidget(why, 1, 1, 1, 2)
        attach = QPushButton(page.tr("Attach…"), self)
        attach.setAccessibleName(page.tr("Attach a file for {0}").replace("{0}", name))
        attach.clicked.connect(lambda: page.attach(self.key))
        self.attach_button = attach
        grid.addWidget(attach, 0, 3)
        self.doc_rows: list[QWidget] = []
        for row, doc in enumerate(entry.documents, start=2):
            grid.addWidget(self._doc_row(doc, page, name), row, 1, 1, 3)
        self.setAccessibleDescription(status_text + " " + (spec.why_fr if lang == "fr"
                                                            else spec.why))

    def _doc_row(self, doc: Document, page: DocumentsPage, item_name: str) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 0, 0, 0)
        text = doc.file_name + (f" ({doc.label})" if doc.label else "")
        label = QLabel(f"{text} – {human_size(doc.size)}", row)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        for caption, action in ((page.tr("Open"), page.open_document),
                                (page.tr("Replace…"), page.replace_document),
                                (page.tr("Remove"), page.remove_document)):
            button = QPushButton(caption, row)
            button.setAccessibleName(f"{caption.rstrip('…')} {doc.file_name} ({item_name})")
            button.clicked.connect(lambda _c=False, d=doc, a=action: a(d))
            layout.addWidget(button)
        self.doc_rows.append(row)
        return row

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(self.key, paths)


class DocumentsPage(StepPage):
    step = "documents"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.add_heading(self.tr("Documents"), self.tr(
            "Attach the documents IMWU needs for the chosen exemption. Click Attach or drop "
            "files on a row. Everything must fit in one email of at most 4 MB."))
        self.tasks = TaskRunner(self)
        meter_row = QHBoxLayout()
        meter_label = QLabel(self.tr("Email size:"), self)
        self.meter = QProgressBar(self)
        self.meter.setAccessibleName(self.tr("Email size against the 4 MB limit"))
        self.meter.setTextVisible(True)
        meter_label.setBuddy(self.meter)
        self.meter_text = QLabel(self)
        self.meter_text.setWordWrap(True)
        meter_row.addWidget(meter_label)
        meter_row.addWidget(self.meter, 1)
        self.outer.addLayout(meter_row)
        self.outer.addWidget(self.meter_text)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("documentError")
        self.error_label.hide()
        self.outer.addWidget(self.error_label)
        self.rows_box = QVBoxLayout()
        self.outer.addLayout(self.rows_box)
        self.outer.addStretch(1)
        self.rows: dict[str, ChecklistRow] = {}
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(600)
        self._measure_timer.timeout.connect(self.measure)
        self._measuring = False
        self._quick_pending = False
        self._measure_again = False
        self._loaders.append(self.rebuild)

    def shutdown(self) -> None:
        self._measure_timer.stop()
        self.tasks.wait()

    def focus_field(self, name: str) -> bool:
        """Review links name a checklist item: go to its Attach button."""
        row = self.rows.get(name.removeprefix("documents."))
        if row is None:
            return False
        row.attach_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- texts ----------------------------------------------------------------------------

    def need_text(self, need: str) -> str:
        return {"required": self.tr("required"), "recommended": self.tr("recommended"),
                "if_applicable": self.tr("if it applies")}.get(need, need)

    def status_look(self, status: str, need: str) -> tuple[str, QStyle.StandardPixmap]:
        px = QStyle.StandardPixmap
        if status == "attached":
            return self.tr("Attached"), px.SP_DialogApplyButton
        if status == "generated":
            return self.tr("Made by the app"), px.SP_FileIcon
        if status == "missing" and need == "required":
            return self.tr("Missing"), px.SP_MessageBoxWarning
        return self.tr("Not attached"), px.SP_MessageBoxInformation

    # --- the list -------------------------------------------------------------------------

    def rebuild(self) -> None:
        for row in self.rows.values():
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows.clear()
        for entry in domain_access.checklist(self.case):
            row = ChecklistRow(entry, self)
            row.filesDropped.connect(self.attach_files)
            self.rows_box.addWidget(row)
            self.rows[row.key] = row
        self.update_meter()

    def update_meter(self) -> None:
        """The files' total now, the e-mail as attached right after the page is shown (that
        loads the mail service: after the window's first frame, which it would delay by
        ~25 ms), the exact e-mail shortly after the last change."""
        self.show_size(sum(d.size for d in self.case.documents),
                       self.tr("Measuring the e-mail as it will be sent…"))
        self._quick_pending = True
        after_first_frame = getattr(self.window(), "after_first_frame", None)  # MainWindow
        if after_first_frame is not None:
            after_first_frame(self._show_quick_size)
        else:
            QTimer.singleShot(0, self._show_quick_size)
        self._measure_timer.start()

    def _show_quick_size(self) -> None:
        if not self._quick_pending:
            return  # the exact figure (or a problem) is already there
        self._quick_pending = False
        try:
            quick = size_as_attached(self.case)
        except Exception:  # a figure to start with only; the exact one follows
            return
        self.show_size(quick, self.tr("Measuring the e-mail as it will be sent…"))

    def measure(self) -> None:
        if self._measuring:
            self._measure_again = True
            return
        self._measuring = True
        snapshot = _Snapshot(copy.deepcopy(self.case), self.session.opened.open_attachment,
                             self.lang())
        self.tasks.start(lambda: measure_email(snapshot), self._measured, self._measure_failed)

    def _measure_done(self) -> None:
        self._measuring = False
        self._quick_pending = False
        if self._measure_again:
            self._measure_again = False
            self._measure_timer.start()

    def _measured(self, result: Measured) -> None:
        self._measure_done()
        if result.problem:
            self.show_size(result.size, result.problem, over=True)
        else:
            self.show_size(result.size, self.tr(
                "Exact size of the e-mail as it will be sent, letters included, with the scans "
                "reduced where needed."))

    def _measure_failed(self, exc: Exception) -> None:
        self._measure_done()
        self.meter_text.setText(self.tr("The e-mail could not be measured: {0}").format(exc))

    def show_size(self, size: int, text: str, *, over: bool = False) -> None:
        limit = size_limit()
        self.meter.setMaximum(1000)
        self.meter.setValue(min(1000, int(size * 1000 / limit)))
        self.meter.setFormat(f"{human_size(size)} / {human_size(limit)}")
        self.meter_text.setProperty("problem", over)
        self.meter_text.setText(text)
        self.meter.setAccessibleDescription(f"{self.meter.format()}. {text}")

    # --- actions --------------------------------------------------------------------------

    def _ask_files(self, title: str, many: bool) -> list[str]:
        filters = self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;"
                          "All files (*)")
        if many:
            files, _ = QFileDialog.getOpenFileNames(self, title, str(Path.home()), filters)
            return list(files)
        file, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), filters)
        return [file] if file else []

    def attach(self, key: str) -> None:
        self.attach_files(key, self._ask_files(self.tr("Attach documents"), many=True))

    def attach_files(self, key: str, paths: list[str], replacing: Document | None = None) -> None:
        if not paths:
            return
        label = ""
        if key == "other" and replacing is None:
            label, ok = QInputDialog.getText(self, self.tr("Other document"), self.tr(
                "What is this document? (for example: proof of employment abroad)"))
            if not ok or not label.strip():
                return
        elif replacing is not None:
            label = replacing.label
        self.error_label.hide()
        store = self.session

        def work() -> list[Document]:
            return [store.prepare_document(Path(p), key, label.strip()) for p in paths]

        def done(docs: list[Document]) -> None:
            if replacing is not None and replacing in self.case.documents:
                self.session.remove_document(replacing)
            for doc in docs:
                self.session.append_document(doc)
            self.rebuild()

        self.tasks.start(work, done, self.show_error)

    def show_error(self, exc: Exception) -> None:
        self.error_label.setText(self.tr("The file could not be attached: {0}").replace(
            "{0}", domain_access.error_text(exc)))
        self.error_label.show()
        self.error_label.setAccessibleDescription(self.error_label.text())
        announce(self.error_label, self.error_label.text())  # attaching ran in the background

    def replace_document(self, doc: Document) -> None:
        files = self._ask_files(self.tr("Replace document"), many=False)
        self.attach_files(doc.item, files, replacing=doc)

    def remove_document(self, doc: Document) -> None:
        if doc in self.case.documents:
            self.session.remove_document(doc)
        self.rebuild()

    def open_document(self, doc: Document) -> None:
        try:
            path = self.session.document_path(doc)
        except Exception as exc:
            self.show_error(exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
