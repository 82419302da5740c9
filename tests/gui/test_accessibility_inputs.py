"""What a screen reader says for each input: its name, and a description of what to enter.

Walks every step of a saved sample case in the real window, in English and in French, and asks
Qt's accessibility layer (what Orca or NVDA read) for each visible input's name and description.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from gui_helpers import type_text
from i18n_support import close_case, english_reason, go_to
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from imwu_desktop.domain.case import Worker
from imwu_desktop.gui import i18n
from imwu_desktop.gui.main_window import STEPS, MainWindow
from imwu_desktop.gui.mrz_confirm_dialog import MrzConfirmDialog
from imwu_desktop.gui.pages.base import plain
from imwu_desktop.services.passport_ocr import MrzReadResult

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QCheckBox,
          QRadioButton, QAbstractItemView)


@pytest.fixture(params=["en", "fr"])
def case_window(request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication,
                sample_case: Path, shown_messages: list[tuple[str, str]]) -> Iterator[MainWindow]:
    """The sample case open in the real window, in English and in French."""
    i18n.install_translators(qapp, request.param)
    win = MainWindow()
    win.resize(1280, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(sample_case)
    try:
        yield win
    finally:
        close_case(qtbot, win)
        win.close()
        win.deleteLater()
        i18n.remove_translators(qapp)
        QLocale.setDefault(QLocale.system())


def visible_inputs(page: QWidget) -> list[QWidget]:
    """The inputs a user meets on a page (an editable combo's or a spin box's inner line edit
    is part of it, not an input of its own)."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                         QComboBox | QAbstractSpinBox):
            continue
        found.append(widget)
    return found


def heard(widget: QWidget) -> tuple[str, str]:
    """(name, description) as the accessibility layer hands them to a screen reader."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return (face.text(QAccessible.Text.Name).strip(),
            face.text(QAccessible.Text.Description).strip())


def where(step: str, widget: QWidget) -> str:
    return f"[{step}] {type(widget).__name__} {widget.accessibleName()!r}"


def walk(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """(step, input) for every visible input of every step (the representative's too)."""
    for step in STEPS:
        go_to(qtbot, window, step)
        page = window.pages[step]
        if step == "employer" and not page.has_representative.isChecked():
            page.has_representative.setChecked(True)
            qtbot.wait(10)
        for widget in visible_inputs(page):
            yield step, widget


def test_every_input_is_named_and_described_on_every_step(qtbot: QtBot,
                                                          case_window: MainWindow) -> None:
    offenders, seen = [], 0
    for step, widget in walk(qtbot, case_window):
        seen += 1
        name, description = heard(widget)
        if not name or "&" in name.replace("&&", ""):
            offenders.append(f"{where(step, widget)}: no clean name ({name!r})")
        if not description:
            offenders.append(f"{where(step, widget)}: no description")
        elif description == name:
            offenders.append(f"{where(step, widget)}: the description only repeats the name")
    assert seen > 60, f"only {seen} inputs found: did a step fail to show?"
    assert not offenders, (f"{len(offenders)} of {seen} inputs are not fully described:\n"
                           + "\n".join(offenders))


@pytest.mark.parametrize("case_window", ["fr"], indirect=True)
def test_french_descriptions_are_french(qtbot: QtBot, case_window: MainWindow) -> None:
    english = []
    for step, widget in walk(qtbot, case_window):
        for text in heard(widget):
            reason = english_reason(text)
            if reason:
                english.append(f"{where(step, widget)}: {text!r} ({reason})")
    assert not english, "English read aloud in the French interface:\n" + "\n".join(english)


@pytest.mark.parametrize("case_window", ["en"], indirect=True)
def test_format_hints_come_from_the_field_rules(qtbot: QtBot, case_window: MainWindow) -> None:
    """A few fields whose format a user cannot guess: the description says it."""
    go_to(qtbot, case_window, "employer")
    employer = case_window.pages["employer"]
    assert "9 digits" in heard(employer.business_number)[1]
    assert "A1A 1A1" in heard(employer.postal_code)[1]
    go_to(qtbot, case_window, "job")
    job = case_window.pages["job"]
    assert "5 digits" in heard(job.noc)[1]
    assert "YYYY-MM-DD" in heard(job.start.edit)[1]


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app announces to screen readers (still handed on to Qt)."""
    said: list[str] = []
    real_update = QAccessible.updateAccessibility

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        real_update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return said


@pytest.mark.parametrize("case_window", ["en", "fr"], indirect=True)
def test_an_inline_message_is_read_with_the_field_and_leaves_with_it(
        qtbot: QtBot, case_window: MainWindow, announced: list[str]) -> None:
    go_to(qtbot, case_window, "employer")
    page = case_window.pages["employer"]
    edit, box = page.business_number, page.fields["employer.business_number"]
    _name, hint = heard(edit)
    type_text(qtbot, edit, "12345")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(box.message))
    name, description = heard(edit)
    assert description.startswith(box.message), "the problem is read first"
    assert hint in description, "the format hint stays"
    assert name == plain(name) and name
    assert announced == [box.message], "a new message is announced once, as it appears"
    type_text(qtbot, edit, "123456782")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not box.message)
    assert heard(edit)[1] == hint
    assert len(announced) == 1, "a cleared message is not announced"


def test_each_use_this_box_of_the_passport_check_says_which_value(qtbot: QtBot) -> None:
    """The passport-scan check has one "Use this" box per row: each is named for its field
    and describes both values, so a screen reader user can compare them too."""
    fields: dict[str, object] = {"family_name": "GARCIA", "passport_number": "X4827316",
                                 "date_of_birth": date(1985, 4, 17)}
    result = MrzReadResult(True, fields=fields, lines=("", ""))
    dialog = MrzConfirmDialog(result, Worker(family_name="Garcia"))
    qtbot.addWidget(dialog)
    dialog.show()
    said = {key: heard(box) for key, box in dialog.boxes.items()}
    assert said["family_name"] == ("Use this: Family name",
                                   "On the passport: GARCIA. Typed now: Garcia.")
    assert said["date_of_birth"][1] == "On the passport: 1985-04-17. Typed now: (empty)."
    assert len({name for name, _description in said.values()}) == len(said)


@pytest.mark.parametrize("case_window", ["en"], indirect=True)
def test_the_passport_scan_result_is_announced(qtbot: QtBot, case_window: MainWindow,
                                               announced: list[str]) -> None:
    """The read runs in the background: its start and its outcome are said, not only shown
    (the sample case's attached passport page has no machine-readable zone)."""
    go_to(qtbot, case_window, "worker")
    scan = case_window.pages["worker"].scan
    if not scan.button.isEnabled():
        pytest.skip(scan.button.toolTip())
    qtbot.mouseClick(scan.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not scan.running and len(announced) >= 2, timeout=30_000)
    assert announced[0] == "Reading the passport scan…"
    assert announced[-1] == scan.status.text() and "machine-readable zone" in announced[-1]
