"""The Documents step measures the e-mail exactly as it will be sent, in the background."""

from __future__ import annotations

from pathlib import Path

from i18n_support import english_reason
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from imwu_desktop.gui import i18n
from imwu_desktop.gui.pages.documents import DocumentsPage
from imwu_desktop.gui.session import CaseSession
from imwu_desktop.services.mail.request import prepare_request
from tests.data import generate_scans as scans


def _page(qtbot: QtBot, session: CaseSession) -> DocumentsPage:
    page = DocumentsPage(session)
    qtbot.addWidget(page)
    page.load()
    return page


def test_meter_settles_on_the_exact_size_of_the_email(qtbot: QtBot, tmp_path: Path) -> None:
    session = CaseSession.new()
    session.case.exemption.code = "C63"
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(scans.text_pdf("CV", paragraphs=3))
    session.add_document(cv, "cv")
    page = _page(qtbot, session)
    page.update_meter()
    assert "Measuring" in page.meter_text.text()  # the window never waits for the build

    qtbot.waitUntil(lambda: "Exact size" in page.meter_text.text(), timeout=20_000)
    expected = prepare_request(session.opened, tmp_path / "work").package.encoded_size
    assert abs(page.meter.value() - expected * 1000 // 4_000_000) <= 1
    page.shutdown()


def test_an_unreadable_file_is_named_under_the_meter(qtbot: QtBot, tmp_path: Path) -> None:
    session = CaseSession.new()
    bad = tmp_path / "cv.pdf"
    bad.write_bytes(b"this is not a pdf")
    session.add_document(bad, "cv")
    page = _page(qtbot, session)
    page.update_meter()
    qtbot.waitUntil(lambda: "Measuring" not in page.meter_text.text(), timeout=20_000)
    assert "cv.pdf" in page.meter_text.text(), page.meter_text.text()
    assert page.meter_text.property("problem") is True
    page.shutdown()


def test_the_meters_problem_is_in_the_interfaces_language(qtbot: QtBot, tmp_path: Path,
                                                         qapp: QApplication) -> None:
    """French interface, English correspondence: the sentence under the meter is French."""
    i18n.install_translators(qapp, "fr")
    try:
        session = CaseSession.new()
        assert session.case.language.value == "en"
        bad = tmp_path / "cv.pdf"
        bad.write_bytes(b"this is not a pdf")
        session.add_document(bad, "cv")
        page = _page(qtbot, session)
        page.update_meter()
        measuring = page.meter_text.text()
        qtbot.waitUntil(lambda: page.meter_text.text() != measuring, timeout=20_000)
        text = page.meter_text.text()
        assert page.meter_text.property("problem") is True
        assert "cv.pdf" in text and not english_reason(text), text
        page.shutdown()
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(QLocale.system())
