"""The case list and the follow-up reminder on the start screen of the real main window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.case import State, StatusEvent
from imwu_desktop.gui.case_list import WORKER
from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.services import casefile
from imwu_desktop.services.paths import cases_dir


def sent_case(days_ago: int) -> Path:
    folder = cases_dir()
    folder.mkdir(parents=True, exist_ok=True)
    sent = date.today() - timedelta(days=days_ago)
    with casefile.new_store() as store:
        case = store.case
        case.worker.family_name, case.worker.given_names = "Dupont", "Claire"
        case.employer.legal_name = "Maple Robotics Inc."
        case.job.title = "Robotics engineer"
        case.exemption.code = "C12"
        case.add_status(StatusEvent(
            state=State.SENT, at=datetime(sent.year, sent.month, sent.day, 12, tzinfo=UTC),
            follow_up=sent + timedelta(days=14)))
        casefile.save_case(store, folder / "dupont.imwu")
    return folder / "dupont.imwu"


def test_start_screen_lists_cases_reminds_and_starts_the_next_worker(
        qtbot: QtBot, window: MainWindow) -> None:
    path = sent_case(days_ago=20)
    window.show_start()
    start = window.start
    assert not start.reminder.isHidden()
    assert "1 request sent more than" in start.reminder.text.text()
    qtbot.mouseClick(start.reminder.show_button, Qt.MouseButton.LeftButton)
    cases = start.cases
    assert cases.proxy.rowCount() == 1
    assert cases.proxy.index(0, WORKER).data() == "DUPONT, Claire"

    cases.table.selectRow(0)
    qtbot.mouseClick(cases.buttons["new_from"], Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.path is None
    assert window.session.modified
    assert window.session.case.employer.legal_name == "Maple Robotics Inc."
    assert window.session.case.worker.family_name == ""
    assert window.current_step() == "worker"
    assert path.is_file()  # the first worker's case is untouched


def test_open_from_the_case_list_opens_the_case(qtbot: QtBot, window: MainWindow) -> None:
    sent_case(days_ago=3)
    window.show_start()
    cases = window.start.cases
    assert window.start.reminder.isHidden()  # nothing due yet
    cases.table.selectRow(0)
    cases.table.setFocus()
    qtbot.keyClick(cases.table, Qt.Key.Key_Return)
    assert window.session is not None
    assert window.session.case.worker.family_name == "Dupont"


def test_the_first_frame_comes_before_the_lists_which_then_fill_by_themselves(
        qtbot: QtBot) -> None:
    """Start-up: the window paints its frame first; the case services load right after."""
    path = sent_case(days_ago=3)
    with casefile.open_case(path, lock=False) as opened:
        casefile.add_recent(path, opened.case)
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.start.is_loaded
    assert window.start.findChild(QTreeWidget) is None  # the lists are built after the frame
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window.start.is_loaded, timeout=5000)
    assert window.start.recent.topLevelItemCount() == 1
    assert window.start.cases.proxy.rowCount() == 1
    assert window.start.new_button.hasFocus() or not window.isActiveWindow()


def test_the_start_screen_role_is_qts_user_role() -> None:
    from imwu_desktop.gui.start_screen import PATH_ROLE

    assert Qt.ItemDataRole.UserRole.value == PATH_ROLE


@pytest.mark.parametrize("size", [(1280, 900), (900, 600)])
def test_the_lists_fill_the_room_the_first_frame_kept_for_them(
        qtbot: QtBot, size: tuple[int, int]) -> None:
    """No jump when the lists arrive after the first frame, and nothing cut off at the
    window's smallest size."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    label = next(w for w in window.start.findChildren(QLabel) if w.text().startswith("All cases"))
    seen: dict[str, int] = {}
    window.firstPainted.connect(lambda: seen.setdefault("first", label.mapTo(window, QPoint()).y()))
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window.start.is_loaded, timeout=5000)
    qtbot.wait(50)
    assert label.mapTo(window, QPoint()).y() == seen["first"]
    cases = window.start.cases
    bottom = cases.mapTo(window, QPoint(0, cases.height())).y()
    assert bottom <= window.centralWidget().geometry().bottom()
    assert window.start.recent.height() >= 60 and cases.height() >= cases.minimumSizeHint().height()
