"""A whole case with the keyboard only: Tab to each field, type, Space/arrows/Return, the file
dialogs answered by typing a path. No mouse event and no widget method call fills anything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from gui_sample import tiny_jpeg, tiny_pdf
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QButtonGroup, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from imwu_desktop.gui import domain_access
from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.services import casefile

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def has_focus(target: QWidget) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and (widget is target or target.isAncestorOf(widget)
                                   or target.focusProxy() is widget)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 300) -> QWidget:
    """Press Tab until the target has the focus (fails if Tab never gets there)."""
    for _ in range(limit):
        if has_focus(target):
            return focused()
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def type_in(qtbot: QtBot, target: QWidget, text: str) -> None:
    widget = tab_to(qtbot, target)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def type_masked(qtbot: QtBot, target: QWidget, text: str) -> None:
    widget = tab_to(qtbot, target)
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    qtbot.keyClicks(widget, text)


def choose_country(qtbot: QtBot, combo: QWidget, code: str) -> None:
    """Type the code in the searchable list, close the suggestions with Esc, move on."""
    type_in(qtbot, combo, code)
    popup = combo.completer().popup()  # type: ignore[attr-defined]
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def answer_no(qtbot: QtBot, group: QButtonGroup) -> None:
    """Tab lands on the group; the arrow key moves to No; Space ticks it."""
    tab_to(qtbot, group.button(1))
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert focused() is group.button(0)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert group.button(0).isChecked()


def type_date(qtbot: QtBot, field: QWidget, iso: str) -> None:
    widget = tab_to(qtbot, field)
    qtbot.keyClicks(widget, iso.replace("-", ""))
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def press_expecting_file_dialog(qtbot: QtBot, window: MainWindow, press: Callable[[], None],
                                path: Path) -> None:
    """Press a key that opens a file dialog, then type the file's path into it and Return."""
    answered: list[bool] = []

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        field = dialog.findChild(QLineEdit, "fileNameEdit")  # where the dialog puts the cursor
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(field, path.name)  # the dialog opens in the home folder (tmp_path)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        answered.append(True)

    QTimer.singleShot(20, answer)
    press()
    assert answered, "no file dialog was shown"
    # the window manager gives the focus back to the window (offscreen: we ask for it)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(50)  # the page rebuilds its rows after an attachment
    if QApplication.focusWidget() is None:  # the focused row was rebuilt: Tab starts again
        qtbot.keyClick(window, Qt.Key.Key_Tab)


