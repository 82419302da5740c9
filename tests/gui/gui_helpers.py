"""Ways a user fills the wizard's widgets (keyboard and mouse), shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.widgets.pickers import DateField, SearchCombo


def key_clicks(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """qtbot.keyClicks, plus accented letters (QTest aborts on non-ASCII text in PySide6 6.12):
    those arrive as key events carrying the character, as from a French or German keyboard."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def type_text(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Click into the field, select what is there, type the new text."""
    qtbot.mouseClick(widget.viewport() if isinstance(widget, QPlainTextEdit) else widget,
                     Qt.MouseButton.LeftButton)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        key_clicks(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def type_masked(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    qtbot.keyClicks(widget, text)


def type_date(qtbot: QtBot, field: DateField, iso: str) -> None:
    """Clear the date, then type its digits as a user would (year, month, day)."""
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, iso.replace("-", ""))
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def choose_country(qtbot: QtBot, combo: SearchCombo, code: str) -> None:
    """Type the country code in the searchable list and leave the field."""
    line = combo.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, code)
    if combo.completer().popup().isVisible():
        combo.completer().popup().hide()
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def choose_item(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Pick an entry with the keyboard: focus the list and press Down until it is chosen."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data!r} is not in {combo.accessibleName()}")


def answer(qtbot: QtBot, group: QButtonGroup, yes: bool) -> None:
    button: QAbstractButton = group.button(1 if yes else 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
