"""Shared page set-up for the generated PDFs: styles, page footer, metadata, safe writing.

reportlab is imported inside the functions so that starting the app does not pay for it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from imwu_desktop.services.letters.fonts import register_fonts
from imwu_desktop.services.letters.texts import t

PRODUCER = "IMWU Desktop"
INK = "#1a1a1a"
MUTED = "#5a5a5a"
RULE = "#8c8c8c"
BAND = "#26374a"  # dark blue-grey band used by the form's section headings
PAGE_WIDTH = 612.0  # US Letter, points; printing scales to A4
MARGIN = 54.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # the frame keeps 6 pt padding on each side


def markup(text: str) -> str:
    """User text made safe for a reportlab Paragraph (escaped, line breaks kept)."""
    return escape(text.strip()).replace("\n", "<br/>")


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    lang: str


def styles() -> dict[str, Any]:
    """Paragraph styles shared by the letter, the summary and the form."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    fonts = register_fonts()
    base = ParagraphStyle("body", fontName=fonts.regular, bulletFontName=fonts.regular,
                          fontSize=10.5, leading=14.5,
                          textColor=INK, alignment=TA_LEFT, spaceAfter=8)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11,
                                textColor=MUTED, spaceAfter=0),
        "label": ParagraphStyle("label", parent=base, fontName=fonts.bold, fontSize=9,
                                leading=12, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0),
        "mono": ParagraphStyle("mono", parent=base, fontName=fonts.mono, fontSize=7,
                               leading=9, spaceAfter=0),
        "heading": ParagraphStyle("heading", parent=base, fontName=fonts.bold, fontSize=11,
                                  leading=14, spaceBefore=6, spaceAfter=4, keepWithNext=1),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=15,
                                leading=19, spaceAfter=4),
        "company": ParagraphStyle("company", parent=base, fontName=fonts.bold, fontSize=16,
                                  leading=20, spaceAfter=2),
        "subject": ParagraphStyle("subject", parent=base, fontName=fonts.bold, fontSize=10.5,
                                  leading=14.5, spaceBefore=4, spaceAfter=10),
        "list": ParagraphStyle("list", parent=base, leftIndent=16, bulletIndent=2,
                               spaceAfter=2),
    }


def table_style(commands: list[Any]) -> Any:
    """A TableStyle whose cells use the bundled font (reportlab's default is Helvetica, which
    would add an unembedded font to the PDF even when every cell holds a Paragraph)."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts().regular), *commands])


def page_decorator(meta: PdfMeta, footer_left: str) -> Callable[..., Any]:
    """A canvas class that writes 'Page n of N' and a footer line on every page."""
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_fonts()

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(fonts.regular, 7.5)
            self.setFillColor(MUTED)
            self.drawString(54, 30, footer_left)
            self.drawRightString(width - 54, 30,
                                 t("page_of", meta.lang, page=number, total=total))
            self.restoreState()

    return FooterCanvas


def write_pdf(path: Path, story: Sequence[Any], meta: PdfMeta, footer_left: str, *,
              margins: tuple[float, float, float, float] = (MARGIN, MARGIN, MARGIN, 60),
              on_page: Callable[..., None] | None = None) -> Path:
    """Lay out story on US Letter and write it to path (atomically: no half-written file)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import SimpleDocTemplate

    buffer = BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=left, rightMargin=right,
                            topMargin=top, bottomMargin=bottom, title=meta.title,
                            author=meta.author, subject=meta.subject, creator=PRODUCER,
                            producer=PRODUCER, lang=meta.lang,
                            invariant=1,  # same case, same bytes: a stable SHA-256
                            initialFontName=register_fonts().regular)  # no stray Helvetica
    hook = on_page or (lambda canvas, doc: None)
    doc.build(list(story), onFirstPage=hook, onLaterPages=hook,
              canvasmaker=page_decorator(meta, footer_left))
    return write_bytes(path, buffer.getvalue())


def write_bytes(path: Path, data: bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
