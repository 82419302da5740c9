"""Printing and preview of the generated PDFs: QPrinter to a PDF file, real CUPS, QtPdf view."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from imwu_desktop.gui import printing
from imwu_desktop.gui.pdf_preview import PdfPreviewDialog
from imwu_desktop.gui.printing import PrintError, print_pdf
from imwu_desktop.services.letters import build_documents
from imwu_desktop.services.letters.sample import sample_case

POINTS = {"letter": (612, 792), "a4": (595, 842)}


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("docs")
    return build_documents(sample_case("en"), out, [], today=date(2026, 11, 25))


def _ink_box(pdf: Path, page: int = 0) -> tuple[float, float, float, float]:
    """Fraction of non-white pixels and the inked area's left/top/right margins (0..1)."""
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    image = document.render(page, document.pagePointSize(page).toSize()).convertToFormat(
        QImage.Format.Format_ARGB32)
    document.close()
    width, height = image.width(), image.height()
    inked, xs, ys = 0, [], []
    for y in range(0, height, 2):
        for x in range(0, width, 2):
            color = image.pixelColor(x, y)  # QtPdf leaves the paper transparent
            if color.alpha() > 128 and color.value() < 200:
                inked += 1
                xs.append(x)
                ys.append(y)
    assert xs, "the printed page is blank"
    return inked / (width * height / 4), min(xs) / width, min(ys) / height, max(xs) / width


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_print_to_a_pdf_file_keeps_every_page_and_fits_the_paper(
        qtbot: QtBot, documents: dict[str, Path], tmp_path: Path, paper: str) -> None:
    source = documents["cover_letter"]
    out = tmp_path / f"printed-{paper}.pdf"
    pages = print_pdf(source, output_pdf=out, page_size=paper)
    printed = PdfReader(str(out))
    assert pages == len(printed.pages) == len(PdfReader(str(source)).pages)
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == POINTS[paper]
    ink, left, top, right = _ink_box(out)
    assert ink > 0.005
    # the letter's own margins survive: nothing is cut at the paper's edge
    assert 0.04 < left < 0.2 and 0.03 < top < 0.2 and right < 0.96


def test_summary_prints_on_one_page(qtbot: QtBot, documents: dict[str, Path],
                                    tmp_path: Path) -> None:
    out = tmp_path / "summary-printed.pdf"
    assert print_pdf(documents["summary"], output_pdf=out, page_size="a4") == 1
    assert len(PdfReader(str(out)).pages) == 1


def test_unknown_printer_is_refused_instead_of_using_the_default(
        qtbot: QtBot, documents: dict[str, Path]) -> None:
    assert not printing.printer_exists("Printer That Does Not Exist")
    with pytest.raises(PrintError, match="“Printer That Does Not Exist” is not available"):
        print_pdf(documents["summary"], printer_name="Printer That Does Not Exist")


@pytest.mark.parametrize("content", [None, b"%PDF-1.4 broken", b"not a pdf"])
def test_missing_or_broken_pdf_gives_a_plain_sentence(qtbot: QtBot, tmp_path: Path,
                                                      content: bytes | None) -> None:
    path = tmp_path / "letter.pdf"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(PrintError) as caught:
        print_pdf(path, output_pdf=tmp_path / "out.pdf")
    assert "letter.pdf" in str(caught.value) and "build the documents again" in str(caught.value)


def test_printing_into_a_missing_folder_says_which_folder(qtbot: QtBot,
                                                         documents: dict[str, Path],
                                                         tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="does not exist; choose another folder"):
        print_pdf(documents["summary"], output_pdf=tmp_path / "gone" / "out.pdf")


def test_progress_is_reported_and_cancel_stops(qtbot: QtBot, documents: dict[str, Path],
                                               tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    print_pdf(documents["imm5686"], output_pdf=tmp_path / "a.pdf", progress=progress)
    assert seen == [(1, 2), (2, 2)]
    assert print_pdf(documents["imm5686"], output_pdf=tmp_path / "b.pdf",
                     progress=lambda done, total: False) == 1


def test_print_dialog_preview_paints_every_page(qtbot: QtBot, documents: dict[str, Path],
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview dialog's paint request draws the document (system dialog stood in for)."""
    out = tmp_path / "from-dialog.pdf"

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return QPrintPreviewDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(printing, "printer_names", lambda: ["Test printer"])
    assert printing.print_with_dialog(None, documents["imm5686"]) is True
    assert len(PdfReader(str(out)).pages) == 2


def test_print_dialog_with_no_printer_says_so(qtbot: QtBot, documents: dict[str, Path],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(printing, "printer_names", lambda: [])
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert printing.print_with_dialog(None, documents["summary"]) is False
    assert shown and shown[0].startswith("No printer is set up on this computer")


def test_preview_shows_pages_and_zooms(qtbot: QtBot, documents: dict[str, Path]) -> None:
    dialog = PdfPreviewDialog(documents["cover_letter"], "Cover letter")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    assert dialog.loaded and preview.page_count() == 2
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.zoom_in_action.trigger()
    bigger = preview.zoom_factor()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert preview.zoom_factor() < bigger
    assert preview.zoom_label.text().endswith("%")
    preview.fit_page_action.trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    for _ in range(20):
        preview.zoom_out_action.trigger()
    assert preview.zoom_factor() == pytest.approx(0.25)


def test_preview_of_a_broken_file_explains_and_disables_print(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    broken = tmp_path / "summary.pdf"
    broken.write_bytes(b"%PDF-1.7 truncated")
    dialog = PdfPreviewDialog(broken)
    qtbot.addWidget(dialog)
    assert not dialog.loaded
    assert "summary.pdf could not be shown" in dialog.preview.message.text()
    assert dialog.print_button is not None and not dialog.print_button.isEnabled()


@pytest.mark.cups
def test_print_through_real_cups_to_the_pdf_printer(qtbot: QtBot,
                                                    documents: dict[str, Path]) -> None:
    out_dir = Path(os.environ.get("IMWU_CUPS_PDF_OUT", "/tmp/cups-pdf-out"))
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    assert printing.printer_exists("CUPS-PDF")
    assert print_pdf(documents["imm5686"], printer_name="CUPS-PDF") == 2
    deadline = time.monotonic() + 60
    new: list[Path] = []
    while time.monotonic() < deadline:
        new = [p for p in out_dir.glob("*.pdf") if p not in before] if out_dir.is_dir() else []
        if new and all(_complete(p) for p in new):
            break
        time.sleep(0.3)
    assert new, f"CUPS-PDF wrote nothing into {out_dir}"
    assert [len(PdfReader(str(p)).pages) for p in new] == [2]


def _complete(path: Path) -> bool:
    try:
        return path.stat().st_size > 0 and path.read_bytes().rstrip().endswith(b"%%EOF")
    except OSError:
        return False
