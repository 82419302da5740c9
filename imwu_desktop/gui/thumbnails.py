"""First-page thumbnails for the Documents checklist (PDFs rendered by Qt's PDF module).

QPdfDocument renders offscreen; its image is transparent where the page has no content, so it
is painted over white. The render size comes from the page size in points, so an enormous page
still gives a small image; images beyond the pixel limit and pages with tens of megabytes of
drawing instructions are refused before Qt sees them.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from imwu_desktop.services.documents.errors import DocumentError
from imwu_desktop.services.documents.pdfread import open_pdf, quiet_pypdf
from imwu_desktop.services.documents.pdfscan import find_images
from imwu_desktop.services.documents.recode import MAX_PIXELS
from imwu_desktop.services.documents.sniff import PDF, sniff
from imwu_desktop.services.documents.thumbnails import image_thumbnail

MAX_DRAWING_BYTES = 20_000_000  # a page's drawing instructions; real pages use far less


def thumbnail(data: bytes, max_side: int = 192, name: str = "document") -> QImage | None:
    """A preview of a PDF's first page or of an image; None when it cannot be shown."""
    try:
        if sniff(data[:4096], name) == PDF:
            return pdf_thumbnail(data, max_side)
        image = QImage()
        image.loadFromData(image_thumbnail(data, max_side, name), "PNG")
        return None if image.isNull() else image
    except DocumentError:
        return None


def pdf_thumbnail(data: bytes, max_side: int = 192, page: int = 0) -> QImage | None:
    """The page rendered to fit `max_side` pixels, over white; None if it cannot be read."""
    if not _safe_to_render(data, page):
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or page >= document.pageCount():
            return None
        points = document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return None
        scale = max_side / max(points.width(), points.height())
        size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
        rendered = document.render(page, size)
        if rendered.isNull():
            return None
        return _over_white(rendered)
    finally:
        document.close()
        buffer.close()


def _safe_to_render(data: bytes, page: int) -> bool:
    """No decompression bomb on the page: Qt would decode every pixel of its images."""
    try:
        with quiet_pypdf():
            reader = open_pdf(data)
            if reader.is_encrypted and not reader.decrypt(""):
                return False
            images = [i for i in find_images(reader) if i.page == page + 1]
            contents = reader.pages[page].get_contents()  # pypdf caps this at 75 MB
            drawing = len(contents.get_data()) if contents is not None else 0
    except Exception:  # damaged PDFs (or over pypdf's cap) are reported by the check
        return False
    return drawing <= MAX_DRAWING_BYTES and all(i.width * i.height <= MAX_PIXELS
                                                for i in images)


def _over_white(image: QImage) -> QImage:
    result = QImage(image.size(), QImage.Format.Format_RGB32)
    result.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(result)
    painter.drawImage(0, 0, image)
    painter.end()
    return result
