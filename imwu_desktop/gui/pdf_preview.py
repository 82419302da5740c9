"""Preview of a generated PDF inside the app (QtPdf), zoomable, with a Print button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 5.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("pdf_preview", text)


class PdfPreview(QWidget):
    """A PDF viewer with zoom in/out, fit width and fit page; embeddable in a page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self.toolbar = QToolBar(self)
        self.zoom_label = QLabel(self)
        self._actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message, 1)
        self.view.zoomFactorChanged.connect(self._show_zoom)

    def _actions(self) -> None:
        self.zoom_out_action = self._action(_tr("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                                            self.zoom_out)
        self.zoom_in_action = self._action(_tr("Zoom in"), QKeySequence.StandardKey.ZoomIn,
                                           self.zoom_in)
        self.fit_width_action = self._action(_tr("Fit width"), QKeySequence("Ctrl+0"),
                                             self.fit_width)
        self.fit_page_action = self._action(_tr("Whole page"), QKeySequence("Ctrl+9"),
                                            self.fit_page)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.zoom_label)

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey,
                slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def load(self, pdf_path: Path) -> bool:
        """Show pdf_path; on failure show a plain sentence instead and return False."""
        self.document.close()
        path = Path(pdf_path)
        error = self.document.load(str(path)) if path.is_file() else None
        ok = error == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        self.view.setVisible(ok)
        self.message.setVisible(not ok)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action,
                       self.fit_page_action):
            action.setEnabled(ok)
        if not ok:
            self.message.setText(_tr("The document {name} could not be shown; build the "
                                     "documents again.").format(name=path.name))
        self._show_zoom()
        return ok

    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self._show_zoom()

    def _current_factor(self) -> float:
        """The factor on screen, also when a fit mode chose it."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.zoom_factor()
        page = self.document.pagePointSize(0)
        viewport = self.view.viewport().size()
        dpi_scale = self.logicalDpiX() / 72
        if page.width() <= 0 or page.height() <= 0:
            return 1.0
        width_fit = viewport.width() / (page.width() * dpi_scale)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width_fit
        return min(width_fit, viewport.height() / (page.height() * dpi_scale))

    def zoom_in(self) -> None:
        self._set_zoom(self._current_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._current_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._show_zoom()

    def _show_zoom(self, *_: object) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(_tr("Fit width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(_tr("Whole page"))
        else:
            self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %")


class PdfPreviewDialog(QDialog):
    """A window showing one generated PDF, with Print… and Close."""

    def __init__(self, pdf_path: Path, title: str | None = None,
                 parent: QWidget | None = None, allow_print: bool = True) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.setWindowTitle(title or self.pdf_path.name)
        self.resize(820, 960)
        self.preview = PdfPreview(self)
        self.loaded = self.preview.load(self.pdf_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.print_button = None
        if allow_print:
            self.print_button = buttons.addButton(_tr("Print…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.setEnabled(self.loaded)
            self.print_button.clicked.connect(self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)

    def print_document(self) -> bool:
        from imwu_desktop.gui.printing import print_with_dialog

        return print_with_dialog(self, self.pdf_path)


def show_pdf(pdf_path: Path, title: str | None = None, parent: QWidget | None = None) -> None:
    """Open the preview window for pdf_path (modal)."""
    PdfPreviewDialog(pdf_path, title, parent).exec()
