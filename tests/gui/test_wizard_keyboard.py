"""Keyboard: no two mnemonics clash on a page (menus included); every input is named."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from imwu_desktop.gui.domain_access import STEPS
from imwu_desktop.gui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for text in texts for m in MNEMONIC.finditer(text)]


@pytest.mark.parametrize("step", STEPS)
def test_mnemonics_are_unique_on_each_page(qtbot: QtBot, window: MainWindow, step: str) -> None:
    window.new_case()
    window.go_to(step)
    page = window.pages[step]
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in page.findChildren(QAbstractButton)]
    keys = _mnemonics(texts)
    clashes = sorted({k for k in keys if keys.count(k) > 1})
    assert clashes == [], f"{step}: Alt+{clashes} used twice in {texts}"


@pytest.mark.parametrize("step", ["eligibility", "employer", "worker", "job", "exemption"])
def test_every_input_has_an_accessible_name(qtbot: QtBot, window: MainWindow, step: str) -> None:
    window.new_case()
    window.go_to(step)
    page = window.pages[step]
    inputs = [w for cls in (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit)
              for w in page.findChildren(cls)
              if w.isVisibleTo(page) and not isinstance(w.parent(), (QComboBox, QDateEdit))]
    assert inputs
    unnamed = [w for w in inputs if not w.accessibleName()]
    assert unnamed == []


def test_inline_message_sits_beside_the_field_and_is_announced(
        qtbot: QtBot, window: MainWindow) -> None:
    from gui_helpers import type_text
    from PySide6.QtCore import Qt

    window.new_case()
    window.go_to("employer")
    page = window.pages["employer"]
    type_text(qtbot, page.business_number, "123456789")
    qtbot.keyClick(page.business_number, Qt.Key.Key_Tab)  # focus-out validates
    box = page.fields["employer.business_number"]
    assert box.message  # the check digit is wrong
    assert box._message_row.isVisible()
    assert box.message in page.business_number.accessibleDescription()
    assert box.isAncestorOf(box._text)  # under the input, in the form: not a pop-up
    type_text(qtbot, page.business_number, "123456782")  # fixing it clears the message live
    assert box.message == ""
    assert not box._message_row.isVisible()
