"""Confirm the fields read from a passport scan, side by side with what is typed.

Nothing is copied unless its "Use this" box is ticked. Boxes start ticked only where the
worker's field is still empty or already equal; a value that would replace something the
user typed starts unticked, so a read never silently overwrites their work.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from imwu_desktop.domain.case import Worker
from imwu_desktop.services.passport_ocr import MrzReadResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("mrz_confirm_dialog", text)


#: worker fields in the order shown, with their labels
FIELDS = (
    ("family_name", "Family name"),
    ("given_names", "Given names"),
    ("passport_number", "Passport number"),
    ("date_of_birth", "Date of birth"),
    ("passport_expiry", "Passport expiry"),
    ("sex", "Sex"),
    ("citizenship", "Citizenship"),
    ("mrz", "Machine-readable lines"),
)


def shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class MrzConfirmDialog(QDialog):
    """Rows: field | as the passport writes it | as typed | "Use this"."""

    def __init__(self, result: MrzReadResult, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Check the passport's values"))
        self._result = result
        self._worker = worker
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr(
            "Compare each value with the printed passport page. Tick the ones to copy into "
            "the worker's details; unticked values are left as typed.")))
        grid = QGridLayout()
        for column, title in enumerate((_tr("Field"), _tr("On the passport"),
                                        _tr("Typed now"), _tr("Use this"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        row = 1
        for key, label in FIELDS:
            if key not in result.fields:
                continue
            read, typed = shown(result.fields[key]), shown(getattr(worker, key))
            read_label, typed_label = QLabel(read), QLabel(typed or _tr("(empty)"))
            for widget in (read_label, typed_label):
                widget.setObjectName(f"{key}_{'read' if widget is read_label else 'typed'}")
                if key == "mrz":
                    widget.setFont(mono)
            box = QCheckBox(_tr("Use this"))
            box.setObjectName(f"use_{key}")
            box.setChecked(not typed or typed == read)
            box.setAccessibleName(_tr("Use this: {0}").replace("{0}", _tr(label)))
            box.setAccessibleDescription(_tr("On the passport: {0}. Typed now: {1}.").replace(
                "{0}", read).replace("{1}", typed or _tr("(empty)")))
            self.boxes[key] = box
            grid.addWidget(QLabel(_tr(label)), row, 0)
            grid.addWidget(read_label, row, 1)
            grid.addWidget(typed_label, row, 2)
            grid.addWidget(box, row, 3)
            row += 1
        layout.addLayout(grid)
        if result.unclear:
            names = ", ".join(_tr(label) for key, label in FIELDS if key in result.unclear)
            note = QLabel(_tr("Not read clearly enough to propose: {0}. Type them from the "
                              "printed page.").replace("{0}", names))
            note.setObjectName("unclear_note")
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("Use the ticked values"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, object]:
        """The ticked fields and the passport's values for them."""
        return {key: self._result.fields[key] for key, box in self.boxes.items()
                if box.isChecked()}

    def apply_to(self, worker: Worker) -> list[str]:
        """Copy the ticked values into `worker`; returns the fields that changed."""
        changed = []
        for key, value in self.chosen().items():
            if getattr(worker, key) != value:
                setattr(worker, key, value)
                changed.append(key)
        return changed
