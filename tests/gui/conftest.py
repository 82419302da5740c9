"""Fixtures for the wizard's GUI tests: a shown main window and a sample case file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_sample import make_sample_case
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.main_window import MainWindow


@pytest.fixture
def sample_case(tmp_path: Path) -> Path:
    return make_sample_case(tmp_path)


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test: they are recorded as (title, text) instead."""
    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, record)
    # pytest-qt closes the windows before fixtures end: never let that open a real question
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
           shown_messages: list[tuple[str, str]]) -> Iterator[MainWindow]:
    """A shown, active main window. Closing at the end discards changes without asking."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()
