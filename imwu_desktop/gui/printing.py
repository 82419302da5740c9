"""Printing the generated PDFs: the system print dialog with a preview, or straight to a
printer or PDF file (used by tests and scripts).

Each PDF page is rendered by QtPdf and scaled to fit the printable area, so a US Letter
document prints whole on A4 paper and the other way round.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: Pages are rendered at most at this resolution: enough for text and scans, and a
#: 1200-dpi printer does not need a 500 MB image per page.
MAX_RENDER_DPI = 300

Progress = Callable[[int, int], bool]  # (pages done, total) -> False to cancel

_PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
_app_holder: list[QGuiApplication] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


class PrintError(Exception):
    """Printing failed; the message is one plain sentence for the user."""


def _ensure_app() -> None:
    """QtPdf and QPrinter need a Qt application; scripts and the CLI may not have one."""
    if QCoreApplication.instance() is None:
        _app_holder.append(QGuiApplication(sys.argv[:1]))


def printer_names() -> list[str]:
    _ensure_app()
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def printer_exists(name: str) -> bool:
    """QPrinter silently prints on the default printer when a name is unknown: check first."""
    _ensure_app()
    return bool(name) and not QPrinterInfo.printerInfo(name).isNull()


def open_pdf(pdf_path: Path) -> QPdfDocument:
    """Load a PDF with QtPdf or raise PrintError in plain words."""
    _ensure_app()
    path = Path(pdf_path)
    if not path.is_file():
        raise PrintError(_tr("The document {name} was not found; build the documents again.")
                         .format(name=path.name))
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise PrintError(_tr("The document {name} could not be opened for printing; build the "
                             "documents again.").format(name=path.name))
    return document


def paint_pdf(printer: QPrinter, document: QPdfDocument,
              progress: Progress | None = None) -> int:
    """Paint every page of document on printer, each scaled to fit; return pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(_tr("The printer could not be started; check that it is connected "
                             "and switched on, then try again."))
    total = document.pageCount()
    done = 0
    try:
        for index in range(total):
            if index:
                printer.newPage()
            _paint_page(painter, printer, document, index)
            done += 1
            if progress is not None and progress(done, total) is False:
                printer.abort()
                break
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(_tr("The printer reported an error; check it and try again."))
    return done


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument,
                index: int) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    points = document.pagePointSize(index)
    if points.width() <= 0 or points.height() <= 0:
        points = QSizeF(612, 792)
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
    per_point = min(scale, MAX_RENDER_DPI / 72)  # image pixels per PDF point
    pixels = QSize(max(1, round(points.width() * per_point)),
                   max(1, round(points.height() * per_point)))
    image = document.render(index, pixels)
    if image.isNull():
        raise PrintError(_tr("Page {page} could not be drawn; build the documents again.")
                         .format(page=index + 1))
    painter.drawImage(target, image)


def make_printer(printer_name: str | None = None, output_pdf: Path | None = None,
                 page_size: str | None = None) -> QPrinter:
    """A QPrinter for a named (checked) printer, the default printer, or a PDF file."""
    _ensure_app()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if output_pdf is not None:
        if not Path(output_pdf).parent.is_dir():
            raise PrintError(_tr("The folder {folder} does not exist; choose another folder.")
                             .format(folder=Path(output_pdf).parent))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output_pdf))
    elif printer_name:
        if not printer_exists(printer_name):
            raise PrintError(_tr("The printer “{name}” is not available on this computer; "
                                 "choose another printer.").format(name=printer_name))
        printer.setPrinterName(printer_name)
    elif QPrinterInfo.defaultPrinter().isNull():
        raise PrintError(_tr("No printer is set up on this computer; add a printer in the "
                             "system settings, or save the PDF and print it elsewhere."))
    if page_size:
        size_id = _PAGE_SIZES.get(page_size.lower())
        if size_id is None:
            raise PrintError(_tr("The paper size {size} is not supported; choose Letter or A4.")
                             .format(size=page_size))
        printer.setPageSize(QPageSize(size_id))
    return printer


def print_pdf(pdf_path: Path, printer_name: str | None = None, output_pdf: Path | None = None,
              page_size: str | None = None, progress: Progress | None = None) -> int:
    """Print pdf_path without a dialog; return the number of pages sent to the printer."""
    document = open_pdf(pdf_path)
    try:
        printer = make_printer(printer_name, output_pdf, page_size)
        if output_pdf is None:
            printer.setDocName(Path(pdf_path).name)
        return paint_pdf(printer, document, progress)
    finally:
        document.close()


def print_with_dialog(parent: QWidget | None, pdf_path: Path) -> bool:
    """Show the print preview (with the system print dialog behind its Print button).

    Returns True when the document was sent to a printer. Errors are shown in a message box.
    """
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    try:
        document = open_pdf(pdf_path)
    except PrintError as exc:
        QMessageBox.warning(parent, _tr("Printing"), str(exc))
        return False
    if not printer_names():
        QMessageBox.warning(parent, _tr("Printing"), _tr(
            "No printer is set up on this computer; add a printer in the system settings, or "
            "save the PDF and print it elsewhere."))
        document.close()
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(Path(pdf_path).name)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print {name}").format(name=Path(pdf_path).name))
    failures: list[str] = []

    def paint(target: QPrinter) -> None:
        progress = QProgressDialog(_tr("Preparing pages…"), _tr("Cancel"), 0,
                                   document.pageCount(), dialog)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            paint_pdf(target, document, step)
        except PrintError as exc:
            failures.append(str(exc))
        finally:
            progress.close()

    dialog.paintRequested.connect(paint)
    accepted = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    document.close()
    if failures:
        log.warning("Printing failed: %s", failures[-1])
        QMessageBox.warning(parent, _tr("Printing"), failures[-1])
        return False
    return accepted