def next_step(qtbot: QtBot, window: MainWindow, expected: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    assert window.current_step() == expected


def test_a_whole_case_by_keyboard(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # where the Attach dialog opens
    monkeypatch.setenv("IMWU_CASES_DIR", str(tmp_path))  # where Save As opens
    # start screen: the focus is on "New case"; Space presses it
    assert has_focus(window.start.new_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert window.current_step() == "eligibility"

    page = window.pages["eligibility"]
    answer_no(qtbot, page.in_canada)
    choose_country(qtbot, page.citizenship, "FR")
    for group in (page.holds_permit, page.pending, page.iec, page.medical, page.seasonal,
                  page.charged):
        answer_no(qtbot, group)

    next_step(qtbot, window, "employer")
    p = window.pages["employer"]
    for widget, text in ((p.legal_name, "Maple Robotics Inc."), (p.operating_name, ""),
                         (p.business_number, "123456782"), (p.phone, "+1 416 555 0100"),
                         (p.employees_in_canada, "18"), (p.employees_abroad, "240"),
                         (p.activity, "Warehouse robots"), (p.street, "100 Queen St W"),
                         (p.city, "Toronto")):
        type_in(qtbot, widget, text)
    tab_to(qtbot, p.province)
    qtbot.keyClicks(focused(), "ON")  # keyboard search in the list
    type_masked(qtbot, p.postal_code, "m5h2n2")
    for widget, text in ((p.contact_name, "Anne Tremblay"), (p.contact_title, "HR Manager"),
                         (p.contact_email, "anne@maplerobotics.example")):
        type_in(qtbot, widget, text)

    next_step(qtbot, window, "worker")
    p = window.pages["worker"]
    type_in(qtbot, p.family_name, "DUPONT")
    type_in(qtbot, p.given_names, "Claire Marie")
    type_date(qtbot, p.date_of_birth, "1988-03-14")
    tab_to(qtbot, p.sex)
    qtbot.keyClicks(focused(), "F")
    choose_country(qtbot, p.country_of_birth, "FR")
    choose_country(qtbot, p.country_of_residence, "FR")
    type_in(qtbot, p.passport_number, "19AB12345")
    type_date(qtbot, p.passport_issued, "2019-06-02")
    type_date(qtbot, p.passport_expiry, "2029-06-01")
    type_in(qtbot, p.email, "claire.dupont@example.fr")

    next_step(qtbot, window, "job")
    p = window.pages["job"]
    type_in(qtbot, p.title, "Senior Robotics Engineer")
    type_in(qtbot, p.noc, "21301")
    type_in(qtbot, p.location, "Toronto, ON")
    type_date(qtbot, p.start, "2027-02-01")
    type_date(qtbot, p.end, "2029-01-31")
    type_in(qtbot, p.duties, "Leads the integration of the navigation stack.")
    type_in(qtbot, p.education, "Master's degree in mechanical engineering")
    type_in(qtbot, p.skills, "8 years on the parent company's robot platform")
    type_in(qtbot, p.wage, "125000")
    type_in(qtbot, p.hours, "40")
    answer_no(qtbot, p.seasonal)

    next_step(qtbot, window, "exemption")
    p = window.pages["exemption"]
    type_in(qtbot, p.search, "C63")
    tab_to(qtbot, p.codes)
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert p.codes.currentItem().text().startswith("C63")
    tab_to(qtbot, p.choose_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    type_in(qtbot, p.explanation, "Intra-company transfer from the parent company in Lyon.")

    next_step(qtbot, window, "documents")
    p = window.pages["documents"]
    attached = 0
    for key in list(p.rows):
        row = p.rows[key]
        if key == "other" or row.entry.status != "missing" or row.entry.spec.need != "required":
            continue
        path = tmp_path / f"{key}.pdf"
        if key == "passport":
            path = tmp_path / "passport.jpg"
            tiny_jpeg(path)
        else:
            path.write_bytes(tiny_pdf(key))
        tab_to(qtbot, p.rows[key].attach_button)
        press_expecting_file_dialog(
            qtbot, window, lambda: qtbot.keyClick(focused(), Qt.Key.Key_Space), path)
        qtbot.waitUntil(lambda k=key: any(d.item == k for d in window.session.case.documents),
                        timeout=15_000)
        p.tasks.wait()
        attached += 1
    assert attached >= 4

    next_step(qtbot, window, "review")
    review = window.pages["review"]
    assert "Error" not in review.problems.text(), review.problems.text()  # warnings may stay
    assert domain_access.is_ready(window.session.case)

    next_step(qtbot, window, "send")
    assert window.session is not None

    # Ctrl+S on a new case asks where to save: the path is typed into the dialog
    target = tmp_path / "dupont.imwu"
    press_expecting_file_dialog(
        qtbot, window, lambda: qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL), target)
    assert target.is_file()
    assert not window.isWindowModified()

    opened = casefile.open_case(target, lock=False)
    try:
        case = opened.case
        assert (case.employer.legal_name, case.employer.address.province,
                case.employer.address.postal_code) == ("Maple Robotics Inc.", "ON", "M5H 2N2")
        assert (case.worker.family_name, case.worker.sex, case.worker.date_of_birth,
                case.worker.citizenship) == ("DUPONT", "F", date(1988, 3, 14), "FR")
        assert case.worker.in_canada is False and case.worker.charged_or_convicted is False
        assert (case.job.noc, case.job.start, case.job.hours_per_week) == (
            "21301", date(2027, 2, 1), 40)
        assert case.exemption.code == "C63"
        assert len(case.documents) == attached
    finally:
        opened.close()
