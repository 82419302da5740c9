"""Worker step: "Read from passport scan" reads the attached passport page (real reader,
real Qt widgets, a generated page with a known MRZ) and copies only the confirmed values."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import type_text
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.mrz import parse_td3, proposed_worker_fields
from imwu_desktop.gui import passport_scan
from imwu_desktop.gui.main_window import MainWindow
from imwu_desktop.gui.mrz_confirm_dialog import MrzConfirmDialog
from imwu_desktop.services.passport_ocr import MrzReadResult
from imwu_desktop.services.passport_ocr.reader import CANCELLED
from tests.data.passport_pages import MrzTruth, passport_page, random_mrz

SEED = 0  # a clean, upright 300 dpi page whose every character reads clearly


def make_page(folder: Path) -> tuple[Path, MrzTruth]:
    rng = random.Random(SEED)
    truth = random_mrz(rng)
    path = folder / "passport.png"
    passport_page(truth, rng, dpi=300).save(path, "PNG")
    return path, truth


@pytest.fixture
def confirmations(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, bool]]:
    """The real dialog is shown and its OK button clicked, leaving the boxes as they start;
    records which boxes were ticked."""
    seen: list[dict[str, bool]] = []

    def click_ok(dialog: MrzConfirmDialog) -> int:
        dialog.show()
        seen.append({key: box.isChecked() for key, box in dialog.boxes.items()})
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(MrzConfirmDialog, "exec", click_ok)
    return seen


def worker_page(window: MainWindow) -> Any:
    window.go_to("worker")
    return window.pages["worker"]


def read_scan(qtbot: QtBot, page: Any, done: Callable[[], bool]) -> None:
    qtbot.mouseClick(page.scan.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.scan.running and done(), timeout=8000)
    page.window().activateWindow()  # the dialog had it; the user is back in the window
    qtbot.waitUntil(page.window().isActiveWindow)


def test_attached_passport_page_fills_the_worker(qtbot: QtBot, window: MainWindow,
                                                 tmp_path: Path,
                                                 confirmations: list[dict[str, bool]]) -> None:
    window.new_case()
    source, truth = make_page(tmp_path)
    window.session.add_document(source, "passport")
    page = worker_page(window)
    assert page.scan.button.isEnabled() and "&" in page.scan.button.text()
    assert page.scan.button.accessibleName() and page.scan.button.accessibleDescription()
    read_scan(qtbot, page, lambda: bool(confirmations))
    expected = proposed_worker_fields(parse_td3(truth.text))
    worker = window.session.case.worker
    for key in ("family_name", "given_names", "passport_number", "date_of_birth",
                "passport_expiry", "sex", "citizenship"):
        assert getattr(worker, key) == expected[key], key
    assert worker.mrz == truth.text
    assert page.family_name.text() == expected["family_name"]
    assert page.passport_number.text() == expected["passport_number"]
    assert page.date_of_birth.value() == expected["date_of_birth"]
    assert page.mrz.toPlainText() == truth.text
    assert window.session.modified
    assert page.scan.status.text()  # says how many values were copied
    assert not page.scan.busy.isVisible() and not page.scan.stop_button.isVisible()


def test_typed_values_stay_unless_ticked_and_mismatch_shows(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        confirmations: list[dict[str, bool]]) -> None:
    window.new_case()
    source, truth = make_page(tmp_path)
    window.session.add_document(source, "passport")
    window.session.case.worker.date_of_birth = date(1960, 1, 2)  # typed before, and wrong
    page = worker_page(window)
    read_scan(qtbot, page, lambda: bool(confirmations))
    assert confirmations[0]["date_of_birth"] is False
    expected = proposed_worker_fields(parse_td3(truth.text))
    worker = window.session.case.worker
    assert worker.date_of_birth == date(1960, 1, 2)
    assert page.date_of_birth.value() == date(1960, 1, 2)
    assert worker.passport_number == expected["passport_number"]
    # the MRZ (now in the case) disagrees with the typed date: said under that field
    message = page.fields["worker.date_of_birth"].findChild(QLabel, "fieldMessage")
    assert message.isVisible() and message.text()
    assert message.text() in page.date_of_birth.edit.accessibleDescription()
    type_text(qtbot, page.passport_number, "ZZ999")  # typed over the scan's value
    qtbot.keyClick(page.passport_number, Qt.Key.Key_Tab)  # leaving the field checks it
    number_message = page.fields["worker.passport_number"].findChild(QLabel, "fieldMessage")
    assert number_message.isVisible() and "ZZ999" in number_message.text()


def test_garbage_scan_says_so_beside_the_button(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        confirmations: list[dict[str, bool]], shown_messages: list[tuple[str, str]]) -> None:
    window.new_case()
    noise = tmp_path / "noise.png"
    Image.effect_noise((900, 600), 80).convert("RGB").save(noise)
    asked: list[str] = []

    def choose(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args[1])
        return str(noise), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    page = worker_page(window)
    type_text(qtbot, page.family_name, "Dupont")
    read_scan(qtbot, page, lambda: bool(page.scan.status.text()))
    assert asked  # no passport attached: the user was asked for a scan
    assert window.session.case.documents == []  # ...which was not attached
    text = page.scan.status.text()
    assert text.endswith(".") and "\n" not in text and page.scan.status.isVisible()
    assert not confirmations and not shown_messages
    assert window.session.case.worker.family_name == "Dupont"
    assert page.scan.button.isEnabled()


def test_stop_while_reading(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow read: the page shows it is busy, stays usable, and Stop ends the read."""
    started = threading.Event()

    def slow_read(_source: object, progress: object = None,
                  cancel: Callable[[], bool] | None = None) -> MrzReadResult:
        started.set()
        for _ in range(500):
            if cancel is not None and cancel():
                return MrzReadResult(False, CANCELLED, cancelled=True)
            threading.Event().wait(0.01)
        return MrzReadResult(False, "too slow")

    monkeypatch.setattr(passport_scan, "read_mrz_from_file", slow_read)
    window.new_case()
    source, _truth = make_page(tmp_path)
    window.session.add_document(source, "passport")
    page = worker_page(window)
    qtbot.mouseClick(page.scan.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set)
    assert page.scan.running and page.scan.busy.isVisible() and page.scan.stop_button.isVisible()
    assert not page.scan.button.isEnabled()
    type_text(qtbot, page.given_names, "Claire")  # the window still answers
    assert window.session.case.worker.given_names == "Claire"
    qtbot.mouseClick(page.scan.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.scan.running, timeout=3000)
    assert "stopped" in page.scan.status.text()
    assert page.scan.button.isEnabled() and not page.scan.busy.isVisible()


