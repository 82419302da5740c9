"""Files: unsaved-changes prompt, recovery of autosaved work, opening bad files, profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.services import casefile

Button = QMessageBox.StandardButton


def answer_question(monkeypatch: pytest.MonkeyPatch, reply: Any) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_title_names_the_worker_with_modified_marker(qtbot: QtBot, window: MainWindow,
                                                     sample_case: Path) -> None:
    assert window.open_path(sample_case)
    assert window.windowTitle() == "DUPONT, Claire Marie[*] – IMWU Desktop"
    assert not window.isWindowModified()
    window.go_to("worker")
    type_text(qtbot, window.pages["worker"].given_names, "Claire")
    assert window.windowTitle().startswith("DUPONT, Claire[*]")
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, window: MainWindow, sample_case: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.open_path(sample_case)
    window.go_to("employer")
    type_text(qtbot, window.pages["employer"].city, "Ottawa")

    asked = answer_question(monkeypatch, Button.Cancel)
    assert not window.close()  # Cancel: the window stays, with the change
    assert len(asked) == 1 and "not saved" in asked[0]
    assert window.isVisible() and window.session.case.employer.address.city == "Ottawa"

    asked = answer_question(monkeypatch, Button.Save)
    assert window.close()
    assert asked
    reopened = casefile.open_case(sample_case, lock=False)
    try:
        assert reopened.case.employer.address.city == "Ottawa"
    finally:
        reopened.close()


def test_discarding_keeps_the_file_and_unchanged_cases_do_not_ask(
        qtbot: QtBot, window: MainWindow, sample_case: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = sample_case.read_bytes()
    assert window.open_path(sample_case)
    asked = answer_question(monkeypatch, Button.Discard)
    window.close_case()
    assert asked == []  # nothing changed: no question
    assert window.open_path(sample_case)
    window.go_to("employer")
    type_text(qtbot, window.pages["employer"].city, "Ottawa")
    window.close_case()
    assert len(asked) == 1
    assert window.session is None and window.screens.currentWidget() is window.start
    assert sample_case.read_bytes() == before


def test_recovery_restores_autosaved_work(qtbot: QtBot, window: MainWindow, sample_case: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.open_path(sample_case)
    window.go_to("job")
    type_text(qtbot, window.pages["job"].title, "Chief Robotics Engineer")
    window.go_to("worker")  # a step change writes the recovery copy
    # the app dies: the window is dropped without saving or discarding the copy
    window.session.close(discard_recovery=False)
    window.session = None
    window.pages.clear()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.start.is_loaded)  # filled right after the first frame
    offers = second.start._recovery_rows
    assert len(offers) == 1
    recover = next(b for b in offers[0].findChildren(type(second.start.new_button))
               if "Recover" in b.text().replace("&", ""))
    qtbot.mouseClick(recover, Qt.MouseButton.LeftButton)
    assert second.session is not None
    assert second.session.case.job.title == "Chief Robotics Engineer"
    assert second.session.path == sample_case.absolute()
    assert second.isWindowModified()
    second.go_to("job")
    assert second.pages["job"].title.text() == "Chief Robotics Engineer"
    assert second.save()
    assert casefile.find_recoveries() == []
    reopened = casefile.open_case(sample_case, lock=False)
    try:
        assert reopened.case.job.title == "Chief Robotics Engineer"
    finally:
        reopened.close()
    second.close()


def test_autosave_timer_writes_a_recovery_copy(qtbot: QtBot, window: MainWindow) -> None:
    window.new_case()
    window.autosave_timer.setInterval(50)
    window.autosave_timer.start()
    window.go_to("employer")
    type_text(qtbot, window.pages["employer"].legal_name, "Maple Robotics Inc.")
    qtbot.waitUntil(lambda: len(casefile.find_recoveries()) == 1, timeout=3000)
    assert casefile.find_recoveries()[0].case_path is None


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 not a case", b"PK\x03\x04broken zip"])
def test_opening_a_bad_file_says_so_in_one_sentence(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, content: bytes,
        shown_messages: list[tuple[str, str]]) -> None:
    bad = tmp_path / "bad.imwu"
    bad.write_bytes(content)
    assert not window.open_path(bad)
    assert window.session is None and window.isVisible()
    assert len(shown_messages) == 1
    title, text = shown_messages[0]
    assert title == "Could not open the case"
    assert text.endswith(".") and "Traceback" not in text
    assert bad.read_bytes() == content  # never overwritten


def test_save_as_and_recent_list(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window.new_case()
    window.go_to("worker")
    type_text(qtbot, window.pages["worker"].family_name, "Müller")
    target = tmp_path / "mueller"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save()
    saved = target.with_name("mueller.imwu")
    assert saved.is_file()
    assert window.windowFilePath() == str(saved.absolute())
    window.close_case()
    recent = window.start.recent
    assert recent.topLevelItemCount() == 1
    assert recent.topLevelItem(0).text(0) == "MÜLLER"
    recent.setCurrentItem(recent.topLevelItem(0))
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.session is not None and window.session.case.worker.family_name == "Müller"
