"""Help > Copy diagnostic report puts the report on the clipboard (its scrubbing is tested in
tests/unit/test_diagnostics.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.main_window import MainWindow


def test_help_copies_the_report_to_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    QApplication.clipboard().setText("")
    window.menus.diagnostics_action.trigger()
    report = QApplication.clipboard().text()
    assert "IMWU Desktop" in report and "Python" in report
    assert "clipboard" in window.statusBar().currentMessage()