def test_without_the_reader_the_button_says_why(qtbot: QtBot, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    why = "The passport reader is not part of this installation."
    monkeypatch.setattr(passport_scan, "ocr_available", lambda: (False, why))
    window.new_case()
    page = worker_page(window)
    assert not page.scan.button.isEnabled()
    assert page.scan.button.toolTip() == why
    assert page.scan.button.accessibleDescription() == why


def test_closing_the_case_mid_read_stops_it_quietly(qtbot: QtBot, window: MainWindow,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    confirmations: list[dict[str, bool]]) -> None:
    started = threading.Event()

    def slow_read(_source: object, progress: object = None,
                  cancel: Callable[[], bool] | None = None) -> MrzReadResult:
        started.set()
        while cancel is not None and not cancel():
            threading.Event().wait(0.01)
        # the read was already past its last look at `cancel`: it ends with values
        return MrzReadResult(True, fields={"passport_number": "X4827316"})

    monkeypatch.setattr(passport_scan, "read_mrz_from_file", slow_read)
    window.new_case()
    source, _truth = make_page(tmp_path)
    window.session.add_document(source, "passport")
    page = worker_page(window)
    qtbot.mouseClick(page.scan.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set)
    window.close_case()  # the page goes away while the read runs: no error, no dialog
    qtbot.wait(100)
    assert window.session is None and not confirmations
