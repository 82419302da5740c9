"""Opening a bad case file in the real main window: the message box speaks the UI's language.

The case file service words its errors in English (the CLI) and French; the window shows the
sentence in the interface's language, naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from imwu_desktop.gui import i18n
from imwu_desktop.gui.main_window import MainWindow

NBSP = "\u00a0"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """French interface for this test; English again for the next one."""
    assert i18n.install_translators(qapp, "fr") == "fr"
    yield
    i18n.remove_translators(qapp)
    QLocale.setDefault(QLocale.system())


def _cut_off(case_file: Path) -> Path:
    damaged = case_file.with_name("Tremblay endommagé.imwu")
    data = case_file.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    return damaged


def test_a_damaged_case_is_explained_in_french(french: None, window: MainWindow,
                                                sample_case: Path,
                                                shown_messages: list[tuple[str, str]]) -> None:
    damaged = _cut_off(sample_case)
    assert not window.open_path(damaged)
    assert window.session is None  # nothing half-opened
    assert len(shown_messages) == 1
    title, text = shown_messages[0]
    assert f"«{NBSP}Tremblay endommagé.imwu{NBSP}» est endommagé et ne peut pas être ouvert" \
        in text
    assert f"ouvrez plutôt sa copie de sauvegarde «{NBSP}Tremblay endommagé.imwu.bak{NBSP}»" \
        in text
    assert "damaged" not in text and "cannot" not in text
    assert title != "Could not open the case"


def test_the_same_case_is_explained_in_english_in_an_english_interface(
        window: MainWindow, sample_case: Path, shown_messages: list[tuple[str, str]]) -> None:
    damaged = _cut_off(sample_case)
    assert not window.open_path(damaged)
    assert shown_messages[0][0] == "Could not open the case"
    assert shown_messages[0][1].startswith(
        "“Tremblay endommagé.imwu” is damaged and cannot be opened (")
