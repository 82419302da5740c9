"""macOS opens a double-clicked case with a FileOpen event: the app opens it in a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.app import Application, DesktopApplication


def test_a_file_open_event_opens_the_case(qtbot: QtBot, sample_case: Path,
                                          shown_messages: list[tuple[str, str]]) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, DesktopApplication)  # tests/conftest.py: qapp_cls
    application = Application(qt_app)
    qt_app.fileOpenRequested.connect(application.open)
    try:
        handled = QApplication.sendEvent(qt_app, QFileOpenEvent(str(sample_case)))
        assert handled
        assert len(application.windows) == 1
        window = application.windows[0]
        qtbot.addWidget(window)
        assert "DUPONT" in window.windowTitle()
    finally:
        qt_app.fileOpenRequested.disconnect(application.open)
        for window in application.windows:
            window.close_case()
            window.close()


def test_a_file_open_event_without_a_file_is_left_to_qt(qtbot: QtBot) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, DesktopApplication)
    opened: list[str] = []
    qt_app.fileOpenRequested.connect(opened.append)
    try:
        QApplication.sendEvent(qt_app, QFileOpenEvent(""))
    finally:
        qt_app.fileOpenRequested.disconnect(opened.append)
    assert opened == []
