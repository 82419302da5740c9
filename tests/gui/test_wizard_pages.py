"""Page features: employer profile reuse, MRZ fill, drag and drop on the checklist, TEER."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gui_helpers import type_text
from gui_sample import tiny_pdf
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.main_window import MainWindow

SPECIMEN = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def test_employer_profile_is_reused_for_the_next_case(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    window.go_to("employer")
    page = window.pages["employer"]
    type_text(qtbot, page.legal_name, "Maple Robotics Inc.")
    type_text(qtbot, page.business_number, "123456782")
    type_text(qtbot, page.contact_email, "anne@maple.example")
    qtbot.mouseClick(page.save_profile_button, Qt.MouseButton.LeftButton)
    assert "Saved" in page.profile_status.text()
    window.maybe_discard()

    window.new_case()  # the next case starts with the saved employer
    case = window.session.case
    assert (case.employer.legal_name, case.employer.business_number, case.contact.email) == (
        "Maple Robotics Inc.", "123456782", "anne@maple.example")
    window.go_to("employer")
    assert window.pages["employer"].legal_name.text() == "Maple Robotics Inc."


def test_a_damaged_profile_is_ignored(qtbot: QtBot, window: MainWindow) -> None:
    from imwu_desktop.services.profile import profile_path

    profile_path().write_text("{not json", encoding="utf-8")
    window.new_case()
    assert window.session.case.employer.legal_name == ""
    window.go_to("employer")
    qtbot.mouseClick(window.pages["employer"].use_profile_button, Qt.MouseButton.LeftButton)
    assert "No employer profile" in window.pages["employer"].profile_status.text()


def test_typed_mrz_fills_the_worker(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    window.go_to("worker")
    page = window.pages["worker"]
    page.mrz.setFocus()
    page.mrz.setPlainText(SPECIMEN)  # pasted, as from the passport reader
    qtbot.mouseClick(page.mrz_button, Qt.MouseButton.LeftButton)
    worker = window.session.case.worker
    assert (worker.family_name, worker.given_names, worker.passport_number, worker.sex) == (
        "ERIKSSON", "ANNA MARIA", "L898902C3", "F")
    assert worker.date_of_birth == date(1974, 8, 12)
    assert page.family_name.text() == "ERIKSSON"
    assert page.date_of_birth.value() == date(1974, 8, 12)
    assert page.mrz_status.text()


def test_rubbish_mrz_changes_nothing_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    window.go_to("worker")
    page = window.pages["worker"]
    type_text(qtbot, page.family_name, "Dupont")
    type_text(qtbot, page.mrz, "hello")
    qtbot.mouseClick(page.mrz_button, Qt.MouseButton.LeftButton)
    assert window.session.case.worker.family_name == "Dupont"
    assert page.mrz_status.text().endswith(".")


def test_dropping_a_file_on_a_checklist_row_attaches_it(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    window.new_case()
    window.go_to("documents")
    page = window.pages["documents"]
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(tiny_pdf("letter"))
    row = page.rows["company_letter"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    args = (QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(row, enter)
    assert enter.isAccepted()  # the row takes local files
    QApplication.sendEvent(row, QDropEvent(*args))
    qtbot.waitUntil(lambda: any(d.item == "company_letter"
                                for d in window.session.case.documents))
    qtbot.waitUntil(lambda: bool(page.rows["company_letter"].doc_rows))
    assert page.rows["company_letter"].status_label.text() == "Attached"
    assert window.isWindowModified()
    # removing it again
    doc = window.session.case.documents[0]
    page.remove_document(doc)
    assert window.session.case.documents == []
    assert not page.rows["company_letter"].doc_rows


def test_attaching_an_unreadable_file_says_so(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path) -> None:
    window.new_case()
    window.go_to("documents")
    page = window.pages["documents"]
    page.attach_files("cv", [str(tmp_path / "missing.pdf")])
    qtbot.waitUntil(page.error_label.isVisible)
    assert "could not be attached" in page.error_label.text()
    assert window.session.case.documents == []


def test_noc_shows_its_teer(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    window.go_to("job")
    page = window.pages["job"]
    type_text(qtbot, page.noc, "21301")
    assert page.teer.text().startswith("TEER 1")
    type_text(qtbot, page.noc, "")
    assert "5-digit" in page.teer.text()


def test_attaching_shows_the_busy_bar_then_hides_it(qtbot: QtBot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    window.new_case()
    window.go_to("documents")
    page = window.pages["documents"]
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(tiny_pdf("cv") * 200)
    seen: list[bool] = []
    page.tasks.busyChanged.connect(seen.append)
    page.attach_files("cv", [str(cv)])
    qtbot.waitUntil(lambda: seen == [True, False])
    assert not window.busy.isVisible()
    assert [d.item for d in window.session.case.documents] == ["cv"]
